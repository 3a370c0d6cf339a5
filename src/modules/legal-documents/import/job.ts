import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { DB, LanguageCode, MediaTable } from '../../../db/schema.ts';
import { messages } from '../../../i18n/index.ts';
import { enqueue, handleEffect, inTransaction } from '../../../platform/outbox.ts';
import type { AppServices } from '../../../platform/services.ts';
import { appendAudit } from '../../audit/audit.ts';
import { type Actor, canPublish, saveItem, transitionItem } from '../../collections/service.ts';
import { acceptFile, MEDIA_LIMITS } from '../../media/media.service.ts';
import type { StagedFile } from '../../media/media-storage.ts';
import { sniffMedia } from '../../media/sniff.ts';
import { queueExtraction } from '../../media/text-extract/media-texts.ts';
import { legalDocuments } from '../legal-documents.collection.ts';
import { columnOfInput, type PlannedRow, type Problem } from './rows.ts';
import { tr } from './texts.ts';

/**
 * Checking and running an import. Both write every row through the kit's save path
 * (collections/service.ts `saveItem`, with the registry's validate and afterWrite hooks) inside
 * ONE transaction: the dry run rolls it back and reports each row's refusals; the run — a job
 * of the outbox (`legalDocuments.import`) — commits it only when every row was saved, then moves
 * the attachments' staged files into place. A crash before the commit leaves temporary files
 * that the media sweep removes.
 */

declare module '../../../platform/outbox.ts' {
  interface EffectKinds {
    /** Writes the documents of a queued import, all or nothing. */
    'legalDocuments.import': { importId: number };
  }
}

interface Plan {
  lang: LanguageCode;
  actor: Actor;
  rows: PlannedRow[];
  /** The attachments to insert as media rows (their bytes are staged under temporary names). */
  media: { name: string; values: Insertable<MediaTable> }[];
}

/** Rows written so far by the imports running in this process (the progress page reads it). */
const progress = new Map<number, number>();
/** The staged files of queued imports, by import id. */
const staged = new Map<number, StagedFile[]>();

export function progressOf(importId: number): number | undefined {
  return progress.get(importId);
}

class Refused extends Error {
  constructor(readonly problems: Problem[]) {
    super('import refused');
  }
}

/** Saves every row in the caller's transaction; the problems of the rows that were refused. */
async function writeRows(
  services: AppServices,
  trx: Transaction<DB>,
  input: {
    siteId: number;
    actor: Actor;
    lang: LanguageCode;
    rows: PlannedRow[];
    mediaIds: Map<string, number>;
    onRow?: (done: number) => void;
  },
): Promise<{ ids: number[]; problems: Problem[] }> {
  const t = messages(input.lang);
  const ids: number[] = [];
  const problems: Problem[] = [];
  for (const row of input.rows) {
    const raw = {
      ...row.raw,
      files: row.files.map((name) => String(input.mediaIds.get(name) ?? '')).join('\n'),
    };
    const saved = await saveItem(services, {
      def: legalDocuments,
      siteId: input.siteId,
      raw,
      extra: row.extra,
      actor: input.actor,
      t,
      trx,
    });
    if (!saved.ok) {
      for (const [key, message] of Object.entries(saved.errors)) {
        if (key === '_duplicate') continue;
        problems.push({ line: row.line, column: key === '_form' ? '' : columnOfInput(key), message });
      }
      continue;
    }
    ids.push(saved.id);
    if (canPublish(legalDocuments, input.actor.role)) {
      const published = await transitionItem(services, {
        def: legalDocuments,
        siteId: input.siteId,
        id: saved.id,
        action: 'publish',
        actor: input.actor,
        t,
        trx,
      });
      if (!published.ok) problems.push({ line: row.line, column: '', message: published.message });
    }
    input.onRow?.(ids.length);
  }
  return { ids, problems };
}

