import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.ts';
import { CHROMIUM } from './browser.ts';

let t: TestApp;
let browser: Browser;
let port: number;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as AddressInfo).port;
  // The demo's province portal and one department's site, on their real names, served here.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      '--host-resolver-rules=MAP lachong.gov.vn 127.0.0.1, MAP skhcn.lachong.gov.vn 127.0.0.1, MAP hongson.lachong.gov.vn 127.0.0.1, MAP *.lac-hong.test 127.0.0.1',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('display options are shared by the province sites', () => {
  it('A+ and high contrast chosen on the portal apply on a department site, and back', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`http://lachong.gov.vn:${port}/`);
    await page.waitForSelector('[data-display-prefs]:not([hidden])');
    await page.locator('button[data-font-size="large"]').click();
    await page.locator('[data-contrast-toggle]').click();
    await page.goto(`http://skhcn.lachong.gov.vn:${port}/`);
    const state = () =>
      page.evaluate(() => [
        document.documentElement.dataset.fontSize,
        document.documentElement.dataset.contrast,
      ]);
    expect(await state()).toEqual(['large', 'high']);
    // Turned back on the department site: the portal follows.
    await page.waitForSelector('[data-display-prefs]:not([hidden])');
    await page.locator('button[data-font-size="normal"]').click();
    await page.locator('[data-contrast-toggle]').click();
    await page.goto(`http://hongson.lachong.gov.vn:${port}/`);
    expect(await state()).toEqual([undefined, undefined]);
    await page.goto(`http://lachong.gov.vn:${port}/`);
    expect(await state()).toEqual([undefined, undefined]);
    await context.close();
  });

  /** The help text of the display options as a screen reader hears it, once the script has run. */
  const helpText = (page: Page) =>
    page.evaluate(() => {
      const fieldset = document.querySelector('[data-display-prefs] fieldset');
      const id = fieldset?.getAttribute('aria-describedby');
      return id ? document.getElementById(id)?.textContent : null;
    });
  const state = (page: Page) =>
    page.evaluate(() => [
      document.documentElement.dataset.fontSize,
      document.documentElement.dataset.contrast,
    ]);

  it('on the demo’s localhost names, Chromium refuses a shared cookie: each host keeps its own, and says so', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://skhcn.localhost:${port}/`);
    // What the browser allows, checked rather than assumed: no cookie for the single label "localhost".
    const accepted = await page.evaluate(() => {
      // biome-ignore lint/suspicious/noDocumentCookie: probing what the browser accepts.
      document.cookie = 'probe=1; Domain=localhost; Path=/';
      return document.cookie.includes('probe=1');
    });
    expect(accepted).toBe(false);
    await page.waitForSelector('[data-display-prefs]:not([hidden])');
    expect(await helpText(page)).toContain('chỉ cho trang đang xem');
    await page.locator('button[data-font-size="large"]').click();
    await page.reload();
    expect(await state(page)).toEqual(['large', undefined]);
    await page.goto(`http://localhost:${port}/en/`);
    expect(await state(page)).toEqual([undefined, undefined]);
    await page.waitForSelector('[data-display-prefs]:not([hidden])');
    expect(await helpText(page)).toContain('for this site only');
    await context.close();
  });

  it('shares them between two hostnames only once both are configured under one parent', async () => {
    const db = t.services.db;
    const [portal, department] = ['lac-hong', 'so-khcn'].map(
      (code) => t.services.sites.all().find((site) => site.code === code)?.id ?? 0,
    );
    const configure = async (siteId: number, hostname: string) => {
      await db.insertInto('site_hostnames').values({ site_id: siteId, hostname, position: 9 }).execute();
      await t.services.sites.reload();
      t.services.pageCache.clear();
    };
    await configure(portal ?? 0, 'cong.lac-hong.test');
    const context = await browser.newContext();
    const page = await context.newPage();
    // Alone under lac-hong.test: nothing to share with, so no cookie for the parent domain.
    await page.goto(`http://cong.lac-hong.test:${port}/`);
    await page.waitForSelector('[data-display-prefs]:not([hidden])');
    await page.locator('button[data-font-size="large"]').click();
    const cookies = await context.cookies(`http://cong.lac-hong.test:${port}/`);
    expect(cookies.find((cookie) => cookie.name === 'dinh-font-size')?.domain).toBe('cong.lac-hong.test');
    expect(await helpText(page)).toContain('chỉ cho trang đang xem');

    // The department gets skhcn.lac-hong.test: the two share lac-hong.test.
    await configure(department ?? 0, 'skhcn.lac-hong.test');
    await page.goto(`http://cong.lac-hong.test:${port}/`);
    await page.waitForSelector('[data-display-prefs]:not([hidden])');
    expect(await helpText(page)).toContain('dùng chung cho các trang');
    await page.locator('button[data-font-size="small"]').click();
    await page.locator('[data-contrast-toggle]').click();
    await page.goto(`http://skhcn.lac-hong.test:${port}/`);
    expect(await state(page)).toEqual(['small', 'high']);
    const shared = await context.cookies(`http://skhcn.lac-hong.test:${port}/`);
    expect(shared.find((cookie) => cookie.name === 'dinh-contrast')?.domain).toBe('.lac-hong.test');
    await context.close();
  });

  it('says so in the display options help text', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://lachong.gov.vn:${port}/en/`);
    const help = await page.evaluate(() => {
      const fieldset = document.querySelector('[data-display-prefs] fieldset');
      const id = fieldset?.getAttribute('aria-describedby');
      return id ? document.getElementById(id)?.textContent : null;
    });
    expect(help).toContain("shared by the province's sites");
    await context.close();
  });
});

