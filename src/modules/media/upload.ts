import type { Multipart } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { MediaRow } from '../../db/schema.ts';
import { inTransaction } from '../../platform/outbox.ts';
import type { AppServices } from '../../platform/services.ts';
import { appendAudit } from '../audit/audit.ts';
import { cleanFileName } from './file-name.ts';
import {
  acceptFile,
  auditRefusal,
  auditView,
  cleanText,
  MEDIA_LIMITS,
  META_LIMITS,
  type MediaActorInfo,
  type MediaMeta,
  type PreparedFile,
  type Refusal,
} from './media.service.ts';
import { queueExtraction } from './text-extract/media-texts.ts';

/** Busboy limits for media uploads (per-kind sizes are checked after sniffing). */
export const MULTIPART_LIMITS = {
  fileSize: Math.max(MEDIA_LIMITS.imageBytes, MEDIA_LIMITS.documentBytes),
  files: MEDIA_LIMITS.files,
  fields: 20,
  fieldSize: 8 * 1024,
  fieldNameSize: 100,
  parts: MEDIA_LIMITS.files + 20,
  headerPairs: 100,
};

export interface StoredFile {
  row: MediaRow;
  /** The name as the client sent it, when it had to be cleaned (path parts, control characters). */
  clientName?: string;
}

export interface UploadReport {
  stored: StoredFile[];
  refused: Refusal[];
}

interface PendingParts {
  iterator: AsyncIterator<Multipart>;
  first?: Multipart;
}

const pending = new WeakMap<FastifyRequest, PendingParts>();

/**
 * preValidation hook for upload routes. A form without JavaScript cannot send the CSRF token
 * in a header, and the multipart body is only read by the handler; the token field comes first
 * in the form, so it is read here and handed to the CSRF check, before any file is read.
 */
export async function csrfFromFirstPart(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart()) return;
  if (request.headers['x-csrf-token'] || request.headers.authorization?.startsWith('Bearer ')) return;
  const iterator = request.parts()[Symbol.asyncIterator]();
  const first = await iterator.next();
  const state: PendingParts = { iterator };
  pending.set(request, state);
  if (first.done) return;
  const part = first.value;
  if (part.type === 'field' && part.fieldname === '_csrf' && typeof part.value === 'string') {
    request.body = { _csrf: part.value };
  } else {
    state.first = part;
  }
}

/** The parts of a multipart request, after csrfFromFirstPart read the first. */
export async function* partsOf(request: FastifyRequest): AsyncGenerator<Multipart> {
  const state = pending.get(request);
  if (!state) {
    yield* request.parts();
    return;
  }
  if (state.first) yield state.first;
  for (;;) {
    const next = await state.iterator.next();
    if (next.done) return;
    yield next.value;
  }
}

const errorCode = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';

/**
 * Reads a multipart upload: each file is checked by content and stored or refused; alt text,
 * caption and credit fields (before or after the files) apply to the stored files. Every
 * stored file and every refusal is audited.
 */
export async function receiveUpload(
  request: FastifyRequest,
  services: AppServices,
  actor: MediaActorInfo,
  siteId: number,
): Promise<UploadReport> {
  const report: UploadReport = { stored: [], refused: [] };
  const meta: Partial<MediaMeta> = {};
  const prepared: Prepared[] = [];
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MEDIA_LIMITS.requestBytes) {
    report.refused.push({ name: '', reason: 'request_too_large' });
  } else if (!request.isMultipart()) {
    report.refused.push({ name: '', reason: 'malformed' });
  } else {
    try {
      await readParts(request, services, actor, siteId, { report, meta, prepared });
    } catch (error) {
      await removeFiles(prepared);
      throw error;
    }
  }
  report.stored = await commitUploads(services, actor, siteId, {
    prepared,
    refused: report.refused,
    meta,
    declared,
  });
  if (report.stored.length === 0 && report.refused.length === 0) {
    report.refused.push({ name: '', reason: 'no_files' });
  }
  return report;
}

/** The fields and checked files of a multipart form, nothing yet recorded. */
export interface ReceivedForm {
  /** The text fields, a repeated name as a list (as a url-encoded body parses). */
  fields: Record<string, string | string[]>;
  prepared: Prepared[];
  refused: Refusal[];
}

/**
 * Reads a multipart form whose `fileFields` inputs carry files: each file is checked like an
 * upload to the library and staged under a temporary name; nothing is recorded until the caller
 * commits them (commitUploads) or discards them (removeFiles).
 */
export async function receiveForm(
  request: FastifyRequest,
  services: AppServices,
  actor: MediaActorInfo,
  siteId: number,
  fileFields: string[],
): Promise<ReceivedForm> {
  const report: UploadReport = { stored: [], refused: [] };
  const fields: Record<string, string | string[]> = {};
  const prepared: Prepared[] = [];
  const onField = (name: string, value: string) => {
    const before = fields[name];
    fields[name] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
  };
  if (Number(request.headers['content-length'] ?? 0) > MEDIA_LIMITS.requestBytes) {
    report.refused.push({ name: '', reason: 'request_too_large' });
    return { fields, prepared, refused: report.refused };
  }
  try {
    await readParts(request, services, actor, siteId, { report, meta: {}, prepared, onField, fileFields });
  } catch (error) {
    await removeFiles(prepared);
    throw error;
  }
  return { fields, prepared, refused: report.refused };
}

/** A file checked and stored, waiting for its row. */
export interface Prepared extends PreparedFile {
  clientName?: string;
  /** The file input it came in. */
  input?: string;
}

