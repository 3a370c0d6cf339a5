import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from './schema.ts';
import {
  type Candidate,
  keyRange,
  NARROW_SCOPE_SHARE,
  type RowFilter,
  STATS_TTL_MS,
  safePhrases,
  scopeGroups,
  scopeStats,
  siteAndLanguage,
  type TermMatch,
} from './search-scope-sql.ts';
import { monthTerm, phrasePairs, SLOTS, safeTerm, tsLexeme, type WithSearchTerms } from './search-sql.ts';

/**
 * Matching on PostgreSQL: GIN queries over search_terms in windows of time, planned from cached
 * document frequencies (docs/adr/0004-search.md). Terms are quoted as tsquery lexemes and bound as
 * parameters; user text never is.
 */

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
  // Title matches must hold the phrases too (anywhere in the document, as other matches).
  const phrases = safePhrases(match);
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
 * Runs a match query with sequential scans of search_terms ruled out. Its row is narrow (ids,
 * head terms) but each tsv is stored out of line (TOAST: a document with its files' text holds
 * thousands of terms), and the planner costs a sequential scan by the narrow heap alone: it took
 * a scan of every document (each tsv read and decompressed, a few ms per hundred documents,
 * growing with the index) over the GIN index, whenever it expected few matches. The GIN index
 * reads no tsvector for these queries (see pgRange), so it is the plan; `set local` keeps the
 * setting to this transaction (or restores it in the caller's).
 */
async function withoutSeqScan<T>(db: Kysely<DB>, task: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  if (db.isTransaction) {
    const { rows } = await sql<{ previous: string }>`select current_setting('enable_seqscan') as previous,
      set_config('enable_seqscan', 'off', true)`.execute(db);
    try {
      return await task(db);
    } finally {
      await sql`select set_config('enable_seqscan', ${rows[0]?.previous ?? 'on'}, true)`.execute(db);
    }
  }
  return db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    return task(trx);
  });
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
  const matches = plan.phrase
    ? sql<PgCandidate>`select c.id as id${plan.heads ? sql`, c.head as head` : sql``},
        c.ptsv @@ cast(${plan.phrase} as tsquery) as confirmed from (${newest}) c order by c.id desc`
    : sql<PgCandidate>`${newest}`;
  const { rows } = await withoutSeqScan(db, (trx) => matches.execute(trx.withTables<WithSearchTerms>()));
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
export async function pgNewest(
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
    // Month terms only help the GIN index skip older documents: a window reaching back to the
    // oldest one has none to skip, and a few hundred month terms would cost the index more than
    // the query's own (and make the planner price it above a scan of every tsv). The id range
    // alone gives the same rows.
    const months = start <= Math.max(bottom, rates.oldest) ? [] : monthsBetween(start, end);
    found.push(...(await pgRange(db, plan, window, months, needed)));
    if (found.length >= limit || start <= bottom) return found;
    upper = start * SLOTS - 1;
    matches = found.length / Math.max(1, top - start);
  }
}
