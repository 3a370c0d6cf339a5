import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle, createCategory, createPage, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

/** Sunday 29/11/2026, 10:00 in Viet Nam: 21st day of the 10th lunar month of Bính Ngọ. */
const SUNDAY = new Date('2026-11-29T03:00:00Z');
let now = SUNDAY;
let t: TestApp;
const paths: Record<string, string> = {};

interface SwitchLink {
  href: string;
  lang: string;
  hreflang: string;
  current: boolean;
  home: boolean;
  html: string;
}

/** The header's language links by hreflang. */
function switchLinks(html: string): Record<string, SwitchLink> {
  const start = html.indexOf('<nav class="languages"');
  const nav = html.slice(start, html.indexOf('</nav>', start));
  const links: Record<string, SwitchLink> = {};
  for (const match of nav.matchAll(/<a ([^>]*)>(.*?)<\/a>/gs)) {
    const attributes = match[1] ?? '';
    const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1];
    const hreflang = attribute('hreflang') ?? '';
    links[hreflang] = {
      href: attribute('href') ?? '',
      lang: attribute('lang') ?? '',
      hreflang,
      current: attributes.includes('aria-current="true"'),
      home: attributes.includes('data-language-home'),
      html: match[2] ?? '',
    };
  }
  return links;
}

/** The <link rel="alternate" hreflang> of the head: hreflang → absolute href. */
function headAlternates(html: string): Record<string, string> {
  const head = html.slice(0, html.indexOf('</head>'));
  return Object.fromEntries(
    [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => [
      match[1] ?? '',
      match[2] ?? '',
    ]),
  );
}

async function page(url: string): Promise<string> {
  const response = await t.app.inject({ url });
  expect(response.statusCode, url).toBe(200);
  return response.body;
}

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  const db = t.services.db;
  const siteId = await defaultSiteId(db);
  const news = await createCategory(db, siteId, {
    name: 'Tin tức',
    showInMenu: true,
    translations: { en: { name: 'News', slug: 'news' }, zh: { name: '新闻动态', slug: 'xin-wen' } },
  });
  const economy = await createCategory(db, siteId, { name: 'Kinh tế', showInMenu: true });
  const published = '2026-11-28T02:00:00.000Z';
  const group = randomUUID();
  const vi = await createArticle(db, siteId, news, {
    title: 'Khai mạc lễ hội văn hóa',
    translation_group: group,
    published_at: published,
  });
  const en = await createArticle(db, siteId, news, {
    title: 'Cultural festival opens',
    lang: 'en',
    translation_group: group,
    published_at: published,
  });
  const alone = await createArticle(db, siteId, economy, {
    title: 'Sản xuất nông nghiệp tăng trưởng',
    published_at: published,
  });
  paths.viArticle = `/tin-tuc/khai-mac-le-hoi-van-hoa-${vi}`;
  paths.enArticle = `/en/news/cultural-festival-opens-${en}`;
  paths.aloneArticle = `/kinh-te/san-xuat-nong-nghiep-tang-truong-${alone}`;
  const about = await createPage(db, siteId, { title: 'Giới thiệu', showInMenu: true });
  const aboutEn = await createPage(db, siteId, { title: 'About', lang: 'en' });
  const aboutGroup = (
    await db.selectFrom('pages').select('translation_group').where('id', '=', about).executeTakeFirstOrThrow()
  ).translation_group;
  await db.updateTable('pages').set({ translation_group: aboutGroup }).where('id', '=', aboutEn).execute();
  await createPage(db, siteId, { title: 'Lịch sử', parentId: about });
  await t.services.sites.reload();
});
afterAll(async () => t?.close());

