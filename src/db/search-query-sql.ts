import { type Kysely, type RawBuilder, sql } from 'kysely';
import { engineOf } from './dialect.ts';
import type { DB } from './schema.ts';
import { pgNewest } from './search-pg-sql.ts';
import {
  type Candidate,
  hasTerms,
  keyRange,
  type MatchPage,
  type MatchScope,
  NARROW_SCOPE_SHARE,
  type RowFilter,
  safePhrases,
  scopeGroups,
  scopeStats,
  siteAndLanguage,
  type TermMatch,
} from './search-scope-sql.ts';
import { safeTerm } from './search-sql.ts';

export type { Candidate, MatchPage, MatchScope, RowFilter, TermMatch } from './search-scope-sql.ts';

/**
 * Full-text search queries on both engines (docs/adr/0004-search.md). Every term is quoted
 * here (FTS5 strings, tsquery lexemes) and passed as a bound parameter; user text never is.
 *
 * Cost is bounded by design: no engine ranking function (FTS5 bm25 weighs each term by scanning
 * its whole posting list); relevance is computed in TypeScript over a bounded set of candidates
 * (the newest matches, ids being recency keys, plus title matches of any age).
 */

/** The key range for FTS5, bound as integers (bound as doubles, FTS5 reads rowids 3× slower). */
function rowidRange(filter: RowFilter): { min: bigint; max: bigint } {
  const { min, max } = keyRange(filter);
  return { min: BigInt(min), max: BigInt(max) };
}

// ---- SQLite FTS5 -------------------------------------------------------------------------

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;
const anyOf = (terms: string[]) =>
  terms.length === 1 ? quote(terms[0]!) : `(${terms.map(quote).join(' OR ')})`;

function ftsQuery(match: TermMatch, options: { title?: boolean; narrow?: boolean } = {}): string {
  // Title words (x:) imply the words themselves, and their posting lists are short; their
  // query leaves the scope to the join (long posting lists of site: and lang: cost more).
  const terms = options.title ? (match.titleTerms ?? []) : match.required;
  const parts = terms.filter(safeTerm).map(quote);
  // An FTS5 string of several terms is a phrase: they must be adjacent, in order. Title matches
  // hold the phrases too, wherever they are (a title holding the words apart is no match).
  for (const phrase of safePhrases(match)) parts.push(quote(phrase.join(' ')));
  if (options.title) {
    // Facets have no column to check on the row: they stay in the query.
    for (const group of match.scope.facets ?? []) {
      const terms = group.filter(safeTerm);
      parts.push(terms.length > 0 ? anyOf(terms) : quote('none:none'));
    }
    return parts.join(' AND ');
  }
  for (const group of scopeGroups(match.scope, options.narrow ?? true)) {
    const terms = group.filter(safeTerm);
    parts.push(terms.length > 0 ? anyOf(terms) : quote('none:none'));
  }
  return parts.join(' AND ');
}

/** The scope as conditions on search_documents columns (alias d). */
function scopeConditions(scope: MatchScope): RawBuilder<unknown> {
  const conditions = [siteAndLanguage(scope)];
  if (scope.types?.length) conditions.push(sql`d.type in (${sql.join(scope.types)})`);
  if (scope.categoryIds?.length) conditions.push(sql`d.category_id in (${sql.join(scope.categoryIds)})`);
  return sql.join(conditions, sql` and `);
}

/**
 * The matches on SQLite, newest first: FTS5 walks its rowids backwards and stops at the limit
 * (its cost grows with the posting lists it walks). A broad scope is checked on the row, which
 * costs less than its long posting lists; so is the scope of title matches (see ftsQuery).
 * "cross join" keeps FTS5 the outer loop, so that it gives the order and the early stop.
 */
