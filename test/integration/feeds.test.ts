import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Fastify from 'fastify';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageOfPath } from '../../src/i18n/index.ts';
import { feedRoutes } from '../../src/modules/feeds/feeds.routes.ts';
import { registerErrorHandling } from '../../src/platform/error-handler.ts';
import { createPageCache } from '../../src/platform/page-cache.ts';
import { localize } from '../../src/platform/sites/site.ts';
import { createArticle, createCategory, createPage, createSite, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

const ORIGIN = 'https://portal.example.gov.vn';
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name, jpath) =>
    name === 'xhtml:link' ||
    ['rss.channel.item', 'urlset.url', 'sitemapindex.sitemap'].includes(String(jpath)),
});

interface Item {
  title: string;
  link: string;
  guid: { '#text': string; '@isPermaLink': string };
  pubDate: string;
  description: string;
  category: string;
}
interface UrlEntry {
  loc: string;
  lastmod: string;
  'xhtml:link'?: { '@hreflang': string; '@href': string }[];
}

let t: TestApp;
let siteId: number;
let news: number;
const ids: Record<string, number> = {};
const at = (day: number, hour = 1) => `2026-11-${String(day).padStart(2, '0')}T0${hour}:00:00.000Z`;

/** Fetches a URL, checks it is well-formed XML and returns it parsed. */
async function fetchXml(url: string, headers: Record<string, string> = {}) {
  const response = await t.app.inject({ url, headers });
  expect(response.statusCode, url).toBe(200);
  expect(XMLValidator.validate(response.body), url).toBe(true);
  return { response, xml: parser.parse(response.body) };
}

async function feedItems(url: string): Promise<Item[]> {
  const { xml } = await fetchXml(url);
  return xml.rss.channel.item ?? [];
}

async function sitemapUrls(url = '/sitemap.xml', headers: Record<string, string> = {}): Promise<UrlEntry[]> {
  const { xml } = await fetchXml(url, headers);
  return xml.urlset.url;
}

beforeAll(async () => {
  // Fixed clock: 29/11/2026; anything published later is scheduled, not public.
  t = await createTestApp({ clock: () => new Date('2026-11-29T03:00:00Z'), env: { PUBLIC_URL: ORIGIN } });
  const db = t.services.db;
  siteId = await defaultSiteId(db);
  news = await createCategory(db, siteId, {
    name: 'Tin tức',
    translations: { en: { name: 'News', slug: 'news' }, zh: { name: '新闻动态', slug: 'news' } },
  });
  const economy = await createCategory(db, siteId, {
    name: 'Kinh tế',
    parentId: news,
    translations: { en: { name: 'Economy', slug: 'economy' } },
  });
  const documents = await createCategory(db, siteId, { name: 'Văn bản' });
  const about = await createPage(db, siteId, { title: 'Giới thiệu' });
  await createPage(db, siteId, { title: 'Lịch sử', parentId: about });

  const article = (category: number, title: string, day: number, extra: Record<string, unknown> = {}) =>
    createArticle(db, siteId, category, {
      title,
      published_at: at(day),
      created_at: at(day),
      updated_at: at(day),
      ...extra,
    });
  ids.conference = await article(news, 'Hội nghị "Chuyển đổi số" & <AI>', 20, {
    translation_group: 'group-conference',
  });
  ids.conferenceEn = await article(news, 'Digital transformation conference', 20, {
    lang: 'en',
    translation_group: 'group-conference',
    published_at: at(20, 2),
  });
  ids.market = await article(economy, 'Thị trường nông sản', 25);
  ids.marketEn = await article(economy, 'Farm produce market', 24, { lang: 'en' });
  ids.decree = await article(documents, 'Nghị định mới', 10);
  ids.draft = await article(news, 'Bản nháp chưa duyệt', 26, { status: 'draft' });
  ids.future = await article(news, 'Tin hẹn giờ đăng', 26, { published_at: '2026-12-05T01:00:00.000Z' });
  for (let n = 1; n <= 32; n++) {
    await article(documents, `Thông báo số ${n}`, 1, {
      published_at: `2026-10-${String((n % 28) + 1).padStart(2, '0')}T00:00:00.000Z`,
    });
  }

  // Fixed change times everywhere, so Last-Modified and lastmod are predictable.
  const earlier = '2026-11-01T00:00:00.000Z';
  for (const table of ['sites', 'categories', 'pages'] as const) {
    await db.updateTable(table).set({ updated_at: earlier }).execute();
  }

  const other = await createSite(db, { name: 'Sở Khoa học', hostnames: ['skhcn.example.gov.vn'] });
  const otherNews = await createCategory(db, other, { name: 'Tin tức' });
  ids.other = await createArticle(db, other, otherNews, { title: 'Tin của sở', published_at: at(27) });
  await t.services.sites.reload();
});
afterAll(async () => t?.close());

