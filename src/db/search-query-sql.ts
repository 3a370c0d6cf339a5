import { type Kysely, type RawBuilder, sql } from 'kysely';
import { engineOf } from './dialect.ts';
import type { DB, SearchDocumentsTable } from './schema.ts';
import {
  filterTerm,
  monthTerm,
  phrasePairs,
  SLOTS,
  safeTerm,
  secondOf,
  tsLexeme,
  type WithSearchTerms,
} from './search-sql.ts';

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

const hasTerms = (match: TermMatch, title: boolean) =>
  (title ? (match.titleTerms ?? []) : match.required).some(safeTerm);
const safePhrases = (match: TermMatch) =>
  (match.phrases ?? []).filter((phrase) => phrase.length > 1 && phrase.every(safeTerm));

/**
 * Filter terms that the engine query includes (any of each group). Site and language narrow a
 * search only when they hold a small share of the index (a component site, a translation);
 * otherwise their long posting lists cost more than checking the row.
 */
function scopeGroups(scope: MatchScope, narrow: boolean): string[][] {
  const groups: string[][] = [];
  if (narrow) groups.push(scope.siteIds.map(filterTerm.site));
  if (narrow && scope.lang) groups.push([filterTerm.lang(scope.lang)]);
  if (scope.types?.length) groups.push(scope.types.map(filterTerm.type));
  if (scope.categoryIds?.length) groups.push(scope.categoryIds.map(filterTerm.category));
  return groups;
}

/** Site and language as conditions on a row (alias d) holding site_id and lang. */
function siteAndLanguage(scope: MatchScope): RawBuilder<unknown> {
  const conditions = [sql`d.site_id in (${sql.join(scope.siteIds.length > 0 ? scope.siteIds : [-1])})`];
  if (scope.lang) conditions.push(sql`d.lang = ${scope.lang}`);
  return sql.join(conditions, sql` and `);
}

// ---- What the index holds (plan choices only) --------------------------------------------

/** Below this share of the index, site and language filters go into the engine query. */
const NARROW_SCOPE_SHARE = 0.3;
/** How long figures about the index are reused (they only choose plans; results are the same). */
const STATS_TTL_MS = 10 * 60_000;

