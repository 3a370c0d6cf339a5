import { createHash } from 'node:crypto';
import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { messages } from '../../i18n/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AppServices } from '../../platform/services.ts';
import { sendProblem, siteOf } from '../api/api.context.ts';
import type { ApiInstance } from '../api/api.plugin.ts';
import { errorResponses, operation } from '../api/openapi.ts';
import { FieldsError } from '../api/validation.ts';
import { canDelete, canEdit, mediaAccess } from './media.policy.ts';
import { findMedia, listMedia } from './media.repository.ts';
import {
  checkMeta,
  mediaErrorSchema,
  mediaIdParamsSchema,
  mediaItemSchema,
  mediaListQuerySchema,
  mediaListResponseSchema,
  mediaPatchBodySchema,
  mediaUploadResponseSchema,
  refusalMessage,
  toMediaItem,
} from './media.schemas.ts';
import { actorOf, deleteMedia, updateMeta } from './media.service.ts';
import { csrfFromFirstPart, MULTIPART_LIMITS, receiveUpload, uploadStatus } from './upload.ts';

/**
 * Reads are for the site's staff only (they show unused files, files of drafts and original file
 * names): private, revalidated on every use (ETag, 304), so the editor's picker shows a file as
 * soon as it is uploaded and no shared cache keeps a copy.
 */