/** Removes the temporary files of rows that were never committed. */
export async function removeFiles(prepared: Prepared[]): Promise<void> {
  await Promise.all(
    prepared.flatMap((file) => file.files.map((staged) => staged.discard().catch(() => undefined))),
  );
}

/**
 * Inserts the rows of checked files with their audit entries (and the audit entries of the
 * refusals) in one transaction, then moves the files into place; on failure the temporaries go.
 */
export async function commitUploads(
  services: AppServices,
  actor: MediaActorInfo,
  siteId: number,
  input: { prepared: Prepared[]; refused: Refusal[]; meta?: Partial<MediaMeta>; declared?: number },
): Promise<StoredFile[]> {
  const { prepared, declared } = input;
  const meta = input.meta ?? {};
  let stored: StoredFile[];
  try {
    // The rows of the stored files, with the form's alt/caption/credit, and the audit entry of
    // every stored and refused file commit together: no row without its entry, no entry without its row.
    stored = await inTransaction(services, async (trx) => {
      const stored: StoredFile[] = [];
      for (const file of prepared) {
        const row = await trx
          .insertInto('media')
          .values({ ...file.values, ...metaFor(file.values.kind, meta) })
          .returningAll()
          .executeTakeFirstOrThrow();
        stored.push({ row, ...(file.clientName ? { clientName: file.clientName } : {}) });
        // A PDF or DOCX: its text is read after the commit (media-texts.ts).
        await queueExtraction(trx, row, services.clock());
        await appendAudit(trx, {
          siteId,
          actorId: actor.userId,
          actorLabel: actor.label,
          ip: actor.ip,
          action: 'media.upload',
          entityType: 'media',
          entityId: row.id,
          after: { ...auditView(row), ...(file.clientName ? { clientName: file.clientName } : {}) },
          at: services.clock(),
        });
      }
      for (const refusal of input.refused) {
        await auditRefusal(trx, services, {
          siteId,
          actor,
          refusal,
          ...(declared ? { detail: { requestBytes: declared } } : {}),
        });
      }
      return stored;
    });
  } catch (error) {
    // Nothing was recorded: the stored bytes would be orphans.
    await removeFiles(prepared);
    throw error;
  }
  // Committed: the files take their places. A crash before this leaves temporaries whose rows
  // exist; the sweep at the next start moves them into place (media-sweep.ts).
  await Promise.all(prepared.flatMap((file) => file.files.map((staged) => staged.commit())));
  return stored;
}

/** The form's alt text, caption and credit as they apply to a file of this kind. */
function metaFor(kind: string, meta: Partial<MediaMeta>): Partial<MediaMeta> {
  return {
    ...(meta.caption ? { caption: meta.caption } : {}),
    ...(meta.credit ? { credit: meta.credit } : {}),
    ...(meta.alt && kind === 'image' ? { alt: meta.alt } : {}),
  };
}

async function readParts(
  request: FastifyRequest,
  services: AppServices,
  actor: MediaActorInfo,
  siteId: number,
  into: {
    report: UploadReport;
    meta: Partial<MediaMeta>;
    prepared: Prepared[];
    /** A form's other fields go here instead of the media text (collection forms). */
    onField?: (name: string, value: string) => void;
    /** Only files of these inputs are read; the others are skipped. */
    fileFields?: string[];
  },
): Promise<void> {
  const { report, meta, prepared } = into;
  let received = 0;
  try {
    for await (const part of partsOf(request)) {
      if (part.type === 'field') {
        if (into.onField) {
          if (typeof part.value === 'string') into.onField(part.fieldname, part.value);
          continue;
        }
        const field = part.fieldname as keyof MediaMeta;
        if (field in META_LIMITS && typeof part.value === 'string') {
          meta[field] = cleanText(part.value, META_LIMITS[field]);
        }
        continue;
      }
      if (into.fileFields && !into.fileFields.includes(part.fieldname)) {
        part.file.resume();
        continue;
      }
      const clean = cleanFileName(part.filename ?? '');
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (error) {
        if (errorCode(error) !== 'FST_REQ_FILE_TOO_LARGE') throw error;
        report.refused.push({ name: clean.name, reason: 'file_too_large' });
        continue;
      }
      // A file input left empty sends one nameless, empty part.
      if (!part.filename && bytes.length === 0) continue;
      received += bytes.length;
      if (received > MEDIA_LIMITS.requestBytes) {
        report.refused.push({ name: clean.name, reason: 'request_too_large' });
        break;
      }
      const result = await acceptFile(services, { siteId, actor, name: clean.name, bytes });
      if (result.ok) {
        prepared.push({
          values: result.values,
          files: result.files,
          input: part.fieldname,
          ...(clean.changed && part.filename ? { clientName: part.filename } : {}),
        });
      } else {
        report.refused.push(result.refusal);
      }
    }
  } catch (error) {
    const code = errorCode(error);
    // Already reported for the file it concerned.
    if (code === 'FST_REQ_FILE_TOO_LARGE') return;
    if (code === 'FST_FILES_LIMIT') report.refused.push({ name: '', reason: 'too_many_files' });
    else if (code.startsWith('FST_')) report.refused.push({ name: '', reason: 'malformed' });
    else throw error;
  }
}

/** The HTTP status of an upload: 201 when anything was stored, 413 for sizes, else 400. */
export function uploadStatus(report: UploadReport): number {
  if (report.stored.length > 0) return 201;
  const sizes = new Set(['image_too_large', 'document_too_large', 'file_too_large', 'request_too_large']);
  if (report.refused.length > 0 && report.refused.every((refusal) => sizes.has(refusal.reason))) return 413;
  return report.refused.some((refusal) => refusal.reason === 'too_many_files') ? 413 : 400;
}
