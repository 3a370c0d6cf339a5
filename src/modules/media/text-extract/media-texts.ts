import type { Kysely } from 'kysely';
import type { DB, MediaRow, MediaTextStatus } from '../../../db/schema.ts';
import { enqueue, handleEffect, inTransaction } from '../../../platform/outbox.ts';
import type { AppServices } from '../../../platform/services.ts';
import { filesystemStorage } from '../media-storage.ts';
import { mediaUsage } from '../media-usage.ts';
import { type ExtractResult, extractKindOf, extractText } from './text-extract.ts';

/**
 * The text of each document in the media library, kept in `media_texts` (migration 0016). An
 * upload of a PDF or DOCX writes a pending row and enqueues `media.extractText` in its own
 * transaction; the effect runs after the commit (in the background, retried after a crash) and
 * stores the result. Documents that have no row (uploaded before this existed) get one at start
 * and on every media sweep (`queueMissingTexts`). Other features read the text with `mediaTexts`.
 */

declare module '../../../platform/outbox.ts' {
  interface EffectKinds {
    /** Reads the text of a stored document in an isolated worker and stores it. */
    'media.extractText': { mediaId: number };
  }
}

export interface MediaText {
  status: MediaTextStatus;
  text: string;
  /** Why it failed (an ExtractFailure code), when it did. */
  reason: string | null;
  pages: number | null;
}

/** The extraction state and text of these media ids (ids without a row are absent). */
export async function mediaTexts(
  db: Kysely<DB>,
  mediaIds: readonly number[],
): Promise<Map<number, MediaText>> {
  const result = new Map<number, MediaText>();
  const unique = [...new Set(mediaIds)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('media_texts')
      .select(['media_id', 'status', 'text', 'reason', 'pages'])
      .where('media_id', 'in', unique.slice(i, i + 500))
      .execute();
    for (const row of rows) {
      result.set(row.media_id, { status: row.status, text: row.text, reason: row.reason, pages: row.pages });
    }
  }
  return result;
}

/** Whether a stored file has text to extract (PDF and DOCX documents). */
export function hasExtractableText(row: Pick<MediaRow, 'kind' | 'mime'>): boolean {
  return row.kind === 'document' && extractKindOf(row.mime) !== undefined;
}

/**
 * Marks a document's text as pending and enqueues its extraction, inside the caller's
 * transaction (the upload command). Does nothing for files without text.
 */
export async function queueExtraction(trx: Kysely<DB>, row: MediaRow, at: Date): Promise<void> {
  if (!hasExtractableText(row)) return;
  await trx
    .insertInto('media_texts')
    .values({ media_id: row.id, status: 'pending', reason: null, pages: null, extracted_at: null })
    .onConflict((oc) => oc.column('media_id').doUpdateSet({ status: 'pending', reason: null }))
    .execute();
  await enqueue(trx, { kind: 'media.extractText', mediaId: row.id }, at);
}

/** Queues the extraction of documents that have no text row yet (at start and on each sweep). */
export async function queueMissingTexts(services: AppServices, limit = 200): Promise<number> {
  const rows = await services.db
    .selectFrom('media')
    .leftJoin('media_texts', 'media_texts.media_id', 'media.id')
    .selectAll('media')
    .where('media.kind', '=', 'document')
    .where('media_texts.media_id', 'is', null)
    .orderBy('media.id')
    .limit(limit)
    .execute();
  const missing = rows.filter(hasExtractableText);
  if (missing.length === 0) return 0;
  await inTransaction(services, async (trx) => {
    for (const row of missing) await queueExtraction(trx, row, services.clock());
  });
  return missing.length;
}

/** At most this many extractions run at once in one process (each is a worker with its own heap). */
const CONCURRENCY = 2;
let active = 0;
const waiting: (() => void)[] = [];

async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  if (active >= CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
  active++;
  try {
    return await work();
  } finally {
    active--;
    waiting.shift()?.();
  }
}

/**
 * The stored bytes of a file. The upload moves its files into place right after its commit,
 * while this effect may already have started: a missing file is waited for briefly, then the
 * effect fails and the outbox retries it.
 */
async function readStored(services: AppServices, key: string): Promise<Buffer> {
  const storage = filesystemStorage(services.mediaDir);
  for (let attempt = 0; ; attempt++) {
    try {
      return await storage.get(key);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** Stores an extraction's result (idempotent: the last run wins). */
export async function storeText(
  services: AppServices,
  mediaId: number,
  result: ExtractResult,
): Promise<void> {
  const values = {
    status: result.status,
    reason: result.status === 'failed' ? result.reason : null,
    text: result.status === 'done' ? result.text : '',
    pages: result.status === 'failed' ? null : result.pages,
    extracted_at: services.clock().toISOString(),
  };
  await services.db
    .insertInto('media_texts')
    .values({ media_id: mediaId, ...values })
    .onConflict((oc) => oc.column('media_id').doUpdateSet(values))
    .execute();
}

// A bad file is a result (failed, with its reason), not an error: only a missing file or a
// database failure throws, and the outbox retries those.
handleEffect(
  'media.extractText',
  async (services, { mediaId }) => {
    const row = await services.db
      .selectFrom('media')
      .selectAll()
      .where('id', '=', mediaId)
      .executeTakeFirst();
    if (!row) return; // Deleted meanwhile; its text row went with it.
    const kind = extractKindOf(row.mime);
    if (row.kind !== 'document' || !kind) return;
    const bytes = await readStored(services, row.storage_key);
    const result = await withSlot(() => extractText(bytes, kind));
    // The file may have been deleted while it was read.
    const still = await services.db
      .selectFrom('media')
      .select('id')
      .where('id', '=', mediaId)
      .executeTakeFirst();
    if (!still) return;
    await storeText(services, mediaId, result);
    // The items that show this file are searched by its text: their entries are rebuilt.
    const entries = (await mediaUsage(services.db, row)).flatMap((use) => use.searchEntries ?? []);
    if (entries.length > 0)
      await inTransaction(services, async (trx) => {
        for (const entry of entries)
          await enqueue(trx, { kind: 'search.reindex', ...entry }, services.clock());
      });
  },
  { isBackground: true },
);
