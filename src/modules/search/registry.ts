import type { Kysely } from 'kysely';
import type { DB, LanguageCode } from '../../db/schema.ts';
import {
  beginRebuild,
  lockIndexWrites,
  optimizeSearchIndex,
  readIndexFormat,
  SEARCH_INDEX_FORMAT,
  withIndexLock,
  writeIndexFormat,
  writeSearchDocuments,
  writeSearchState,
} from '../../db/search-sql.ts';
import { handleEffect } from '../../platform/outbox.ts';
import type { AppServices } from '../../platform/services.ts';
import { abbreviationsReader, abbreviationsTag } from './abbreviations.ts';
import { type SearchDocument, toIndexRecord } from './documents.ts';

/**
 * The content types the search covers. Each type says how to load its public items as
 * SearchDocuments; the index does the rest. To add one (legal documents, Q&A, …):
 *
 *   registerSearchSource({
 *     type: 'legal_document',
 *     label: (lang) => messages(lang).search.typeLegal,
 *     load: async (db, batch) => rows.map((row) => ({ type: 'legal_document', itemId: row.id, … })),
 *   });
 *
 * and call reindexItem after each change (below). `load` must return only public items, in id
 * order, honouring `ids` or `afterId`/`limit`, and `siteId` when given.
 *
 * Keeping the index current — from a command, enqueue the effect in its transaction
 * (`enqueue(trx, { kind: 'search.reindex', type, id })`, or `search.remove`, `search.reindexSite`:
 * they run after the commit, see src/platform/outbox.ts); what they run:
 *   - publish, edit of a public item, change of its category or slug, unpublish, take-down,
 *     archive: `await reindexItem(services, type, id)` — it re-reads the item and indexes it
 *     if it is public, removes it otherwise;
 *   - delete: `await removeItem(services, type, id)`;
 *   - renaming a category or moving a page (URLs of many items change), bulk imports:
 *     `await reindexAll(services, { siteId })`, or `dinh search reindex`.
 * Each call purges the `search:{siteId}` cache tag, so result pages are fresh at once.
 */

declare module '../../platform/outbox.ts' {
  interface EffectKinds {
    /** Re-reads one item and indexes it when it is public, removes it otherwise. */
    'search.reindex': { type: string; id: number };
    /** Removes a deleted item from the index. */
    'search.remove': { type: string; id: number };
    /** Reindexes a site (many URLs changed: a category renamed, a page moved). */
    'search.reindexSite': { siteId: number };
    /**
     * A site's own abbreviations changed: every instance drops its cached list, then the site is
     * reindexed in the background (a large site takes minutes; the admin request does not wait).
     */
    'search.abbreviationsChanged': { siteId: number };
  }
}

// Idempotent by construction: each re-reads the item's current state.
handleEffect('search.reindex', async (services, { type, id }) => {
  await reindexItem(services, type, id);
});
handleEffect('search.remove', async (services, { type, id }) => removeItem(services, type, id));
handleEffect('search.reindexSite', async (services, { siteId }) => {
  await reindexAll(services, { siteId });
});
handleEffect(
  'search.abbreviationsChanged',
  async (services, { siteId }) => {
    services.purge([abbreviationsTag(siteId)]);
    await reindexAll(services, { siteId });
  },
  { isBackground: true },
);

/** What loading needs: ids to load, or the next batch after an id. */
export interface SourceBatch {
  ids?: number[];
  afterId?: number;
  limit: number;
  siteId?: number;
}

/** One of a type's own filters on the search page (a legal document's section, type, validity). */
export interface SearchFacet {
  /** Lower-case letters, digits and underscores: the query parameter and the filter term. */
  name: string;
  label(lang: LanguageCode): string;
  /** The values one can choose, in order. */
  options(lang: LanguageCode): { value: string; label: string }[];
  /** When a site configures the values (a legal document's types): that site's, instead of `options`. */
  siteOptions?(
    db: Kysely<DB>,
    siteId: number,
    lang: LanguageCode,
  ): Promise<{ value: string; label: string }[]>;
}

