import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB, SearchDocumentsTable } from './schema.ts';
import { filterTerm, SLOTS, safeTerm, secondOf } from './search-sql.ts';

/**
 * What a search matches and within which scope, shared by the SQLite (search-query-sql.ts) and
 * PostgreSQL (search-pg-sql.ts) queries, with figures about the index that choose their plans.
 */

/** Which documents: sites (any of), and optionally one language, types and categories. */
export interface MatchScope {
  siteIds: number[];
  lang?: string | undefined;
  types?: string[] | undefined;
  categoryIds?: number[] | undefined;
  /** Filter terms of types' own filters (filterTerm.facet): one of each group is required. */
  facets?: string[][] | undefined;
}

/**
 * What to match: terms required (AND), and for relevance the title terms that pick title
 * matches of any age as candidates.
 */
export interface TermMatch {
  required: string[];
  /** Sequences of terms that must be adjacent, in order (quoted phrases). */
  phrases?: string[][];
  titleTerms?: string[];
  scope: MatchScope;
}

/** Conditions on time: they become ranges of the recency key. */
export interface RowFilter {
  /** Only items published at or before this instant (scheduled items stay hidden). */
  now: string;
  from?: string | undefined;
  to?: string | undefined;
}

/** A match with its stored title and lead terms, for ranking (ranking.ts). */
export interface Candidate {
  id: number;
  head: string;
}

/** What to read: the newest `limit` matches after `offset`; `title`: whose title holds every word. */
export interface MatchPage {
  limit: number;
  offset?: number;
  title?: boolean;
}

export function keyRange(filter: RowFilter): { min: number; max: number } {
  let max = (secondOf(filter.now) + 1) * SLOTS - 1;
  if (filter.to) max = Math.min(max, secondOf(filter.to) * SLOTS - 1);
  const min = filter.from ? secondOf(filter.from) * SLOTS : 0;
  return { min, max };
}

export const hasTerms = (match: TermMatch, title: boolean) =>
  (title ? (match.titleTerms ?? []) : match.required).some(safeTerm);
export const safePhrases = (match: TermMatch) =>
  (match.phrases ?? []).filter((phrase) => phrase.length > 1 && phrase.every(safeTerm));

/**
 * Filter terms that the engine query includes (any of each group). Site and language narrow a
 * search only when they hold a small share of the index (a component site, a translation);
 * otherwise their long posting lists cost more than checking the row.
 */
export function scopeGroups(scope: MatchScope, narrow: boolean): string[][] {
  const groups: string[][] = [];
  if (narrow) groups.push(scope.siteIds.map(filterTerm.site));
  if (narrow && scope.lang) groups.push([filterTerm.lang(scope.lang)]);
  if (scope.types?.length) groups.push(scope.types.map(filterTerm.type));
  if (scope.categoryIds?.length) groups.push(scope.categoryIds.map(filterTerm.category));
  for (const group of scope.facets ?? []) if (group.length > 0) groups.push(group);
  return groups;
}

/** Site and language as conditions on a row (alias d) holding site_id and lang. */
export function siteAndLanguage(scope: MatchScope): RawBuilder<unknown> {
  const conditions = [sql`d.site_id in (${sql.join(scope.siteIds.length > 0 ? scope.siteIds : [-1])})`];
  if (scope.lang) conditions.push(sql`d.lang = ${scope.lang}`);
  return sql.join(conditions, sql` and `);
}

// ---- What the index holds (plan choices only) --------------------------------------------

/** Below this share of the index, site and language filters go into the engine query. */
export const NARROW_SCOPE_SHARE = 0.3;
/** How long figures about the index are reused (they only choose plans; results are the same). */
export const STATS_TTL_MS = 10 * 60_000;

export interface ScopeStats {
  /** Share of indexed documents in the scope's sites and language. */
  share: number;
  /** Documents of the scope per second of publication time (average over the index). */
  perSecond: number;
  /** Documents of any scope per second. */
  allPerSecond: number;
  /** Documents in the scope. */
  documents: number;
  /** Publication second of the oldest document (of any scope). */
  oldest: number;
}

const statsCache = new WeakMap<object, Map<string, { stats: ScopeStats; at: number }>>();

/**
 * Figures about the scope's documents, counted on the (site_id, lang) index and remembered for a
 * few minutes per database.
 */
export async function scopeStats(db: Kysely<DB>, scope: MatchScope): Promise<ScopeStats> {
  const key = `${[...scope.siteIds].sort((a, b) => a - b).join(',')}|${scope.lang ?? ''}`;
  let cache = statsCache.get(db);
  if (!cache) {
    cache = new Map();
    statsCache.set(db, cache);
  }
  const cached = cache.get(key);
  if (cached && Date.now() - cached.at < STATS_TTL_MS) return cached.stats;
  let inScope = db
    .selectFrom('search_documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('site_id', 'in', scope.siteIds.length > 0 ? scope.siteIds : [-1]);
  if (scope.lang) inScope = inScope.where('lang', '=', scope.lang as SearchDocumentsTable['lang']);
  const [all, part] = await Promise.all([
    db
      .selectFrom('search_documents')
      .select((eb) => [
        eb.fn.countAll<number>().as('n'),
        eb.fn.min('id').as('first'),
        eb.fn.max('id').as('last'),
      ])
      .executeTakeFirstOrThrow(),
    inScope.executeTakeFirstOrThrow(),
  ]);
  const total = Number(all.n);
  const seconds = Math.max(86_400, (Number(all.last) - Number(all.first)) / SLOTS);
  const stats = {
    share: total > 0 ? Number(part.n) / total : 1,
    perSecond: Number(part.n) / seconds,
    allPerSecond: total / seconds,
    documents: Number(part.n),
    oldest: Math.floor(Number(all.first ?? 0) / SLOTS),
  };
  if (cache.size > 1000) cache.clear();
  cache.set(key, { stats, at: Date.now() });
  return stats;
}
