import type { LanguageCode } from '../../db/schema.ts';
import type { AdminContext } from '../../web/admin/admin-context.ts';
import { AdminLayout, CsrfField, Notice } from '../../web/admin/admin-layout.tsx';
import {
  DoneNotice,
  type FieldErrors,
  FormErrors,
  TextAreaField,
  TextField,
} from '../../web/admin/form-kit.tsx';
import type { CategoryTranslationValues } from '../translations/category-translation.ts';
import { StalePanel, SyncedCheckbox, TranslationsPanel } from '../translations/panel.tsx';
import type { TranslationState } from '../translations/translation-state.ts';
import type { TranslatableItem } from '../translations/translations.repository.ts';

/** GET /admin/categories/:id/translations/:lang: the source's name beside the translation's form. */
export function CategoryTranslationPage(props: {
  ctx: AdminContext;
  categoryId: number;
  lang: LanguageCode;
  source: TranslatableItem;
  values: CategoryTranslationValues;
  errors: FieldErrors;
  /** The name exists in `lang` (update), or not yet (create). */
  exists: boolean;
  translation?: TranslationState;
  done?: unknown;
}) {
  const { ctx, lang, source, values, errors, translation } = props;
  const t = ctx.t.adminTranslations;
  const c = ctx.t.adminCategories;
  const title = t.categoryTitle(t.inSentence[lang], source.title);
  const base = `/admin/categories/${props.categoryId}/translations/${lang}`;
  const actions = {
    add: (target: LanguageCode) => ({
      method: 'get' as const,
      href: `/admin/categories/${props.categoryId}/translations/${target}`,
    }),
    synced: `${base}/synced`,
  };
  return (
    <AdminLayout ctx={ctx} title={title}>
      <p>
        <a href={`/admin/categories/${props.categoryId}`}>{t.back}</a>
      </p>
      <h1>{title}</h1>
      <DoneNotice ctx={ctx} done={props.done} />
      <FormErrors ctx={ctx} errors={errors} />
      {translation ? (
        <>
          <TranslationsPanel ctx={ctx} state={translation} actions={actions} done={props.done} />
          <StalePanel ctx={ctx} state={translation} actions={actions} />
        </>
      ) : (
        <Notice kind="info">{t.categoryIntro}</Notice>
      )}
      <section class="panel" aria-labelledby="source-title">
        <h2 id="source-title">{t.sourceHeading(t.inSentence[source.lang])}</h2>
        <dl class="source-text" lang={source.lang}>
          <dt>{c.name}</dt>
          <dd>{source.text.name}</dd>
          <dt>{c.description}</dt>
          <dd>{source.text.description || ctx.t.adminForms.none}</dd>
        </dl>
      </section>
      <form method="post" action={base} class="stack" noValidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="intent" value={props.exists ? 'update' : 'create'} />
        <input type="hidden" name="from" value={source.lang} />
        <h2>{t.translationHeading(t.inSentence[lang])}</h2>
        <TextField
          name="name"
          label={c.name}
          value={values.name}
          error={errors.name}
          required
          maxLength={200}
          lang={lang}
        />
        <TextField
          name="slug"
          label={c.slug}
          value={values.slug}
          error={errors.slug}
          hint={ctx.t.adminForms.slugHint}
          maxLength={120}
        />
        <TextAreaField
          name="description"
          label={c.description}
          value={values.description}
          error={errors.description}
          maxLength={1000}
          rows={3}
          lang={lang}
        />
        {translation ? <SyncedCheckbox ctx={ctx} state={translation} /> : null}
        <p>
          <button type="submit" class="button button-primary">
            {props.exists ? ctx.t.admin.save : t.createCategory}
          </button>
        </p>
      </form>
    </AdminLayout>
  );
}