export interface SearchSource {
  /** Lower-case letters, digits and underscores: it becomes a filter term. */
  type: string;
  /** Name of the type in the results' type filter. */
  label(lang: LanguageCode): string;
  /**
   * The type's own filters, offered when the search is limited to the type; `load` gives each
   * document its values (SearchDocument.facets).
   */
  facets?: SearchFacet[];
  /**
   * The date each result of the type shows, with its label, instead of its publication date (a
   * legal document's issue date), by item id; items left out show their publication date.
   */
  resultDates?(
    db: Kysely<DB>,
    itemIds: number[],
    lang: LanguageCode,
  ): Promise<Map<number, { date: string; label: string }>>;
  /** Public items only, ordered by id. */
  load(db: Kysely<DB>, batch: SourceBatch): Promise<SearchDocument[]>;
  /**
   * The ids `load` would return, without loading the documents (the consistency check at start,
   * consistency.ts). Optional: without it the check loads the documents.
   */
  publicIds?(db: Kysely<DB>, batch: { afterId: number; limit: number }): Promise<number[]>;
}

/** What indexing needs; with a data cache, a site's abbreviation list is kept between items. */
export type SearchServices = Pick<AppServices, 'db' | 'purge'> & Partial<Pick<AppServices, 'dataCache'>>;

const TYPE_NAME = /^[a-z][a-z0-9_]{0,30}$/;
const sources = new Map<string, SearchSource>();

/**
 * Adds a content type to the search (idempotent per type name). Features own their sources; every
 * entry point registers them before it indexes or searches (app.ts, bootstrap.ts, cli.ts).
 */
export function registerSearchSource(source: SearchSource): void {
  if (!TYPE_NAME.test(source.type)) throw new Error(`Invalid search type name: ${source.type}`);
  sources.set(source.type, source);
}

/** Every registered content type, in registration order. */
export function searchSources(): SearchSource[] {
  return [...sources.values()];
}

function sourceOf(type: string): SearchSource {
  const source = sources.get(type);
  if (!source) throw new Error(`No search source is registered for type "${type}"`);
  return source;
}

let lastStamp = 0;
/** A strictly increasing wall-clock stamp (bookkeeping for stale rows, not business time). */
function indexStamp(): string {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return new Date(lastStamp).toISOString();
}

/** The cache tag of a site's search results. */
/** search_state entry naming the last rebuild: its stamp and the sites it touched. */
export const REBUILT_STATE = 'rebuilt';

export function searchTag(siteId: number): string {
  return `search:${siteId}`;
}

async function indexedSite(db: Kysely<DB>, type: string, itemId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('search_documents')
    .select('site_id')
    .where('type', '=', type)
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  return row?.site_id;
}

/**
 * Brings one item's index entry up to date: indexes it if it is public, removes it if not.
 * Idempotent; returns whether the item is now in the index.
 */
export async function reindexItem(services: SearchServices, type: string, id: number): Promise<boolean> {
  const source = sourceOf(type);
  const [doc] = await source.load(services.db, { ids: [id], limit: 1 });
  const previousSite = await indexedSite(services.db, type, id);
  if (!doc) {
    if (previousSite !== undefined) await removeItem(services, type, id);
    return false;
  }
  const record = toIndexRecord(doc, indexStamp(), await abbreviationsReader(services)(doc.siteId));
  await services.db.transaction().execute(async (trx) => {
    // Stamped once the write lock is held: if a rebuild started meanwhile, this row is newer
    // than its stamp and its final sweep of stale rows leaves it.
    await lockIndexWrites(trx);
    record.row.indexed_at = indexStamp();
    await writeSearchDocuments(trx, [record]);
  });
  const tags = new Set([searchTag(doc.siteId)]);
  if (previousSite !== undefined) tags.add(searchTag(previousSite));
  services.purge([...tags]);
  return true;
}

