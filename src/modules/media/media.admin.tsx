import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { MediaRow } from '../../db/schema.ts';
import { sendError } from '../../platform/error-handler.ts';
import type { AppServices } from '../../platform/services.ts';
import { type AdminContext, adminContext } from '../../web/admin/admin-context.ts';
import { AdminLayout, Notice } from '../../web/admin/admin-layout.tsx';
import { MAX_ID, rowId } from '../../web/admin/request.ts';
import { assetUrl } from '../../web/assets.ts';
import { renderDocument } from '../../web/render.ts';
import { canDelete, canEdit, mediaAccess } from './media.policy.ts';
import { findMedia, listMedia, type MediaFilter, mediaUploaders, userNames } from './media.repository.ts';
import { checkMeta } from './media.schemas.ts';
import { actorOf, deleteMedia, MEDIA_LIMITS, type MediaActorInfo, updateMeta } from './media.service.ts';
import { MediaEditPage } from './media-edit-view.tsx';
import { mediaUsage } from './media-usage.ts';
import {
  FilterForm,
  type FilterValues,
  MediaGrid,
  MediaStyles,
  Pagination,
  UploadForm,
  UploadResults,
} from './media-views.tsx';
import { mediaTexts } from './text-extract/media-texts.ts';
import { csrfFromFirstPart, receiveUpload, type UploadReport, uploadStatus } from './upload.ts';

const PER_PAGE = 24;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type Query = Record<string, unknown>;
const str = (query: unknown, key: string, max = 200): string => {
  const value = (query as Query | undefined)?.[key];
  return typeof value === 'string' ? value.normalize('NFC').trim().slice(0, max) : '';
};

/** Reads the list filters leniently: a value that makes no sense is ignored, never an error. */
export function readFilter(query: unknown, siteId: number): { filter: MediaFilter; values: FilterValues } {
  const values: FilterValues = {
    q: str(query, 'q'),
    kind: str(query, 'kind'),
    from: str(query, 'from'),
    to: str(query, 'to'),
    uploader: str(query, 'uploader'),
  };
  const day = (value: string) => (DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined);
  const uploader = Number(values.uploader);
  const page = Number(str(query, 'page'));
  const filter: MediaFilter = {
    siteId,
    kind: values.kind === 'image' || values.kind === 'document' ? values.kind : undefined,
    missingAlt: values.kind === 'missing-alt',
    from: day(values.from),
    to: day(values.to),
    uploader: Number.isInteger(uploader) && uploader > 0 ? uploader : undefined,
    q: values.q || undefined,
    page: Number.isInteger(page) && page > 0 && page < 100_000 ? page : 1,
    perPage: PER_PAGE,
  };
  return { filter, values };
}

function send(reply: FastifyReply, html: string, status = 200) {
  return reply.code(status).type('text/html; charset=utf-8').send(html);
}

async function listPage(
  request: FastifyRequest,
  ctx: AdminContext,
  services: AppServices,
  extra: { report?: UploadReport; notice?: string } = {},
) {
  const { filter, values } = readFilter(request.query, ctx.site.id);
  const [page, uploaders] = await Promise.all([
    listMedia(services.db, filter),
    mediaUploaders(services.db, ctx.site.id),
  ]);
  const names = await userNames(
    services.db,
    page.rows.map((row) => row.created_by).filter((id): id is number => id !== null),
  );
  const texts = await mediaTexts(
    services.db,
    page.rows.filter((row) => row.kind === 'document').map((row) => row.id),
  );
  const query = new URLSearchParams(
    Object.entries(values).filter(([, value]) => value !== '') as [string, string][],
  );
  const t = ctx.t.mediaAdmin;
  return renderDocument(
    <AdminLayout ctx={ctx} title={t.title}>
      <MediaStyles />
      <h1>{t.title}</h1>
      {extra.notice ? <Notice kind="success">{extra.notice}</Notice> : null}
      {extra.report ? <UploadResults ctx={ctx} report={extra.report} /> : null}
      <UploadForm ctx={ctx} />
      <FilterForm ctx={ctx} values={values} uploaders={uploaders} />
      <h2 class="media-count">{t.results(page.total)}</h2>
      <MediaGrid ctx={ctx} rows={page.rows} names={names} texts={texts} />
      <Pagination ctx={ctx} filter={filter} total={page.total} query={query} />
      <script type="module" src={assetUrl('media-upload.js')} />
    </AdminLayout>,
  );
}

function idOf(request: FastifyRequest): number | undefined {
  return rowId((request.params as { id?: string }).id);
}

