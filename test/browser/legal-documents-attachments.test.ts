import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, type StaffUser } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { pdf } from '../media-fixtures.ts';
import { type BrowserHandle, launchBrowser, logInThroughForms, openPage, viewports } from './browser.ts';

// The document form in Chromium: a PDF chosen in the form's own file input is uploaded with the
// form (multipart, CSRF first), Enter in a text box saves rather than searching the library, and
// the saved document lists the file ticked, labelled by its name.

let t: TestApp;
let browserHandle: BrowserHandle;
let base: string;
let chief: StaffUser;
let page: Page;

beforeAll(async () => {
  expect(existsSync(path.join(process.cwd(), 'dist/public/editor.js')), 'run `npm run build` first').toBe(
    true,
  );
  t = await createTestApp({ scheduler: false });
  chief = await createStaff(t.services, 'chief_editor', await defaultSiteId(t.services.db));
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  browserHandle = await launchBrowser();
  page = await openPage(browserHandle, viewports.desktop);
});

afterAll(async () => {
  await page?.context().close();
  await browserHandle?.close();
  await t?.close();
});

describe('attachments in the document form, in Chromium', () => {
  it('uploads a PDF with the form and lists it attached by name', async () => {
    await logInThroughForms(page, base, chief);
    await page.goto(`${base}/admin/legal-documents/new`);
    const field = (name: string) => page.locator(`[name="${name}"]`).first();
    await field('d.doc_type').selectOption('quyet-dinh');
    await field('d.number').fill('77/2025/QĐ-UBND');
    await field('d.section').selectOption('quy-pham-phap-luat');
    await field('d.issuer').fill('Ủy ban nhân dân tỉnh');
    await field('d.level').selectOption('province');
    await field('d.signer').fill('Trần Văn An');
    await field('d.issued_on').fill('2025-06-10');
    await field('d.effective_on').fill('2025-06-20');
    await page.locator('[name="d.fields"][value="dat-dai"]').check();
    await page.getByLabel('Tải tệp mới lên').setInputFiles({
      name: 'Quyết định 77.pdf',
      mimeType: 'application/pdf',
      buffer: pdf(),
    });
    await field('d.title').fill('Quy định về cấp giấy phép xây dựng');
    // Enter in a text box saves the form (the hidden default button), not the library search.
    await Promise.all([
      page.waitForURL(/\/admin\/legal-documents\/\d+\?done=created/),
      field('d.signer').press('Enter'),
    ]);
    const box = page.getByLabel('Quyết định 77.pdf', { exact: true });
    await expect(box.isChecked()).resolves.toBe(true);
    const media = await t.services.db.selectFrom('media').select('original_name').execute();
    expect(media.map((row) => row.original_name)).toEqual(['Quyết định 77.pdf']);
  });
});
