import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoLegalDocuments } from '../../src/demo/content/legal-documents.ts';
import { outboxSettled } from '../../src/platform/outbox.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { axeViolations, type BrowserHandle, launchBrowser, openPage } from './browser.ts';

// A result found inside a demo document's PDF ("Trong tệp: …") and the home page's "Văn bản
// mới" block, at a desktop and a phone width: readable, no sideways scroll, no axe violation.

let t: TestApp;
let handle: BrowserHandle;
let base: string;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  await outboxSettled();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  handle = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await handle?.close();
  await t?.close();
});

/** A phrase of a demo PDF that the document's own summary and text do not hold. */
function pdfPhrase(): { phrase: string; name: string } {
  for (const document of demoLegalDocuments.filter((entry) => entry.site === 'lac-hong')) {
    const own = `${document.summary} ${(document.body ?? []).join(' ')}`.toLowerCase();
    for (const file of document.files.filter((entry) => entry.kind === 'pdf' && !entry.scanned))
      for (const paragraph of file.paragraphs) {
        const phrase = paragraph
          .split(/\s+/)
          .slice(3, 9)
          .join(' ')
          .replace(/[.,;:]$/, '');
        if (!own.includes(phrase.toLowerCase())) return { phrase, name: file.name };
      }
  }
  throw new Error('no demo PDF phrase');
}

for (const width of [1280, 390]) {
  it(`shows the matching file of a result and the home block at ${width} px, without axe violations`, async () => {
    const page = await openPage(handle, { width, height: 900 });
    const { phrase, name } = pdfPhrase();
    await page.goto(`${base}/tim-kiem?q=${encodeURIComponent(`"${phrase}"`)}`);
    const file = page.locator('.search-result-file').first();
    await expect(file.textContent()).resolves.toContain(name);
    expect(await file.textContent()).toContain('Trong tệp:');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `/tmp/h14-search-result-${width}.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${base}/`);
    const block = page.locator('section.home-legal');
    expect(await block.locator('h2').textContent()).toBe('Văn bản mới');
    expect(await block.locator('li').count()).toBe(5);
    await block.scrollIntoViewIfNeeded();
    await block.screenshot({ path: `/tmp/h14-home-block-${width}.png` });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 120_000);
}
