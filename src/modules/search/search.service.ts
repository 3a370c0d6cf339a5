import { type Kysely, sql } from 'kysely';
import type { DB, LanguageCode } from '../../db/schema.ts';
import {
  countMatches,
  findNewest,
  findRankCandidates,
  type RowFilter,
  type TermMatch,
} from '../../db/search-query-sql.ts';
import { filterTerm } from '../../db/search-sql.ts';
import { splitBody } from './documents.ts';
import { buildQuery, buildSuggestQuery, type SearchQuery } from './query.ts';
import { type BodyEvidence, type Candidate, rankCandidates } from './ranking.ts';
import { highlightText, matchedWords, openingOf, type Segment, snippetOf } from './snippet.ts';

/** What to search for and where. `q` is whatever the person sent; it is cleaned here. */
export interface SearchRequest {
  q: unknown;
  siteIds: number[];
  /** Undefined: every language. */
  lang?: LanguageCode | undefined;
  types?: string[] | undefined;
  /** A category and its descendants. */
  categoryIds?: number[] | undefined;
  /** Values of types' own filters (SearchSource.facets), by facet name: one of each is required. */
  facets?: Record<string, string[]> | undefined;
  /** ISO instants: published at or after `from`, before `to`. */
  from?: string | undefined;
  to?: string | undefined;
  sort?: 'relevance' | 'date';
  page?: number;
  pageSize?: number;
  /** The current time: items published later stay hidden. */
  now: string;
}

export interface SearchHit {
  id: number;
  type: string;
  itemId: number;
  siteId: number;
  lang: LanguageCode;
  categoryId: number | null;
  url: string;
  publishedAt: string;
  /** The title with the query's words marked. */
  title: Segment[];
  /** A passage of the body or lead with the query's words marked. */
  snippet: Segment[];
  /** The attached file the snippet comes from, when the query's words are in a file's text. */
  file?: { name: string; url: string } | undefined;
}

export interface SearchResults {
  query: SearchQuery;
  /** How many documents match, counted up to COUNT_CAP. */
  total: number;
  /** More than COUNT_CAP match (total is then COUNT_CAP). */
  totalCapped: boolean;
  /** How many of them can be paged through (relevance ranks a bounded candidate set). */
  available: number;
  hits: SearchHit[];
}

export const DEFAULT_PAGE_SIZE = 10;
/** Snippets are looked for in the first characters of a body (the opening tells most). */
const SNIPPET_SCAN = 5000;
/** Matches ranked for relevance at most: the newest, plus a quarter more title matches of any age. */
export const RANK_CANDIDATES = 500;
/**
 * Up to this many candidates, the openings of their bodies are read for ranking (exact words and
 * pairs, see ranking.ts): a few milliseconds, where they tell most (small sites, rare words).
 */
const BODY_EVIDENCE_CANDIDATES = 200;
/** Characters of a body read for ranking. */
const BODY_EVIDENCE_CHARS = 3000;
/** Matches counted at most; beyond it the page says "more than 500 results". */
export const COUNT_CAP = 500;

/** Adds the opening of each candidate's body, lower-case, for ranking. */
async function readBodies(db: Kysely<DB>, candidates: Candidate[]): Promise<void> {
  if (candidates.length === 0) return;
  const rows = await db
    .selectFrom('search_documents')
    .select(['id', sql<string>`substr(body, 1, ${BODY_EVIDENCE_CHARS})`.as('opening')])
    .where(
      'id',
      'in',
      candidates.map((candidate) => candidate.id),
    )
    .execute();
  const byId = new Map(rows.map((row) => [Number(row.id), row.opening]));
  for (const candidate of candidates) candidate.body = byId.get(candidate.id)?.toLowerCase() ?? '';
}

/** The exact words (a:) and pairs (b:) of a query, as text to find in bodies. */
function bodyEvidence(terms: string[], exactPairs: Map<string, string>): BodyEvidence {
  const evidence: BodyEvidence = new Map();
  for (const term of terms) {
    if (term.startsWith('a:')) evidence.set(term, term.slice(2));
    const pair = exactPairs.get(term);
    if (pair) evidence.set(term, pair);
  }
  return evidence;
}

/** What the engines match for a request's analysed query (search-query-sql.ts). */
export function termMatch(
  request: Omit<SearchRequest, 'q' | 'now'>,
  required: string[],
  titleTerms: string[] = [],
  phrases: string[][] = [],
): TermMatch {
  const scope = {
    siteIds: request.siteIds,
    lang: request.lang,
    types: request.types,
    categoryIds: request.categoryIds,
    facets: Object.entries(request.facets ?? {}).map(([name, values]) =>
      values.map((value) => filterTerm.facet(name, value)),
    ),
  };
  return { required, phrases, titleTerms, scope };
}

function rowFilter(request: SearchRequest): RowFilter {
  return { now: request.now, from: request.from, to: request.to };
}

/** Characters of a file's text looked through for a snippet. */
const FILE_SNIPPET_SCAN = 60_000;

/**
 * The passage a result shows: from the item's own text (body, then lead) or, when an attached
 * file holds more of the query's words than the item's own text, from that file, named.
 */
