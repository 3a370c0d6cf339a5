import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuditRow } from '../../../db/schema.ts';
import { formatDateTime } from '../../../i18n/dates.ts';
import type { AppServices } from '../../../platform/services.ts';
import { type AdminContext, adminContext } from '../../../web/admin/admin-context.ts';
import { AdminLayout, Notice, PostButton } from '../../../web/admin/admin-layout.tsx';
import { type FieldErrors, sendHtml, TextField } from '../../../web/admin/form-kit.tsx';
import { ScrollRegion } from '../../../web/admin/scroll-region.tsx';
import { ColumnHeads } from '../../../web/column-heads.tsx';
import { type AuditVerification, GENESIS_HASH, verifyAudit } from '../audit.ts';
import {
  type AuditFilters,
  auditDiff,
  filterKeys,
  parseFilters,
  searchAudit,
} from './audit-admin.service.ts';

function pageHref(filters: AuditFilters, page: number): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) if (filters[key]) params.set(key, filters[key]);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/admin/audit?${query}` : '/admin/audit';
}

function Changes({ ctx, row }: { ctx: AdminContext; row: AuditRow }) {
  const t = ctx.t.adminAudit;
  const diff = auditDiff(row);
  if (diff.length === 0) return <span>{t.noChanges}</span>;
  return (
    <table class="audit-diff">
      <ColumnHeads labels={[t.field, t.before, t.after]} />
      <tbody>
        {diff.map((line) => (
          <tr key={line.field} class={line.changed ? 'changed' : undefined}>
            <th scope="row">{line.field}</th>
            <td>{line.changed && line.before ? <del>{line.before}</del> : line.before}</td>
            <td>{line.changed && line.after ? <ins>{line.after}</ins> : line.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AuditPage(props: {
  ctx: AdminContext;
  filters: AuditFilters;
  errors: FieldErrors;
  page: number;
  rows: AuditRow[];
  hasMore: boolean;
  verification?: AuditVerification;
}) {
  const { ctx, filters, errors, rows, page } = props;
  const t = ctx.t.adminAudit;
  const v = props.verification;
  const reason = (text: string | undefined) => (text === 'entry altered' ? t.reasonAltered : t.reasonMissing);
  return (
    <AdminLayout ctx={ctx} title={t.title}>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {v ? (
        v.ok ? (
          <Notice kind="success">
            {t.verifyOk(v.checked)} {t.verifyAnchor(v.last?.id ?? 0, v.checked, v.last?.hash ?? GENESIS_HASH)}
          </Notice>
        ) : (
          <Notice kind="error">{t.verifyBroken(v.brokenAt ?? 0, reason(v.reason))}</Notice>
        )
      ) : null}
      <form method="get" action="/admin/audit" class="panel audit-filters" aria-labelledby="filters-title">
        <h2 id="filters-title">{t.filters}</h2>
        <div class="filter-grid">
          <TextField name="from" label={t.from} type="date" value={filters.from} error={errors.from} />
          <TextField name="to" label={t.to} type="date" value={filters.to} error={errors.to} />
          <TextField name="actor" label={t.actor} value={filters.actor} hint={t.actorHint} maxLength={200} />
          <TextField
            name="action"
            label={t.action}
            value={filters.action}
            hint={t.actionHint}
            maxLength={100}
          />
          <TextField name="entity_type" label={t.entityType} value={filters.entity_type} maxLength={50} />
          <TextField name="entity_id" label={t.entityId} value={filters.entity_id} maxLength={50} />
          <TextField name="ip" label={t.ip} value={filters.ip} maxLength={64} />
        </div>
        <p>
          <button type="submit" class="button button-primary">
            {t.apply}
          </button>{' '}
          <a class="button" href="/admin/audit">
            {t.clear}
          </a>
        </p>
      </form>
      {rows.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <ScrollRegion label={t.title}>
          <table class="data-table audit-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t.at}</th>
                <th scope="col">{t.actor}</th>
                <th scope="col">{t.action}</th>
                <th scope="col">{t.entity}</th>
                <th scope="col">{t.changes}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{row.id}</td>
                  <td>{formatDateTime(new Date(row.at), ctx.lang)}</td>
                  <td>
                    {row.actor_label || t.system}
                    {row.ip ? (
                      <>
                        <br />
                        <a href={pageHref({ ...filters, ip: row.ip }, 1)}>{row.ip}</a>
                      </>
                    ) : null}
                  </td>
                  <td>
                    <code>{row.action}</code>
                  </td>
                  <td>
                    {row.entity_type ? (
                      <a
                        href={pageHref(
                          { ...filters, entity_type: row.entity_type, entity_id: row.entity_id },
                          1,
                        )}
                      >
                        {`${row.entity_type} ${row.entity_id}`.trim()}
                      </a>
                    ) : null}
                  </td>
                  <td>
                    <Changes ctx={ctx} row={row} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <nav aria-label={t.pagination} class="admin-pagination">
        {page > 1 ? <a href={pageHref(filters, page - 1)}>{t.newer}</a> : null}{' '}
        <span>{t.pageLabel(page)}</span>{' '}
        {props.hasMore ? <a href={pageHref(filters, page + 1)}>{t.older}</a> : null}
      </nav>
      <section class="panel" aria-labelledby="verify-title">
        <h2 id="verify-title">{t.verifyTitle}</h2>
        <p>{t.verifyHint}</p>
        <PostButton ctx={ctx} action="/admin/audit/verify" label={t.verify} />
      </section>
    </AdminLayout>
  );
}

const access = { config: { access: { roles: ['admin' as const] } } };

/** /admin/audit: the hash-chained audit log with filters and the chain check (admin). */
export async function auditAdminRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  async function render(request: FastifyRequest, ctx: AdminContext, verification?: AuditVerification) {
    const { filters, page, errors } = parseFilters(verification ? {} : request.query, ctx.t);
    const { rows, hasMore } = await searchAudit(services.db, {
      site: ctx.site,
      allSites: services.sites.all(),
      filters,
      errors,
      page,
    });
    return (
      <AuditPage
        ctx={ctx}
        filters={filters}
        errors={errors}
        page={page}
        rows={rows}
        hasMore={hasMore}
        {...(verification ? { verification } : {})}
      />
    );
  }

  app.get('/admin/audit', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    return sendHtml(reply, await render(request, ctx));
  });

  app.post(
    '/admin/audit/verify',
    { config: { access: { roles: ['admin'] }, rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const ctx = adminContext(request, reply, services);
      const verification = await verifyAudit(services.db, { key: services.secrets.auditKey });
      return sendHtml(reply, await render(request, ctx, verification));
    },
  );
}
