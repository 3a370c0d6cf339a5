import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fold } from '../../src/modules/legal-documents/store.ts';
import { outboxSettled } from '../../src/platform/outbox.ts';
import { createStaff, type StaffUser } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { axeViolations, type BrowserHandle, launchBrowser, logInThroughForms, openPage } from './browser.ts';

// The document form's suggestions from the keyboard (issuer typed without accents, a signer whose
// one position fills chức vụ, a related document picked by number), and the print view of a demo
// document: menus and footer gone, the facts, files with their addresses.

let t: TestApp;
let handle: BrowserHandle;
let base: string;
let chief: StaffUser;
let siteId: number;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  await outboxSettled();
  siteId = await defaultSiteId(t.services.db);
  chief = await createStaff(t.services, 'chief_editor', siteId);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  handle = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await handle?.close();
  await t?.close();
});

/** Types into a combobox, waits for its list, moves to the first option and picks it with Enter. */
async function pickFirst(page: Page, label: string, typed: string, screenshot?: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.fill('');
  await box.pressSequentially(typed, { delay: 20 });
  const list = page.locator(`#${await box.getAttribute('aria-controls')}`);
  await list.waitFor({ state: 'visible' });
  expect(await box.getAttribute('aria-expanded')).toBe('true');
  await box.press('ArrowDown');
  const active = await box.getAttribute('aria-activedescendant');
  expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
  if (screenshot) await page.screenshot({ path: screenshot, clip: await clipAround(page, list) });
  await box.press('Enter');
  await list.waitFor({ state: 'hidden' });
}

it('suggests issuers, signers and related documents from the keyboard, and fills what they imply', async () => {
  const docs = await t.services.db
    .selectFrom('legal_documents')
    .select(['item_id', 'issuer', 'signer', 'number_text', 'number_serial'])
    .where('site_id', '=', siteId)
    .orderBy('item_id')
    .execute();
  const issuer = docs[0]!.issuer;
  const page = await openPage(handle, { width: 1280, height: 1000 });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await logInThroughForms(page, base, chief);
  await page.goto(`${base}/admin/legal-documents/new`);

  // The issuer typed without accents and in lower case, as people type it.
  const typedIssuer = fold(issuer).split(' ').slice(0, 3).join(' ');
  await pickFirst(page, 'Cơ quan ban hành', typedIssuer, '/tmp/h14-editor-issuer-open.png');
  const issuerBox = page.getByRole('combobox', { name: 'Cơ quan ban hành', exact: true });
  expect(fold(await issuerBox.inputValue())).toContain(typedIssuer);
  expect(page.url()).toBe(`${base}/admin/legal-documents/new`);

  // A signer with one position: it fills chức vụ.
  const signers = await page.evaluate(
    async (q) => {
      const response = await fetch(`/admin/legal-documents/lookup?field=signer&q=${encodeURIComponent(q)}`);
      return (await response.json()).items as { value: string; title?: string }[];
    },
    docs
      .find((doc) => doc.signer)!
      .signer.split(' ')
      .at(-1)!,
  );
  const withTitle = signers.find((entry) => entry.title);
  expect(withTitle).toBeDefined();
  await pickFirst(page, 'Người ký', fold(withTitle!.value));
  expect(await page.getByRole('combobox', { name: 'Người ký', exact: true }).inputValue()).toBe(
    withTitle!.value,
  );
  expect(await page.getByLabel('Chức vụ người ký', { exact: true }).inputValue()).toBe(withTitle!.title);

  // A related document by the start of its number: the list shows number and summary.
  const target = docs.find((doc) => doc.number_serial && doc.number_text.includes('/'))!;
  const start = target.number_text.split('/')[0]!;
  const relation = page.getByRole('combobox', { name: 'Số ký hiệu văn bản' }).first();
  await relation.pressSequentially(start, { delay: 20 });
  const list = page.locator(`#${await relation.getAttribute('aria-controls')}`);
  await list.waitFor({ state: 'visible' });
  await expect(page.getByRole('status').filter({ hasText: 'gợi ý' }).first().textContent()).resolves.toMatch(
    /Có \d+ gợi ý/,
  );
  await page.screenshot({
    path: '/tmp/h14-editor-lookup-open.png',
    fullPage: false,
    clip: await clipAround(page, list),
  });
  expect(await axeViolations(page)).toEqual([]);
  // Escape closes the list and keeps the text.
  await relation.press('Escape');
  await list.waitFor({ state: 'hidden' });
  expect(await relation.inputValue()).toBe(start);
  const options = await page.evaluate(async (q) => {
    const response = await fetch(`/admin/legal-documents/lookup?q=${encodeURIComponent(q)}`);
    return (await response.json()).items as { value: string; id: number }[];
  }, start);
  await relation.press('ArrowDown');
  await relation.press('Enter');
  expect(await relation.inputValue()).toBe(options[0]!.value);
  expect(await page.locator('#f-rel-id-0').inputValue()).toBe(String(options[0]!.id));
  // Typing again forgets the picked id.
  await relation.press('End');
  await relation.press('Backspace');
  expect(await page.locator('#f-rel-id-0').inputValue()).toBe('');
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

async function clipAround(page: Page, list: ReturnType<Page['locator']>) {
  const box = (await list.boundingBox())!;
  const viewport = page.viewportSize()!;
  const y = Math.max(0, box.y - 160);
  return { x: 0, y, width: viewport.width, height: Math.min(viewport.height - y, box.height + 260) };
}

it('prints a document without menus and footer, with its facts and the files’ addresses', async () => {
  const withFile = await t.services.db
    .selectFrom('legal_documents as d')
    .innerJoin('collection_items as i', 'i.id', 'd.item_id')
    .innerJoin('legal_document_relations as r', 'r.source_id', 'd.item_id')
    .select(['i.slug', 'i.data'])
    .where('d.site_id', '=', siteId)
    .where('d.published', '=', 1)
    .execute();
  const doc = withFile.find((row) => (JSON.parse(row.data).files ?? []).length > 0)!;
  expect(doc).toBeDefined();
  const page = await openPage(handle, { width: 1280, height: 1000 });
  await page.goto(`${base}/van-ban/${doc.slug}`);
  const button = page.getByRole('button', { name: 'In văn bản' });
  expect(await button.isVisible()).toBe(true);
  await page.screenshot({ path: '/tmp/h14-print-screen.png', fullPage: true });
  await page.emulateMedia({ media: 'print' });
  for (const hidden of [
    '.main-menu',
    '.site-footer',
    '.topbar',
    '.breadcrumb',
    '.pdf-viewer',
    '.legal-print',
  ])
    if ((await page.locator(hidden).count()) > 0)
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
  for (const shown of ['.legal-facts', '.legal-files', '.legal-related', 'h1'])
    expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
  const address = await page.locator('.legal-files .print-only').first().textContent();
  expect(address).toMatch(new RegExp(`/van-ban/${doc.slug}/tep/\\d+$`));
  expect(await page.locator('.legal-files .print-only').first().isVisible()).toBe(true);
  await page.screenshot({ path: '/tmp/h14-print-view.png', fullPage: true });
  await page.pdf({ path: '/tmp/h14-print.pdf', format: 'A4' });
  expect(readFileSync('/tmp/h14-print.pdf').subarray(0, 5).toString()).toBe('%PDF-');
  await page.close();
}, 120_000);