/** The attachments a list names, by name: refused ones (type, size) as problems. */
export function checkAttachments(
  rows: PlannedRow[],
  archive: Map<string, Buffer>,
  lang: LanguageCode,
): Problem[] {
  const problems: Problem[] = [];
  for (const row of rows)
    for (const name of row.files) {
      const bytes = archive.get(name);
      if (!bytes) continue;
      const sniffed = sniffMedia(bytes);
      if (!sniffed.ok || sniffed.sniffed.kind !== 'document' || bytes.length > MEDIA_LIMITS.documentBytes)
        problems.push({ line: row.line, column: 'Tệp đính kèm', message: tr('fileRefused', lang, { name }) });
    }
  return problems;
}

/**
 * The dry run: every row saved in a transaction that is rolled back, so the checks are exactly
 * those of a hand-entered document (duplicates within the file included). Writes nothing.
 */
export async function dryRun(
  services: AppServices,
  input: { siteId: number; actor: Actor; lang: LanguageCode; rows: PlannedRow[] },
): Promise<Problem[]> {
  try {
    await services.db.transaction().execute(async (trx) => {
      const mediaIds = new Map<string, number>();
      for (const name of new Set(input.rows.flatMap((row) => row.files))) {
        const row = await trx
          .insertInto('media')
          .values(placeholderMedia(input.siteId, input.actor, name, services.clock()))
          .returning('id')
          .executeTakeFirstOrThrow();
        mediaIds.set(name, row.id);
      }
      const result = await writeRows(services, trx, { ...input, mediaIds });
      throw new Refused(result.problems);
    });
  } catch (error) {
    if (error instanceof Refused) return error.problems;
    throw error;
  }
  return [];
}

function placeholderMedia(siteId: number, actor: Actor, name: string, now: Date): Insertable<MediaTable> {
  return {
    site_id: siteId,
    kind: 'document',
    original_name: name,
    storage_key: `documents/import-check/${randomUUID()}.pdf`,
    mime: 'application/pdf',
    bytes: 1,
    width: null,
    height: null,
    alt: '',
    caption: '',
    credit: '',
    variants: '[]',
    created_by: actor.actorId,
    created_at: now.toISOString(),
  };
}

/**
 * Queues an import whose dry run found nothing: stages the attachments' bytes, stores the plan
 * and enqueues the job (unless `start` is false: tests run it themselves). Returns its id.
 */
