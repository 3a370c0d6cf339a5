import type { LanguageCode } from '../../db/schema.ts';
import { formatDateTime } from '../../i18n/dates.ts';
import type { AdminContext } from '../../web/admin/admin-context.ts';
import { AdminLayout, CsrfField } from '../../web/admin/admin-layout.tsx';
import { ScrollRegion } from '../../web/admin/scroll-region.tsx';
import { ColumnHeads } from '../../web/column-heads.tsx';
import { legalLanguage } from '../translations/legal-topics.ts';
import { editUrl } from '../translations/translations.repository.ts';
import { type CoverageRow, percent, targetLanguages } from './coverage.ts';
import type { LegalRow, MissingItem, StaleItem } from './worklists.ts';

export interface DashboardProps {
  ctx: AdminContext;
  lang: LanguageCode;
  legal: LegalRow[];
  coverage: CoverageRow[];
  stale: StaleItem[];
  missing: { items: MissingItem[]; moreArticles: number };
  /** May the person add this item's translation (role and category scope)? */
  canAdd: (item: MissingItem) => boolean;
}

/** "Thêm bản dịch" for an item of a list: a POST button, or a link to the category form. */
function AddTranslation(props: {
  ctx: AdminContext;
  type: MissingItem['type'];
  id: number;
  lang: LanguageCode;
}) {
  const { ctx, type, id, lang } = props;
  const t = ctx.t.adminTranslations;
  const label = t.add(t.inSentence[lang]);
  if (type === 'category')
    return (
      <a class="button" href={`/admin/categories/${id}/translations/${lang}`}>
        {label}
      </a>
    );
  return (
    <form method="post" action={`/admin/${type === 'article' ? 'articles' : 'pages'}/${id}/translations`}>
      <CsrfField ctx={ctx} />
      <input type="hidden" name="lang" value={lang} />
      <button type="submit" class="button">
        {label}
      </button>
    </form>
  );
}

