import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AppServices } from '../../platform/services.ts';
import { type AbbreviationIndex, abbreviationsWith } from './forgiving.ts';

/**
 * A site's own abbreviations (table search_abbreviations, edited at /admin/search-abbreviations),
 * added to the built-in list when that site's documents are indexed. The indexer asks for a
 * site's list once per document, so the list is kept in the data cache under
 * `abbreviations:{siteId}`: a change purges that tag, here and on every other instance (the
 * cluster bus, ADR 0008). A lost purge message heals after CACHE_MS at most. Whole rebuilds read
 * the lists afresh (abbreviationsReader with `fresh`).
 */

/** How long a cached list is trusted without a purge (bounds staleness if a purge is lost). */
const CACHE_MS = 5 * 60_000;

/** The cache tag of a site's abbreviation list. */
export function abbreviationsTag(siteId: number): string {
  return `abbreviations:${siteId}`;
}

/** A site's own entries as [short form, expansion], in the order they were added. */
export async function siteAbbreviationPairs(
  db: Kysely<DB>,
  siteId: number,
): Promise<Array<readonly [string, string]>> {
  const rows = await db
    .selectFrom('search_abbreviations')
    .select(['short_form', 'expansion'])
    .where('site_id', '=', siteId)
    .orderBy('id')
    .execute();
  return rows.map((row) => [row.short_form, row.expansion] as const);
}

/** Gives the abbreviation lookup (built-in plus the site's own) of a site. */
export type AbbreviationsOf = (siteId: number) => Promise<AbbreviationIndex>;

type Services = Pick<AppServices, 'db'> & Partial<Pick<AppServices, 'dataCache'>>;

interface Cached {
  index: AbbreviationIndex;
  loadedAt: number;
}

/**
 * The lookup for indexing. `fresh`: read each site's list from the database once for this
 * reader (a rebuild), else use the data cache when the services have one (one item reindexed).
 */
export function abbreviationsReader(services: Services, options: { fresh?: boolean } = {}): AbbreviationsOf {
  const local = new Map<number, Promise<AbbreviationIndex>>();
  const load = async (siteId: number) => abbreviationsWith(await siteAbbreviationPairs(services.db, siteId));
  return (siteId) => {
    const cache = options.fresh ? undefined : services.dataCache;
    if (!cache) {
      let pending = local.get(siteId);
      if (!pending) {
        pending = load(siteId);
        local.set(siteId, pending);
      }
      return pending;
    }
    const key = abbreviationsTag(siteId);
    const hit = cache.get<Cached>(key);
    if (hit && Date.now() - hit.loadedAt < CACHE_MS) return Promise.resolve(hit.index);
    return load(siteId).then((index) => {
      cache.set(key, { index, loadedAt: Date.now() } satisfies Cached, [key]);
      return index;
    });
  };
}