export function resultSnippet(
  stored: { lead: string; body: string },
  query: SearchQuery,
): { snippet: Segment[]; file?: { name: string; url: string } } {
  const { body, files } = splitBody(stored.body);
  const own = body.slice(0, SNIPPET_SCAN);
  const ownWords = Math.max(matchedWords(own, query), matchedWords(stored.lead, query));
  let best: { file: (typeof files)[number]; words: number } | undefined;
  for (const file of files) {
    const words = matchedWords(file.text.slice(0, FILE_SNIPPET_SCAN), query);
    if (words > ownWords && words > (best?.words ?? 0)) best = { file, words };
  }
  if (best) {
    const snippet = snippetOf(best.file.text.slice(0, FILE_SNIPPET_SCAN), query);
    if (snippet) return { snippet, file: { name: best.file.name, url: best.file.url } };
  }
  return {
    snippet: snippetOf(own, query) ?? snippetOf(stored.lead, query) ?? openingOf(stored.lead || body),
  };
}

/** Runs a search: ranked (or newest first) hits of one page, with highlighted titles and snippets. */
export async function searchDocuments(db: Kysely<DB>, request: SearchRequest): Promise<SearchResults> {
  const query = buildQuery(request.q);
  const empty = { query, total: 0, totalCapped: false, available: 0, hits: [] };
  if (query.required.length === 0) return empty;
  const pageSize = request.pageSize ?? DEFAULT_PAGE_SIZE;
  const offset = (Math.max(1, request.page ?? 1) - 1) * pageSize;
  const match = termMatch(request, query.required, query.titleTerms, query.phrases);
  const filter = rowFilter(request);
  // The newest matches, up to one more than counted: the count, the date order, and the
  // candidates for relevance (with their title and lead terms) at once. For relevance, title
  // matches of any age join when there are more matches than candidates.
  const relevance = request.sort !== 'date';
  let ids: number[];
  let available: number;
  let counted: number;
  if (!relevance) {
    const newest = await findNewest(db, match, filter, { limit: COUNT_CAP + 1 });
    counted = newest.length;
    ids = newest.slice(offset, offset + pageSize);
    available = Math.min(counted, COUNT_CAP);
  } else {
    const { newest, titled } = await findRankCandidates(db, match, filter, {
      newest: COUNT_CAP + 1,
      titled: RANK_CANDIDATES / 4,
    });
    counted = newest.length;
    // Fewer matches than candidates: they are all here, ranked exactly.
    const candidates: Candidate[] = newest.slice(0, RANK_CANDIDATES);
    if (counted > RANK_CANDIDATES) {
      const seen = new Set(candidates.map((candidate) => candidate.id));
      candidates.push(...titled.filter((candidate) => !seen.has(candidate.id)));
    }
    const terms = [...query.required, ...query.optional];
    const evidence = bodyEvidence(terms, query.exactPairs);
    // Chinese-only queries have no words to look for in bodies: nothing to read.
    if (evidence.size > 0 && candidates.length <= BODY_EVIDENCE_CANDIDATES) await readBodies(db, candidates);
    const ranked = rankCandidates(terms, candidates, evidence);
    ids = ranked.slice(offset, offset + pageSize);
    // Title matches beyond the newest 500 compete for rank, but only 500 results are shown.
    available = Math.min(ranked.length, COUNT_CAP);
  }
  if (counted === 0) return empty;
  const total = Math.min(counted, COUNT_CAP);
  const result = { query, total, totalCapped: counted > COUNT_CAP, available, hits: [] };
  if (ids.length === 0) return result;
  const rows = await db
    .selectFrom('search_documents')
    .select([
      'id',
      'type',
      'item_id',
      'site_id',
      'lang',
      'category_id',
      'url',
      'published_at',
      'title',
      'lead',
      'body',
    ])
    .where('id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((row) => [Number(row.id), row]));
  const hits: SearchHit[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) continue;
    hits.push({
      id,
      type: row.type,
      itemId: row.item_id,
      siteId: row.site_id,
      lang: row.lang,
      categoryId: row.category_id,
      url: row.url,
      publishedAt: row.published_at,
      title: highlightText(row.title, query),
      ...resultSnippet(row, query),
    });
  }
  return { ...result, hits };
}

/** How many results a request would give (for "try instead" suggestions). */
export async function countResults(db: Kysely<DB>, request: SearchRequest, cap = COUNT_CAP): Promise<number> {
  const query = buildQuery(request.q);
  if (query.required.length === 0) return 0;
  return countMatches(db, termMatch(request, query.required, [], query.phrases), rowFilter(request), cap);
}

export interface Suggestion {
  title: string;
  url: string;
  siteId: number;
}

/** Type-ahead: the newest titles whose words start with what was typed. */
export async function suggestTitles(
  db: Kysely<DB>,
  request: Pick<SearchRequest, 'q' | 'siteIds' | 'lang' | 'now'>,
  limit = 8,
): Promise<Suggestion[]> {
  const terms = buildSuggestQuery(request.q);
  if (terms.length === 0) return [];
  const ids = await findNewest(db, termMatch(request, terms), { now: request.now }, { limit, offset: 0 });
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('search_documents')
    .select(['id', 'title', 'url', 'site_id'])
    .where('id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((row) => [Number(row.id), row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ title: row.title, url: row.url, siteId: row.site_id }] : [];
  });
}
