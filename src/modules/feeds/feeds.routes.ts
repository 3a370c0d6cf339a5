import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LanguageCode } from '../../db/schema.ts';
import { languageInfo, languages, messages } from '../../i18n/index.ts';
import { AppError } from '../../platform/errors.ts';
import { sendPage } from '../../platform/http-cache.ts';
import type { AppServices } from '../../platform/services.ts';
import { localize, type Site, siteOrigin } from '../../platform/sites/site.ts';
import { sendFavicon } from '../../web/assets.ts';
import {
  articleUrl,
  categoryFeedUrl,
  categoryUrl,
  feedUrl,
  homeUrl,
  pageUrl,
  sitemapUrl,
} from '../../web/urls.ts';
import { articlesRepository } from '../articles/articles.repository.ts';
import { categoriesRepository, categoryDescendants } from '../categories/categories.repository.ts';
import { loadStructure, type SiteStructure } from '../navigation/navigation.ts';
import { pagePath } from '../pages/pages.repository.ts';
import { newest, type RssItem, renderRss } from './rss.ts';
import { securityTxtRoutes } from './security-txt.ts';
import { sitemapSources } from './sitemap-sources.ts';
import { type SitemapAlternate, type SitemapEntry, sitemapDocument } from './sitemap-xml.ts';

/** Articles per RSS feed. */
export const FEED_SIZE = 30;

const RSS_TYPE = 'application/rss+xml; charset=utf-8';
const XML_TYPE = 'application/xml; charset=utf-8';
const TEXT_TYPE = 'text/plain; charset=utf-8';

export interface FeedRouteOptions {
  /** URLs per sitemap file before /sitemap.xml becomes an index (tests lower it). */
  sitemapLimit?: number;
}

/** A public URL before its language alternates are worked out. */
interface SitemapLink {
  loc: string;
  lastmod: string | undefined;
  lang: LanguageCode;
  /** Links sharing a group are language versions of one page. */
  group: string;
}

function requireSite(request: FastifyRequest): Site {
  if (!request.site) throw new AppError('NOT_FOUND');
  return request.site;
}

/** The emblem's absolute URL: a site path under the origin, or an absolute URL as it is. */
function absoluteEmblem(emblem: string, origin: string): string | undefined {
  if (emblem.startsWith('/') && !emblem.startsWith('//')) return origin + emblem;
  return /^https?:\/\//.test(emblem) && URL.canParse(emblem) ? emblem : undefined;
}

/** Tags every write to articles, categories, pages or the site purges. */
function cacheTags(siteId: number): string[] {
  return [
    `site:${siteId}`,
    `menu:${siteId}`,
    `articles:${siteId}`,
    ...sitemapSources().flatMap((source) => source.tags(siteId)),
  ];
}

/**
 * Gives each link its hreflang alternates (every language version, itself included) when its
 * group has more than one language, in language order; the homes also name the Vietnamese one
 * as x-default.
 */
function withAlternates(links: SitemapLink[]): SitemapEntry[] {
  const groups = new Map<string, SitemapAlternate[]>();
  for (const link of links) {
    const hreflang = languageInfo[link.lang].htmlLang;
    const group = groups.get(link.group) ?? [];
    if (!group.some((alternate) => alternate.hreflang === hreflang)) group.push({ hreflang, href: link.loc });
    groups.set(link.group, group);
  }
  const rank = (hreflang: string) => languages.findIndex((lang) => languageInfo[lang].htmlLang === hreflang);
  for (const group of groups.values()) group.sort((a, b) => rank(a.hreflang) - rank(b.hreflang));
  const home = groups.get('home');
  const vietnameseHome = home?.find((alternate) => alternate.hreflang === languageInfo.vi.htmlLang);
  if (home && vietnameseHome) home.push({ hreflang: 'x-default', href: vietnameseHome.href });
  return links.map((link) => {
    const group = groups.get(link.group) ?? [];
    return { loc: link.loc, lastmod: link.lastmod, alternates: group.length > 1 ? group : undefined };
  });
}

/** Every public URL of a site, in all languages, with its last change and language versions. */
export async function sitemapEntries(
  services: AppServices,
  site: Site,
  origin: string,
  now: string,
): Promise<SitemapEntry[]> {
  const structures = new Map<LanguageCode, SiteStructure>(
    await Promise.all(
      languages.map(async (lang) => [lang, await loadStructure(services.db, site.id, lang)] as const),
    ),
  );
  const articles = await articlesRepository(services.db).listAllPublic(site.id, now);

  // The newest article change per language and per language and category.
  const latest = new Map<string, string>();
  for (const article of articles) {
    for (const key of [article.lang, `${article.lang}|${article.category_id}`]) {
      const known = latest.get(key);
      latest.set(key, newest(known, article.updated_at) ?? article.updated_at);
    }
  }

  const homes: SitemapLink[] = [];
  const maps: SitemapLink[] = [];
  const content: SitemapLink[] = [];
  for (const lang of languages) {
    const { categories, pages } = structures.get(lang) ?? { categories: [], pages: [] };
    const structureChange = newest(
      site.updatedAt,
      ...categories.map((category) => category.updatedAt),
      ...pages.map((page) => page.updatedAt),
    );
    homes.push({
      loc: origin + homeUrl(lang),
      lastmod: newest(structureChange, latest.get(lang)),
      lang,
      group: 'home',
    });
    maps.push({ loc: origin + sitemapUrl(lang), lastmod: structureChange, lang, group: 'sitemap' });
    for (const category of categories) {
      content.push({
        loc: origin + categoryUrl(lang, category.slug),
        lastmod: newest(category.updatedAt, latest.get(`${lang}|${category.id}`)),
        lang,
        group: `category:${category.id}`,
      });
    }
    for (const page of pages) {
      content.push({
        loc: origin + pageUrl(lang, pagePath(pages, page.id)),
        lastmod: page.updatedAt,
        lang,
        group: `page:${page.translationGroup}`,
      });
    }
  }
  for (const article of articles) {
    const categories = structures.get(article.lang)?.categories ?? [];
    const category = categories.find((candidate) => candidate.id === article.category_id);
    // Without a category name in its language an article has no public address.
    if (!category) continue;
    content.push({
      loc: origin + articleUrl(article.lang, category.slug, article.slug, article.id),
      lastmod: article.updated_at,
      lang: article.lang,
      group: `article:${article.translation_group}`,
    });
  }
  for (const source of sitemapSources())
    for (const link of await source.links(services.db, site.id))
      content.push({ ...link, loc: origin + link.path });
  return withAlternates([...homes, ...maps, ...content]);
}

