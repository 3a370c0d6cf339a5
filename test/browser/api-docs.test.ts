import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.ts';
import { type BrowserHandle, launchBrowser, openPage } from './browser.ts';

// Issue 13, item 6: /api/v1/docs on a 390 px phone. Its wide tables scroll sideways; a keyboard
// user must be able to reach each scrolling region (axe: scrollable-region-focusable).

const PHONE = { width: 390, height: 844 };
let t: TestApp;
let browserHandle: BrowserHandle;
let base: string;

beforeAll(async () => {
  t = await createTestApp({ demo: false });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  browserHandle = await launchBrowser();
});

afterAll(async () => {
  await browserHandle?.close();
  await t?.close();
});

describe('/api/v1/docs at 390 px', () => {
  for (const lang of ['vi', 'en']) {
    it(`has every scrollable table reachable by keyboard (${lang})`, async () => {
      const page = await openPage(browserHandle, PHONE);
      await page.goto(`${base}/api/v1/docs${lang === 'vi' ? '' : `?lang=${lang}`}`);
      // The case the audit found: tables wider than the phone, in scrolling containers.
      const scrolling = await page.$$eval('.table-scroll', (boxes) =>
        boxes.filter((box) => box.scrollWidth > box.clientWidth).map((box) => box.outerHTML.slice(0, 120)),
      );
      expect(scrolling.length).toBeGreaterThan(0);
      const results = await new AxeBuilder({ page }).withRules(['scrollable-region-focusable']).analyze();
      expect(
        results.violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(' '))),
      ).toEqual([]);
      // Each scrolling region is a named, focusable region: Tab reaches it, arrows scroll it.
      const regions = await page.$$eval('.table-scroll', (boxes) =>
        boxes.map((box) => ({
          tabIndex: box.tabIndex,
          role: box.getAttribute('role') ?? (box.tagName === 'SECTION' ? 'region' : null),
          name: (box.getAttribute('aria-labelledby') ?? '')
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
            .join(' ')
            .trim(),
        })),
      );
      for (const region of regions) {
        expect(region.tabIndex).toBe(0);
        expect(region.role).toBe('region');
        expect(region.name).not.toBe('');
      }
      const index = await page.$$eval('.table-scroll', (boxes) =>
        boxes.findIndex((box) => box.scrollWidth > box.clientWidth),
      );
      const first = page.locator('.table-scroll').nth(index);
      await first.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => first.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
      await page.close();
    });
  }
});
