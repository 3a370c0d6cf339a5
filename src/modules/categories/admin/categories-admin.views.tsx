import { languages } from '../../../i18n/index.ts';
import type { AdminContext } from '../../../web/admin/admin-context.ts';
import { AdminLayout, CsrfField } from '../../../web/admin/admin-layout.tsx';
import {
  DeletePanel,
  DoneNotice,
  type FieldErrors,
  FormErrors,
  Group,
  SaveRow,
  TextAreaField,
  TextField,
} from '../../../web/admin/form-kit.tsx';
import { AdminListPage } from '../../../web/admin/list-page.tsx';
import { AdminTree, PlacementFields, parentOptions } from '../../../web/admin/tree-placement.tsx';
import { TranslationsPanel } from '../../translations/panel.tsx';
import type { TranslationState } from '../../translations/translation-state.ts';
import type { CategoryRecord } from '../categories.repository.ts';
import { type CategoryFormValues, parentOfCategory } from './categories-admin.service.ts';

const nameOf = (category: CategoryRecord) => category.texts.vi?.name ?? `#${category.id}`;

/** One category's line in the tree: names, path, menu and position. */
function TreeItem({ ctx, category }: { ctx: AdminContext; category: CategoryRecord }) {
  const t = ctx.t.adminCategories;
  return (
    <>
      <a href={`/admin/categories/${category.id}`}>
        <strong>{nameOf(category)}</strong>
      </a>{' '}
      <code>/{category.texts.vi?.slug}</code>{' '}
      {languages
        .filter((lang) => lang !== 'vi' && category.texts[lang])
        .map((lang) => (
          <span key={lang} class="status-badge" lang={lang}>
            {`${lang.toUpperCase()}: ${category.texts[lang]?.name}`}
          </span>
        ))}{' '}
      {category.showInMenu ? <span class="status-badge">{t.inMenu}</span> : null}{' '}
      <span>
        {t.position} {category.position} · {t.articles(category.articleCount)}
      </span>
    </>
  );
}

/** GET /admin/categories: the tree of the current site. */
export function CategoryListPage(props: { ctx: AdminContext; all: CategoryRecord[]; done?: unknown }) {
  const { ctx } = props;
  const t = ctx.t.adminCategories;
  return (
    <AdminListPage
      ctx={ctx}
      texts={t}
      add="/admin/categories/new"
      done={props.done}
      empty={props.all.length === 0}
    >
      <AdminTree all={props.all} parentOf={parentOfCategory}>
        {(category) => <TreeItem ctx={ctx} category={category} />}
      </AdminTree>
    </AdminListPage>
  );
}

/** The create and edit form. */
export function CategoryFormPage(props: {
  ctx: AdminContext;
  category?: CategoryRecord;
  /** The category's names per language, with "Thêm bản dịch" (existing categories only). */
  translation?: TranslationState;
  all: CategoryRecord[];
  exclude: Set<number>;
  values: CategoryFormValues;
  showInMenu: boolean;
  errors: FieldErrors;
  done?: unknown;
  deleteError?: string;
}) {
  const { ctx, category, values, errors } = props;
  const t = ctx.t.adminCategories;
  const f = ctx.t.adminForms;
  const title = category ? t.editTitle(nameOf(category)) : t.newTitle;
  const action = category ? `/admin/categories/${category.id}` : '/admin/categories';
  return (
    <AdminLayout ctx={ctx} title={title}>
      <p>
        <a href="/admin/categories">{f.back}</a>
      </p>
      <h1>{title}</h1>
      <DoneNotice ctx={ctx} done={props.done} />
      <FormErrors ctx={ctx} errors={errors} />
      {category && props.translation ? (
        <TranslationsPanel
          ctx={ctx}
          state={props.translation}
          actions={{
            add: (lang) => ({ method: 'get', href: `/admin/categories/${category.id}/translations/${lang}` }),
          }}
        />
      ) : null}
      <form method="post" action={action} class="stack" noValidate>
        <CsrfField ctx={ctx} />
        {languages.map((lang) => {
          const language = f.languageNames[lang];
          return (
            <Group key={lang} legend={lang === 'vi' ? language : f.optionalLanguage(language)}>
              <TextField
                name={`name_${lang}`}
                label={t.name}
                value={values[`name_${lang}`] ?? ''}
                error={errors[`name_${lang}`]}
                required={lang === 'vi'}
                maxLength={200}
                lang={lang}
              />
              <TextField
                name={`slug_${lang}`}
                label={t.slug}
                value={values[`slug_${lang}`] ?? ''}
                error={errors[`slug_${lang}`]}
                hint={f.slugHint}
                maxLength={120}
              />
              <TextAreaField
                name={`description_${lang}`}
                label={t.description}
                value={values[`description_${lang}`] ?? ''}
                error={errors[`description_${lang}`]}
                maxLength={1000}
                rows={3}
                lang={lang}
              />
            </Group>
          );
        })}
        <PlacementFields
          labels={t}
          options={parentOptions({
            all: props.all,
            parentOf: parentOfCategory,
            labelOf: nameOf,
            exclude: props.exclude,
            noParent: t.noParent,
          })}
          values={values}
          errors={errors}
          showInMenu={props.showInMenu}
        />
        <SaveRow
          ctx={ctx}
          addChild={
            category ? { href: `/admin/categories/new?parent=${category.id}`, label: t.addChild } : undefined
          }
        />
      </form>
      {category ? (
        <DeletePanel
          ctx={ctx}
          action={`/admin/categories/${category.id}/delete`}
          title={t.deleteTitle}
          hint={t.deleteHint}
          error={props.deleteError}
        />
      ) : null}
    </AdminLayout>
  );
}
