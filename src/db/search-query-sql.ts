import { type Kysely, type RawBuilder, sql } from 'kysely';
import { engineOf } from './dialect.ts';
import type { DB } from './schema.ts';
import { filterTerm, monthTerm, SLOTS, safeTerm, secondOf, tsLexeme } from './search-sql.ts';

/**
 * Full-text search queries on both engines (docs/adr/0004-search.md). Every term is quoted
 * here (FTS5 strings, tsquery lexemes) and passed as a bound parameter; user text never is.
 *
 * Cost is bounded by design: no engine ranking function (FTS5 bm25 weighs each term by scanning
 * its whole posting list); relevance is computed in TypeScript over a bounded set of candidates
 * (the newest matches, ids being recency keys, plus title matches of any age).
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

function keyRange(filter: RowFilter): { min: number; max: number } {
  let max = (secondOf(filter.now) + 1) * SLOTS - 1;
  if (filter.to) max = Math.min(max, secondOf(filter.to) * SLOTS - 1);
  const min = filter.from ? secondOf(filter.from) * SLOTS : 0;
  return { min, max };
}

/** The key range for FTS5, bound as integers (bound as doubles, FTS5 reads rowids 3× slower). */
function rowidRange(filter: RowFilter): { min: bigint; max: bigint } {
  const { min, max } = keyRange(filter);
  return { min: BigInt(min), max: BigInt(max) };
}

const hasTerms = (match: TermMatch) => match.required.some(safeTerm);
const safePhrases = (match: TermMatch) =>
  (match.phrases ?? []).filter((phrase) => phrase.length > 1 && phrase.every(safeTerm));

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
  // Title words (x:) imply the words themselves, and their posting lists are short; their
  // query leaves the scope to the join (long posting lists of site: and lang: cost more).
  const terms = options.title ? (match.titleTerms ?? []) : match.required;
  const parts = terms.filter(safeTerm).map(quote);
  if (options.title) return parts.join(' AND ');
  // An FTS5 string of several terms is a phrase: they must be adjacent, in order.
  for (const phrase of safePhrases(match)) parts.push(quote(phrase.join(' ')));
  for (const group of scopeGroups(match.scope)) {
    const terms = group.filter(safeTerm);
    parts.push(terms.length > 0 ? anyOf(terms) : quote('none:none'));
  }
  return parts.join(' AND ');
}

/** The scope as conditions on search_documents columns (alias d). */
function scopeConditions(scope: MatchScope): RawBuilder<unknown>[] {
  const conditions = [sql`d.site_id in (${sql.join(scope.siteIds.length > 0 ? scope.siteIds : [-1])})`];
  if (scope.lang) conditions.push(sql`d.lang = ${scope.lang}`);
  if (scope.types?.length) conditions.push(sql`d.type in (${sql.join(scope.types)})`);
  if (scope.categoryIds?.length) conditions.push(sql`d.category_id in (${sql.join(scope.categoryIds)})`);
  return conditions;
}

// ---- PostgreSQL --------------------------------------------------------------------------

function tsQuery(terms: string[], join: ' & ' | ' | '): string {
  return terms.filter(safeTerm).map(tsLexeme).join(join);
}

/** Documents read at most when checking a quoted phrase on PostgreSQL (see pgNewestIds). */
const PG_PHRASE_WINDOW = 1000;

/**
 * Conditions on PostgreSQL: one GIN query with the terms, the selective filters (categories,
 * types) and optionally a window of months; the rest on the row.
 */
function pgConditions(
  match: TermMatch,
  filter: RowFilter,
  title: boolean,
  months: string[] = [],
): RawBuilder<unknown> {
  const { min, max } = keyRange(filter);
  const { scope } = match;
  const groups = [
    scope.categoryIds?.length ? scope.categoryIds.map(filterTerm.category) : [],
    scope.types?.length ? scope.types.map(filterTerm.type) : [],
    months,
  ].filter((group) => group.length > 0);
  const terms = tsQuery(title ? (match.titleTerms ?? []) : match.required, ' & ');
  const query = [terms, ...groups.map((group) => `(${tsQuery(group, ' | ')})`)].join(' & ');
  return sql.join(
    [
      sql`d.tsv @@ cast(${query} as tsquery)`,
      sql`d.id between ${min} and ${max}`,
      ...scopeConditions(match.scope),
    ],
    sql` and `,
  );
}

/** Windows of recent months (in days back from now) the PostgreSQL query tries, then all. */
const PG_WINDOWS = [120, 730];

/** Month terms (see monthTerm) covering the `days` before `now`. */
function recentMonths(now: string, days: number): string[] {
  const end = new Date(Date.parse(now) || Date.now());
  const months: string[] = [];
  const cursor = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 1));
  const first = new Date(end.getTime() - days * 86_400_000);
  while (cursor.getTime() >= Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1)) {
    months.push(monthTerm(cursor.toISOString()));
    cursor.setUTCMonth(cursor.getUTCMonth() - 1);
  }
  return months;
}

