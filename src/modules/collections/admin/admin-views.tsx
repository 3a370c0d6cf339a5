import type { LanguageCode } from '../../../db/schema.ts';
import { formatDateTime } from '../../../i18n/dates.ts';
import { languageInfo, languages } from '../../../i18n/index.ts';
import type { AdminContext } from '../../../web/admin/admin-context.ts';
import { AdminLayout, CsrfField, Notice } from '../../../web/admin/admin-layout.tsx';
import { EditorIsland } from '../../../web/admin/editor-island.tsx';
import {
  CheckboxField,
  DeletePanel,
  type FieldErrors,
  FormErrors,
  ListHeader,
  SaveRow,
} from '../../../web/admin/form-kit.tsx';
import { LanguageTabs } from '../../../web/admin/list-page.tsx';
import { ScrollRegion } from '../../../web/admin/scroll-region.tsx';
import { type CollectionDef, storedFields } from '../definition.ts';
import type { RawValues } from '../fields.ts';
import { itemUrl } from '../paths.ts';
import type { CollectionItem } from '../repository.ts';
import { canPublish, type Transition } from '../service.ts';
import type { ExtraValues } from '../type-hooks.ts';
import { CollectionField, type FieldOptions } from './form-fields.tsx';

/** The admin base path of a collection. */
export function adminBase(def: CollectionDef): string {
  return `/admin/${def.plural}`;
}

/** A field's value as a short text for a list cell. */
function cellText(
  def: CollectionDef,
  item: CollectionItem,
  name: string,
  ctx: AdminContext,
  titles: Map<number, string>,
): string {
  const field = def.fields.find((candidate) => candidate.name === name);
  const value = item.data[name];
  if (!field || value === null || value === undefined) return '';
  if (field.kind === 'choice')
    return field.options.find((option) => option.value === value)?.label[ctx.lang] ?? '';
  if (field.kind === 'relation' && typeof value === 'number') return titles.get(value) ?? '';
  if (field.kind === 'choices' && Array.isArray(value))
    return value
      .map((code) => field.options.find((option) => option.value === code)?.label[ctx.lang] ?? '')
      .join(', ');
  if (Array.isArray(value)) return String(value.length);
  if (typeof value === 'object') return value.id ? (titles.get(value.id) ?? '') : (value.name ?? '');
  return String(value);
}

/** The list screen: language tabs, a filter per declared choice field, the items in order. */
/** The type's own admin screens the staff member may open (its settings). */
function AdminLinks({ ctx, def }: { ctx: AdminContext; def: CollectionDef }) {
  const role = ctx.role?.role;
  const links = (def.hooks?.adminLinks ?? []).filter((link) => role && link.roles.includes(role));
  if (links.length === 0) return null;
  return (
    <p class="list-links">
      {links.map((link) => (
        <a key={link.href} class="button" href={link.href}>
          {link.label[ctx.lang]}
        </a>
      ))}
    </p>
  );
}