/** Removes an item from the index (after it was deleted). */
export async function removeItem(services: SearchServices, type: string, id: number): Promise<void> {
  const siteId = await indexedSite(services.db, type, id);
  if (siteId === undefined) return;
  await services.db
    .deleteFrom('search_documents')
    .where('type', '=', type)
    .where('item_id', '=', id)
    .execute();
  services.purge([searchTag(siteId)]);
}

export interface ReindexOptions {
  /** Only this site's items. */
  siteId?: number;
  /** Items loaded and written per transaction. */
  batchSize?: number;
  onProgress?: (indexed: number) => void;
}

/**
 * Rebuilds the index from every registered type; removes entries of items no longer public.
 * A full rebuild (no siteId) records the index format it built.
 */
export async function reindexAll(
  services: SearchServices,
  options: ReindexOptions = {},
): Promise<{ indexed: number; removed: number }> {
  const stamp = indexStamp();
  const batchSize = options.batchSize ?? 500;
  const sites = new Set<number>();
  let indexed = 0;
  if (options.siteId === undefined) await beginRebuild(services.db);
  const abbreviationsOf = abbreviationsReader(services, { fresh: true });
  for (const source of sources.values()) {
    let afterId = 0;
    for (;;) {
      const docs = await source.load(services.db, {
        afterId,
        limit: batchSize,
        ...(options.siteId !== undefined ? { siteId: options.siteId } : {}),
      });
      if (docs.length === 0) break;
      const records = await Promise.all(
        docs.map(async (doc) => toIndexRecord(doc, stamp, await abbreviationsOf(doc.siteId))),
      );
      await services.db.transaction().execute(async (trx) => {
        // Stamped under the write lock, as reindexItem: a rebuild that started meanwhile (the
        // CLI's and a site's at once) keeps these rows, newer than its own start.
        await lockIndexWrites(trx);
        const at = indexStamp();
        for (const record of records) record.row.indexed_at = at;
        await writeSearchDocuments(trx, records);
      });
      for (const doc of docs) sites.add(doc.siteId);
      indexed += docs.length;
      options.onProgress?.(indexed);
      afterId = docs.at(-1)!.itemId;
      if (docs.length < batchSize) break;
    }
  }
  let stale = services.db.deleteFrom('search_documents').where('indexed_at', '<', stamp);
  if (options.siteId !== undefined) stale = stale.where('site_id', '=', options.siteId);
  const removed = await stale.returning('site_id').execute();
  for (const row of removed) sites.add(row.site_id);
  await optimizeSearchIndex(services.db);
  if (options.siteId === undefined) await writeIndexFormat(services.db);
  // Portals that did not run the rebuild (the CLI did) purge these sites' pages (rebuild-watch.ts).
  await writeSearchState(services.db, REBUILT_STATE, `${stamp} ${[...sites].join(',')}`);
  services.purge([...sites].map(searchTag));
  return { indexed, removed: removed.length };
}

async function hasPublicContent(db: Kysely<DB>): Promise<boolean> {
  for (const source of sources.values()) {
    if ((await source.load(db, { afterId: 0, limit: 1 })).length > 0) return true;
  }
  return false;
}

/**
 * At start: builds the index when it is empty but public content exists (first start), and
 * rebuilds it when it was built by another index format than this version's (upgrades that
 * change what is indexed or how). Several instances starting at once rebuild it only once.
 * Returns the number of documents indexed, if it (re)built the index.
 */
export async function ensureSearchIndex(services: SearchServices): Promise<number | undefined> {
  const { db } = services;
  const needed = async () => {
    const [format, indexed] = await Promise.all([
      readIndexFormat(db),
      db.selectFrom('search_documents').select('id').limit(1).executeTakeFirst(),
    ]);
    if (format === SEARCH_INDEX_FORMAT && indexed) return false;
    if (indexed || (await hasPublicContent(db))) return true;
    // Nothing to index: the empty index is complete in this format.
    if (format !== SEARCH_INDEX_FORMAT) await writeIndexFormat(db);
    return false;
  };
  if (!(await needed())) return undefined;
  return withIndexLock(db, async () => ((await needed()) ? (await reindexAll(services)).indexed : undefined));
}