/**
 * Matching ids, newest first, on PostgreSQL. The GIN index finds matches without reading their
 * (out-of-line) tsvectors, but every match costs a visit to its row, so the query first looks
 * among recent months only (month terms in the same GIN query): if they hold enough matches,
 * those are the newest overall; otherwise a wider window, then everything. A quoted phrase needs each document's positions,
 * so it is checked on the newest PG_PHRASE_WINDOW documents holding all its words: exact below
 * that, the newest phrase matches above it.
 */
async function pgNewestIds(
  db: Kysely<DB>,
  match: TermMatch,
  filter: RowFilter,
  limit: number,
  title = false,
): Promise<number[]> {
  const phrases = title ? [] : safePhrases(match);
  const wanted = phrases.length > 0 ? Math.max(limit, PG_PHRASE_WINDOW) : limit;
  let ids: number[] = [];
  for (const days of [...PG_WINDOWS, undefined]) {
    const months = days === undefined ? [] : recentMonths(filter.now, days);
    // "id + 0": sort the GIN matches rather than walk the id index reading every tsvector.
    const { rows } = await sql<{ id: number }>`select d.id as id from search_documents d
      where ${pgConditions(match, filter, title, months)} order by d.id + 0 desc limit ${wanted}`.execute(db);
    ids = rows.map((row) => Number(row.id));
    if (ids.length >= wanted) break;
  }
  if (phrases.length === 0 || ids.length === 0) return ids;
  const phrase = phrases.map((words) => `(${words.map(tsLexeme).join(' <-> ')})`).join(' & ');
  const { rows } = await sql<{ id: number }>`select d.id as id from search_documents d
    where d.id = any(${ids}::bigint[]) and d.tsv @@ cast(${phrase} as tsquery)
    order by d.id desc limit ${limit}`.execute(db);
  return rows.map((row) => Number(row.id));
}

// ---- Queries -----------------------------------------------------------------------------

/**
 * Matches, newest first: a page of ids. With `title`, only documents whose title holds every
 * word (relevance adds them as candidates of any age). Callers read up to 1,001 to count.
 */
export async function findNewest(
  db: Kysely<DB>,
  match: TermMatch,
  filter: RowFilter,
  page: { limit: number; offset: number; title?: boolean },
): Promise<number[]> {
  const title = page.title === true;
  if (!hasTerms(match) || (title && !(match.titleTerms ?? []).some(safeTerm))) return [];
  let rows: { id: number }[];
  if (engineOf(db) === 'sqlite') {
    const { min, max } = rowidRange(filter);
    const ids = sql`select rowid as id from search_fts where search_fts match ${ftsQuery(match, { title })}
      and rowid between ${min} and ${max} order by rowid desc`;
    // The title query leaves the scope to the row (see ftsQuery): read twice as many, then filter.
    rows = title
      ? (
          await sql<{
            id: number;
          }>`select d.id as id from (${ids} limit ${2 * (page.limit + page.offset)}) hits
            join search_documents d on d.id = hits.id where ${sql.join(scopeConditions(match.scope), sql` and `)}
            order by d.id desc limit ${page.limit} offset ${page.offset}`.execute(db)
        ).rows
      : (await sql<{ id: number }>`${ids} limit ${page.limit} offset ${page.offset}`.execute(db)).rows;
  } else {
    rows = (await pgNewestIds(db, match, filter, page.limit + page.offset, title))
      .slice(page.offset)
      .map((id) => ({ id }));
  }
  return rows.map((row) => Number(row.id));
}

/** The stored title and lead terms of documents, for ranking (ids passed as one parameter). */
export async function loadHeads(db: Kysely<DB>, ids: number[]): Promise<{ id: number; head: string }[]> {
  if (ids.length === 0) return [];
  const { rows } =
    engineOf(db) === 'sqlite'
      ? await sql<{ id: number; head: string }>`select id, head_terms as head from search_documents
          where id in (select value from json_each(${JSON.stringify(ids)}))`.execute(db)
      : await sql<{ id: number; head: string }>`select id, head_terms as head from search_documents
          where id = any(${ids}::bigint[])`.execute(db);
  return rows.map((row) => ({ id: Number(row.id), head: row.head }));
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
    const { min, max } = rowidRange(filter);
    result = (
      await sql<{ n: number }>`select count(*) as n from (select rowid from search_fts
        where search_fts match ${ftsQuery(match)} and rowid between ${min} and ${max} limit ${cap})`.execute(
        db,
      )
    ).rows;
  } else {
    result = [{ n: (await pgNewestIds(db, match, filter, cap)).length }];
  }
  return Number(result[0]?.n ?? 0);
}