describe('RSS feeds', () => {
  it('lists the 30 newest public Vietnamese articles, newest first, with absolute links', async () => {
    const { response, xml } = await fetchXml('/rss.xml');
    expect(response.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const channel = xml.rss.channel;
    const siteName = localize(t.services.sites.byId(siteId)!.name, 'vi');
    expect(channel.title).toBe(siteName);
    expect(channel.link).toBe(`${ORIGIN}/`);
    expect(channel.language).toBe('vi');
    expect(channel.description).toContain(siteName);
    expect(channel['atom:link']['@href']).toBe(`${ORIGIN}/rss.xml`);
    expect(channel['atom:link']['@rel']).toBe('self');
    expect(channel.image.url).toBe(`${ORIGIN}/assets/emblem.svg`);
    expect(channel.lastBuildDate).toBe('Wed, 25 Nov 2026 01:00:00 GMT');

    const items: Item[] = channel.item;
    expect(items).toHaveLength(30);
    expect(items.slice(0, 3).map((item) => item.title)).toEqual([
      'Thị trường nông sản',
      'Hội nghị "Chuyển đổi số" & <AI>',
      'Nghị định mới',
    ]);
    const times = items.map((item) => Date.parse(item.pubDate));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(items[1]).toMatchObject({
      link: `${ORIGIN}/tin-tuc/hoi-nghi-chuyen-doi-so-ai-${ids.conference}`,
      guid: {
        '#text': `${ORIGIN}/tin-tuc/hoi-nghi-chuyen-doi-so-ai-${ids.conference}`,
        '@isPermaLink': 'true',
      },
      pubDate: 'Fri, 20 Nov 2026 01:00:00 GMT',
      // HTML-escaped inside CDATA: a reader that renders it as HTML shows the text, not a tag.
      description: 'Tóm tắt: Hội nghị &quot;Chuyển đổi số&quot; &amp; &lt;AI&gt;',
      category: 'Tin tức',
    });
    expect(items[0]?.link).toBe(`${ORIGIN}/kinh-te/thi-truong-nong-san-${ids.market}`);
    for (const item of items) expect(item.link.startsWith(`${ORIGIN}/`)).toBe(true);
    const titles = items.map((item) => item.title);
    for (const hidden of ['Bản nháp chưa duyệt', 'Tin hẹn giờ đăng', 'Tin của sở', 'Farm produce market'])
      expect(titles).not.toContain(hidden);
  });

  it('serves each language its own articles and language code', async () => {
    const { xml } = await fetchXml('/en/rss.xml');
    expect(xml.rss.channel.language).toBe('en');
    expect(xml.rss.channel.link).toBe(`${ORIGIN}/en/`);
    expect(xml.rss.channel['atom:link']['@href']).toBe(`${ORIGIN}/en/rss.xml`);
    expect(xml.rss.channel.item.map((item: Item) => item.link)).toEqual([
      `${ORIGIN}/en/economy/farm-produce-market-${ids.marketEn}`,
      `${ORIGIN}/en/news/digital-transformation-conference-${ids.conferenceEn}`,
    ]);
    const chinese = await fetchXml('/zh/rss.xml');
    expect(chinese.xml.rss.channel.language).toBe('zh-Hans');
    expect(chinese.xml.rss.channel.item).toBeUndefined();
  });

  it('gives a category feed with its sub-categories', async () => {
    const { xml } = await fetchXml('/rss/tin-tuc.xml');
    const channel = xml.rss.channel;
    expect(channel.title).toMatch(/ — Tin tức$/);
    expect(channel.link).toBe(`${ORIGIN}/tin-tuc`);
    expect(channel['atom:link']['@href']).toBe(`${ORIGIN}/rss/tin-tuc.xml`);
    expect(channel.item.map((item: Item) => [item.title, item.category])).toEqual([
      ['Thị trường nông sản', 'Kinh tế'],
      ['Hội nghị "Chuyển đổi số" & <AI>', 'Tin tức'],
    ]);
    expect((await feedItems('/rss/kinh-te.xml')).map((item) => item.title)).toEqual(['Thị trường nông sản']);
    expect((await feedItems('/en/rss/news.xml')).map((item) => item.title)).toEqual([
      'Farm produce market',
      'Digital transformation conference',
    ]);
  });

  it('answers unknown categories with 404', async () => {
    for (const url of ['/rss/khong-co.xml', '/en/rss/tin-tuc.xml', '/zh/rss/economy.xml']) {
      expect((await t.app.inject({ url })).statusCode, url).toBe(404);
    }
  });

  it('carries markup in a title or summary as text a reader cannot run', async () => {
    const db = t.services.db;
    const other = t.services.sites.forHost('skhcn.example.gov.vn')!;
    const category = await createCategory(db, other.id, { name: 'Cảnh báo', slug: 'canh-bao' });
    const hostile = 'Lừa đảo <script>alert(1)</script> &amp; ]]> <img src=x onerror=alert(2)>';
    await createArticle(db, other.id, category, { title: hostile, lead: hostile, published_at: at(26) });
    const { xml } = await fetchXml('/rss/canh-bao.xml', { host: 'skhcn.example.gov.vn' });
    const [item] = xml.rss.channel.item as Item[];
    expect(item?.title).toBe(hostile);
    // A reader that puts the description into a page as HTML gets text, with no element in it.
    const container = new Window().document.createElement('div');
    container.innerHTML = String(item?.description);
    expect(container.querySelectorAll('*').length).toBe(0);
    expect(container.textContent).toBe(hostile);
  });

  it('answers If-None-Match with 304', async () => {
    for (const url of ['/rss.xml', '/rss/tin-tuc.xml', '/sitemap.xml', '/robots.txt']) {
      const first = await t.app.inject({ url });
      const etag = String(first.headers.etag);
      expect(etag, url).toMatch(/^W\/"/);
      expect(first.headers['last-modified'], url).toBeTruthy();
      const again = await t.app.inject({ url, headers: { 'if-none-match': etag } });
      expect(again.statusCode, url).toBe(304);
      expect(again.body).toBe('');
    }
  });
});

describe('XML sitemap', () => {
  it('lists every public URL of the site with lastmod', async () => {
    const { response } = await fetchXml('/sitemap.xml');
    expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
    const urls = await sitemapUrls();
    const locs = urls.map((url) => url.loc);
    expect(new Set(locs).size).toBe(locs.length);
    const fixed = '/ /en/ /zh/ /so-do-cong /en/sitemap /zh/sitemap /tin-tuc /kinh-te /van-ban /en/news';
    for (const path of [
      ...fixed.split(' '),
      ...'/en/economy /zh/news /gioi-thieu /gioi-thieu/lich-su'.split(' '),
      `/tin-tuc/hoi-nghi-chuyen-doi-so-ai-${ids.conference}`,
      `/en/news/digital-transformation-conference-${ids.conferenceEn}`,
      `/kinh-te/thi-truong-nong-san-${ids.market}`,
      `/van-ban/nghi-dinh-moi-${ids.decree}`,
    ]) {
      expect(locs, path).toContain(`${ORIGIN}${path}`);
    }
    // 3 homes + 3 site maps + 6 categories + 2 pages + 37 articles.
    expect(locs).toHaveLength(51);
    for (const hidden of [ids.draft, ids.future]) {
      expect(locs.some((loc) => loc.endsWith(`-${hidden}`))).toBe(false);
    }
    for (const url of urls) expect(url.lastmod, url.loc).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const market = urls.find((url) => url.loc.endsWith(`-${ids.market}`));
    expect(market?.lastmod).toBe('2026-11-25T01:00:00Z');
    expect(urls.find((url) => url.loc === `${ORIGIN}/`)?.lastmod).toBe('2026-11-25T01:00:00Z');
  });

  it('links language versions with hreflang alternates', async () => {
    const urls = await sitemapUrls();
    const alternates = (loc: string) =>
      urls
        .find((url) => url.loc === `${ORIGIN}${loc}`)
        ?.['xhtml:link']?.map((link) => [link['@hreflang'], link['@href'].slice(ORIGIN.length)]);
    const article = [
      ['vi', `/tin-tuc/hoi-nghi-chuyen-doi-so-ai-${ids.conference}`],
      ['en', `/en/news/digital-transformation-conference-${ids.conferenceEn}`],
    ];
    expect(alternates(article[0]![1]!)).toEqual(article);
    expect(alternates(article[1]![1]!)).toEqual(article);
    const homes = [
      ['vi', '/'],
      ['en', '/en/'],
      ['zh-Hans', '/zh/'],
      ['x-default', '/'],
    ];
    expect(alternates('/')).toEqual(homes);
    expect(alternates('/zh/')).toEqual(homes);
    expect(alternates('/en/news')).toEqual([
      ['vi', '/tin-tuc'],
      ['en', '/en/news'],
      ['zh-Hans', '/zh/news'],
    ]);
    expect(alternates(`/kinh-te/thi-truong-nong-san-${ids.market}`)).toBeUndefined();
    expect(alternates('/van-ban')).toBeUndefined();
  });

  it('serves each site its own sitemap and robots.txt', async () => {
    const host = { host: 'skhcn.example.gov.vn' };
    const locs = (await sitemapUrls('/sitemap.xml', host)).map((url) => url.loc);
    // The sub-site's primary hostname with PUBLIC_URL's scheme (ADR 0016).
    expect(locs).toContain(`https://skhcn.example.gov.vn/tin-tuc/tin-cua-so-${ids.other}`);
    expect(locs.every((loc) => loc.startsWith('https://skhcn.example.gov.vn/'))).toBe(true);
    const robots = await t.app.inject({ url: '/robots.txt', headers: host });
    expect(robots.body).toContain('Sitemap: https://skhcn.example.gov.vn/sitemap.xml');
  });

  it('has no parts while it fits in one file', async () => {
    expect((await t.app.inject({ url: '/sitemap-1.xml' })).statusCode).toBe(404);
  });

  it('splits into an index and parts past the limit', async () => {
    const expected = (await sitemapUrls()).map((url) => url.loc);
    const small = Fastify({ logger: false });
    const services = { ...t.services, pageCache: createPageCache({ enabled: false }) };
    small.decorateRequest('site', undefined);
    small.decorateRequest('lang', 'vi');
    small.addHook('onRequest', async (request) => {
      request.lang = languageOfPath(request.url);
      request.site = services.sites.forHost(request.host);
    });
    registerErrorHandling(small, services);
    await feedRoutes(small, services, { sitemapLimit: 20 });
    try {
      const index = await small.inject({ url: '/sitemap.xml' });
      expect(XMLValidator.validate(index.body)).toBe(true);
      const parts = parser.parse(index.body).sitemapindex.sitemap as { loc: string; lastmod: string }[];
      expect(parts.map((part) => part.loc)).toEqual([1, 2, 3].map((n) => `${ORIGIN}/sitemap-${n}.xml`));
      const locs: string[] = [];
      for (const part of parts) {
        const response = await small.inject({ url: part.loc.slice(ORIGIN.length) });
        expect(response.statusCode).toBe(200);
        expect(XMLValidator.validate(response.body)).toBe(true);
        const urls = parser.parse(response.body).urlset.url as UrlEntry[];
        expect(urls.length).toBeLessThanOrEqual(20);
        locs.push(...urls.map((url) => url.loc));
      }
      expect(locs).toEqual(expected);
      expect((await small.inject({ url: '/sitemap-4.xml' })).statusCode).toBe(404);
    } finally {
      await small.close();
    }
  });
});

describe('robots.txt', () => {
  it('allows crawling except the admin and API and names the sitemap', async () => {
    const response = await t.app.inject({ url: '/robots.txt' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.body.split('\n')).toEqual([
      'User-agent: *',
      'Allow: /',
      'Disallow: /admin',
      'Disallow: /api/',
      '',
      `Sitemap: ${ORIGIN}/sitemap.xml`,
      '',
    ]);
  });
});

describe('cache purging', () => {
  it('shows a new article once its write purges the articles tag', async () => {
    const before = await t.app.inject({ url: '/rss.xml' });
    expect((await t.app.inject({ url: '/rss.xml' })).headers['x-cache']).toBe('HIT');
    await createArticle(t.services.db, siteId, news, {
      title: 'Tin vừa đăng',
      published_at: at(28),
      updated_at: at(28),
    });
    t.services.pageCache.purge([`articles:${siteId}`]);
    const after = await t.app.inject({ url: '/rss.xml' });
    expect(after.headers['x-cache']).toBe('MISS');
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(parser.parse(after.body).rss.channel.item[0].title).toBe('Tin vừa đăng');
  });
});
