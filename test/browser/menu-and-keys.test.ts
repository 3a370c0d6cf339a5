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
      await page.evaluate(() => document.activeElement?.parentElement?.parentElement?.classList.contains('menu-list')),
    ).toBe(true);
    await page.close();
  });
});
