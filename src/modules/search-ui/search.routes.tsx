import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LanguageCode } from '../../db/schema.ts';
import { isLanguage, languages, type Messages } from '../../i18n/index.ts';
import { AppError } from '../../platform/errors.ts';
import { sendPage } from '../../platform/http-cache.ts';
import type { AppServices } from '../../platform/services.ts';
import type { Site } from '../../platform/sites/site.ts';
import { localize, siteOrigin } from '../../platform/sites/site.ts';
import { descendantIds } from '../../platform/tree.ts';
import { pageContext } from '../../web/page-context.ts';
import { renderDocument } from '../../web/render.ts';
import { searchUrl } from '../../web/urls.ts';
import { listingTags } from '../articles/listing.ts';
import { categoryDescendants } from '../categories/categories.repository.ts';
import { siteStructure } from '../navigation/navigation.ts';
import { buildQuery } from '../search/query.ts';
import { watchRebuilds } from '../search/rebuild-watch.ts';
import { type SearchFacet, type SearchSource, searchSources, searchTag } from '../search/registry.ts';
import {
  countResults,
  DEFAULT_PAGE_SIZE,
  type SearchHit,
  type SearchRequest,
  searchDocuments,
  suggestTitles,
} from '../search/search.service.ts';
import { suggestSpelling } from '../search/spelling.ts';
import { type Alternative, type ResultView, SearchPage } from './search-page.tsx';
import {
  hasFilters,
  parseSearchParams,
  type SearchParams,
  searchHref,
  vietnamDayStart,
} from './search-params.ts';

/** A run of three or more Chinese characters (a query part that can be split). */
const HAN_RUN = /^\p{Script=Han}{3,}$/u;

/** Retry-After of the results page while the index is being built at start. */
const REBUILDING_RETRY_SECONDS = 120;

/** The site and its component sites (departments, communes) below it. */
export function sitesInScope(all: Site[], site: Site): Site[] {
  const ids = new Set(descendantIds(all, (candidate) => candidate.parentId, site.id));
  return all.filter((candidate) => ids.has(candidate.id));
}

/**
 * One result for an item republished on several sites of the province (same type, title,
 * language and publication time): the copy on this site if there is one, naming the others.
 */
export function republishedTogether(hits: SearchHit[], siteId: number): { hit: SearchHit; also: number[] }[] {
  const groups = new Map<string, { hit: SearchHit; also: number[] }>();
  for (const hit of hits) {
    const key = [hit.type, hit.lang, hit.publishedAt, hit.title.map((segment) => segment.text).join('')].join(
      '\u0000',
    );
    const group = groups.get(key);
    if (!group) groups.set(key, { hit, also: [] });
    else if (hit.siteId === siteId && group.hit.siteId !== siteId) {
      group.also.push(group.hit.siteId);
      group.hit = hit;
    } else if (hit.siteId !== group.hit.siteId && !group.also.includes(hit.siteId))
      group.also.push(hit.siteId);
  }
  return [...groups.values()];
}

/**
 * The dates results show instead of their publication date (SearchSource.resultDates: a legal
 * document's issue date), keyed "type:itemId".
 */
async function resultDates(
  db: AppServices['db'],
  sources: SearchSource[],
  hits: SearchHit[],
  lang: LanguageCode,
): Promise<Map<string, { day: string; label: string }>> {
  const dates = new Map<string, { day: string; label: string }>();
  for (const source of sources) {
    if (!source.resultDates) continue;
    const ids = hits.filter((hit) => hit.type === source.type).map((hit) => hit.itemId);
    if (ids.length === 0) continue;
    for (const [id, date] of await source.resultDates(db, ids, lang))
      dates.set(`${source.type}:${id}`, { day: date.date, label: date.label });
  }
  return dates;
}

