import type { AppServices } from '../../platform/services.ts';
import type { AdminContext } from '../../web/admin/admin-context.ts';
import { ColumnHeads } from '../../web/column-heads.tsx';
import { type DashboardSection, dashboardSections } from '../dashboard/sections.ts';
import { type RatingSummary, ratingsRepository } from './ratings.repository.ts';

const WINDOW_MS = 30 * 86_400_000;
const SHOWN = 5;
const STAFF = new Set(['admin', 'chief_editor', 'editor']);

function formatAverage(value: number, lang: string): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

function RatingTable(props: { ctx: AdminContext; caption: string; rows: RatingSummary[] }) {
  const t = props.ctx.t.rating;
  return (
    <div class="table-scroll">
      <table class="data-table">
        <caption>{props.caption}</caption>
        <ColumnHeads labels={[t.adminArticle, t.adminAverage, t.adminCount]} />
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.articleId}>
              <td>
                <a href={`/admin/articles/${row.articleId}/edit`}>{row.title}</a>
              </td>
              <td>{formatAverage(row.average, props.ctx.lang)}</td>
              <td>{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The start page's summary of readers' ratings, for the editorial board. */
export const ratingsSection: DashboardSection = {
  order: 60,
  async render(ctx: AdminContext, services: AppServices) {
    if (!ctx.role || !STAFF.has(ctx.role.role)) return null;
    const t = ctx.t.rating;
    const ratings = ratingsRepository(services.db);
    const since = new Date(services.clock().getTime() - WINDOW_MS).toISOString();
    const totals = await ratings.totals(ctx.site.id, since);
    const [lowest, highest] =
      totals.count > 0
        ? await Promise.all([
            ratings.ranked(ctx.site.id, since, 'asc', SHOWN),
            ratings.ranked(ctx.site.id, since, 'desc', SHOWN),
          ])
        : [[], []];
    return (
      <section class="panel" aria-labelledby="ratings-title">
        <h2 id="ratings-title">{t.adminTitle}</h2>
        {totals.count === 0 ? (
          <p>{t.adminNone}</p>
        ) : (
          <>
            <p>{t.adminSummary(totals.count, formatAverage(totals.average, ctx.lang))}</p>
            <RatingTable ctx={ctx} caption={t.adminLowest} rows={lowest} />
            <RatingTable ctx={ctx} caption={t.adminHighest} rows={highest} />
          </>
        )}
      </section>
    );
  },
};

/** Adds the section to the start page (once). */
export function registerRatingsSection(): void {
  if (!dashboardSections.includes(ratingsSection)) dashboardSections.push(ratingsSection);
}
