import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../src/db/schema.ts';
import { siteOrigin } from '../../src/platform/sites/site.ts';
import { createArticle } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { axeViolations, type BrowserHandle, launchBrowser, viewports } from './browser.ts';

let t: TestApp;
let browserHandle: BrowserHandle;
let base: string;
/** Where the portal's own links point: the default site's configured origin, not `base`. */
let configuredOrigin: string;
const shots = 'test-results/screenshots';
/** A demo article in all three languages (lang → path) and one only in Vietnamese. */
let translated: Record<LanguageCode, string>;
let vietnameseOnly: string;
const longTitles: { vi: string; zh: string } = { vi: '', zh: '' };

const names = { vi: 'Tiếng Việt', en: 'English', zh: '中文' } as const;
const htmlLang = { vi: 'vi', en: 'en', zh: 'zh-Hans' } as const;

/** A page in a fresh context whose browser prefers `locale` (navigator.languages, Accept-Language). */
async function openWithLocale(
  locale: string,
  viewport: { width: number; height: number } = viewports.desktop,
): Promise<Page> {
  const context = await browserHandle.browser.newContext({ viewport, locale });
  const page = await context.newPage();
  page.on('close', () => {
    context.close().catch(() => {});
  });
  return page;
}

/** The page's language, its hreflang alternates (path by hreflang) and what axe finds. */
async function describePage(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    alternates: Object.fromEntries(
      [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
        link.getAttribute('hreflang'),
        new URL((link as HTMLLinkElement).href).pathname,
      ]),
    ),
  }));
}

/** Clicks a language in the header's switch and waits for the page it leads to. */
async function switchTo(page: Page, lang: LanguageCode) {
  const link = page
    .getByRole('navigation', { name: /Chọn ngôn ngữ|Choose a language|选择语言/ })
    .locator(`a[hreflang="${htmlLang[lang]}"]`);
  expect(await link.getAttribute('lang')).toBe(htmlLang[lang]);
  expect((await link.textContent())?.startsWith(names[lang])).toBe(true);
  const href = (await link.getAttribute('href')) ?? '';
  await Promise.all([page.waitForURL(`${base}${href}`), link.click()]);
  return href;
}

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  const db = t.services.db;
  const rows = await db
    .selectFrom('articles as a')
    .innerJoin('category_translations as c', (join) =>
      join.onRef('c.category_id', '=', 'a.category_id').onRef('c.lang', '=', 'a.lang'),
    )
    .select(['a.id', 'a.lang', 'a.slug', 'a.translation_group', 'a.site_id', 'c.slug as category'])
    .where('a.site_id', '=', 1)
    .where('a.status', '=', 'published')
    .execute();
  const groups = new Map<string, typeof rows>();
  for (const row of rows)
    groups.set(row.translation_group, [...(groups.get(row.translation_group) ?? []), row]);
  const prefix = { vi: '', en: '/en', zh: '/zh' } as const;
  const path = (row: (typeof rows)[number]) => `${prefix[row.lang]}/${row.category}/${row.slug}-${row.id}`;
  const full = [...groups.values()].find((group) => group.length === 3);
  const alone = [...groups.values()].find((group) => group.length === 1 && group[0]?.lang === 'vi');
  if (!full || !alone?.[0]) throw new Error('The demo has no article in three languages or in one');
  translated = Object.fromEntries(full.map((row) => [row.lang, path(row)])) as Record<LanguageCode, string>;
  vietnameseOnly = path(alone[0]);

  // Long titles: 200 characters of Vietnamese and of Chinese (no spaces to break at).
  const news = await db
    .selectFrom('category_translations')
    .select('category_id')
    .where('slug', '=', 'tin-tuc')
    .where('site_id', '=', 1)
    .executeTakeFirstOrThrow();
  longTitles.vi =
    'Ủy ban nhân dân tỉnh triển khai đồng bộ các giải pháp chuyển đổi số, nâng cao chất lượng phục vụ người dân và doanh nghiệp trên địa bàn trong năm 2026 với nhiều chỉ tiêu quan trọng được đặt ra'.slice(
      0,
      200,
    );
  longTitles.zh = '省人民政府全面推进数字化转型提升为人民群众和企业服务质量'.repeat(8).slice(0, 200);
  await createArticle(db, 1, news.category_id, {
    title: longTitles.vi,
    slug: 'tieu-de-rat-dai',
    is_featured: 1,
  });
  await createArticle(db, 1, news.category_id, { title: longTitles.zh, slug: 'chang-biao-ti', lang: 'zh' });

  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  configuredOrigin = siteOrigin(t.services, t.services.sites.defaultSite());
  browserHandle = await launchBrowser();
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browserHandle?.close();
  await t?.close();
});

