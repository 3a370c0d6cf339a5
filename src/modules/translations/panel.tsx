import type { LanguageCode, TranslatableType } from '../../db/schema.ts';
import type { AdminContext } from '../../web/admin/admin-context.ts';
import { CsrfField, Notice } from '../../web/admin/admin-layout.tsx';
import { DiffText } from '../revisions/diff-view.tsx';
import type { TextComparison } from './source-text.ts';
import type { TranslationState } from './translation-state.ts';
import { editUrl } from './translations.repository.ts';

/**
 * The translation panels every edit screen shows (articles, static pages, category names):
 * the language versions with "Thêm bản dịch", and for a translation whose source changed, what
 * changed there and "Đã cập nhật theo bản gốc".
 */

/** How a missing language is added: a POST button (articles, pages) or a link to a form (categories). */
export type AddAction = { method: 'post'; action: string } | { method: 'get'; href: string };

export interface PanelActions {
  /** Undefined when the person may not add translations here. */
  add?: (lang: LanguageCode) => AddAction;
  /** POST action of "Đã cập nhật theo bản gốc"; undefined when the person may not edit it. */
  synced?: string;
}

function StatusText({ ctx, state }: { ctx: AdminContext; state: TranslationState['entries'][number] }) {
  const t = ctx.t.adminTranslations;
  const status = state.item?.status;
  const badges = [
    status ? <span class={`status-badge status-${status}`}>{ctx.t.articlesAdmin.status[status]}</span> : null,
    state.isSource ? <span class="status-badge">{t.sourceBadge}</span> : null,
    state.stale ? <span class="status-badge status-stale">{t.staleBadge}</span> : null,
  ].filter((badge) => badge !== null);
  return <>{badges.flatMap((badge, index) => (index > 0 ? [' ', badge] : [badge]))}</>;
}

function AddButton({ ctx, lang, action }: { ctx: AdminContext; lang: LanguageCode; action: AddAction }) {
  const label = ctx.t.adminTranslations.add(ctx.t.adminTranslations.inSentence[lang]);
  if (action.method === 'get')
    return (
      <a class="button" href={action.href}>
        {label}
      </a>
    );
  return (
    <form method="post" action={action.action} class="inline-form">
      <CsrfField ctx={ctx} />
      <input type="hidden" name="lang" value={lang} />
      <button type="submit" class="button">
        {label}
      </button>
    </form>
  );
}

/** The language versions of the item, with links, states and "Thêm bản dịch". */
export function TranslationsPanel(props: {
  ctx: AdminContext;
  state: TranslationState;
  actions: PanelActions;
  /** `?done=` of the page: "translated" after "Thêm bản dịch", "synced" after marking it up to date. */
  done?: unknown;
}) {
  const { ctx, state, actions } = props;
  const t = ctx.t.adminTranslations;
  const names = ctx.t.adminForms.languageNames;
  const link = state.asTranslation;
  const done = props.done === 'translated' ? t.created : props.done === 'synced' ? t.markedSynced : '';
  return (
    <section class="panel translations-panel" aria-labelledby="translations-title">
      <h2 id="translations-title">{t.panelTitle}</h2>
      {done ? <Notice kind="success">{done}</Notice> : null}
      {link?.source ? (
        <p>
          {t.basedOn(t.inSentence[link.source.lang], link.link.source_version)}{' '}
          <a href={editUrl(link.source, true)} lang={link.source.lang}>
            {link.source.title}
          </a>
        </p>
      ) : link ? (
        <p>{t.sourceGone}</p>
      ) : null}
      <ul class="translation-list">
        {state.entries.map((entry) => (
          <li key={entry.lang}>
            <strong>{names[entry.lang]}</strong>
            {': '}
            {entry.state === 'this' ? (
              <>
                <span>{t.thisVersion}</span> <StatusText ctx={ctx} state={entry} />
              </>
            ) : entry.state === 'exists' && entry.item ? (
              <>
                <a href={editUrl(entry.item, entry.isSource)} lang={entry.lang}>
                  {entry.item.title}
                </a>{' '}
                <StatusText ctx={ctx} state={entry} />
              </>
            ) : actions.add ? (
              <AddButton ctx={ctx} lang={entry.lang} action={actions.add(entry.lang)} />
            ) : (
              <span>{t.missing}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What changed in the source: word diffs of each changed field. */
export function SourceChanges(props: {
  ctx: AdminContext;
  type: TranslatableType;
  comparison: TextComparison;
  headingLevel?: 3 | 4;
}) {
  const { ctx, comparison } = props;
  const t = ctx.t.adminTranslations;
  const Heading = props.headingLevel === 4 ? 'h4' : 'h3';
  if (comparison.changes.length === 0 && !comparison.structureChanged) return <p>{t.noTextChanges}</p>;
  return (
    <div class="comparison">
      <p class="field-hint">{ctx.t.articlesAdmin.compare.legend}</p>
      {comparison.changes.map((change) => (
        <div key={change.field}>
          <Heading>{t.fields[change.field]}</Heading>
          <DiffText ctx={ctx} parts={change.parts} />
        </div>
      ))}
      {comparison.structureChanged ? <p>{t.structureChanged}</p> : null}
    </div>
  );
}

/** For a stale translation: what changed in the source since, and "Đã cập nhật theo bản gốc". */
export function StalePanel(props: { ctx: AdminContext; state: TranslationState; actions: PanelActions }) {
  const { ctx, state } = props;
  const link = state.asTranslation;
  if (!link?.stale || !link.source) return null;
  const t = ctx.t.adminTranslations;
  const id = `stale-${state.item.lang}`;
  return (
    <section class="panel stale-panel" aria-labelledby={id}>
      <h2 id={id}>{t.staleTitle}</h2>
      <p>{t.staleIntro(t.inSentence[link.source.lang], link.link.source_version, link.source.version)}</p>
      <SourceChanges ctx={ctx} type={state.item.type} comparison={link.comparison} />
      {props.actions.synced ? (
        <>
          <p>{t.staleHowTo}</p>
          <form method="post" action={props.actions.synced}>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="lang" value={state.item.lang} />
            <button type="submit" class="button">
              {t.markSynced}
            </button>
          </form>
        </>
      ) : null}
    </section>
  );
}

/** The notice on a fresh copy that still holds the source's text. */
export function UntranslatedNotice({ ctx, state }: { ctx: AdminContext; state: TranslationState }) {
  const link = state.asTranslation;
  if (!link?.untranslated || state.item.type === 'category') return null;
  const t = ctx.t.adminTranslations;
  return (
    <Notice kind="info">
      {t.untranslated(t.inSentence[link.link.source_lang], t.inSentence[state.item.lang])}
    </Notice>
  );
}

/** Inside the edit form of a stale translation: "bring it up to date with this save". */
export function SyncedCheckbox({ ctx, state }: { ctx: AdminContext; state: TranslationState }) {
  const link = state.asTranslation;
  if (!link?.stale || !link.source) return null;
  const t = ctx.t.adminTranslations;
  const id = `translation-synced-${state.item.lang}`;
  return (
    <div class="field-checkbox">
      <input id={id} type="checkbox" name="translation_synced" value="1" aria-describedby={`${id}-hint`} />
      <label for={id}>{t.syncedCheckbox(link.source.version)}</label>
      <p class="field-hint" id={`${id}-hint`}>
        {t.syncedHint}
      </p>
    </div>
  );
}
