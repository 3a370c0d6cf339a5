import type { LanguageCode } from '../../db/schema.ts';
import { isLanguage } from '../../i18n/index.ts';
import { searchUrl } from '../../web/urls.ts';
import { cleanQueryText } from '../search/query.ts';

/** Pages of results one can go to (10 a page: the first 500 results, as many as are counted). */
export const MAX_PAGE = 50;

/** The results page's query string, validated. Defaults are left out of links. */
export interface SearchParams {
  q: string;
  type?: string | undefined;
  category?: number | undefined;
  /** A language, or every language; defaults to the page's language. */
  lang: LanguageCode | 'all';
  /** YYYY-MM-DD, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  sort: 'relevance' | 'date';
  page: number;
  /** 'all': the provincial portal and its component sites. */
  scope: 'site' | 'all';
  /** Values of the chosen type's own filters (SearchSource.facets), by name. */
  facets?: Record<string, string> | undefined;
}

/** A type's own filter as the parameters see it: its name and the values it accepts. */
export interface FacetChoice {
  name: string;
  values: readonly string[];
}

function first(value: unknown): string | undefined {
  const item = Array.isArray(value) ? value[0] : value;
  return typeof item === 'string' ? item : undefined;
}

function day(value: string | undefined): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isFinite(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
}

/**
 * Reads the query string. Unknown or malformed filters are ignored (the page still answers);
 * only a page number that is not one is refused (undefined → 400).
 */
export function parseSearchParams(
  raw: unknown,
  pageLang: LanguageCode,
  types: readonly string[],
  facetsOf: (type: string) => readonly FacetChoice[] = () => [],
): SearchParams | undefined {
  const query = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const pageText = first(query.page);
  let page = 1;
  if (pageText !== undefined && pageText !== '') {
    if (!/^\d{1,3}$/.test(pageText)) return undefined;
    page = Number(pageText);
    if (page < 1 || page > MAX_PAGE) return undefined;
  }
  const type = first(query.type);
  const category = first(query.category);
  const lang = first(query.lang);
  const chosenType = type && types.includes(type) ? type : undefined;
  // A type's filters count only with the type chosen; unknown values are ignored.
  const facets: Record<string, string> = {};
  for (const facet of chosenType ? facetsOf(chosenType) : []) {
    const value = first(query[facet.name]);
    if (value && facet.values.includes(value)) facets[facet.name] = value;
  }
  return {
    q: cleanQueryText(first(query.q)),
    type: chosenType,
    ...(Object.keys(facets).length > 0 ? { facets } : {}),
    category: category && /^\d{1,9}$/.test(category) ? Number(category) : undefined,
    lang: lang === 'all' || (lang && isLanguage(lang)) ? (lang as LanguageCode | 'all') : pageLang,
    from: day(first(query.from)),
    to: day(first(query.to)),
    sort: first(query.sort) === 'date' ? 'date' : 'relevance',
    page,
    scope: first(query.scope) === 'all' ? 'all' : 'site',
  };
}

/** Are any filters (besides language and scope) set? */
export function hasFilters(params: SearchParams): boolean {
  return Boolean(
    params.type || params.category || params.from || params.to || Object.keys(params.facets ?? {}).length,
  );
}

/** A results-page link for these parameters (defaults omitted). */
export function searchHref(pageLang: LanguageCode, params: SearchParams): string {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.type) search.set('type', params.type);
  if (params.type) for (const [name, value] of Object.entries(params.facets ?? {})) search.set(name, value);
  if (params.category) search.set('category', String(params.category));
  if (params.lang !== pageLang) search.set('lang', params.lang);
  if (params.from) search.set('from', params.from);
  if (params.to) search.set('to', params.to);
  if (params.sort === 'date') search.set('sort', 'date');
  if (params.scope === 'all') search.set('scope', 'all');
  if (params.page > 1) search.set('page', String(params.page));
  const text = search.toString();
  return text ? `${searchUrl(pageLang)}?${text}` : searchUrl(pageLang);
}

/** The instant a Viet Nam calendar day starts (UTC+7), as ISO; `next` gives the following day. */
export function vietnamDayStart(date: string, next = false): string {
  const start = Date.parse(`${date}T00:00:00.000+07:00`);
  return new Date(start + (next ? 86_400_000 : 0)).toISOString();
}