function LegalTable({ ctx, rows }: { ctx: AdminContext; rows: LegalRow[] }) {
  const t = ctx.t.adminTranslations;
  const d = t.dashboard;
  const mayEditPages = !!ctx.role && ['admin', 'chief_editor', 'editor'].includes(ctx.role.role);
  return (
    <ScrollRegion>
      <table class="data-table">
        <ColumnHeads labels={[d.topic, d.page, d.english, d.state, d.action]} />
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${row.topic}-${index}`} class={`legal-${row.state}`}>
              <th scope="row">{t.topics[row.topic]}</th>
              <td>
                {row.page ? (
                  <a href={`/admin/pages/${row.page.id}`} lang={row.page.lang}>
                    {row.page.title}
                  </a>
                ) : (
                  '—'
                )}
              </td>
              <td>
                {row.english ? (
                  <a href={`/admin/pages/${row.english.id}`} lang={legalLanguage}>
                    {row.english.title}
                  </a>
                ) : (
                  '—'
                )}
              </td>
              <td>
                <span class={`status-badge legal-state-${row.state}`}>{d.legalStates[row.state]}</span>
              </td>
              <td>
                {row.state === 'unmarked' ? (
                  <span class="field-hint">{d.unmarkedHint}</span>
                ) : row.state === 'missing' && row.page && mayEditPages ? (
                  <AddTranslation ctx={ctx} type="page" id={row.page.id} lang={legalLanguage} />
                ) : row.state !== 'ok' && row.english ? (
                  <a href={`/admin/pages/${row.english.id}`}>{d.update}</a>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function CoverageTable({ ctx, rows }: { ctx: AdminContext; rows: CoverageRow[] }) {
  const t = ctx.t.adminTranslations;
  const d = t.dashboard;
  const names = ctx.t.adminForms.languageNames;
  return (
    <ScrollRegion>
      <table class="data-table coverage-table">
        <thead>
          <tr>
            <th scope="col">{d.section}</th>
            <th scope="col">{d.published}</th>
            {targetLanguages.map((lang) => (
              <th scope="col" key={lang}>
                {names[lang]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={`${row.kind}-${row.id ?? 0}`}
              class={row.kind === 'category' ? undefined : 'coverage-total'}
            >
              <th scope="row">{`${'— '.repeat(row.depth)}${row.name}`}</th>
              <td>{row.published}</td>
              {targetLanguages.map((lang) => {
                const cell = row.cells[lang]!;
                return (
                  <td key={lang}>
                    {cell.total === 0 ? (
                      '—'
                    ) : (
                      <>
                        <span class="coverage-figure">
                          {d.coverage(cell.done, cell.total, percent(cell))}
                        </span>
                        <meter
                          class="coverage-meter"
                          min={0}
                          max={cell.total}
                          value={Math.min(cell.done, cell.total)}
                          aria-hidden="true"
                        />
                      </>
                    )}
                    {cell.inProgress > 0 ? (
                      <span class="coverage-note">{d.inProgress(cell.inProgress)}</span>
                    ) : null}
                    {cell.stale > 0 ? <span class="coverage-note">{d.staleCount(cell.stale)}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function StaleTable({ ctx, items }: { ctx: AdminContext; items: StaleItem[] }) {
  const t = ctx.t.adminTranslations;
  const d = t.dashboard;
  if (items.length === 0) return <p>{d.staleEmpty}</p>;
  return (
    <ScrollRegion>
      <table class="data-table">
        <ColumnHeads labels={[d.item, d.type, d.language, d.source, d.since]} />
        <tbody>
          {items.map((item) => (
            <tr key={`${item.type}-${item.id}-${item.lang}`}>
              <th scope="row">
                <a href={editUrl(item)} lang={item.lang}>
                  {item.title}
                </a>
              </th>
              <td>{d.types[item.type]}</td>
              <td>{ctx.t.adminForms.languageNames[item.lang]}</td>
              <td lang={item.sourceLang}>{item.sourceTitle}</td>
              <td>{formatDateTime(new Date(item.since), ctx.lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function MissingList(props: DashboardProps) {
  const { ctx, lang, missing } = props;
  const d = ctx.t.adminTranslations.dashboard;
  if (missing.items.length === 0) return <p>{d.missingEmpty}</p>;
  return (
    <>
      <ul class="missing-list">
        {missing.items.map((item) => (
          <li key={`${item.type}-${item.id}`}>
            <span class="status-badge">{d.types[item.type]}</span>{' '}
            <a href={editUrl(item, true)} lang={item.lang}>
              {item.title}
            </a>
            {props.canAdd(item) ? (
              <AddTranslation ctx={ctx} type={item.type} id={item.id} lang={lang} />
            ) : null}
          </li>
        ))}
      </ul>
      {missing.moreArticles > 0 ? <p>{d.moreMissing(missing.moreArticles)}</p> : null}
    </>
  );
}

/** GET /admin/translations: the translators' dashboard of a site. */
export function TranslationDashboard(props: DashboardProps) {
  const { ctx, lang } = props;
  const t = ctx.t.adminTranslations;
  const d = t.dashboard;
  const names = ctx.t.adminForms.languageNames;
  const legalIncomplete = props.legal.filter((row) => row.state !== 'ok').length;
  return (
    <AdminLayout ctx={ctx} title={d.title}>
      <h1>{d.title}</h1>
      <p>{d.intro}</p>
      <p class="translation-summary">
        <strong>{d.summary(props.stale.length, legalIncomplete)}</strong>
      </p>
      <section class="panel" aria-labelledby="legal-title">
        <h2 id="legal-title">{d.legalTitle}</h2>
        <p>{d.legalIntro}</p>
        <LegalTable ctx={ctx} rows={props.legal} />
      </section>
      <section class="panel" aria-labelledby="coverage-title">
        <h2 id="coverage-title">{d.coverageTitle}</h2>
        <p>{d.coverageIntro}</p>
        <CoverageTable ctx={ctx} rows={props.coverage} />
      </section>
      <section class="panel" aria-labelledby="stale-list-title">
        <h2 id="stale-list-title">{d.staleTitle}</h2>
        <StaleTable ctx={ctx} items={props.stale} />
      </section>
      <section class="panel" aria-labelledby="missing-title">
        <h2 id="missing-title">{d.missingTitle(t.inSentence[lang])}</h2>
        <nav aria-label={d.languageTabs}>
          <ul class="admin-tabs">
            {targetLanguages.map((code) => (
              <li key={code}>
                <a
                  href={`/admin/translations?lang=${code}#missing-title`}
                  aria-current={code === lang ? 'page' : undefined}
                >
                  {names[code]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <MissingList {...props} />
      </section>
    </AdminLayout>
  );
}
