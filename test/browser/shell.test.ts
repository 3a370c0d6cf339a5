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

  it('stays usable at 200% text size', async () => {
    const page = await openPage(browserHandle, viewports.desktop);
    await page.goto(`${base}/`);
    await zoomText(page, 200);
    await page.screenshot({ path: `${shots}/home-vi-200pct.png`, fullPage: false });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