interface ScopeStats {
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
async function scopeStats(db: Kysely<DB>, scope: MatchScope): Promise<ScopeStats> {
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

// ---- SQLite FTS5 -------------------------------------------------------------------------

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;
const anyOf = (terms: string[]) =>
  terms.length === 1 ? quote(terms[0]!) : `(${terms.map(quote).join(' OR ')})`;

function ftsQuery(match: TermMatch, options: { title?: boolean; narrow?: boolean } = {}): string {
  // Title words (x:) imply the words themselves, and their posting lists are short; their
  // query leaves the scope to the join (long posting lists of site: and lang: cost more).
  const terms = options.title ? (match.titleTerms ?? []) : match.required;
  const parts = terms.filter(safeTerm).map(quote);
  if (options.title) return parts.join(' AND ');
  // An FTS5 string of several terms is a phrase: they must be adjacent, in order.
  for (const phrase of safePhrases(match)) parts.push(quote(phrase.join(' ')));
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

// ---- PostgreSQL --------------------------------------------------------------------------

function tsQuery(terms: string[], join: ' & ' | ' | '): string {
  return terms.filter(safeTerm).map(tsLexeme).join(join);
}

/**
 * Costs of the PostgreSQL plans, in microseconds of server CPU, measured on the benchmark
 * (bench/search.ts) on a 2-core machine: they only need to be right relative to each other.
 */
const PG_COST = {
  /** Per document of a month window that the GIN index walks (months are any-of terms). */
  windowDocument: 0.6,
  /** Per matching row of a window: rows close in time share pages. */
  windowRow: 2.5,
  /** Per entry of the terms' posting lists, when the GIN index walks the whole range. */
  posting: 0.02,
  /** Per matching row of the whole range: each on its own page. */
  wholeRow: 6,
  /** A query over the whole range, beyond the above. */
  whole: 500,
  /** A first query over the whole range only when expected to cost less than this. */
  wholeFirst: 4000,
};
/** The first window is a probe of at most this many documents: estimates can be far off. */
const PG_PROBE_DOCUMENTS = 6000;
/** Candidates read per needed phrase match (the pair terms make false candidates rare). */
const PG_PHRASE_MARGIN = 1.05;

interface TermShares {
  /** Share of documents holding each of the most common terms (the planner's statistics). */
  shares: Map<string, number>;
  at: number;
}

const sharesCache = new WeakMap<object, TermShares>();
const frequencyCache = new WeakMap<object, Map<string, { documents: number; at: number }>>();
/** Terms whose document counts are remembered per database (about 100 bytes each). */
const FREQUENCY_CACHE_SIZE = 20_000;
/** Documents counted at most per term (a common term costs no more than this). */
const FREQUENCY_COUNT_CAP = 20_000;

/**
 * The most common terms of the index and their shares of documents, as ANALYZE found them
 * (pg_stats of search_terms.tsv), remembered for a few minutes per database.
 */
async function termShares(db: Kysely<DB>): Promise<Map<string, number>> {
  const cached = sharesCache.get(db);
  if (cached && Date.now() - cached.at < STATS_TTL_MS) return cached.shares;
  const { rows } = await sql<{ elems: string[] | null; freqs: number[] | null }>`
    select most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs from pg_stats
    where schemaname = current_schema() and tablename = 'search_terms' and attname = 'tsv'`.execute(db);
  const { elems, freqs } = rows[0] ?? { elems: null, freqs: null };
  const shares = new Map<string, number>();
  if (elems && freqs) for (const [index, elem] of elems.entries()) shares.set(elem, freqs[index] ?? 0);
  sharesCache.set(db, { shares, at: Date.now() });
  return shares;
}

/**
 * How many documents hold each term: from the planner's statistics for common terms, otherwise
 * counted on the GIN index (a few milliseconds at most: such terms are not common) and
 * remembered for a few minutes per database. They only choose plans.
 */
async function documentFrequencies(
  db: Kysely<DB>,
  terms: string[],
  documents: number,
): Promise<Map<string, number>> {
  const shares = await termShares(db);
  let cache = frequencyCache.get(db);
  if (!cache) {
    cache = new Map();
    frequencyCache.set(db, cache);
  }
  const found = new Map<string, number>();
  const missing: string[] = [];
  for (const term of new Set(terms)) {
    const share = shares.get(term);
    const cached = cache.get(term);
    if (share !== undefined) found.set(term, share * documents);
    else if (cached && Date.now() - cached.at < STATS_TTL_MS) found.set(term, cached.documents);
    else missing.push(term);
  }
  if (missing.length > 0) {
    // Counted up to a bound: beyond it a term is common, whatever its count.
    const counts = missing.map(
      (term) => sql`(select count(*) from (select 1 from search_terms
        where tsv @@ cast(${tsLexeme(term)} as tsquery) limit ${FREQUENCY_COUNT_CAP}) t)`,
    );
    const { rows } = await sql<Record<string, number>>`select ${sql.join(
      counts.map((count, index) => sql`${count} as ${sql.ref(`n${index}`)}`),
    )}`.execute(db.withTables<WithSearchTerms>());
    if (cache.size + missing.length > FREQUENCY_CACHE_SIZE) cache.clear();
    missing.forEach((term, index) => {
      const count = Number(rows[0]?.[`n${index}`] ?? 0);
      cache.set(term, { documents: count, at: Date.now() });
      found.set(term, count);
    });
  }
  return found;
}

/** How strongly the words of a query are assumed to go together (0: always, 1: independent). */
const WORD_INDEPENDENCE = 0.15;

/**
 * What a plan's matches are likely to be, as shares of the documents. Words of a query mostly
 * go together (the syllables of one expression), so the share of matches is the rarest word's,
 * lowered a little by each other word; filters (category, type) are taken as independent.
 * `postings`: the entries of all the terms' posting lists.
 */
async function matchEstimate(
  db: Kysely<DB>,
  plan: PgPlan,
  documents: number,
): Promise<{ share: number; postings: number; atMost: boolean }> {
  const frequencies = await documentFrequencies(db, [...plan.terms, ...plan.groups.flat()], documents);
  const total = Math.max(1, documents);
  const shares = plan.terms.map((term) => Math.min(1, (frequencies.get(term) ?? 0) / total));
  const rarest = Math.min(1, ...shares);
  let share = rarest;
  let skipped = false;
  // The rarest term's share is an upper bound; lowered for other words or filters, it is not.
  let atMost = plan.groups.length === 0;
  shares.forEach((value, index) => {
    if (value === rarest && !skipped) skipped = true;
    // The pairs of a phrase and the bigrams of a Han run go together entirely; words (and the
    // title prefixes, x:, which also stand for longer words) do not quite.
    else if (/^[pax]:/.test(plan.terms[index]!) && value < 1) {
      share *= value ** WORD_INDEPENDENCE;
      atMost = false;
    }
  });
  let postings = 0;
  for (const term of plan.terms) postings += frequencies.get(term) ?? 0;
  for (const group of plan.groups) {
    const count = group.reduce((sum, term) => sum + (frequencies.get(term) ?? 0), 0);
    share *= Math.min(1, count / total);
    postings += count;
  }
  return { share, postings: postings / total, atMost };
}

/** Month terms (see monthTerm) of the months from one second to another. */
function monthsBetween(fromSecond: number, toSecond: number): string[] {
  const months: string[] = [];
  const end = new Date(toSecond * 1000);
  const cursor = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 1));
  const first = new Date(fromSecond * 1000);
  const firstMonth = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
  while (cursor.getTime() >= firstMonth) {
    months.push(monthTerm(cursor.toISOString()));
    cursor.setUTCMonth(cursor.getUTCMonth() - 1);
  }
  return months;
}

interface PgPlan {
  /** The GIN query without a time window. */
  query: string;
  /** Its required terms, and groups of which one term is required (filters). */
  terms: string[];
  groups: string[][];
  scope: RawBuilder<unknown>;
  /** Phrases of three words or more, as a tsquery on positions (pairs decide shorter ones). */
  phrase?: string;
  heads: boolean;
}

function pgPlan(match: TermMatch, options: { title: boolean; narrow: boolean; heads: boolean }): PgPlan {
  const phrases = options.title ? [] : safePhrases(match);
  const terms = new Set((options.title ? (match.titleTerms ?? []) : match.required).filter(safeTerm));
  for (const phrase of phrases) {
    // The pair terms imply their words.
    for (const word of phrase) terms.delete(word);
    for (const pair of phrasePairs(phrase)) terms.add(pair);
  }
  const groups = scopeGroups(match.scope, options.narrow);
  const query = [tsQuery([...terms], ' & '), ...groups.map((group) => `(${tsQuery(group, ' | ')})`)].join(
    ' & ',
  );
  const long = phrases.filter((words) => words.length > 2);
  const plan: PgPlan = {
    query,
    terms: [...terms],
    groups,
    scope: siteAndLanguage(match.scope),
    heads: options.heads,
  };
  if (long.length > 0)
    plan.phrase = long.map((words) => `(${words.map(tsLexeme).join(' <-> ')})`).join(' & ');
  return plan;
}

/**
 * The newest matches with ids in [min, max], optionally only among the given months' documents
 * (a superset of the range, for the GIN index). Only the narrow row is read: the GIN index
 * needs no tsvector for AND queries. "+ 0" keeps the planner off the primary key, whose order
 * would make it read a tsvector per row.
 */
async function pgRange(
  db: Kysely<DB>,
  plan: PgPlan,
  range: { min: number; max: number },
  months: string[],
  limit: number,
): Promise<PgCandidate[]> {
  const query = months.length > 0 ? `${plan.query} & (${tsQuery(months, ' | ')})` : plan.query;
  const head = plan.heads ? sql`, d.head as head` : sql``;
  const newest = sql`select d.id as id${head}${plan.phrase ? sql`, d.ptsv` : sql``} from search_terms d
    where d.tsv @@ cast(${query} as tsquery) and d.id + 0 between ${range.min} and ${range.max}
      and ${plan.scope}
    order by d.id + 0 desc limit ${limit}`;
  // Phrases are confirmed on the positions of the candidates read, in the same query.
  const { rows } = await (plan.phrase
    ? sql<PgCandidate>`select c.id as id${plan.heads ? sql`, c.head as head` : sql``},
        c.ptsv @@ cast(${plan.phrase} as tsquery) as confirmed from (${newest}) c order by c.id desc`
    : sql<PgCandidate>`${newest}`
  ).execute(db.withTables<WithSearchTerms>());
  return rows.map((row) => ({
    id: Number(row.id),
    head: row.head ?? '',
    confirmed: row.confirmed !== false,
  }));
}

/** A candidate on PostgreSQL; `confirmed` false when it does not hold the phrases word for word. */
interface PgCandidate extends Candidate {
  confirmed: boolean;
}

/**
 * Matches, newest first, on PostgreSQL. The GIN index finds matches without reading a tsvector,
 * but each match costs a visit to its row, and a GIN query costs what its posting lists hold.
 * So the query first looks at the newest weeks only (month terms in the same GIN query). If they
 * hold too few matches, the matches per second found so far tell how the rest is cheaper: a
 * window just wide enough (month terms again: the index walks the window's documents), or the
 * whole rest of the range at once (rare words lead; each of their matches is visited). Each step
 * covers older ids than the one before, so results add up. Quoted phrases are matched by their
 * pair terms (exact for two words); longer ones are confirmed on the candidates' positions, as
 * many as needed.
 */
async function pgNewest(
  db: Kysely<DB>,
  match: TermMatch,
  filter: RowFilter,
  limit: number,
  options: { title?: boolean; heads?: boolean } = {},
): Promise<Candidate[]> {
  const stats = await scopeStats(db, match.scope);
  const narrow = stats.share < NARROW_SCOPE_SHARE;
  const plan = pgPlan(match, { title: options.title === true, narrow, heads: options.heads === true });
  const estimate = await matchEstimate(db, plan, stats.documents);
  const rates: Rates = {
    probe: !estimate.atMost,
    oldest: stats.oldest,
    walked: narrow ? stats.perSecond : stats.allPerSecond,
    matches: stats.perSecond * estimate.share,
    postings: stats.perSecond * estimate.postings,
  };
  const { min, max } = keyRange(filter);
  if (!plan.phrase) return pgWindows(db, plan, rates, { min, max }, limit);
  const found: Candidate[] = [];
  let upper = max;
  while (found.length < limit && upper >= min) {
    const wanted = limit - found.length;
    const read = Math.ceil(wanted * PG_PHRASE_MARGIN) + 4;
    const candidates = await pgWindows(db, plan, rates, { min, max: upper }, read);
    found.push(...candidates.filter((candidate) => candidate.confirmed).slice(0, wanted));
    // Fewer candidates than asked for: none older is left.
    if (candidates.length < read) break;
    upper = candidates.at(-1)!.id - 1;
  }
  return found;
}

/** Per second of publication time: documents a month window walks, matches, posting entries. */
interface Rates {
  /** The expected matches may be too few: the first window is then a small probe. */
  probe: boolean;
  /** Publication second of the oldest document: nothing older is worth a window. */
  oldest: number;
  walked: number;
  matches: number;
  postings: number;
}

/**
 * The newest `limit` matches with ids in the range, by windows of time (see pgNewest). Each
 * step takes the cheaper of a window sized for the matches still needed and the whole rest of
 * the range, from the matches per second expected (first) or found so far.
 */
async function pgWindows(
  db: Kysely<DB>,
  plan: PgPlan,
  rates: Rates,
  range: { min: number; max: number },
  limit: number,
): Promise<PgCandidate[]> {
  const top = Math.floor(range.max / SLOTS);
  const bottom = Math.floor(range.min / SLOTS);
  const found: PgCandidate[] = [];
  let upper = range.max;
  // Matches per second: expected at first (see matchEstimate), then as found so far.
  let matches = rates.matches;
  for (let first = true; ; first = false) {
    const end = Math.floor(upper / SLOTS);
    const needed = limit - found.length;
    const rest = Math.max(0, end - Math.max(bottom, rates.oldest));
    let seconds = matches > 0 ? Math.max(86_400, (1.5 * needed) / matches) : Number.POSITIVE_INFINITY;
    const windowCost =
      (PG_COST.windowDocument * rates.walked + PG_COST.windowRow * matches) * Math.min(seconds, rest);
    const wholeCost = PG_COST.whole + (PG_COST.posting * rates.postings + PG_COST.wholeRow * matches) * rest;
    const whole = first ? wholeCost <= Math.min(windowCost, PG_COST.wholeFirst) : wholeCost <= windowCost;
    if (first)
      seconds = Math.min(seconds, Math.max(86_400, PG_PROBE_DOCUMENTS / Math.max(rates.walked, 1e-9)));
    const start = whole ? bottom : Math.max(bottom, end - Math.ceil(seconds));
    const window = { min: start <= bottom ? range.min : start * SLOTS, max: upper };
    const months = start <= bottom ? [] : monthsBetween(start, end);
    found.push(...(await pgRange(db, plan, window, months, needed)));
    if (found.length >= limit || start <= bottom) return found;
    upper = start * SLOTS - 1;
    matches = found.length / Math.max(1, top - start);
  }
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