const languages = [
  {
    prefix: '',
    sitemap: '/so-do-cong',
    search: '/tim-kiem?q=c%E1%BA%A7u',
    leaders: '/lanh-dao',
    units: '/to-chuc-bo-may',
    spokespeople: '/nguoi-phat-ngon',
  },
  {
    prefix: '/en',
    sitemap: '/en/sitemap',
    search: '/en/search?q=bridge',
    leaders: '/en/leadership',
    units: '/en/organisation',
    spokespeople: '/en/spokespersons',
  },
  {
    prefix: '/zh',
    sitemap: '/zh/sitemap',
    search: '/zh/search?q=%E6%A1%A5',
    leaders: '/zh/leadership',
    units: '/zh/organisation',
    spokespeople: '/zh/spokespersons',
  },
];

/** Every public template of one language: fixed routes, then a category, an article and a page found from the menu. */
async function templates(
  page: Page,
  base: string,
  lang: (typeof languages)[number],
): Promise<[string, string][]> {
  const home = `${lang.prefix}/`;
  await page.goto(`${base}${home}`);
  const menu = await page
    .locator('.main-menu .menu-list > li > a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const staticPage = await page.locator('.main-menu .has-children .submenu a').first().getAttribute('href');
  let category = '';
  let article = '';
  for (const href of menu) {
    await page.goto(`${base}${href}`);
    const first = page.locator('.article-list .card-title a').first();
    if ((await first.count()) > 0) {
      category = href;
      article = (await first.getAttribute('href')) ?? '';
      break;
    }
  }
  expect(category).not.toBe('');
  return [
    ['home', home],
    ['category', category],
    ['article', article],
    ['static page', staticPage ?? ''],
    ['search', lang.search],
    ['site map', lang.sitemap],
    ['leaders', lang.leaders],
    ['units', lang.units],
    ['spokespeople', lang.spokespeople],
    ['error 404', `${lang.prefix}/khong-co-trang-nay`],
  ];
}

/** What the walk measures on a page with the display options on. */
function measure() {
  const root = document.documentElement;
  const size = (selector: string) => {
    const element = document.querySelector(selector);
    return element ? Number.parseFloat(getComputedStyle(element).fontSize) : 0;
  };
  const sizes = () => ({ body: size('body'), h1: size('main h1'), menu: size('.main-menu a') });
  const withOptions = sizes();
  const chosen = root.dataset.fontSize;
  delete root.dataset.fontSize;
  const byDefault = sizes();
  if (chosen) root.dataset.fontSize = chosen;
  const boxes = ['body > header', '.main-menu', 'main', 'body > footer'].map((selector) => {
    const rect = document.querySelector(selector)?.getBoundingClientRect();
    return { selector, top: (rect?.top ?? 0) + scrollY, bottom: (rect?.bottom ?? 0) + scrollY };
  });
  const overlaps = boxes.slice(1).flatMap((box, index) => {
    const above = boxes[index];
    return above && box.top < above.bottom - 1 ? [`${box.selector} overlaps ${above.selector}`] : [];
  });
  return {
    withOptions,
    byDefault,
    contrast: root.dataset.contrast,
    scroll: (document.scrollingElement?.scrollWidth ?? 0) - innerWidth,
    overlaps,
  };
}

describe('every public template with A+ (pressed twice) and high contrast', () => {
  for (const width of [390, 1280]) {
    for (const lang of languages) {
      it(`scales the text, keeps the layout and stays axe-clean at ${width} px (${lang.prefix || 'vi'})`, async () => {
        const base = `http://lachong.gov.vn:${port}`;
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        const list = await templates(page, base, lang);
        await page.goto(`${base}${lang.prefix}/`);
        await page.waitForSelector('[data-display-prefs]:not([hidden])');
        await page.locator('button[data-font-size="large"]').click();
        await page.locator('button[data-font-size="large"]').click();
        await page.locator('[data-contrast-toggle]').click();
        const problems: string[] = [];
        for (const [name, path] of list) {
          const response = await page.goto(`${base}${path}`);
          expect(response?.status(), `${name} ${path}`).toBe(name === 'error 404' ? 404 : 200);
          const found = await page.evaluate(measure);
          const where = `${name} ${path}`;
          if (found.contrast !== 'high') problems.push(`${where}: not in high contrast`);
          for (const part of ['body', 'h1', 'menu'] as const) {
            if (!(found.withOptions[part] > found.byDefault[part] * 1.1)) {
              problems.push(
                `${where}: ${part} ${found.withOptions[part]}px at A+ vs ${found.byDefault[part]}px`,
              );
            }
          }
          if (found.scroll > 0) problems.push(`${where}: scrolls sideways by ${found.scroll}px`);
          problems.push(...found.overlaps.map((overlap) => `${where}: ${overlap}`));
          const axe = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .analyze();
          problems.push(
            ...axe.violations.map(
              (violation) =>
                `${where}: axe ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
            ),
          );
        }
        expect(problems).toEqual([]);
        await context.close();
      }, 180_000);
    }
  }
});