function sqliteMatches(
  match: TermMatch,
  filter: RowFilter,
  page: MatchPage & { heads?: boolean; narrow: boolean },
): RawBuilder<Candidate> {
  const { min, max } = rowidRange(filter);
  const end = page.limit + (page.offset ?? 0);
  const head = page.heads ? sql`, d.head_terms as head` : sql``;
  if (page.title) {
    // Read twice as many, then filter.
    return sql<Candidate>`select hits.id as id${head} from (select rowid as id from search_fts
        where search_fts match ${ftsQuery(match, { title: true })} and rowid between ${min} and ${max}
        order by rowid desc limit ${2 * end}) hits
      cross join search_documents d on d.id = hits.id where ${scopeConditions(match.scope)}
      order by hits.id desc limit ${page.limit} offset ${page.offset ?? 0}`;
  }
  const rows = page.narrow
    ? page.heads
      ? sql`search_fts f cross join search_documents d on d.id = f.rowid`
      : sql`search_fts f`
    : sql`search_fts f cross join search_documents d on d.id = f.rowid`;
  const conditions = page.narrow ? sql`` : sql`and ${siteAndLanguage(match.scope)}`;
  return sql<Candidate>`select f.rowid as id${head} from ${rows}
    where search_fts match ${ftsQuery(match, { narrow: page.narrow })} and f.rowid between ${min} and ${max}
      ${conditions}
    order by f.rowid desc limit ${page.limit} offset ${page.offset ?? 0}`;
}

// ---- Queries -----------------------------------------------------------------------------

/**
 * Matches, newest first: a page of ids. With `title`, only documents whose title holds every
 * word (relevance adds them as candidates of any age). Callers read up to 501 to count.
 */
export async function findNewest(
  db: Kysely<DB>,
  match: TermMatch,
  filter: RowFilter,
  page: MatchPage,
): Promise<number[]> {
  if (!hasTerms(match, page.title === true)) return [];
  if (engineOf(db) === 'postgres') {
    const found = await pgNewest(db, match, filter, page.limit + (page.offset ?? 0), { title: page.title });
    return found.slice(page.offset ?? 0).map((candidate) => candidate.id);
  }
  const narrow = (await scopeStats(db, match.scope)).share < NARROW_SCOPE_SHARE;
  const { rows } = await sqliteMatches(match, filter, { ...page, narrow }).execute(db);
  return rows.map((row) => Number(row.id));
}

/**
 * The newest matches with their title and lead terms, for ranking (see findNewest). PostgreSQL
 * keeps those terms on the row it visits to match; SQLite reads them from search_documents,
 * where they come before the long text.
 */
export async function findCandidates(
  db: Kysely<DB>,
  match: TermMatch,
  filter: RowFilter,
  page: MatchPage,
): Promise<Candidate[]> {
  if (!hasTerms(match, page.title === true)) return [];
  if (engineOf(db) === 'postgres')
    return (
      await pgNewest(db, match, filter, page.limit + (page.offset ?? 0), { title: page.title, heads: true })
    ).slice(page.offset ?? 0);
  const narrow = (await scopeStats(db, match.scope)).share < NARROW_SCOPE_SHARE;
  const { rows } = await sqliteMatches(match, filter, { ...page, narrow, heads: true }).execute(db);
  return rows.map((row) => ({ id: Number(row.id), head: row.head }));
}

/**
 * Candidates for relevance: the newest `limit` matches, and when there are that many, the
 * newest `titled` whose title holds every word. PostgreSQL looks for both at once (two
 * connections); SQLite, which answers one query at a time, for the titles only when needed.
 */
export async function findRankCandidates(
  db: Kysely<DB>,
  match: TermMatch,
  filter: RowFilter,
  limits: { newest: number; titled: number },
): Promise<{ newest: Candidate[]; titled: Candidate[] }> {
  const titled = () => findCandidates(db, match, filter, { limit: limits.titled, title: true });
  if (engineOf(db) === 'postgres') {
    const [newest, titles] = await Promise.all([
      findCandidates(db, match, filter, { limit: limits.newest }),
      titled(),
    ]);
    return { newest, titled: newest.length >= limits.newest ? titles : [] };
  }
  const newest = await findCandidates(db, match, filter, { limit: limits.newest });
  return { newest, titled: newest.length >= limits.newest ? await titled() : [] };
}

/** How many documents match, counting no further than `cap`. */
export async function countMatches(
  db: Kysely<DB>,
  match: TermMatch,
  filter: RowFilter,
  cap: number,
): Promise<number> {
  return (await findNewest(db, match, filter, { limit: cap })).length;
}
