import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.ts';
import { type BrowserHandle, launchBrowser, openPage, viewports } from './browser.ts';

let t: TestApp;
let browserHandle: BrowserHandle;
let base: string;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  browserHandle = await launchBrowser();
});
afterAll(async () => {
  await browserHandle?.close();
  await t?.close();
});

describe('desktop sub-menus (WCAG 1.4.13: dismissable, hoverable, persistent)', () => {
  it('open on hover, stay while the pointer is on them, close with Escape', async () => {
    const page = await openPage(browserHandle, viewports.desktop);
    await page.goto(`${base}/`);
    const item = page.locator('.main-menu .has-children').first();
    const submenu = item.locator('.submenu');
    await item.locator(':scope > a').hover();
    await expect.poll(() => submenu.isVisible()).toBe(true);
    // Hoverable: moving onto the sub-menu keeps it open.
    await submenu.locator('a').last().hover();
    await page.waitForTimeout(300);
    expect(await submenu.isVisible()).toBe(true);
    // Dismissable without moving the pointer.
    await page.keyboard.press('Escape');
    await expect.poll(() => submenu.isVisible()).toBe(false);
    // Leaving and coming back opens it again.
    await page.mouse.move(5, 600);
    await item.locator(':scope > a').hover();
    await expect.poll(() => submenu.isVisible()).toBe(true);
    await page.close();
  });

  it('open on focus, close with Escape keeping focus on the top-level link, then Tab goes on', async () => {
    const page = await openPage(browserHandle, viewports.desktop);
    await page.goto(`${base}/`);
    await page.mouse.move(5, 600);
    const item = page.locator('.main-menu .has-children').first();
    const submenu = item.locator('.submenu');
    await item.locator(':scope > a').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => submenu.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('.submenu') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => submenu.isVisible()).toBe(false);
    const top = await item.locator(':scope > a').getAttribute('href');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(top);
    // Persistent until dismissed: focus still on the item, the sub-menu stays closed.
    await page.waitForTimeout(300);
    expect(await submenu.isVisible()).toBe(false);
    // Tab moves to the next top-level item (the hidden sub-menu is skipped).
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() =>
        document.activeElement?.parentElement?.parentElement?.classList.contains('menu-list'),
      ),
    ).toBe(true);
    await page.close();
  });
});

describe('text size (A− A A+) scales the whole page', () => {
  it('headings, menu, breadcrumb, date, footer and body grow at every step and keep their hierarchy', async () => {
    const page = await openPage(browserHandle, viewports.desktop);
    await page.goto(`${base}/kinh-te`);
    await page.locator('.article-list .card-title a').first().click();
    await page.waitForSelector('[data-display-prefs]:not([hidden])');
    const parts = {
      body: '.article-content p',
      h1: 'main h1',
      h2: '.site-footer h2',
      menu: '.main-menu .menu-list > li > a',
      breadcrumb: '.breadcrumb li',
      date: '.topbar .today',
      footer: '.site-footer .copyright',
    };
    const measure = () =>
      page.evaluate(
        (selectors) =>
          Object.fromEntries(
            Object.entries(selectors).map(([name, selector]) => {
              const element = document.querySelector(selector);
              return [name, element ? Number.parseFloat(getComputedStyle(element).fontSize) : Number.NaN];
            }),
          ),
        parts,
      );
    const sizes: Record<string, Record<string, number>> = {};
    for (const [step, name] of [
      ['small', 'A−'],
      ['normal', 'A'],
      ['large', 'A+'],
    ] as const) {
      await page
        .getByRole('button', { name, exact: false })
        .and(page.locator(`[data-font-size="${step}"]`))
        .click();
      sizes[step] = await measure();
    }
    for (const part of Object.keys(parts)) {
      expect(sizes.small?.[part], part).toBeLessThan(sizes.normal?.[part] ?? 0);
      expect(sizes.normal?.[part], part).toBeLessThan(sizes.large?.[part] ?? 0);
      // Same proportion as the body text: the hierarchy is kept at every step.
      for (const step of ['small', 'large']) {
        const ratio = (sizes[step]?.[part] ?? 0) / (sizes[step]?.body ?? 1);
        const normalRatio = (sizes.normal?.[part] ?? 0) / (sizes.normal?.body ?? 1);
        expect(Math.abs(ratio - normalRatio), `${part} at ${step}`).toBeLessThan(0.03);
      }
    }
    expect(sizes.large?.h1).toBeGreaterThan((sizes.large?.body ?? 0) * 1.4);
    await page.close();
  });
});

describe('access keys (Thông tư 32/2017 Đ18) in Chromium', () => {
  for (const modifier of ['Alt', 'Alt+Shift']) {
    it(`${modifier}+1, 3, 4 and S reach home, site map, search and the content`, async () => {
      const page = await openPage(browserHandle, viewports.desktop);
      await page.goto(`${base}/en/`);
      await Promise.all([
        page.waitForURL(/\/en\/sitemap$/, { timeout: 5000 }),
        page.keyboard.press(`${modifier}+3`),
      ]);
      await page.waitForLoadState('domcontentloaded');
      await Promise.all([
        page.waitForURL(`${base}/en/`, { timeout: 5000 }),
        page.keyboard.press(`${modifier}+1`),
      ]);
      await page.waitForLoadState('domcontentloaded');
      await page.keyboard.press(`${modifier}+4`);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search');
      // In a text field the keys are the field's: nothing moves.
      await page.keyboard.press(`${modifier}+1`);
      await page.waitForTimeout(200);
      expect(page.url()).toBe(`${base}/en/`);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press(`${modifier}+KeyS`);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
      await page.close();
    });
  }
});
