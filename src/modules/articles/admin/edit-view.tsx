import type { ArticleRow } from '../../../db/schema.ts';
import { languages } from '../../../i18n/index.ts';
import type { AdminContext } from '../../../web/admin/admin-context.ts';
import { AdminLayout, CsrfField, Field, Notice } from '../../../web/admin/admin-layout.tsx';
import { EditorIsland } from '../../../web/admin/editor-island.tsx';
import { TextAreaField, TextField } from '../../../web/admin/form-kit.tsx';
import { assetUrl } from '../../../web/assets.ts';
import type { CategoryView } from '../../categories/categories.repository.ts';
import { ComparisonView } from '../../revisions/diff-view.tsx';
import type { SnapshotComparison } from '../../revisions/revisions.ts';
import {
  StalePanel,
  SyncedCheckbox,
  TranslationsPanel,
  UntranslatedNotice,
} from '../../translations/panel.tsx';
import type { ArticleForm, FormErrors } from '../article-form.ts';
import { transitions, type WorkflowAction } from '../workflow.ts';
import type { ArticleTranslationProps } from './article-panel.ts';
import { CoverField, type CoverPreview } from './cover-field.tsx';
import { StatusBadge } from './shared.tsx';

export interface EditViewProps extends Partial<ArticleTranslationProps> {
  ctx: AdminContext;
  /** `?done=` after a redirect (translation notices). */
  done?: string;
  article?: ArticleRow | undefined;
  form: ArticleForm;
  errors?: FormErrors;
  categories: (CategoryView & { depth: number })[];
  actions: WorkflowAction[];
  canEdit: boolean;
  /** Publication and take-down times are shown to roles that publish. */
  canSetTimes: boolean;
  notice?: { kind: 'error' | 'success' | 'info'; text: string } | undefined;
  conflict?: { version: number; by: string; comparison: SnapshotComparison } | undefined;
  /** The cover image the form names, when it is an image of the site. */
  cover?: CoverPreview | undefined;
}

const REASON_ACTIONS: WorkflowAction[] = ['return', 'take_down'];
const DANGER: WorkflowAction[] = ['return', 'take_down', 'archive'];

/** What every article field shows; its id keeps the `article-` prefix the island and scripts use. */
interface ArticleFieldProps {
  name: keyof ArticleForm;
  label: string;
  form: ArticleForm;
  errors: FormErrors;
  hint?: string;
}

const kitProps = (props: ArticleFieldProps) => ({
  id: `article-${props.name.replace(/_/g, '-')}`,
  name: props.name,
  label: props.label,
  value: props.form[props.name],
  error: props.errors[props.name],
  hint: props.hint,
});

/** A text input of the article form, from the form kit. */
function Input(
  props: ArticleFieldProps & { type?: 'text' | 'datetime-local'; maxLength?: number; required?: boolean },
) {
  return (
    <TextField {...kitProps(props)} type={props.type} maxLength={props.maxLength} required={props.required} />
  );
}

/** A multi-line field of the article form (`rich`: the TipTap island takes it over). */
function TextArea(props: ArticleFieldProps & { rows?: number; rich?: boolean }) {
  return <TextAreaField {...kitProps(props)} rows={props.rows ?? 3} richEditor={props.rich} />;
}

