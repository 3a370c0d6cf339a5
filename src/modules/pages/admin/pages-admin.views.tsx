import type { LanguageCode, PageRow } from '../../../db/schema.ts';
import type { AdminContext } from '../../../web/admin/admin-context.ts';
import { AdminLayout, CsrfField } from '../../../web/admin/admin-layout.tsx';
import { EditorIsland } from '../../../web/admin/editor-island.tsx';
import {
  DeletePanel,
  DoneNotice,
  type FieldErrors,
  FormErrors,
  SaveRow,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../web/admin/form-kit.tsx';
import { AdminListPage, LanguageTabs } from '../../../web/admin/list-page.tsx';
import { AdminTree, PlacementFields, parentOptions } from '../../../web/admin/tree-placement.tsx';
import { pageUrl } from '../../../web/urls.ts';
import { legalLanguage, legalTopics } from '../../translations/legal-topics.ts';
import {
  type PanelActions,
  StalePanel,
  SyncedCheckbox,
  TranslationsPanel,
  UntranslatedNotice,
} from '../../translations/panel.tsx';
import type { TranslationState } from '../../translations/translation-state.ts';
import { type PageFormValues, type PageNode, parentOfPage } from './pages-admin.service.ts';

/** The public path of a page from its ancestors' slugs. */
export function adminPagePath(all: PageNode[], id: number): string[] {
  const byId = new Map(all.map((page) => [page.id, page]));
  const path: string[] = [];
  for (let current = byId.get(id); current && path.length < 10; ) {
    path.unshift(current.slug);
    current = current.parent_id === null ? undefined : byId.get(current.parent_id);
  }
  return path;
}

function StatusBadge({ ctx, status }: { ctx: AdminContext; status: string }) {
  const t = ctx.t.adminPages;
  return <span class="status-badge">{status === 'published' ? t.published : t.draft}</span>;
}

/** One page's line in the tree: title, address, status, menu and position. */
function TreeItem({ ctx, all, page }: { ctx: AdminContext; all: PageNode[]; page: PageNode }) {
  return (
    <>
      <a href={`/admin/pages/${page.id}`} lang={page.lang}>
        <strong>{page.title}</strong>
      </a>{' '}
      <code>{pageUrl(page.lang, adminPagePath(all, page.id))}</code>{' '}
      <StatusBadge ctx={ctx} status={page.status} />{' '}
      {page.show_in_menu === 1 ? <span class="status-badge">{ctx.t.adminCategories.inMenu}</span> : null}{' '}
      <span>
        {ctx.t.adminPages.position} {page.position}
      </span>
    </>
  );
}

/** GET /admin/pages: one language's tree, with tabs for the others. */
export function PageListPage(props: {
  ctx: AdminContext;
  lang: LanguageCode;
  all: PageNode[];
  done?: unknown;
}) {
  const { ctx, lang } = props;
  const t = ctx.t.adminPages;
  const pages = props.all.filter((page) => page.lang === lang);
  return (
    <AdminListPage
      ctx={ctx}
      texts={t}
      add={`/admin/pages/new?lang=${lang}`}
      done={props.done}
      empty={pages.length === 0}
      header={<LanguageTabs ctx={ctx} label={t.languageTabs} current={lang} base="/admin/pages" />}
    >
      <AdminTree all={pages} parentOf={parentOfPage}>
        {(page) => <TreeItem ctx={ctx} all={pages} page={page} />}
      </AdminTree>
    </AdminListPage>
  );
}

/** The create and edit form. */
export function PageFormPage(props: {
  ctx: AdminContext;
  page?: PageRow;
  /** Pages of the form's language. */
  all: PageNode[];
  /** The page's language versions and, for a translation, its source (existing pages only). */
  translation?: TranslationState;
  translationActions?: PanelActions;
  exclude: Set<number>;
  values: PageFormValues;
  showInMenu: boolean;
  errors: FieldErrors;
  done?: unknown;
  deleteError?: string;
}) {
  const { ctx, page, values, errors } = props;
  const t = ctx.t.adminPages;
  const f = ctx.t.adminForms;
  const lang = (values.lang ?? 'vi') as LanguageCode;
  const title = page ? t.editTitle(page.title) : t.newTitle;
  const tr = ctx.t.adminTranslations;
  const action = page ? `/admin/pages/${page.id}` : '/admin/pages';
  return (
    <AdminLayout ctx={ctx} title={title}>
      <p>
        <a href={`/admin/pages?lang=${lang}`}>{f.back}</a>
      </p>
      <h1>{title}</h1>
      <DoneNotice ctx={ctx} done={props.done} />
      <FormErrors ctx={ctx} errors={errors} />
      {page ? (
        <p>
          {t.version(page.version)}
          {page.status === 'published' ? (
            <>
              {' · '}
              <a href={pageUrl(page.lang, adminPagePath(props.all, page.id))}>{t.view}</a>
            </>
          ) : null}
        </p>
      ) : null}
      {props.translation ? (
        <>
          <UntranslatedNotice ctx={ctx} state={props.translation} />
          <TranslationsPanel
            ctx={ctx}
            state={props.translation}
            actions={props.translationActions ?? {}}
            done={props.done}
          />
          <StalePanel ctx={ctx} state={props.translation} actions={props.translationActions ?? {}} />
        </>
      ) : null}
      <form method="post" action={action} class="stack" noValidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="lang" value={lang} />
        <input type="hidden" name="version" value={values.version ?? '0'} />
        <p>
          {t.language}
          {ctx.t.colon}
          <strong>{f.languageNames[lang]}</strong>
        </p>
        <TextField
          name="title"
          label={t.pageTitle}
          value={values.title ?? ''}
          error={errors.title}
          required
          maxLength={300}
          lang={lang}
        />
        <TextField
          name="slug"
          label={t.slug}
          value={values.slug ?? ''}
          error={errors.slug}
          hint={f.slugHint}
          maxLength={120}
        />
        <TextAreaField
          name="lead"
          label={t.lead}
          value={values.lead ?? ''}
          error={errors.lead}
          rows={3}
          lang={lang}
        />
        <TextAreaField
          name="body"
          label={t.body}
          value={values.body ?? ''}
          error={errors.body}
          hint={t.bodyHint}
          rows={16}
          richEditor
          lang={lang}
        />
        <PlacementFields
          labels={t}
          options={parentOptions({
            all: props.all,
            parentOf: parentOfPage,
            labelOf: (item) => item.title,
            exclude: props.exclude,
            noParent: t.noParent,
          })}
          values={values}
          errors={errors}
          showInMenu={props.showInMenu}
        />
        <TextAreaField
          name="seo_description"
          label={t.seoDescription}
          value={values.seo_description ?? ''}
          error={errors.seo_description}
          hint={t.seoHint}
          rows={2}
          maxLength={300}
          lang={lang}
        />
        {lang === legalLanguage ? null : (
          <SelectField
            name="legal_topic"
            label={tr.legalTopic}
            value={values.legal_topic ?? ''}
            error={errors.legal_topic}
            hint={tr.legalTopicHint}
            options={[
              { value: '', label: tr.legalTopicNone },
              ...legalTopics.map((topic) => ({ value: topic, label: tr.topics[topic] })),
            ]}
          />
        )}
        <SelectField
          name="status"
          label={t.status}
          value={values.status ?? 'draft'}
          error={errors.status}
          options={[
            { value: 'draft', label: t.draft },
            { value: 'published', label: t.published },
          ]}
        />
        {props.translation ? <SyncedCheckbox ctx={ctx} state={props.translation} /> : null}
        <SaveRow
          ctx={ctx}
          addChild={
            page ? { href: `/admin/pages/new?lang=${lang}&parent=${page.id}`, label: t.addChild } : undefined
          }
        />
      </form>
      {page ? (
        <DeletePanel
          ctx={ctx}
          action={`/admin/pages/${page.id}/delete`}
          title={t.deleteTitle}
          hint={t.deleteHint}
          error={props.deleteError}
        />
      ) : null}
      <EditorIsland lang={ctx.lang} />
    </AdminLayout>
  );
}
