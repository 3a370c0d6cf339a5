import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Insertable, Kysely } from 'kysely';
import sharp from 'sharp';
import type { DB, MediaRow, MediaTable, Role } from '../../db/schema.ts';
import { enqueue, handleEffect, inTransaction } from '../../platform/outbox.ts';
import { roleOn } from '../../platform/roles.ts';
import type { AppServices } from '../../platform/services.ts';
import { actorLabel } from '../api/api.context.ts';
import { appendAudit } from '../audit/audit.ts';
import { encodeImage } from './images.ts';
import { mediaKeys } from './media.repository.ts';
import { filesystemStorage, type MediaStorage, type StagedFile } from './media-storage.ts';
import { type MediaUse, mediaUsage } from './media-usage.ts';
import { sniffMedia } from './sniff.ts';

const MB = 1024 * 1024;

/** Upload limits: per file by kind, files per request, whole request (pixels: MEDIA_MAX_PIXELS). */
export const MEDIA_LIMITS = {
  imageBytes: 20 * MB,
  documentBytes: 30 * MB,
  files: 20,
  requestBytes: 200 * MB,
} as const;

/** Editable text of a media file and its maximum lengths. */
export const META_LIMITS = { alt: 500, caption: 1000, credit: 200 } as const;
export type MediaMeta = { alt: string; caption: string; credit: string };

export type RefusalReason =
  | 'type'
  | 'macro'
  | 'archive'
  | 'empty'
  | 'unreadable'
  | 'dimensions'
  | 'image_too_large'
  | 'document_too_large'
  | 'file_too_large'
  | 'request_too_large'
  | 'too_many_files'
  | 'no_files'
  | 'malformed';

export interface Refusal {
  /** The cleaned display name of the refused file ('' for request-level refusals). */
  name: string;
  reason: RefusalReason;
  /** An image refused for its size: its dimensions and the limit (MEDIA_MAX_PIXELS). */
  pixels?: { width: number; height: number; limit: number };
}

/** Who acts, as the audit log records it and the policy checks it. */
export interface MediaActorInfo {
  userId: number;
  role: Role | undefined;
  label: string;
  ip: string;
}

/** The media storage of an application (files below its media folder). */
export function storageOf(services: AppServices): MediaStorage {
  return filesystemStorage(services.mediaDir);
}

/** The acting staff member of an authenticated request. */
export function actorOf(request: FastifyRequest, services: AppServices): MediaActorInfo {
  const auth = request.auth!;
  const siteId = request.site?.id;
  const role = siteId === undefined ? undefined : roleOn(services, auth.roles, siteId)?.role;
  return { userId: auth.user.id, role, label: actorLabel(request), ip: request.ip };
}

/** Cleans user text: NFC, no control characters, trimmed, at most `max` characters. */
export function cleanText(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  return value
    .normalize('NFC')
    .replace(/[\p{Cc}]/gu, ' ')
    .trim()
    .slice(0, max);
}

/**
 * A checked file whose bytes are written under temporary names: the row to insert and the files
 * to move into place once the row committed (or to discard when it did not).
 */
export interface PreparedFile {
  values: Insertable<MediaTable>;
  files: StagedFile[];
}

export type AcceptResult = ({ ok: true } & PreparedFile) | { ok: false; refusal: Refusal };

/**
 * Checks one uploaded file by its content and writes its bytes: images re-encoded to WebP
 * variants (metadata stripped), documents under a generated key. Nothing is written when it is
 * refused. The row is not inserted here: the upload command inserts it with its audit entry,
 * then moves the files into place.
 */
export async function acceptFile(
  services: AppServices,
  input: { siteId: number; actor: MediaActorInfo; name: string; bytes: Buffer },
): Promise<AcceptResult> {
  const refuse = (reason: RefusalReason, extra: Partial<Refusal> = {}): AcceptResult => ({
    ok: false,
    refusal: { name: input.name, reason, ...extra },
  });
  const { bytes } = input;
  if (bytes.length === 0) return refuse('empty');
  const sniffed = sniffMedia(bytes);
  if (!sniffed.ok) return refuse(sniffed.reason);
  const type = sniffed.sniffed;
  const now = services.clock();
  const storage = storageOf(services);
  if (type.kind === 'image') {
    if (bytes.length > MEDIA_LIMITS.imageBytes) return refuse('image_too_large');
    const limit = services.config.MEDIA_MAX_PIXELS;
    try {
      // The header only: a bomb is refused before a single pixel is decoded.
      const meta = await sharp(bytes, { failOn: 'error', limitInputPixels: false }).metadata();
      if (!meta.width || !meta.height) return refuse('unreadable');
      if (meta.width * meta.height > limit)
        return refuse('dimensions', { pixels: { width: meta.width, height: meta.height, limit } });
    } catch {
      return refuse('unreadable');
    }
    try {
      const { values, files } = await encodeImage(storage, {
        siteId: input.siteId,
        bytes,
        originalName: input.name,
        createdBy: input.actor.userId,
        now,
        maxPixels: limit,
      });
      return { ok: true, values, files };
    } catch (error) {
      if (error instanceof Error && /sharp|vips|image|Input/i.test(error.message))
        return refuse('unreadable');
      throw error;
    }
  }
  if (bytes.length > MEDIA_LIMITS.documentBytes) return refuse('document_too_large');
  const stamp = now.toISOString();
  const key = `documents/${stamp.slice(0, 4)}/${stamp.slice(5, 7)}/${randomUUID()}.${type.ext}`;
  const file = await storage.stage(key, bytes);
  return {
    ok: true,
    files: [file],
    values: {
      site_id: input.siteId,
      kind: 'document',
      original_name: input.name,
      storage_key: key,
      mime: type.mime,
      bytes: bytes.length,
      width: null,
      height: null,
      alt: '',
      caption: '',
      credit: '',
      variants: '[]',
      created_by: input.actor.userId,
      created_at: stamp,
    },
  };
}

