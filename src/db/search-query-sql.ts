import { type Kysely, type RawBuilder, sql } from 'kysely';
import { engineOf } from './dialect.ts';
import type { DB } from './schema.ts';
import { filterTerm, SLOTS, safeTerm, secondOf, tsLexeme } from './search-sql.ts';

/**
 * Full-text search queries on both engines (docs/adr/0004-search.md). Every term is quoted
 * here (FTS5 strings, tsquery lexemes) and passed as a bound parameter; user text never is.
 *
 * Cost is bounded by design: no engine ranking function (FTS5 bm25 weighs each term by scanning
 * its whole posting list); relevance ranks, in TypeScript, a bounded set of candidates: the
 * newest matches (ids are recency keys, so "newest" is id order) plus title matches of any age.
 */

/** Which documents: sites (any of), and optionally one language, types and categories. */
export interface MatchScope {
  siteIds: number[];
  lang?: string | undefined;
  types?: string[] | undefined;
  categoryIds?: number[] | undefined;
}

/**
 * What to match: terms required (AND), and for relevance the title terms that pick title
 * matches of any age as candidates.
 */
export interface TermMatch {
  required: string[];
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

function keyRange(filter: RowFilter): { min: number; max: number } {
  let max = (secondOf(filter.now) + 1) * SLOTS - 1;
  if (filter.to) max = Math.min(max, secondOf(filter.to) * SLOTS - 1);
  const min = filter.from ? secondOf(filter.from) * SLOTS : 0;
  return { min, max };
}

const hasTerms = (match: TermMatch) => match.required.some(safeTerm);

// ---- SQLite FTS5 -------------------------------------------------------------------------

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;
const anyOf = (terms: string[]) =>
  terms.length === 1 ? quote(terms[0]!) : `(${terms.map(quote).join(' OR ')})`;

function scopeGroups(scope: MatchScope): string[][] {
  const groups = [scope.siteIds.map(filterTerm.site)];
  if (scope.lang) groups.push([filterTerm.lang(scope.lang)]);
  if (scope.types?.length) groups.push(scope.types.map(filterTerm.type));
  if (scope.categoryIds?.length) groups.push(scope.categoryIds.map(filterTerm.category));
  return groups;
}

function ftsQuery(match: TermMatch, options: { title?: boolean } = {}): string {
  const parts = match.required.filter(safeTerm).map(quote);
  if (options.title) parts.push(...(match.titleTerms ?? []).filter(safeTerm).map(quote));
  for (const group of scopeGroups(match.scope)) {
    const terms = group.filter(safeTerm);
    parts.push(terms.length > 0 ? anyOf(terms) : quote('none:none'));
  }
  return parts.join(' AND ');
}

// ---- PostgreSQL --------------------------------------------------------------------------

function tsQuery(terms: string[], join: ' & ' | ' | '): string {
  return terms.filter(safeTerm).map(tsLexeme).join(join);
}

function pgConditions(match: TermMatch, filter: RowFilter, title: boolean): RawBuilder<unknown> {
  const { min, max } = keyRange(filter);
  const terms = [...match.required, ...(title ? (match.titleTerms ?? []) : [])];
  const { scope } = match;
  const conditions = [
    sql`tsv @@ cast(${tsQuery(terms, ' & ')} as tsquery)`,
    sql`id between ${min} and ${max}`,
    sql`site_id in (${sql.join(scope.siteIds.length > 0 ? scope.siteIds : [-1])})`,
  ];
  if (scope.lang) conditions.push(sql`lang = ${scope.lang}`);
  if (scope.types?.length) conditions.push(sql`type in (${sql.join(scope.types)})`);
  if (scope.categoryIds?.length) conditions.push(sql`category_id in (${sql.join(scope.categoryIds)})`);
  return sql.join(conditions, sql` and `);
}

/** Newest matches first without walking the id index: the GIN bitmap is cheaper to read. */
function pgNewest(match: TermMatch, filter: RowFilter, limit: number, title = false) {
  return sql`select id from search_documents where ${pgConditions(match, filter, title)}
    order by id + 0 desc limit ${limit}`;
}

// ---- Queries -----------------------------------------------------------------------------

/**
 * Candidates for relevance ranking, a bounded set: the newest `candidates` matches, plus the
 * newest `candidates / 4` whose title holds every word (so a telling title of any age is ranked
 * too). When fewer documents match, that is every match. Ranking itself is done by the caller
 * (src/modules/search/ranking.ts), identically for both engines.
 */
export async function findCandidates(
  db: Kysely<DB>,
  match: TermMatch,
  filter: RowFilter,
  candidates: number,
): Promise<{ id: number; head: string }[]> {
  if (!hasTerms(match)) return [];
  const titled = Math.ceil(candidates / 4);
  const useTitle = (match.titleTerms ?? []).some(safeTerm);
  let ids: RawBuilder<unknown>;
  if (engineOf(db) === 'sqlite') {
    const { min, max } = keyRange(filter);
    const newest = (query: string, limit: number) => sql`select rowid as id from search_fts
      where search_fts match ${query} and rowid between ${min} and ${max} order by rowid desc limit ${limit}`;
    const recent = newest(ftsQuery(match), candidates);
    ids = useTitle
      ? sql`select id from (${recent}) union select id from (${newest(ftsQuery(match, { title: true }), titled)})`
      : recent;
  } else {
    const recent = pgNewest(match, filter, candidates);
    ids = useTitle ? sql`(${recent}) union (${pgNewest(match, filter, titled, true)})` : recent;
  }
  const { rows } = await sql<{ id: number; head: string }>`with hits as materialized (${ids})
    select d.id as id, d.head_terms as head from hits join search_documents d on d.id = hits.id`.execute(db);
  return rows.map((row) => ({ id: Number(row.id), head: row.head }));
}

/** Matches newest first (sort by date, type-ahead): a page of ids. */
export async function findNewest(
  db: Kysely<DB>,
  match: TermMatch,
  filter: RowFilter,
  page: { limit: number; offset: number },
): Promise<number[]> {
  if (!hasTerms(match)) return [];
  let rows: { id: number }[];
  if (engineOf(db) === 'sqlite') {
    const { min, max } = keyRange(filter);
    rows = (
      await sql<{ id: number }>`select rowid as id from search_fts
        where search_fts match ${ftsQuery(match)} and rowid between ${min} and ${max}
        order by rowid desc limit ${page.limit} offset ${page.offset}`.execute(db)
    ).rows;
  } else {
    rows = (
      await sql<{
        id: number;
      }>`${pgNewest(match, filter, page.limit + page.offset)} offset ${page.offset}`.execute(db)
    ).rows;
  }
  return rows.map((row) => Number(row.id));
}

/** How many documents match, counting no further than `cap`. */
export async function countMatches(
  db: Kysely<DB>,
  match: TermMatch,
  filter: RowFilter,
  cap: number,
): Promise<number> {
  if (!hasTerms(match)) return 0;
  let result: { n: number }[];
  if (engineOf(db) === 'sqlite') {
    const { min, max } = keyRange(filter);
    result = (
      await sql<{ n: number }>`select count(*) as n from (select rowid from search_fts
        where search_fts match ${ftsQuery(match)} and rowid between ${min} and ${max} limit ${cap})`.execute(
        db,
      )
    ).rows;
  } else {
    result = (
      await sql<{ n: number }>`select count(*) as n from (select 1 from search_documents
        where ${pgConditions(match, filter, false)} limit ${cap}) as matches`.execute(db)
    ).rows;
  }
  return Number(result[0]?.n ?? 0);
}