export function CollectionListPage(props: {
  ctx: AdminContext;
  def: CollectionDef;
  lang: LanguageCode;
  items: CollectionItem[];
  filters: Record<string, string>;
  /** Titles of the items that relation and person columns point at. */
  titles: Map<number, string>;
  done?: unknown;
}) {
  const { ctx, def, lang } = props;
  const t = ctx.t.adminCollections;
  const base = adminBase(def);
  const columns = def.columns ?? [];
  const done =
    typeof props.done === 'string' && props.done in t.done ? t.done[props.done as keyof typeof t.done] : '';
  return (
    <AdminLayout ctx={ctx} title={def.name[ctx.lang]}>
      <ListHeader
        ctx={ctx}
        title={def.name[ctx.lang]}
        intro={def.intro[ctx.lang]}
        done={props.done}
        add={{ href: `${base}/new`, label: t.add(def.itemName[ctx.lang]) }}
      >
        {done ? <Notice kind="success">{done}</Notice> : null}
        {(def.hooks?.listLinks ?? []).length > 0 ? (
          <p class="list-links">
            {def.hooks?.listLinks?.map((link) => (
              <a key={link.href} class="button" href={link.href}>
                {link.label[ctx.lang]}
              </a>
            ))}
          </p>
        ) : null}
        <LanguageTabs ctx={ctx} label={t.languageTabs} current={lang} base={base} />
        <AdminLinks ctx={ctx} def={def} />
        {(def.filters ?? []).length > 0 ? (
          <form method="get" action={base} class="filter-row">
            <input type="hidden" name="lang" value={lang} />
            {(def.filters ?? []).map((name) => {
              const field = def.fields.find((candidate) => candidate.name === name);
              if (field?.kind !== 'choice') return null;
              return (
                <div class="field" key={name}>
                  <label for={`filter-${name}`}>{t.filterBy(field.label[ctx.lang])}</label>
                  <select id={`filter-${name}`} name={name}>
                    <option value="">{t.filterAll}</option>
                    {field.options.map((option) => (
                      <option
                        key={option.value}
                        value={option.value}
                        selected={props.filters[name] === option.value}
                      >
                        {option.label[ctx.lang]}
                      </option>
                    ))}
                  </select>
                </div>
              );
            })}
            <button type="submit" class="button">
              {t.filter}
            </button>
          </form>
        ) : null}
      </ListHeader>
      {props.items.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <ScrollRegion label={def.name[ctx.lang]}>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t.title}</th>
                {columns.map((name) => (
                  <th scope="col" key={name}>
                    {def.fields.find((field) => field.name === name)?.label[ctx.lang]}
                  </th>
                ))}
                <th scope="col">{t.status}</th>
                <th scope="col">{t.updated}</th>
              </tr>
            </thead>
            <tbody>
              {props.items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <a href={`${base}/${item.id}`} lang={languageInfo[item.lang].htmlLang}>
                      {item.title}
                    </a>
                    {item.staleSince ? <span class="status-badge"> {t.stale}</span> : null}
                  </td>
                  {columns.map((name) => (
                    <td key={name}>{cellText(def, item, name, ctx, props.titles)}</td>
                  ))}
                  <td>
                    <span class="status-badge">{t.statuses[item.status]}</span>
                  </td>
                  <td>{formatDateTime(new Date(item.updatedAt), ctx.lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </AdminLayout>
  );
}

export interface RevisionLine {
  id: number;
  version: number;
  note: string;
  created_at: string;
  display_name: string | null;
}

/** The transitions the item's state and the person's role offer, as buttons. */
function WorkflowPanel(props: { ctx: AdminContext; def: CollectionDef; item: CollectionItem }) {
  const { ctx, def, item } = props;
  const t = ctx.t.adminCollections;
  const publisher = def.workflow === 'simple' || canPublish(def, ctx.role?.role);
  const actions: { action: Transition; label: string }[] = [];
  if (def.workflow === 'editorial') {
    if (item.status === 'draft') actions.push({ action: 'submit', label: t.submit });
    if (item.status === 'draft' && def.publishDirectly && publisher)
      actions.push({ action: 'publish', label: t.publish });
    if (item.status === 'pending_approval' && publisher)
      actions.push({ action: 'approve', label: t.approve }, { action: 'return', label: t.returnDraft });
  } else if (item.status === 'draft') actions.push({ action: 'publish', label: t.publish });
  if (item.status === 'published' && publisher) actions.push({ action: 'unpublish', label: t.unpublish });
  return (
    <section class="panel" aria-labelledby="workflow-title">
      <h2 id="workflow-title">{t.workflowTitle}</h2>
      <p>
        {t.status}
        {ctx.t.colon}
        <span class="status-badge">{t.statuses[item.status]}</span>
        {item.status === 'published' ? (
          <>
            {' '}
            <a href={itemUrl(def, item.lang, item.slug)}>{t.viewOnSite}</a>
          </>
        ) : null}
      </p>
      {actions.map(({ action, label }) => (
        <form
          method="post"
          action={`${adminBase(def)}/${item.id}/transition`}
          class="inline-form"
          key={action}
        >
          <CsrfField ctx={ctx} />
          <input type="hidden" name="action" value={action} />
          <button
            type="submit"
            class={action === 'unpublish' || action === 'return' ? 'button' : 'button button-primary'}
          >
            {label}
          </button>
        </form>
      ))}
    </section>
  );
}

/** Language versions of an original, or the original of a translation, with the stale flag. */
function TranslationsPanel(props: {
  ctx: AdminContext;
  def: CollectionDef;
  item: CollectionItem;
  source: CollectionItem | undefined;
  translations: CollectionItem[];
}) {
  const { ctx, def, item } = props;
  const t = ctx.t.adminCollections;
  const names = ctx.t.adminForms.languageNames;
  const base = adminBase(def);
  if (props.source) {
    return (
      <section class="panel" aria-labelledby="translations-title">
        <h2 id="translations-title">{t.translationsTitle}</h2>
        <p>
          <a href={`${base}/${props.source.id}`}>{t.translationOf(props.source.title)}</a>
        </p>
        {item.staleSince ? <Notice kind="info">{t.stale}</Notice> : <p>{t.current}</p>}
        <p>{t.sharedFromSource}</p>
      </section>
    );
  }
  return (
    <section class="panel" aria-labelledby="translations-title">
      <h2 id="translations-title">{t.translationsTitle}</h2>
      <ul>
        {languages
          .filter((lang) => lang !== 'vi')
          .map((lang) => {
            const version = props.translations.find((candidate) => candidate.lang === lang);
            return (
              <li key={lang}>
                {version ? (
                  <>
                    <a href={`${base}/${version.id}`}>{names[lang]}</a> — {t.statuses[version.status]}
                    {version.staleSince ? ` — ${t.stale}` : ''}
                  </>
                ) : (
                  <form method="post" action={`${base}/${item.id}/translations`} class="inline-form">
                    <CsrfField ctx={ctx} />
                    <input type="hidden" name="lang" value={lang} />
                    <button type="submit" class="button">
                      {t.addTranslation(names[lang])}
                    </button>
                  </form>
                )}
              </li>
            );
          })}
      </ul>
    </section>
  );
}

/** The form screen of a new or stored item, with its workflow, translations and history. */
export function CollectionFormPage(props: {
  ctx: AdminContext;
  def: CollectionDef;
  item?: CollectionItem;
  source?: CollectionItem;
  translations?: CollectionItem[];
  revisions?: RevisionLine[];
  raw: RawValues;
  /** The type's own inputs (its hooks' FormExtra). */
  extra?: ExtraValues;
  errors: FieldErrors;
  options: FieldOptions;
  done?: unknown;
  actionError?: string;
  /** What was searched in the attachments fields' search boxes. */
  terms?: Record<string, string>;
}) {
  const { ctx, def, item } = props;
  const t = ctx.t.adminCollections;
  const base = adminBase(def);
  const title = item ? t.editTitle(item.title) : t.newTitle(def.itemName[ctx.lang]);
  const fields = storedFields(def, item?.sourceId != null);
  const withFiles = fields.some((field) => field.kind === 'attachments');
  const lang = item?.lang ?? 'vi';
  const done =
    typeof props.done === 'string' && props.done in t.done ? t.done[props.done as keyof typeof t.done] : '';
  return (
    <AdminLayout ctx={ctx} title={title}>
      <p>
        <a href={`${base}?lang=${lang}`}>{ctx.t.adminForms.back}</a>
      </p>
      <h1>{title}</h1>
      {props.done === 'saved' || props.done === 'created' ? (
        <Notice kind="success">
          {props.done === 'saved' ? ctx.t.adminForms.saved : ctx.t.adminForms.created}
        </Notice>
      ) : null}
      {done ? <Notice kind="success">{done}</Notice> : null}
      {props.actionError ? <Notice kind="error">{props.actionError}</Notice> : null}
      <FormErrors ctx={ctx} errors={props.errors} />
      <form
        method="post"
        action={item ? `${base}/${item.id}` : base}
        class="stack"
        novalidate
        {...(withFiles ? { encType: 'multipart/form-data' } : {})}
      >
        <CsrfField ctx={ctx} />
        {withFiles ? (
          // Enter in a text box saves the form, not the search of the library further down.
          <button type="submit" class="default-submit" tabindex={-1}>
            {ctx.t.admin.save}
          </button>
        ) : null}
        {item ? <input type="hidden" name="version" value={String(item.version)} /> : null}
        {fields.map((field) => (
          <CollectionField
            key={field.name}
            ctx={ctx}
            field={field}
            raw={props.raw}
            errors={props.errors}
            options={props.options}
            terms={props.terms}
            lang={languageInfo[lang].htmlLang}
          />
        ))}
        {def.hooks?.FormExtra && item?.sourceId == null
          ? def.hooks.FormExtra({ ctx, extra: props.extra ?? {}, errors: props.errors, item })
          : null}
        {item?.sourceId != null && item.staleSince ? (
          <CheckboxField name="synced" label={t.markSynced} checked={false} />
        ) : null}
        <SaveRow ctx={ctx} />
      </form>
      {item ? <WorkflowPanel ctx={ctx} def={def} item={item} /> : null}
      {item ? (
        <TranslationsPanel
          ctx={ctx}
          def={def}
          item={item}
          source={props.source}
          translations={props.translations ?? []}
        />
      ) : null}
      {item && (props.revisions ?? []).length > 0 ? (
        <section class="panel" aria-labelledby="revisions-title">
          <h2 id="revisions-title">{t.revisionsTitle}</h2>
          <ol class="revision-list">
            {(props.revisions ?? []).map((revision) => (
              <li key={revision.id}>
                {formatDateTime(new Date(revision.created_at), ctx.lang)} —{' '}
                {t.revisionNotes[revision.note] ?? revision.note}
                {revision.display_name ? ` — ${revision.display_name}` : ''}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {item && canPublish(def, ctx.role?.role) ? (
        <DeletePanel
          ctx={ctx}
          action={`${base}/${item.id}/delete`}
          title={t.deleteTitle}
          hint={t.deleteHint}
        />
      ) : null}
      {fields.some((field) => field.kind === 'richText') ? <EditorIsland lang={ctx.lang} /> : null}
    </AdminLayout>
  );
}