export async function createImport(
  services: AppServices,
  input: {
    siteId: number;
    actor: Actor;
    lang: LanguageCode;
    fileName: string;
    rows: PlannedRow[];
    archive: Map<string, Buffer>;
    start?: boolean;
  },
): Promise<number> {
  const files: StagedFile[] = [];
  const media: Plan['media'] = [];
  try {
    for (const name of new Set(input.rows.flatMap((row) => row.files))) {
      const accepted = await acceptFile(services, {
        siteId: input.siteId,
        actor: {
          userId: input.actor.actorId ?? 0,
          role: input.actor.role,
          label: input.actor.actorLabel,
          ip: input.actor.ip,
        },
        name,
        bytes: input.archive.get(name) ?? Buffer.alloc(0),
      });
      if (!accepted.ok) throw new Error(`attachment refused: ${name}`);
      files.push(...accepted.files);
      media.push({ name, values: { ...accepted.values, created_by: input.actor.actorId } });
    }
    const plan: Plan = { lang: input.lang, actor: input.actor, rows: input.rows, media };
    const id = await inTransaction(services, async (trx) => {
      const row = await trx
        .insertInto('legal_document_imports')
        .values({
          site_id: input.siteId,
          status: 'queued',
          file_name: input.fileName,
          total: input.rows.length,
          plan: JSON.stringify(plan),
          error: null,
          result: null,
          created_by: input.actor.actorId,
          created_at: services.clock().toISOString(),
          finished_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      staged.set(row.id, files);
      if (input.start !== false)
        await enqueue(trx, { kind: 'legalDocuments.import', importId: row.id }, services.clock());
      return row.id;
    });
    return id;
  } catch (error) {
    await Promise.all(files.map((file) => file.discard()));
    throw error;
  }
}

/** The problems as one text ("Dòng 3, Số ký hiệu: …"), for the failed import's page. */
function describe(problems: Problem[], lang: LanguageCode): string {
  return problems
    .slice(0, 50)
    .map(
      (problem) =>
        `${tr('row', lang)} ${problem.line}${problem.column ? `, ${problem.column}` : ''}: ${problem.message}`,
    )
    .join('\n');
}

async function finish(
  db: Kysely<DB>,
  importId: number,
  values: { status: 'done' | 'failed'; error?: string; result?: number[]; at: Date },
): Promise<void> {
  await db
    .updateTable('legal_document_imports')
    .set({
      status: values.status,
      error: values.error ?? null,
      result: values.result ? JSON.stringify(values.result) : null,
      finished_at: values.at.toISOString(),
      plan: '{}',
    })
    .where('id', '=', importId)
    .execute();
}

/** Runs a queued import: every document or none. Idempotent (a finished import is left alone). */
export async function runImport(services: AppServices, importId: number): Promise<void> {
  const claimed = await services.db
    .updateTable('legal_document_imports')
    .set({ status: 'running' })
    .where('id', '=', importId)
    .where('status', '=', 'queued')
    .returningAll()
    .executeTakeFirst();
  if (!claimed) return;
  const plan = JSON.parse(claimed.plan) as Plan;
  const files = staged.get(importId);
  staged.delete(importId);
  const now = services.clock();
  if (!files && plan.media.length > 0) {
    // The process that staged the files is gone (a restart): the sweep removes them.
    await finish(services.db, importId, { status: 'failed', error: tr('unreadable', plan.lang), at: now });
    return;
  }
  progress.set(importId, 0);
  try {
    const ids = await inTransaction(services, async (trx) => {
      const mediaIds = new Map<string, number>();
      for (const { name, values } of plan.media) {
        const row = await trx.insertInto('media').values(values).returningAll().executeTakeFirstOrThrow();
        await queueExtraction(trx, row, now);
        mediaIds.set(name, row.id);
      }
      const result = await writeRows(services, trx, {
        siteId: claimed.site_id,
        actor: plan.actor,
        lang: plan.lang,
        rows: plan.rows,
        mediaIds,
        onRow: (done) => progress.set(importId, done),
      });
      if (result.problems.length > 0) throw new Refused(result.problems);
      await appendAudit(trx, {
        siteId: claimed.site_id,
        actorId: plan.actor.actorId,
        actorLabel: plan.actor.actorLabel,
        ip: plan.actor.ip,
        action: 'legal_document.import',
        entityType: 'legal_document_import',
        entityId: importId,
        after: { file: claimed.file_name, documents: result.ids, attachments: [...mediaIds.values()] },
        at: now,
      });
      await finish(trx, importId, { status: 'done', result: result.ids, at: now });
      return result.ids;
    });
    // The rows committed: their files move into place.
    await Promise.all((files ?? []).map((file) => file.commit()));
    progress.set(importId, ids.length);
  } catch (error) {
    await Promise.all((files ?? []).map((file) => file.discard().catch(() => undefined)));
    const reason = error instanceof Refused ? describe(error.problems, plan.lang) : String(error);
    await finish(services.db, importId, { status: 'failed', error: reason, at: services.clock() });
    await appendAudit(services.db, {
      siteId: claimed.site_id,
      actorId: plan.actor.actorId,
      actorLabel: plan.actor.actorLabel,
      ip: plan.actor.ip,
      action: 'legal_document.import_failed',
      entityType: 'legal_document_import',
      entityId: importId,
      after: { file: claimed.file_name, reason: reason.slice(0, 2000) },
      at: services.clock(),
    });
  } finally {
    setTimeout(() => progress.delete(importId), 60_000).unref();
  }
}

handleEffect('legalDocuments.import', (services, { importId }) => runImport(services, importId), {
  isBackground: true,
});