function sendRevalidated(request: FastifyRequest, reply: FastifyReply, text: string) {
  const etag = `W/"${createHash('sha1').update(text).digest('base64url')}"`;
  reply.header('cache-control', 'private, no-cache').header('etag', etag).header('vary', 'Accept-Encoding');
  const given = request.headers['if-none-match'];
  if (given?.split(',').some((tag) => tag.trim() === etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(text);
}

/** A catalogue error with extra members (`files` of an upload, `uses` of a file in use). */
function sendDetailed(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: 'VALIDATION_FAILED' | 'PAYLOAD_TOO_LARGE' | 'CONFLICT',
  message: string,
  extra: Record<string, unknown>,
) {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send({ error: { code, message, requestId: request.id, ...extra } });
}

const MEDIA = ['media'];

/**
 * The media library's JSON API, used by the editor's picker and by API clients:
 * - GET    /api/v1/media?kind=image&q=&page=&perPage=   the site's files, newest first
 * - GET    /api/v1/media/:id                           one file
 * - POST   /api/v1/media                               multipart upload → 201 { items, refused }
 * - PATCH  /api/v1/media/:id                           { alt?, caption?, credit? }
 * - DELETE /api/v1/media/:id                           204; 409 with `uses` when the file is in use
 * Every call takes a session of the site's staff (writes with the x-csrf-token header) or a
 * Bearer token of the site with scope media:write: 401 without, 403 for staff of other sites.
 */
export async function mediaApiRoutes(api: ApiInstance, services: AppServices): Promise<void> {
  api.get(
    '/api/v1/media',
    {
      config: { access: mediaAccess.view },
      schema: {
        ...operation(
          MEDIA,
          ['Danh sách tệp media', 'Media files'],
          [
            'Của trang theo tên miền, mới nhất trước; tìm theo tên, mô tả, chú thích (không phân biệt dấu). Chỉ cán bộ của trang (phiên đăng nhập hoặc khóa API có quyền media).',
            'Of the site chosen by host name, newest first; search by name, alt text or caption (accents ignored). For the site’s staff only (a session, or an API token with the media scope).',
          ],
        ),
        querystring: mediaListQuerySchema,
        response: { 200: mediaListResponseSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const site = siteOf(request);
      const { kind, q, page, perPage } = request.query;
      const result = await listMedia(services.db, { siteId: site.id, kind, q, page, perPage });
      const data = { items: result.rows.map(toMediaItem), page, perPage, total: result.total };
      return sendRevalidated(request, reply, JSON.stringify(mediaListResponseSchema.parse(data)));
    },
  );

  api.get(
    '/api/v1/media/:id',
    {
      config: { access: mediaAccess.view },
      schema: {
        ...operation(MEDIA, ['Một tệp media', 'One media file']),
        params: mediaIdParamsSchema,
        response: { 200: mediaItemSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const row = await findMedia(services.db, siteOf(request).id, request.params.id);
      if (!row) throw new AppError('NOT_FOUND');
      return sendRevalidated(request, reply, JSON.stringify(mediaItemSchema.parse(toMediaItem(row))));
    },
  );

  // Multipart parsing only for the upload route.
  await api.register(async (scope) => {
    await scope.register(multipart, { limits: MULTIPART_LIMITS, throwFileSizeLimit: true });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/media',
      {
        config: { access: mediaAccess.upload },
        preValidation: csrfFromFirstPart,
        schema: {
          ...operation(
            MEDIA,
            ['Tải tệp lên', 'Upload files'],
            [
              'multipart/form-data: một hoặc nhiều tệp (tối đa 20), kèm alt, caption, credit tùy chọn. Loại tệp kiểm tra theo nội dung: JPEG, PNG, WebP, GIF (≤ 20 MB, mã hóa lại, bỏ EXIF/GPS), PDF, DOCX, DOC, XLSX (≤ 30 MB).',
              'multipart/form-data: one or more files (up to 20), with optional alt, caption, credit. Types are checked by content: JPEG, PNG, WebP, GIF (≤ 20 MB, re-encoded, EXIF/GPS removed), PDF, DOCX, DOC, XLSX (≤ 30 MB).',
            ],
          ),
          consumes: ['multipart/form-data'],
          response: { 201: mediaUploadResponseSchema, 400: mediaErrorSchema, 413: mediaErrorSchema },
        },
      },
      async (request, reply) => {
        const site = siteOf(request);
        const report = await receiveUpload(request, services, actorOf(request, services), site.id);
        const t = messages(request.lang);
        const refused = report.refused.map((refusal) => ({
          name: refusal.name,
          reason: refusal.reason,
          message: refusalMessage(t, refusal),
        }));
        const status = uploadStatus(report);
        if (status !== 201) {
          const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_FAILED';
          const message = refused[0]?.message ?? t.errors.validationBody;
          return sendDetailed(request, reply, status, code, message, { files: refused });
        }
        return reply.code(201).send({ items: report.stored.map((file) => toMediaItem(file.row)), refused });
      },
    );
  });

  api.patch(
    '/api/v1/media/:id',
    {
      config: { access: mediaAccess.edit },
      schema: {
        ...operation(
          MEDIA,
          ['Sửa mô tả, chú thích, nguồn', 'Edit alt text, caption and credit'],
          [
            'Người đóng góp chỉ sửa được tệp mình tải lên; mô tả thay thế của ảnh không được để trống.',
            'Contributors may edit only files they uploaded; an image’s alt text cannot be empty.',
          ],
        ),
        params: mediaIdParamsSchema,
        body: mediaPatchBodySchema,
        response: { 200: mediaItemSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const row = await findMedia(services.db, siteOf(request).id, request.params.id);
      if (!row) throw new AppError('NOT_FOUND');
      const actor = actorOf(request, services);
      if (!canEdit(actor, row)) throw new AppError('FORBIDDEN');
      const { changes, errors } = checkMeta(messages(request.lang), row.kind, request.body);
      const problems = Object.entries(errors).map(([path, message]) => ({ path, message }));
      if (problems.length > 0) throw new FieldsError(problems);
      const updated = Object.keys(changes).length > 0 ? await updateMeta(services, row, actor, changes) : row;
      return toMediaItem(updated);
    },
  );

  api.delete(
    '/api/v1/media/:id',
    {
      config: { access: mediaAccess.delete },
      schema: {
        ...operation(
          MEDIA,
          ['Xóa tệp chưa dùng', 'Delete an unused file'],
          [
            'Cần biên tập viên trở lên. Tệp đang được dùng thì trả 409 kèm danh sách nơi dùng (`uses`).',
            'Needs editor or above. A file in use answers 409 with the places it is used (`uses`).',
          ],
        ),
        params: mediaIdParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404), 409: mediaErrorSchema },
      },
    },
    async (request, reply) => {
      const row = await findMedia(services.db, siteOf(request).id, request.params.id);
      if (!row) return sendProblem(request, reply, 'NOT_FOUND');
      const actor = actorOf(request, services);
      if (!canDelete(actor)) throw new AppError('FORBIDDEN');
      const result = await deleteMedia(services, row, actor);
      if (!result.ok) {
        const uses = result.uses.map(({ type, id, title, how }) => ({ type, id, title, how }));
        const message = messages(request.lang).mediaAdmin.deleteInUse(uses.length);
        return sendDetailed(request, reply, 409, 'CONFLICT', message, { uses });
      }
      return reply.code(204).send(null);
    },
  );
}