describe('the lunar date in the Vietnamese header', () => {
  const at = async (instant: string) => {
    now = new Date(instant);
    try {
      // The site map is rendered on every request (not from the page cache).
      return await page('/so-do-cong');
    } finally {
      now = SUNDAY;
    }
  };

  it('shows the lunar date with the can-chi year next to the solar date', async () => {
    const html = await page('/so-do-cong');
    expect(html).toContain('Chủ Nhật, 29/11/2026');
    expect(html).toMatch(
      /<span class="lunar-date"><span class="visually-hidden">Âm lịch: <\/span>Ngày 21 tháng 10 năm Bính Ngọ<\/span>/,
    );
  });

  it('says mùng, Giêng, Rằm and nhuận, and follows the date in Viet Nam', async () => {
    // 17/02/2026 00:30 in Viet Nam (still the 16th in UTC): Tết Bính Ngọ.
    expect(await at('2026-02-16T17:30:00Z')).toContain('Ngày mùng 1 tháng Giêng năm Bính Ngọ');
    expect(await at('2026-02-16T16:30:00Z')).toContain('tháng Chạp năm Ất Tỵ');
    expect(await at('2025-10-06T03:00:00Z')).toContain('Rằm tháng 8 năm Ất Tỵ');
    // Leap month 6 of Ất Tỵ began on 25/07/2025.
    expect(await at('2025-07-30T03:00:00Z')).toContain('Ngày mùng 6 tháng 6 nhuận năm Ất Tỵ');
  });

  it('shows a possible date next to the solar one, even when the new moon is just after midnight', async () => {
    const monday = await at('2026-12-07T03:00:00Z');
    expect(monday).toContain('Thứ Hai, 07/12/2026');
    expect(monday).toContain('Ngày 29 tháng 10 năm Bính Ngọ');
    // The new moon of 08/05/2054 falls just after midnight in Ha Noi: 07/05 is the 30th, not day 0.
    expect(await at('2054-05-07T16:59:00Z')).toContain('Ngày 30 tháng 3 năm Giáp Tuất');
    expect(await at('2054-05-07T17:01:00Z')).toContain('Ngày mùng 1 tháng 4 năm Giáp Tuất');
    expect(await at('2062-04-09T03:00:00Z')).toContain('Ngày 30 tháng 2 năm Nhâm Ngọ');
  });

  it('is only in the Vietnamese header', async () => {
    for (const url of ['/en/sitemap', '/zh/sitemap']) {
      const html = await page(url);
      expect(html).not.toContain('lunar-date');
      expect(html).not.toContain('Bính Ngọ');
    }
  });
});

describe('the language switch', () => {
  it('links the homes to each other, each link in its own language', async () => {
    const links = switchLinks(await page('/'));
    expect(Object.keys(links)).toEqual(['vi', 'en', 'zh-Hans']);
    expect(links.vi).toMatchObject({ href: '/', lang: 'vi', current: true, home: false });
    expect(links.en).toMatchObject({ href: '/en/', lang: 'en', current: false, home: false });
    expect(links['zh-Hans']).toMatchObject({ href: '/zh/', lang: 'zh-Hans', home: false });
    expect(links.en?.html).toBe('English');
    const english = switchLinks(await page('/en/'));
    expect(english.en?.current).toBe(true);
    expect(english.vi?.href).toBe('/');
  });

  it('goes from an article to its translation, and to the home with a marker where there is none', async () => {
    const html = await page(paths.viArticle ?? '');
    const links = switchLinks(html);
    expect(links.vi).toMatchObject({ href: paths.viArticle, current: true, home: false });
    expect(links.en).toMatchObject({ href: paths.enArticle, home: false });
    expect(links.en?.html).toBe('English');
    expect(links['zh-Hans']).toMatchObject({ href: '/zh/', lang: 'zh-Hans', home: true });
    // A visible marker and a sentence for screen readers, both in the link's language.
    expect(links['zh-Hans']?.html).toBe(
      '中文 <small class="language-home">（首页）</small><span class="visually-hidden"> 本页暂无中文版本，链接将打开中文首页。</span>',
    );
    expect(headAlternates(html)).toEqual({
      vi: `http://localhost:3000${paths.viArticle}`,
      en: `http://localhost:3000${paths.enArticle}`,
      'x-default': `http://localhost:3000${paths.viArticle}`,
    });

    const english = switchLinks(await page(paths.enArticle ?? ''));
    expect(english.vi).toMatchObject({ href: paths.viArticle, home: false });
    expect(english.en).toMatchObject({ href: paths.enArticle, current: true });
    expect(english['zh-Hans']).toMatchObject({ href: '/zh/', home: true });
  });

  it('marks both other languages on an article that has no translation', async () => {
    const html = await page(paths.aloneArticle ?? '');
    const links = switchLinks(html);
    expect(links.vi).toMatchObject({ href: paths.aloneArticle, current: true, home: false });
    expect(links.en).toMatchObject({ href: '/en/', home: true });
    expect(links.en?.html).toContain('<small class="language-home">(home)</small>');
    expect(links.en?.html).toContain('This page has no English version');
    expect(links['zh-Hans']).toMatchObject({ href: '/zh/', home: true });
    expect(headAlternates(html)).toEqual({});
  });

  it('goes from a category to the same category under its slug in each language', async () => {
    const html = await page('/tin-tuc');
    const links = switchLinks(html);
    expect(links.vi).toMatchObject({ href: '/tin-tuc', current: true, home: false });
    expect(links.en).toMatchObject({ href: '/en/news', home: false });
    expect(links['zh-Hans']).toMatchObject({ href: '/zh/xin-wen', home: false });
    expect(headAlternates(html)).toEqual({
      vi: 'http://localhost:3000/tin-tuc',
      en: 'http://localhost:3000/en/news',
      'zh-Hans': 'http://localhost:3000/zh/xin-wen',
      'x-default': 'http://localhost:3000/tin-tuc',
    });
    const chinese = switchLinks(await page('/zh/xin-wen'));
    expect(chinese.vi?.href).toBe('/tin-tuc');
    expect(chinese.en?.href).toBe('/en/news');
    expect(chinese['zh-Hans']).toMatchObject({ href: '/zh/xin-wen', current: true });

    const economy = switchLinks(await page('/kinh-te'));
    expect(economy.en).toMatchObject({ href: '/en/', home: true });
    expect(economy['zh-Hans']).toMatchObject({ href: '/zh/', home: true });
  });

  it('goes from a static page to its translation or to the home', async () => {
    const html = await page('/gioi-thieu');
    const links = switchLinks(html);
    expect(links.en).toMatchObject({ href: '/en/about', home: false });
    expect(links['zh-Hans']).toMatchObject({ href: '/zh/', home: true });
    expect(headAlternates(html)).toMatchObject({ en: 'http://localhost:3000/en/about' });
    const english = switchLinks(await page('/en/about'));
    expect(english.vi).toMatchObject({ href: '/gioi-thieu', home: false });
    const history = switchLinks(await page('/gioi-thieu/lich-su'));
    expect(history.vi).toMatchObject({ href: '/gioi-thieu/lich-su', current: true });
    expect(history.en).toMatchObject({ href: '/en/', home: true });
  });

  it('links the site maps to each other', async () => {
    const html = await page('/so-do-cong');
    const links = switchLinks(html);
    expect([links.vi?.href, links.en?.href, links['zh-Hans']?.href]).toEqual([
      '/so-do-cong',
      '/en/sitemap',
      '/zh/sitemap',
    ]);
    expect(Object.values(links).some((link) => link.home)).toBe(false);
    expect(headAlternates(html)).toMatchObject({ en: 'http://localhost:3000/en/sitemap' });
  });

  it('loads the language suggestion script on public pages', async () => {
    const html = await page('/');
    const src = /<script type="module" src="(\/assets\/language-hint\.[0-9a-f]{8}\.js)"><\/script>/.exec(
      html,
    )?.[1];
    const script = await t.app.inject({ url: src ?? '/' });
    expect(script.statusCode).toBe(200);
    expect(script.body).toContain('navigator.languages');
  });
});