describe('switching languages', () => {
  const walks: [string, () => string, Record<LanguageCode, string>][] = [
    ['home', () => '/', { vi: '/', en: '/en/', zh: '/zh/' }],
    ['category', () => '/tin-tuc', { vi: '/tin-tuc', en: '/en/news', zh: '/zh/news' }],
    ['article', () => translated.vi, {} as Record<LanguageCode, string>],
  ];
  for (const [name, start, expected] of walks) {
    it(`goes between the counterparts of the ${name} page, axe-clean in every language`, async () => {
      const targets = name === 'article' ? translated : expected;
      // A Vietnamese reader: no language suggestion on the Vietnamese pages.
      const page = await openWithLocale('vi-VN');
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`${base}${start()}`);
      for (const lang of ['en', 'zh', 'vi'] as const) {
        const href = await switchTo(page, lang);
        expect(href).toBe(targets[lang]);
        const info = await describePage(page);
        expect(info.lang).toBe(htmlLang[lang]);
        // The head's hreflang links name the same counterparts the switch goes to.
        expect(info.alternates).toMatchObject({ vi: targets.vi, en: targets.en, 'zh-Hans': targets.zh });
        expect(info.alternates['x-default']).toBe(targets.vi);
        const current = page.locator('nav.languages a[aria-current="true"]');
        expect(await current.getAttribute('lang')).toBe(htmlLang[lang]);
        expect(await page.locator('nav.languages [data-language-home]').count()).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: `${shots}/languages-${name}-${lang}.png` });
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('goes to the other language’s home, marked, when an article has no translation', async () => {
    const page = await openWithLocale('vi-VN');
    await page.goto(`${base}${vietnameseOnly}`);
    const english = page.locator('nav.languages a[hreflang="en"]');
    expect(await english.getAttribute('href')).toBe('/en/');
    expect(await english.locator('.language-home').isVisible()).toBe(true);
    expect(await english.locator('.language-home').textContent()).toBe('(home)');
    // The accessible name says where the link goes, in the link's own language.
    await expect
      .poll(() =>
        page.getByRole('link', { name: /^English \(home\) This page has no English version/ }).count(),
      )
      .toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/languages-missing-translation.png` });
    await switchTo(page, 'en');
    expect(page.url()).toBe(`${base}/en/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.close();
  });
});

describe('the language suggestion banner', () => {
  it('offers English to a browser preferring it on a Vietnamese page, and is dismissed from the keyboard', async () => {
    const page = await openWithLocale('en-US');
    await page.goto(`${base}${translated.vi}`);
    const banner = page.getByRole('region', { name: 'Language suggestion' });
    await banner.waitFor();
    expect(await banner.getAttribute('lang')).toBe('en');
    const link = banner.getByRole('link', { name: 'Read it in English' });
    // Links name the site's configured origin (ADR 0016), not the address the browser used.
    expect(await link.getAttribute('href')).toBe(`${configuredOrigin}${translated.en}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/languages-banner.png` });

    // Keyboard: skip link, the suggestion, its close button; Enter closes it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Read it in English');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Close the language suggestion',
    );
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.locator('.language-hint').count()).toBe(0);
    // Focus is not lost: it lands on the language switch.
    expect(await page.evaluate(() => document.activeElement?.closest('nav')?.className)).toBe('languages');

    // Remembered: the next page does not show it again, and the server never redirected.
    await page.goto(`${base}/tin-tuc`);
    expect(page.url()).toBe(`${base}/tin-tuc`);
    await page.waitForLoadState('load');
    expect(await page.locator('.language-hint').count()).toBe(0);
    await page.close();
  });

  it('closes with Escape and offers the home when there is no counterpart', async () => {
    const page = await openWithLocale('zh-CN', viewports.phone);
    await page.goto(`${base}${vietnameseOnly}`);
    const banner = page.getByRole('region', { name: '语言建议' });
    await banner.waitFor();
    const link = banner.getByRole('link', { name: '前往中文首页' });
    expect(await link.getAttribute('href')).toBe('/zh/');
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${shots}/languages-banner-zh-phone.png` });
    await link.focus();
    await page.keyboard.press('Escape');
    expect(await page.locator('.language-hint').count()).toBe(0);
    await page.close();
  });

  it('suggests Vietnamese to a Vietnamese browser on an English page, and nothing in its own language', async () => {
    const page = await openWithLocale('vi-VN');
    await page.goto(`${base}${translated.en}`);
    const banner = page.getByRole('region', { name: 'Gợi ý ngôn ngữ' });
    await banner.waitFor();
    expect(await banner.getByRole('link', { name: 'Xem bằng tiếng Việt' }).getAttribute('href')).toBe(
      `${configuredOrigin}${translated.vi}`,
    );
    expect(await banner.getByRole('button', { name: 'Đóng gợi ý ngôn ngữ' }).isVisible()).toBe(true);
    await page.goto(`${base}${translated.vi}`);
    await page.waitForLoadState('load');
    expect(await page.locator('.language-hint').count()).toBe(0);
    await page.close();
  });
});

describe('fonts and long titles', () => {
  it('renders Vietnamese with the self-hosted font', async () => {
    const page = await openWithLocale('vi-VN');
    await page.goto(`${base}/`);
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts]
        .filter((face) => face.family.replace(/"/g, '') === 'Be Vietnam Pro' && face.status === 'loaded')
        .map((face) => face.weight);
    });
    expect(loaded.length).toBeGreaterThan(0);
    await page.close();
  });

  for (const [name, viewport] of Object.entries(viewports)) {
    it(`keeps 200-character Vietnamese and Chinese titles inside the page at ${name} width`, async () => {
      for (const [path, title] of [
        ['/tin-tuc', longTitles.vi],
        ['/zh/news', longTitles.zh],
        ['/', longTitles.vi],
      ] as const) {
        const page = await openWithLocale(path.startsWith('/zh') ? 'zh-CN' : 'vi-VN', viewport);
        await page.goto(`${base}${path}`);
        await page.getByRole('link', { name: title }).first().click();
        await page.waitForSelector('h1.article-title');
        expect((await page.locator('h1').textContent())?.trim()).toBe(title);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
        const heading = await page.locator('h1').boundingBox();
        expect(heading?.width ?? 0).toBeLessThanOrEqual(viewport.width);
        await page.screenshot({
          path: `${shots}/languages-long-title-${path.replace(/\//g, '') || 'home'}-${name}.png`,
        });
        await page.close();
      }
    });
  }
});
