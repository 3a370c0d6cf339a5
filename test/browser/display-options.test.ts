import type { AddressInfo } from 'node:net';
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
      '--host-resolver-rules=MAP lachong.gov.vn 127.0.0.1, MAP skhcn.lachong.gov.vn 127.0.0.1, MAP hongson.lachong.gov.vn 127.0.0.1',
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
    await page.locator('[data-font-size="large"]').click();
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
    await page.locator('[data-font-size="normal"]').click();
    await page.locator('[data-contrast-toggle]').click();
    await page.goto(`http://hongson.lachong.gov.vn:${port}/`);
    expect(await state()).toEqual([undefined, undefined]);
    await page.goto(`http://lachong.gov.vn:${port}/`);
    expect(await state()).toEqual([undefined, undefined]);
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
