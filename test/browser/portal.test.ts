import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.ts';
import {
  axeViolations,
  type BrowserHandle,
  launchBrowser,
  openPage,
  viewports,
  zoomText,
} from './browser.ts';

let t: TestApp;
let browserHandle: BrowserHandle;
let base: string;
const shots = 'test-results/screenshots';

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  browserHandle = await launchBrowser();
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browserHandle?.close();
  await t?.close();
});

describe('a reader walks home → category → article → print', () => {
  for (const [name, viewport] of Object.entries(viewports)) {
    it(`works and is axe-clean at ${name} width`, async () => {
      const page = await openPage(browserHandle, viewport);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });

      await page.goto(`${base}/`);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${shots}/walk-${name}-1-home.png`, fullPage: true });

      // The main menu leads to the news category.
      await page
        .getByRole('navigation', { name: 'Menu chính' })
        .getByRole('link', { name: 'Tin tức', exact: true })
        .click();
      await page.waitForURL(`${base}/tin-tuc`);
      expect(await page.locator('h1').textContent()).toBe('Tin tức');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${shots}/walk-${name}-2-category.png`, fullPage: true });

      // The first story in the list opens the article.
      const firstTitle = page.locator('.article-list .card-title a').first();
      const title = (await firstTitle.textContent())?.trim();
      await firstTitle.click();
      await page.waitForSelector('h1.article-title');
      expect((await page.locator('h1').textContent())?.trim()).toBe(title);
      expect(await page.locator('.breadcrumb a').first().textContent()).toBe('Trang chủ');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${shots}/walk-${name}-3-article.png`, fullPage: true });

      // Images below the first screen load lazily and keep their space (no layout shift).
      const images = await page.locator('.prose img').evaluateAll((nodes) =>
        nodes.map((node) => ({
          loading: node.getAttribute('loading'),
          width: node.getAttribute('width'),
          height: node.getAttribute('height'),
        })),
      );
      for (const image of images)
        expect(image).toMatchObject({
          loading: 'lazy',
          width: expect.any(String),
          height: expect.any(String),
        });

      // Print view: menus, tools and related news are hidden; title, body and footer remain.
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: `${shots}/walk-${name}-4-print.png`, fullPage: true });
      const hiddenInPrint = await page.evaluate(() =>
        ['.main-menu', '.article-tools', '.related', '.search', '.breadcrumb'].map(
          (selector) => getComputedStyle(document.querySelector(selector) as Element).display,
        ),
      );
      expect(hiddenInPrint).toEqual(['none', 'none', 'none', 'none', 'none']);
      expect(await page.locator('h1.article-title').isVisible()).toBe(true);
      expect(await page.locator('.article-content').isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('article tools', () => {
  it('let a reader rate the information from the keyboard, answered in place', async () => {
    const page = await openPage(browserHandle, viewports.phone);
    await page.goto(`${base}/kinh-te`);
    await page.locator('.article-list .card-title a').first().click();
    const form = page.locator('[data-rating-form]');
    await form.getByLabel('Hữu ích', { exact: true }).focus();
    await page.keyboard.press('Space');
    await form.getByRole('button', { name: 'Gửi đánh giá' }).press('Enter');
    await expect
      .poll(() => form.locator('.rating-status').textContent())
      .toBe('Cảm ơn bạn đã đánh giá. Ý kiến của bạn giúp Ban Biên tập cải thiện thông tin.');
    expect(page.url()).not.toContain('/ratings/');
    const rows = await t.services.db.selectFrom('article_ratings').select('score').execute();
    expect(rows.map((row) => row.score)).toContain(4);
    await form.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/article-rating-phone.png` });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('change and remember the text size from the keyboard (top bar), and copy the link', async () => {
    const page = await openPage(browserHandle, viewports.desktop);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.goto(`${base}/kinh-te`);
    await page.locator('.article-list .card-title a').first().click();
    await page.waitForSelector('[data-display-prefs]:not([hidden])');
    const before = await page
      .locator('.article-content p')
      .first()
      .evaluate((node) => getComputedStyle(node).fontSize);
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).focus();
    await page.keyboard.press('Enter');
    const after = await page
      .locator('.article-content p')
      .first()
      .evaluate((node) => getComputedStyle(node).fontSize);
    expect(Number.parseFloat(after)).toBeGreaterThan(Number.parseFloat(before));
    expect(await page.getByRole('button', { name: 'Tăng cỡ chữ' }).getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.fontSize)).toBe('large');

    await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect
      .poll(() => page.locator('.tool-status').textContent())
      .toBe('Đã sao chép liên kết bài viết.');
    // The copied link is the canonical one: the site's configured origin (ADR 0016), same path.
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.origin).toBe('http://localhost:3000');
    expect(copied.pathname).toBe(new URL(page.url()).pathname);
    await page.close();
  });

  it('keeps the article readable at 200% text size on a phone', async () => {
    const page = await openPage(browserHandle, viewports.phone);
    await page.goto(`${base}/kinh-te`);
    await page.locator('.article-list .card-title a').first().click();
    await page.waitForSelector('h1.article-title');
    await zoomText(page, 200);
    await page.screenshot({ path: `${shots}/article-phone-200pct.png`, fullPage: false });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('other page types are axe-clean', () => {
  for (const path of [
    '/gioi-thieu',
    '/gioi-thieu/co-cau-to-chuc',
    '/so-do-cong',
    '/khong-ton-tai',
    '/en/news',
    '/zh/',
    '/fr/x',
  ]) {
    it(path, async () => {
      const page = await openPage(browserHandle, viewports.desktop);
      await page.goto(`${base}${path}`);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
