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

describe('home page in Chromium', () => {
  for (const [name, viewport] of Object.entries(viewports)) {
    for (const lang of ['', 'en/', 'zh/']) {
      it(`is axe-clean at ${name} width (${lang || 'vi'})`, async () => {
        const page = await openPage(browserHandle, viewport);
        const response = await page.goto(`${base}/${lang}`);
        expect(response?.status()).toBe(200);
        await page.screenshot({
          path: `${shots}/home-${lang.replace('/', '') || 'vi'}-${name}.png`,
          fullPage: true,
        });
        expect(await axeViolations(page)).toEqual([]);
        // Nothing overflows sideways on a phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.close();
      });
    }
  }

  it('can be used with the keyboard: skip link first, then focus lands on main', async () => {
    const page = await openPage(browserHandle, viewports.desktop);
    await page.goto(`${base}/`);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(first).toBe('Bỏ qua menu, đến nội dung chính');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('loads every stylesheet and script from a fingerprinted URL, the search one once', async () => {
    const page = await openPage(browserHandle, viewports.desktop);
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(response.url());
    });
    for (const url of [`${base}/`, `${base}/tim-kiem?q=c%E1%BA%A7u`]) {
      await page.goto(url);
      await page.waitForFunction(() => document.querySelector('[aria-autocomplete]'));
      const assets = await page.evaluate(() =>
        [...document.querySelectorAll('link[rel="stylesheet"], script[src]')].map(
          (element) => element.getAttribute('href') ?? element.getAttribute('src'),
        ),
      );
      for (const asset of assets) expect(asset, url).toMatch(/^\/assets\/[a-z-]+\.[0-9a-f]{8}\.(css|js)$/);
      expect(
        assets.filter((asset) => asset?.startsWith('/assets/search.')),
        url,
      ).toHaveLength(1);
    }
    expect(failed).toEqual([]);
    await page.close();
  });

  it('stays usable at 200% text size', async () => {
    const page = await openPage(browserHandle, viewports.desktop);
    await page.goto(`${base}/`);
    await zoomText(page, 200);
    await page.screenshot({ path: `${shots}/home-vi-200pct.png`, fullPage: false });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('offers high contrast from the keyboard, remembers it, and stays axe-clean in it', async () => {
    const page = await openPage(browserHandle, viewports.phone);
    await page.goto(`${base}/`);
    const toggle = page.getByRole('button', { name: 'Tương phản cao' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const colours = () =>
      page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector) as Element);
        return {
          body: style('body').backgroundColor,
          text: style('h2').color,
          link: style('main a').color,
          banner: style('.banner').backgroundColor,
        };
      });
    expect(await colours()).toEqual({
      body: 'rgb(0, 0, 0)',
      text: 'rgb(255, 255, 255)',
      link: 'rgb(255, 255, 0)',
      banner: 'rgb(0, 0, 0)',
    });
    // Remembered on the next page, applied before paint by prefs.js.
    await page.goto(`${base}/so-do-cong`);
    expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
    await page.screenshot({ path: `${shots}/sitemap-vi-phone-high-contrast.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Tương phản cao' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBeUndefined();
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBeUndefined();
    await page.close();
  });

  it('has access keys for home, site map and search, listed on the site map page', async () => {
    const page = await openPage(browserHandle, viewports.desktop);
    await page.goto(`${base}/so-do-cong`);
    const keys = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('[accesskey]')].map((node) => [
          node.getAttribute('accesskey'),
          node.getAttribute('href') ?? node.getAttribute('name'),
        ]),
      ),
    );
    expect(keys).toEqual({ s: '#main', '1': '/', '3': '/so-do-cong', '4': 'q' });
    const listed = await page.locator('.shortcuts tbody tr').allTextContents();
    expect(listed).toEqual(['1Trang chủ', '3Sơ đồ cổng', '4Ô tìm kiếm', 'SNội dung chính']);
    await page.close();
  });
});
