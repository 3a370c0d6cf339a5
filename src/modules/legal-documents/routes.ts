import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { LanguageCode } from '../../db/schema.ts';
import { languages } from '../../i18n/index.ts';
import { AppError } from '../../platform/errors.ts';
import { inTransaction } from '../../platform/outbox.ts';
import { registerFramablePdfPath } from '../../platform/security.ts';
import type { AppServices } from '../../platform/services.ts';
import { siteIdOf } from '../../web/admin/request.ts';
import { pageContext } from '../../web/page-context.ts';
import { localPath } from '../../web/urls.ts';
import { registerScheduledTask } from '../articles/scheduler.ts';
import { editRoles } from '../collections/definition.ts';
import { collectionChangeTags, enqueueAfterCommit } from '../collections/effects.ts';
import { collectionRepository } from '../collections/repository.ts';
import { vocabularyAdminRoutes } from './admin/vocabulary-admin.routes.tsx';
import { importRoutes } from './import/routes.tsx';
import { sectionFeedRoutes } from './latest.tsx';
import { legalDocuments } from './legal-documents.collection.ts';
import { LOOKUP_FIELDS, type LookupField, lookup } from './lookup.ts';
import { dueForRecompute, recomputeValidity, vietnamDay } from './store.ts';
import { reindexDocuments } from './validate.ts';

/**
 * The registry's routes besides the kit's: the admin's lookup (numbers for relations, issuers and
 * signers; ?field=),
 * file downloads that keep the Vietnamese file name, and the validity job.
 */

/** RFC 6266: an ASCII fallback and the UTF-8 name in filename*. */
export function contentDisposition(
  name: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const ascii = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name.normalize('NFC'))}`;
}

/**
 * Recomputes the documents whose validity changes on or before today (in Vietnam) and purges the
 * pages that show them: the day a repeal takes effect, the list says so.
 */
export async function refreshDueValidity(services: AppServices, now: Date): Promise<number[]> {
  const today = vietnamDay(now);
  const due = await dueForRecompute(services.db, today);
  if (due.length === 0) return [];
  return inTransaction(services, async (trx) => {
    const changed = await recomputeValidity(
      trx,
      due.map((entry) => entry.id),
      today,
    );
    const sites = [...new Set(due.map((entry) => entry.siteId))];
    await enqueueAfterCommit(trx, {
      purge: sites.flatMap((siteId) => collectionChangeTags(siteId)),
      reindex: [],
    });
    await reindexDocuments(trx, changed, now);
    return changed;
  });
}

registerScheduledTask('legal-documents.validity', refreshDueValidity);

const fileBase = (lang: LanguageCode) => localPath(lang, legalDocuments.path[lang]);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function legalDocumentRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  await sectionFeedRoutes(app, services);
  await importRoutes(app, services);
  await vocabularyAdminRoutes(app, services);
  app.get(
    '/admin/legal-documents/lookup',
    { config: { access: { roles: editRoles(legalDocuments) } } },
    async (request, reply) => {
      const query = request.query as { q?: unknown; field?: unknown };
      const field = query.field === undefined ? 'number' : query.field;
      if (!LOOKUP_FIELDS.includes(field as LookupField)) throw new AppError('BAD_REQUEST');
      const text = typeof query.q === 'string' ? query.q.normalize('NFC').trim().slice(0, 100) : '';
      const items =
        text.length < 1 ? [] : await lookup(services.db, siteIdOf(request), field as LookupField, text);
      return reply.header('cache-control', 'no-store').send({ items });
    },
  );

  for (const lang of languages) {
    // The viewer's address (?xem=1) may be framed by the portal's own document page.
    registerFramablePdfPath(
      new RegExp(`^${escapeRegExp(fileBase(lang))}/[a-z0-9-]{1,200}/tep/\\d{1,15}\\?xem=1$`),
    );
    app.get(`${fileBase(lang)}/:slug/tep/:media`, async (request, reply) => {
      const params = request.params as { slug: string; media: string };
      const mediaId = Number(params.media);
      if (!/^[a-z0-9-]{1,200}$/.test(params.slug) || !Number.isSafeInteger(mediaId))
        throw new AppError('NOT_FOUND');
      const ctx = await pageContext(request, reply, services);
      const item = await collectionRepository(services.db).publishedBySlug(
        ctx.site.id,
        legalDocuments.type,
        lang,
        params.slug,
      );
      if (!item) throw new AppError('NOT_FOUND');
      const original = item.sourceId
        ? (await collectionRepository(services.db).byIds([item.sourceId]))[0]
        : item;
      const files = Array.isArray(original?.data.files) ? original.data.files : [];
      if (!files.some((id) => id === mediaId)) throw new AppError('NOT_FOUND');
      const media = await services.db
        .selectFrom('media')
        .select(['original_name', 'mime', 'storage_key', 'bytes'])
        .where('id', '=', mediaId)
        .where('site_id', '=', ctx.site.id)
        .executeTakeFirst();
      if (!media) throw new AppError('NOT_FOUND');
      // ?xem=1: the browser's own PDF viewer shows it (inline), under its Vietnamese name.
      const view = (request.query as { xem?: unknown }).xem === '1' && media.mime === 'application/pdf';
      const file = path.join(services.mediaDir, media.storage_key);
      const info = await stat(file).catch(() => undefined);
      if (!info) throw new AppError('NOT_FOUND');
      return reply
        .header('content-type', media.mime)
        .header('content-length', String(info.size))
        .header(
          'content-disposition',
          contentDisposition(media.original_name, view ? 'inline' : 'attachment'),
        )
        .header('x-content-type-options', 'nosniff')
        .send(createReadStream(file));
    });
  }
}