describe('dates in each language', () => {
  it('lists and dates articles in the reader’s language', async () => {
    expect(await page('/tin-tuc')).toContain('28/11/2026');
    expect(await page('/en/news')).toContain('28/11/2026');
    expect(await page(paths.enArticle ?? '')).toContain('Saturday, 28 November 2026 09:00');
    expect(await page(paths.viArticle ?? '')).toContain('Thứ Bảy, 28/11/2026 09:00');
  });
});

describe('self-hosted fonts', () => {
  it('serves the Vietnamese and Latin subsets of Be Vietnam Pro and nothing else', async () => {
    for (const subset of ['vietnamese', 'latin']) {
      for (const weight of [400, 600, 700]) {
        const response = await t.app.inject({
          url: `/assets/fonts/be-vietnam-pro-${subset}-${weight}-normal.woff2`,
        });
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toBe('font/woff2');
        expect(response.rawPayload.subarray(0, 4).toString('latin1')).toBe('wOF2');
      }
    }
    for (const other of [
      'be-vietnam-pro-latin-ext-400-normal.woff2',
      'be-vietnam-pro-vietnamese-400-normal.woff',
      'be-vietnam-pro-latin-900-normal.woff2',
      '../package.json',
    ]) {
      expect((await t.app.inject({ url: `/assets/fonts/${other}` })).statusCode, other).toBe(404);
    }
  });

  it('declares them with font-display swap and the subsets’ unicode ranges', async () => {
    const css = (await t.app.inject({ url: '/assets/site.css' })).body;
    const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((match) => match[1] ?? '');
    expect(faces).toHaveLength(6);
    for (const face of faces) {
      expect(face).toContain('font-display: swap');
      expect(face).toMatch(/unicode-range:\s*U\+/);
      expect(face).toMatch(
        /url\("\/assets\/fonts\/be-vietnam-pro-(vietnamese|latin)-(400|600|700)-normal\.woff2"\)/,
      );
    }
    expect(faces.filter((face) => face.includes('U+1EA0-1EF9'))).toHaveLength(3);
  });
});