/** Admin screens of the media library under /admin/media. */
export async function mediaAdminRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  app.get('/admin/media', { config: { access: mediaAccess.view } }, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const deleted = str(request.query, 'deleted');
    // After an upload through the API (media-upload.js): what was stored, and what needs alt text.
    const uploaded = str(request.query, 'uploaded', 400)
      .split(',')
      .map(Number)
      .filter((id) => Number.isInteger(id) && id > 0 && id <= MAX_ID)
      .slice(0, MEDIA_LIMITS.files);
    const rows = uploaded.length
      ? await services.db
          .selectFrom('media')
          .selectAll()
          .where('site_id', '=', ctx.site.id)
          .where('id', 'in', uploaded)
          .execute()
      : [];
    const extra = {
      ...(deleted ? { notice: ctx.t.mediaAdmin.deleted(deleted) } : {}),
      ...(rows.length ? { report: { stored: rows.map((row) => ({ row })), refused: [] } } : {}),
    };
    return send(reply, await listPage(request, ctx, services, extra));
  });

  // Upload without JavaScript (media-upload.js posts to the API instead, with progress).
  app.post(
    '/admin/media',
    { config: { access: { roles: mediaAccess.upload.roles } }, preValidation: csrfFromFirstPart },
    async (request, reply) => {
      const ctx = adminContext(request, reply, services);
      const report = await receiveUpload(request, services, actorOf(request, services), ctx.site.id);
      const status = uploadStatus(report);
      return send(reply, await listPage(request, ctx, services, { report }), status === 201 ? 200 : status);
    },
  );

  const editPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    ctx: AdminContext,
    id: number,
    extra: Partial<Parameters<typeof MediaEditPage>[0]> = {},
    status = 200,
  ) => {
    const row = await findMedia(services.db, ctx.site.id, id);
    if (!row) return sendError(request, reply, services, 'NOT_FOUND');
    const actor = actorOf(request, services);
    const [uses, names, texts] = await Promise.all([
      mediaUsage(services.db, row),
      userNames(services.db, row.created_by ? [row.created_by] : []),
      mediaTexts(services.db, [row.id]),
    ]);
    const page = MediaEditPage({
      ctx,
      row,
      uses,
      text: texts.get(row.id),
      uploaderName: (row.created_by && names.get(row.created_by)) || ctx.t.mediaAdmin.unknownUser,
      canEdit: canEdit(actor, row),
      canDelete: canDelete(actor),
      ...extra,
    });
    return send(reply, renderDocument(page), status);
  };

  app.get('/admin/media/:id', { config: { access: mediaAccess.view } }, async (request, reply) => {
    const id = idOf(request);
    if (!id) return sendError(request, reply, services, 'NOT_FOUND');
    const saved = str(request.query, 'saved') === '1';
    const ctx = adminContext(request, reply, services);
    const notice = { kind: 'success' as const, text: ctx.t.mediaAdmin.saved };
    return editPage(request, reply, ctx, id, saved ? { notice } : {});
  });

  /** The media item the route names, if it is on this site and the actor may act on it; else the error is sent. */
  const target = async (
    request: FastifyRequest,
    reply: FastifyReply,
    allowed: (actor: MediaActorInfo, row: MediaRow) => boolean,
  ) => {
    const id = idOf(request);
    const row = id ? await findMedia(services.db, request.site!.id, id) : undefined;
    if (!row) return { ok: false as const, sent: await sendError(request, reply, services, 'NOT_FOUND') };
    const actor = actorOf(request, services);
    if (!allowed(actor, row))
      return { ok: false as const, sent: await sendError(request, reply, services, 'FORBIDDEN') };
    return { ok: true as const, row, actor };
  };

  app.post(
    '/admin/media/:id',
    { config: { access: { roles: mediaAccess.edit.roles } } },
    async (request, reply) => {
      const found = await target(request, reply, canEdit);
      if (!found.ok) return found.sent;
      const { row, actor } = found;
      const body = (request.body ?? {}) as Record<string, unknown>;
      const ctx = adminContext(request, reply, services);
      const { changes, errors } = checkMeta(ctx.t, row.kind, {
        alt: body.alt ?? '',
        caption: body.caption ?? '',
        credit: body.credit ?? '',
      });
      if (Object.keys(errors).length > 0)
        return editPage(request, reply, ctx, row.id, { values: changes, errors }, 400);
      await updateMeta(services, row, actor, changes);
      return reply.redirect(`/admin/media/${row.id}?saved=1`, 303);
    },
  );

  app.post(
    '/admin/media/:id/delete',
    { config: { access: { roles: mediaAccess.delete.roles } } },
    async (request, reply) => {
      const found = await target(request, reply, canDelete);
      if (!found.ok) return found.sent;
      const { row, actor } = found;
      const result = await deleteMedia(services, row, actor);
      if (!result.ok) {
        const ctx = adminContext(request, reply, services);
        const text = ctx.t.mediaAdmin.deleteInUse(result.uses.length);
        return editPage(request, reply, ctx, row.id, { notice: { kind: 'error', text } }, 409);
      }
      return reply.redirect(`/admin/media?deleted=${encodeURIComponent(row.original_name)}`, 303);
    },
  );
}