/**
 * RSS 2.0 feeds (/rss.xml and /rss/{category}.xml per language), the XML sitemap (split into
 * an index past the URL limit) and robots.txt, all through the page cache with ETags; and
 * /.well-known/security.txt (security-txt.ts).
 */
export async function feedRoutes(
  app: FastifyInstance,
  services: AppServices,
  options: FeedRouteOptions = {},
): Promise<void> {
  const sitemapLimit = options.sitemapLimit;
  securityTxtRoutes(app, services);

  for (const lang of languages) {
    app.get(feedUrl(lang), async (request, reply) => sendFeed(lang, undefined, request, reply));
    app.get(`${languageInfo[lang].prefix}/rss/:slug.xml`, async (request, reply) => {
      const { slug } = request.params as { slug: string };
      return sendFeed(lang, slug, request, reply);
    });
  }

  app.get('/sitemap.xml', async (request, reply) => sendSitemap(undefined, request, reply));
  app.get('/sitemap-:part(^\\d{1,6}).xml', async (request, reply) => {
    const { part } = request.params as { part: string };
    return sendSitemap(Number(part), request, reply);
  });

  app.get('/favicon.ico', async (request, reply) => sendFavicon(reply, requireSite(request).emblem));

  app.get('/robots.txt', async (request, reply) => {
    const site = requireSite(request);
    const origin = siteOrigin(services, site);
    const body = [
      'User-agent: *',
      'Allow: /',
      'Disallow: /admin',
      'Disallow: /api/',
      '',
      `Sitemap: ${origin}/sitemap.xml`,
      '',
    ].join('\n');
    return sendPage(request, reply, services.pageCache, body, {
      tags: [`site:${site.id}`],
      contentType: TEXT_TYPE,
      lastModified: site.updatedAt,
    });
  });

  async function sendFeed(
    lang: LanguageCode,
    categorySlug: string | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ) {
    const site = requireSite(request);
    const now = services.clock().toISOString();
    const origin = siteOrigin(services, site);
    const t = messages(lang);
    const categories = await categoriesRepository(services.db).listForSite(site.id, lang);
    const category =
      categorySlug === undefined
        ? undefined
        : categories.find((candidate) => candidate.slug === categorySlug);
    if (categorySlug !== undefined && !category) throw new AppError('NOT_FOUND');

    // Only categories named in this language: their articles are the ones with an address.
    const categoryIds = category
      ? categoryDescendants(categories, category.id)
      : categories.map((candidate) => candidate.id);
    const articles = await articlesRepository(services.db).listPublished(
      { siteId: site.id, lang, categoryIds, limit: FEED_SIZE },
      now,
    );
    const byId = new Map(categories.map((candidate) => [candidate.id, candidate]));
    const items: RssItem[] = articles.flatMap((article) => {
      const own = byId.get(article.categoryId);
      if (!own) return [];
      return [
        {
          title: article.title,
          link: origin + articleUrl(lang, own.slug, article.slug, article.id),
          description: article.lead,
          pubDate: article.publishedAt,
          category: own.name,
        },
      ];
    });

    const siteName = localize(site.name, lang);
    const lastModified = newest(
      site.updatedAt,
      ...categories.map((candidate) => candidate.updatedAt),
      ...articles.map((article) => article.updatedAt),
    );
    const body = renderRss(
      {
        title: category ? `${siteName} — ${category.name}` : siteName,
        link: origin + (category ? categoryUrl(lang, category.slug) : homeUrl(lang)),
        description: category
          ? category.description.trim() || t.feeds.categoryDescription(category.name, siteName)
          : t.feeds.description(siteName),
        language: languageInfo[lang].htmlLang,
        lastBuildDate: lastModified,
        selfUrl: origin + (category ? categoryFeedUrl(lang, category.slug) : feedUrl(lang)),
        imageUrl: absoluteEmblem(site.emblem, origin),
      },
      items,
    );
    const tags = cacheTags(site.id);
    if (category) tags.push(`category:${category.id}`);
    return sendPage(request, reply, services.pageCache, body, { tags, contentType: RSS_TYPE, lastModified });
  }

  async function sendSitemap(part: number | undefined, request: FastifyRequest, reply: FastifyReply) {
    const site = requireSite(request);
    const origin = siteOrigin(services, site);
    const entries = await sitemapEntries(services, site, origin, services.clock().toISOString());
    const document = sitemapDocument(entries, origin, sitemapLimit, part);
    if (!document) throw new AppError('NOT_FOUND');
    return sendPage(request, reply, services.pageCache, document.body, {
      tags: cacheTags(site.id),
      contentType: XML_TYPE,
      lastModified: document.lastModified,
    });
  }
}
