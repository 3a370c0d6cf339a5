import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { writeSearchDocuments } from '../../db/search-sql.ts';
import { handleEffect } from '../../platform/outbox.ts';
import type { SearchCheck } from '../../platform/search-index.ts';
import { abbreviationsReader } from './abbreviations.ts';
import { toIndexRecord } from './documents.ts';
import { type SearchServices, type SearchSource, searchSources, searchTag } from './registry.ts';

/**
 * The search index's consistency check (issue 12, finding 5): every public item of every search
 * source has an index row, and no index row belongs to an item that is no longer public. The
 * outbox makes reindexing survive a crash (ADR 0012); this check repairs whatever still slipped
 * through — an index restored from an older backup, rows removed by hand, an effect that failed
 * for good. It runs at every start and whenever the `search.check` effect is enqueued.
 *
 * Cheap: it reads ids only (a source's `publicIds` when it has one, else its documents), and
 * loads and analyses just the items it must index again.
 */

declare module '../../platform/outbox.ts' {
  interface EffectKinds {
    /** Runs the consistency check of the search index (repairs and reports). */
    // biome-ignore lint/complexity/noBannedTypes: an effect without a payload
    'search.check': {};
  }
}

const BATCH = 2000;

/** Ids of a source's public items, in order (its own query when it has one). */
async function publicIds(db: Kysely<DB>, source: SearchSource): Promise<number[]> {
  const ids: number[] = [];
  let afterId = 0;
  for (;;) {
    const batch = source.publicIds
      ? await source.publicIds(db, { afterId, limit: BATCH })
      : (await source.load(db, { afterId, limit: BATCH })).map((doc) => doc.itemId);
    ids.push(...batch);
    if (batch.length < BATCH) return ids;
    afterId = batch.at(-1) as number;
  }
}

async function indexedIds(db: Kysely<DB>, type: string): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('search_documents')
    .select(['item_id', 'site_id'])
    .where('type', '=', type)
    .execute();
  return new Map(rows.map((row) => [row.item_id, row.site_id]));
}

/** The check's outcome as one line, for the log and /healthz. */
export function checkSummary(check: Pick<SearchCheck, 'missing' | 'stale'>): string {
  return check.missing + check.stale === 0
    ? 'search: index consistent'
    : `search: repaired ${check.missing} missing, ${check.stale} stale`;
}

/**
 * Compares the index with the public items of every registered source and repairs it: missing
 * items are indexed, rows of items no longer public removed. Each candidate is read again just
 * before it is repaired, so an item published or withdrawn meanwhile is left to its own effect.
 */
export async function checkSearchIndex(
  services: SearchServices,
  now: Date = new Date(),
): Promise<SearchCheck> {
  const { db } = services;
  let missing = 0;
  let stale = 0;
  const sites = new Set<number>();
  const abbreviationsOf = abbreviationsReader(services, { fresh: true });
  for (const source of searchSources()) {
    const publicSet = new Set(await publicIds(db, source));
    const indexed = await indexedIds(db, source.type);
    const absent = [...publicSet].filter((id) => !indexed.has(id));
    for (let i = 0; i < absent.length; i += 200) {
      const docs = await source.load(db, { ids: absent.slice(i, i + 200), limit: 200 });
      const stamp = new Date().toISOString();
      const records = await Promise.all(
        docs.map(async (doc) => toIndexRecord(doc, stamp, await abbreviationsOf(doc.siteId))),
      );
      await db.transaction().execute((trx) => writeSearchDocuments(trx, records));
      for (const doc of docs) sites.add(doc.siteId);
      missing += docs.length;
    }
    const extra = [...indexed.keys()].filter((id) => !publicSet.has(id));
    for (let i = 0; i < extra.length; i += 200) {
      const candidates = extra.slice(i, i + 200);
      const nowPublic = new Set(
        (await source.load(db, { ids: candidates, limit: candidates.length })).map((doc) => doc.itemId),
      );
      const gone = candidates.filter((id) => !nowPublic.has(id));
      if (gone.length === 0) continue;
      const removed = await db
        .deleteFrom('search_documents')
        .where('type', '=', source.type)
        .where('item_id', 'in', gone)
        .returning('site_id')
        .execute();
      for (const row of removed) sites.add(row.site_id);
      stale += removed.length;
    }
  }
  if (sites.size > 0) services.purge([...sites].map(searchTag));
  const check = { at: now.toISOString(), missing, stale };
  return { ...check, summary: checkSummary(check) };
}

handleEffect('search.check', async (services) => {
  services.searchIndex.lastCheck = await checkSearchIndex(services, services.clock());
});