/** The article editor: content fields, then the workflow buttons the person's role allows. */
export function EditView(props: EditViewProps) {
  const { ctx, article, form, categories } = props;
  const errors = props.errors ?? {};
  const t = ctx.t.articlesAdmin;
  const title = article ? t.editTitle(article.title) : t.newTitle;
  const action = article ? `/admin/articles/${article.id}` : '/admin/articles';
  const autosave =
    props.canEdit && (!article || article.status === 'draft' || article.status === 'returned')
      ? article
        ? `/admin/articles/${article.id}/autosave`
        : '/admin/articles/autosave'
      : undefined;
  const categoryError = errors.category_id;
  const tr = ctx.t.adminTranslations;
  const translation = props.translation;
  // One version per language in a translation group: the language is fixed once there are others.
  const languageChoices = translation?.hasVersions && article ? [article.lang] : languages;
  return (
    <AdminLayout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {props.notice ? <Notice kind={props.notice.kind}>{props.notice.text}</Notice> : null}
      {Object.keys(errors).length > 0 ? <Notice kind="error">{ctx.t.admin.formErrors}</Notice> : null}
      {props.conflict ? (
        <section class="panel conflict" aria-labelledby="conflict-title">
          <h2 id="conflict-title">{t.conflict.title}</h2>
          <p>{t.conflict.intro}</p>
          <p>
            <strong>{t.conflict.theirs(props.conflict.version, props.conflict.by)}</strong> →{' '}
            <strong>{t.conflict.yours}</strong>
          </p>
          <ComparisonView ctx={ctx} comparison={props.conflict.comparison} headingLevel={3} />
        </section>
      ) : null}
      {article ? (
        <p class="article-links">
          <StatusBadge ctx={ctx} status={article.status} />{' '}
          <a href={`/admin/articles/${article.id}/preview`}>{t.actions.preview}</a>
          {' · '}
          <a href={`/admin/articles/${article.id}/revisions`}>{t.actions.revisions}</a>
          {' · '}
          <a href="/admin/articles">{t.actions.backToList}</a>
        </p>
      ) : null}
      {translation ? (
        <>
          <UntranslatedNotice ctx={ctx} state={translation} />
          {props.categoryNameMissing && article ? (
            <Notice kind="info">
              {tr.categoryNameMissing(props.categoryNameMissing.name, tr.inSentence[article.lang])}
              {props.categoryNameMissing.href ? (
                <>
                  {' '}
                  <a href={props.categoryNameMissing.href}>{tr.translateCategory}</a>
                </>
              ) : null}
            </Notice>
          ) : null}
          <TranslationsPanel
            ctx={ctx}
            state={translation}
            actions={props.translationActions ?? {}}
            done={props.done}
          />
          <StalePanel ctx={ctx} state={translation} actions={props.translationActions ?? {}} />
        </>
      ) : null}
      <form
        method="post"
        action={action}
        class="stack article-form"
        noValidate
        data-autosave={autosave}
        data-saved-template={t.autosave.saved('{time}')}
        data-failed={t.autosave.failed}
        data-conflict={t.autosave.conflict}
      >
        <CsrfField ctx={ctx} />
        <input type="hidden" name="version" value={form.version} />
        <fieldset class="stack plain-fieldset" disabled={!props.canEdit}>
          {!props.canEdit ? <p class="field-hint">{t.fields.readOnly}</p> : null}
          <Input name="title" label={t.fields.title} form={form} errors={errors} maxLength={300} required />
          <Input
            name="slug"
            label={t.fields.slug}
            form={form}
            errors={errors}
            hint={t.fields.slugHint}
            maxLength={120}
          />
          <TextArea name="lead" label={t.fields.lead} form={form} errors={errors} rows={3} />
          <Field id="article-category-id" label={t.fields.category} error={categoryError}>
            <select
              id="article-category-id"
              name="category_id"
              required
              aria-invalid={categoryError ? 'true' : undefined}
              aria-describedby={categoryError ? 'article-category-id-error' : undefined}
            >
              <option value="">{t.fields.chooseCategory}</option>
              {categories.map((category) => (
                <option
                  key={category.id}
                  value={String(category.id)}
                  selected={form.category_id === String(category.id)}
                >
                  {`${'— '.repeat(category.depth)}${category.name}`}
                </option>
              ))}
            </select>
          </Field>
          <Field id="article-lang" label={t.fields.lang} error={errors.lang}>
            <select id="article-lang" name="lang" aria-invalid={errors.lang ? 'true' : undefined}>
              {languageChoices.map((code) => (
                <option key={code} value={code} selected={form.lang === code}>
                  {t.languages[code]}
                </option>
              ))}
            </select>
          </Field>
          <TextArea
            name="body"
            label={t.fields.body}
            form={form}
            errors={errors}
            hint={t.fields.bodyHint}
            rows={16}
            rich
          />
          <CoverField ctx={ctx} form={form} errors={errors} cover={props.cover} canEdit={props.canEdit}>
            <Input name="cover_alt" label={t.fields.coverAlt} form={form} errors={errors} maxLength={300} />
            <Input
              name="cover_caption"
              label={t.fields.coverCaption}
              form={form}
              errors={errors}
              maxLength={500}
            />
          </CoverField>
          <Input name="byline" label={t.fields.byline} form={form} errors={errors} maxLength={200} />
          <Input name="source" label={t.fields.source} form={form} errors={errors} maxLength={300} />
          <TextArea
            name="seo_description"
            label={t.fields.seoDescription}
            form={form}
            errors={errors}
            hint={t.fields.seoHint}
            rows={2}
          />
          <div class="field-checkbox">
            <input
              id="article-featured"
              type="checkbox"
              name="featured"
              value="1"
              checked={form.featured === '1'}
            />
            <label for="article-featured">{t.fields.featured}</label>
          </div>
          {props.canSetTimes ? (
            <>
              <Input
                name="published_at"
                type="datetime-local"
                label={t.fields.publishAt}
                form={form}
                errors={errors}
                hint={t.fields.publishAtHint}
              />
              <Input
                name="unpublish_at"
                type="datetime-local"
                label={t.fields.unpublishAt}
                form={form}
                errors={errors}
              />
            </>
          ) : null}
        </fieldset>
        <fieldset class="panel workflow">
          <legend>{t.fields.workflow}</legend>
          {article ? <p>{t.fields.currentStatus(t.status[article.status])}</p> : null}
          {article?.workflow_note && (article.status === 'returned' || article.status === 'taken_down') ? (
            <p class="workflow-note">{t.fields.lastNote(article.workflow_note)}</p>
          ) : null}
          {props.actions.some((name) => REASON_ACTIONS.includes(name)) ? (
            <TextArea
              name="reason"
              label={t.fields.reason}
              form={form}
              errors={errors}
              hint={t.fields.reasonHint}
              rows={2}
            />
          ) : null}
          {translation && props.canEdit ? <SyncedCheckbox ctx={ctx} state={translation} /> : null}
          <div class="button-row">
            {props.canEdit ? (
              <button
                type="submit"
                name="intent"
                value="save"
                class="button button-primary"
                data-skip-alt-check
              >
                {t.actions.save}
              </button>
            ) : null}
            {props.actions.map((name) => (
              <button
                key={name}
                type="submit"
                name="intent"
                value={name}
                class={DANGER.includes(name) ? 'button button-danger' : 'button'}
                // The island stops buttons that send the article on while a figure lacks alt text.
                data-skip-alt-check={transitions[name].complete ? undefined : ''}
              >
                {t.actions[name]}
              </button>
            ))}
          </div>
          {autosave ? (
            <p class="autosave-status field-hint" data-autosave-status role="status" aria-live="polite" />
          ) : null}
        </fieldset>
      </form>
      {autosave ? <script type="module" src={assetUrl('autosave.js')} /> : null}
      {props.canEdit ? <script type="module" src={assetUrl('cover-picker.js')} /> : null}
      {props.canEdit ? <EditorIsland lang={ctx.lang} /> : null}
    </AdminLayout>
  );
}