/** The results page (/tim-kiem, /en/search, /zh/search) and the type-ahead API. */
export async function searchRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const stopWatching = watchRebuilds(services);
  app.addHook('onClose', async () => stopWatching());
  for (const lang of languages) {
    app.get(searchUrl(lang), { config: { longQuery: true } }, async (request, reply) =>
      renderSearch(lang, request, reply),
    );
  }

  app.get(
    '/api/v1/search/suggest',
    // One reader sends a request per pause in typing; several share an office's address.
    { config: { access: 'public', longQuery: true, rateLimit: { max: 600, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const site = request.site;
      const langParam = typeof query.lang === 'string' ? query.lang : 'vi';
      const lang: LanguageCode = isLanguage(langParam) ? langParam : 'vi';
      const siteIds = site ? (query.scope === 'all' ? sitesInScope(services.sites.all(), site) : [site]) : [];
      // While the index is being built at start, it would suggest from part of the titles.
      const suggestions =
        site && !services.searchIndex.rebuilding
          ? await suggestTitles(services.db, {
              q: query.q,
              siteIds: siteIds.map((item) => item.id),
              lang,
              now: services.clock().toISOString(),
            })
          : [];
      reply.header('cache-control', 'private, max-age=10');
      return {
        suggestions: suggestions.map((suggestion) => ({
          title: suggestion.title,
          url: suggestion.siteId === site?.id ? suggestion.url : absoluteUrl(suggestion),
        })),
      };
    },
  );

  /** The options of the filters a site configures (legal document types …), by "type name". */
  async function siteFacetOptions(
    sources: SearchSource[],
    siteId: number | undefined,
    lang: LanguageCode,
  ): Promise<Map<string, { value: string; label: string }[]>> {
    const found = new Map<string, { value: string; label: string }[]>();
    if (siteId === undefined) return found;
    for (const source of sources)
      for (const facet of source.facets ?? [])
        if (facet.siteOptions)
          found.set(`${source.type} ${facet.name}`, await facet.siteOptions(services.db, siteId, lang));
    return found;
  }

  /** A link to another site of the province: its configured origin (ADR 0016). */
  function absoluteUrl(hit: { siteId: number; url: string }) {
    const other = services.sites.byId(hit.siteId);
    return other ? `${siteOrigin(services, other)}${hit.url}` : hit.url;
  }

  async function renderSearch(lang: LanguageCode, request: FastifyRequest, reply: FastifyReply) {
    const sources = searchSources();
    const facetOptions = await siteFacetOptions(sources, request.site?.id, lang);
    const optionsOf = (type: string, facet: SearchFacet) =>
      facetOptions.get(`${type} ${facet.name}`) ?? facet.options(lang);
    const params = parseSearchParams(
      request.query,
      lang,
      sources.map((source) => source.type),
      (type) =>
        (sources.find((source) => source.type === type)?.facets ?? []).map((facet) => ({
          name: facet.name,
          values: optionsOf(type, facet).map((option) => option.value),
        })),
    );
    if (!params) throw new AppError('BAD_REQUEST');
    const ctx = await pageContext(request, reply, services);
    // The language switch keeps the search (the language filter follows the page's language
    // unless "every language" was chosen).
    ctx.alternates = Object.fromEntries(
      languages.map((code) => [
        code,
        searchHref(code, { ...params, lang: params.lang === 'all' ? 'all' : code, page: 1 }),
      ]),
    );
    const site = ctx.site;
    const scoped = sitesInScope(services.sites.all(), site);
    const sites = params.scope === 'all' ? scoped : [site];
    const structure = await siteStructure(services, site.id, lang);
    const category = params.category
      ? structure.categories.find((item) => item.id === params.category)
      : undefined;
    const request_: SearchRequest = {
      q: params.q,
      siteIds: sites.map((item) => item.id),
      lang: params.lang === 'all' ? undefined : params.lang,
      types: params.type ? [params.type] : undefined,
      categoryIds: category ? categoryDescendants(structure.categories, category.id) : undefined,
      facets: params.facets
        ? Object.fromEntries(Object.entries(params.facets).map(([name, value]) => [name, [value]]))
        : undefined,
      from: params.from ? vietnamDayStart(params.from) : undefined,
      to: params.to ? vietnamDayStart(params.to, true) : undefined,
      sort: params.sort,
      page: params.page,
      pageSize: DEFAULT_PAGE_SIZE,
      now: services.clock().toISOString(),
    };
    // While the index is being built at start, a partial answer would mislead: say so instead.
    const rebuilding = params.q !== '' && services.searchIndex.rebuilding;
    const results = params.q && !rebuilding ? await searchDocuments(services.db, request_) : undefined;
    const href = (changes: Partial<SearchParams>) => searchHref(lang, { ...params, page: 1, ...changes });
    const labels = new Map(sources.map((source) => [source.type, source.label(lang)]));
    const categoryNames = new Map(structure.categories.map((item) => [item.id, item.name]));
    const dates = await resultDates(services.db, sources, results?.hits ?? [], lang);
    const views: ResultView[] = republishedTogether(results?.hits ?? [], site.id).map(({ hit, also }) => {
      const details = [labels.get(hit.type) ?? hit.type];
      const section =
        hit.siteId === site.id && hit.categoryId ? categoryNames.get(hit.categoryId) : undefined;
      if (section) details.push(section);
      const siteName = (id: number) => {
        const other = services.sites.byId(id);
        return other ? localize(other.name, lang) : undefined;
      };
      const hitSite = siteName(hit.siteId);
      if (hit.siteId !== site.id && hitSite) details.push(ctx.t.search.onSite(hitSite));
      const others = also.map(siteName).filter((name): name is string => name !== undefined);
      if (others.length > 0) details.push(ctx.t.search.alsoOn(others.join(', ')));
      return {
        key: hit.id,
        href: hit.siteId === site.id ? hit.url : absoluteUrl(hit),
        title: hit.title,
        snippet: hit.snippet,
        file: hit.file,
        publishedAt: hit.publishedAt,
        date: dates.get(`${hit.type}:${hit.itemId}`),
        details,
        lang: hit.lang !== lang ? hit.lang : undefined,
      };
    });
    // Only when the query finds nothing or little: the common query pays nothing for it.
    const corrected = results ? await suggestSpelling(services.db, request_, results.total) : undefined;
    const didYouMean = corrected ? { q: corrected.q, href: href({ q: corrected.q }) } : undefined;
    const alternatives =
      results && results.total === 0
        ? await broaderSearches(params, request_, scoped, href, ctx.t.search)
        : [];
    const html = renderDocument(
      <SearchPage
        ctx={ctx}
        params={params}
        results={results}
        views={views}
        alternatives={alternatives}
        didYouMean={didYouMean}
        types={sources.map((source) => ({ value: source.type, label: source.label(lang) }))}
        facets={(sources.find((source) => source.type === params.type)?.facets ?? []).map((facet) => ({
          name: facet.name,
          label: facet.label(lang),
          options: optionsOf(params.type ?? '', facet),
        }))}
        categories={structure.categories.map((item) => ({ value: item.id, label: item.name }))}
        offerScope={scoped.length > 1}
        pageSize={DEFAULT_PAGE_SIZE}
        href={href}
        rebuilding={rebuilding}
      />,
    );
    if (rebuilding) {
      reply.header('cache-control', 'no-store').header('retry-after', String(REBUILDING_RETRY_SECONDS));
      return reply.code(503).type('text/html; charset=utf-8').send(html);
    }
    const tags = new Set([...listingTags(site.id), ...sites.map((item) => searchTag(item.id))]);
    for (const item of sites) tags.add(`articles:${item.id}`);
    return sendPage(request, reply, services.pageCache, html, { tags: [...tags] });
  }

  /** When nothing matched: broader searches that do find something, with their counts. */
  async function broaderSearches(
    params: SearchParams,
    request: SearchRequest,
    scoped: Site[],
    href: (changes: Partial<SearchParams>) => string,
    t: Messages['search'],
  ): Promise<Alternative[]> {
    const query = buildQuery(params.q);
    const candidates: { label: string; changes: Partial<SearchParams>; request: SearchRequest }[] = [];
    if (query.unaccented !== query.text) {
      candidates.push({
        label: t.tryUnaccented(query.unaccented),
        changes: { q: query.unaccented },
        request: { ...request, q: query.unaccented },
      });
    }
    if (query.hasPhrase) {
      const words = query.parts.join(' ');
      candidates.push({
        label: t.tryWithoutQuotes(words),
        changes: { q: words },
        request: { ...request, q: words },
      });
    }
    // A Chinese run must match as written; its parts apart find more (best split of the first long run).
    const runIndex = query.hasPhrase ? -1 : query.parts.findIndex((part) => HAN_RUN.test(part));
    if (runIndex >= 0) {
      const chars = Array.from(query.parts[runIndex]!);
      let best: { q: string; count: number } | undefined;
      for (let at = 1; at < Math.min(chars.length, 7); at++) {
        const split = `${chars.slice(0, at).join('')} ${chars.slice(at).join('')}`;
        const q = query.parts.map((part, index) => (index === runIndex ? split : part)).join(' ');
        const count = await countResults(services.db, { ...request, q });
        if (count > (best?.count ?? 0)) best = { q, count };
      }
      if (best)
        candidates.push({
          label: t.trySplit(best.q),
          changes: { q: best.q },
          request: { ...request, q: best.q },
        });
    }
    // Leaving out a word of a quoted phrase would change the phrase; "without quotes" covers it.
    if (query.parts.length >= 2 && !query.hasPhrase) {
      // Leave out one word: the variant that finds the most (the first six words are tried).
      let best: { q: string; count: number } | undefined;
      for (let skip = 0; skip < Math.min(query.parts.length, 6); skip++) {
        const fewer = query.parts.filter((_, index) => index !== skip).join(' ');
        const count = await countResults(services.db, { ...request, q: fewer });
        if (count > (best?.count ?? 0)) best = { q: fewer, count };
      }
      if (best) {
        candidates.push({
          label: t.tryFewerWords(best.q),
          changes: { q: best.q },
          request: { ...request, q: best.q },
        });
      }
    }
    if (hasFilters(params)) {
      candidates.push({
        label: t.tryWithoutFilters,
        changes: { type: undefined, category: undefined, from: undefined, to: undefined, facets: undefined },
        request: {
          ...request,
          types: undefined,
          categoryIds: undefined,
          facets: undefined,
          from: undefined,
          to: undefined,
        },
      });
    }
    if (params.lang !== 'all') {
      candidates.push({
        label: t.tryAllLanguages,
        changes: { lang: 'all' },
        request: { ...request, lang: undefined },
      });
    }
    if (params.scope !== 'all' && scoped.length > 1) {
      candidates.push({
        label: t.tryWholeProvince,
        changes: { scope: 'all' },
        request: { ...request, siteIds: scoped.map((item) => item.id) },
      });
    }
    const alternatives: Alternative[] = [];
    for (const candidate of candidates) {
      const count = await countResults(services.db, candidate.request);
      if (count > 0) alternatives.push({ label: candidate.label, href: href(candidate.changes), count });
    }
    return alternatives;
  }
}