/** Records a refused upload in the audit log. */
export async function auditRefusal(
  db: Kysely<DB>,
  services: Pick<AppServices, 'clock'>,
  input: { siteId: number; actor: MediaActorInfo; refusal: Refusal; detail?: Record<string, unknown> },
): Promise<void> {
  const { siteId, actor, refusal, detail = {} } = input;
  await appendAudit(db, {
    siteId,
    actorId: actor.userId,
    actorLabel: actor.label,
    ip: actor.ip,
    action: 'media.upload_refused',
    entityType: 'media',
    after: {
      name: refusal.name,
      reason: refusal.reason,
      ...(refusal.pixels ? { pixels: refusal.pixels } : {}),
      ...detail,
    },
    at: services.clock(),
  });
}

/** Public summary of a row for the audit log. */
export function auditView(row: MediaRow) {
  return {
    kind: row.kind,
    name: row.original_name,
    mime: row.mime,
    bytes: row.bytes,
    key: row.storage_key,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
  };
}

/** Updates alternative text, caption and credit; audited with before and after. */
export async function updateMeta(
  services: AppServices,
  row: MediaRow,
  actor: MediaActorInfo,
  changes: Partial<MediaMeta>,
): Promise<MediaRow> {
  // The change and its audit entry commit together.
  return services.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('media')
      .set(changes)
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const before: Partial<MediaMeta> = {};
    const after: Partial<MediaMeta> = {};
    for (const field of Object.keys(changes) as (keyof MediaMeta)[]) {
      if (row[field] === updated[field]) continue;
      before[field] = row[field];
      after[field] = updated[field];
    }
    if (Object.keys(after).length > 0) {
      await appendAudit(trx, {
        siteId: row.site_id,
        actorId: actor.userId,
        actorLabel: actor.label,
        ip: actor.ip,
        action: 'media.update',
        entityType: 'media',
        entityId: row.id,
        before,
        after,
        at: services.clock(),
      });
    }
    return updated;
  });
}

declare module '../../platform/outbox.ts' {
  interface EffectKinds {
    /** Removes stored files of a deleted media row (originals and variants). */
    'media.deleteFiles': { keys: string[] };
  }
}

// Idempotent: a file already gone is no error.
handleEffect('media.deleteFiles', async (services, { keys }) => {
  const storage = storageOf(services);
  await Promise.all(keys.map((key) => storage.delete(key).catch(() => undefined)));
});

/** Whether a write failed on a foreign key (a row still referenced). */
function isForeignKeyViolation(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

export type DeleteResult = { ok: true } | { ok: false; uses: MediaUse[] };

/** Deletes an unused file (row and stored files); a file in use is refused with its uses. */
export async function deleteMedia(
  services: AppServices,
  row: MediaRow,
  actor: MediaActorInfo,
): Promise<DeleteResult> {
  const audit = (action: string, extra: Record<string, unknown> = {}, db = services.db) =>
    appendAudit(db, {
      siteId: row.site_id,
      actorId: actor.userId,
      actorLabel: actor.label,
      ip: actor.ip,
      action,
      entityType: 'media',
      entityId: row.id,
      before: auditView(row),
      ...extra,
      at: services.clock(),
    });
  const uses = await mediaUsage(services.db, row);
  if (uses.length > 0) {
    await audit('media.delete_refused', {
      after: { uses: uses.map(({ type, id, how }) => ({ type, id, how })) },
    });
    return { ok: false, uses };
  }
  try {
    // The row and its audit entry commit together; the stored files go after the commit.
    await inTransaction(services, async (trx) => {
      await trx.deleteFrom('media').where('id', '=', row.id).execute();
      await audit('media.delete', {}, trx);
      await enqueue(trx, { kind: 'media.deleteFiles', keys: mediaKeys(row) }, services.clock());
    });
  } catch (error) {
    if (!isForeignKeyViolation(error)) throw error;
    // A reference added meanwhile (foreign keys restrict): report the current uses.
    const current = await mediaUsage(services.db, row);
    await audit('media.delete_refused', { after: { uses: current.length } });
    return { ok: false, uses: current };
  }
  return { ok: true };
}
