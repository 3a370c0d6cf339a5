import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDocumentFile } from '../../src/demo/document-files.ts';
import { runSchedulerTick } from '../../src/modules/articles/scheduler.ts';
import { vietnamDay } from '../../src/modules/legal-documents/store.ts';
import { outboxSettled } from '../../src/platform/outbox.ts';
import { zipArchive } from '../../src/platform/zip-writer.ts';
import { createStaff, type StaffUser } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { axeViolations, type BrowserHandle, launchBrowser, logInThroughForms, openPage } from './browser.ts';
import { xlsxWorkbook } from './xlsx-file.ts';

// The whole registry as an office keeps it (issue 14, "Done when"), in Chromium on the demo
// province: a chief editor enters a decision with its PDF and publishes it; a citizen finds it
// on /van-ban by typing the number the short way, and finds a sentence that is only inside the
// PDF through the site search; a later decision repeals it, and on the repeal's effective date
// (a controlled clock moved forward, the job runner's tick) its page and the list say so.

/** Real time, so the second factor's codes are accepted, moved forward by the test. */
let shiftMs = 0;
const clock = () => new Date(Date.now() + shiftMs);

let t: TestApp;
let handle: BrowserHandle;
let base: string;
let chief: StaffUser;
let page: Page;
const pageErrors: string[] = [];

/** Numbers the demo does not use; the list is searched with the short form people type. */
const FIRST = { number: '347/2025/QĐ-UBND', typed: '347/QĐ-UBND' };
const PHRASE = 'hồ chứa nước Đồng Mây phải được nạo vét';
const PDF_NAME = 'QĐ 347-2025 quản lý hồ chứa nước.pdf';
const FIRST_TITLE =
  'Ban hành Quy định quản lý, vận hành các hồ chứa nước thủy lợi trên địa bàn tỉnh Lạc Hồng';
let firstSlug = '';

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const shot = (name: string) => page.screenshot({ path: `/tmp/h14-registry-${name}.png`, fullPage: true });

/** Presses a button or link with the keyboard and waits for the page it leads to. */
async function press(role: 'button' | 'link', name: string, url: RegExp | string): Promise<void> {
  await Promise.all([
    page.waitForURL(url),
    page.getByRole(role, { name, exact: true }).first().press('Enter'),
  ]);
}

async function expectNoSidewaysScroll(target: Page): Promise<void> {
  const overflow = await target.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
}

interface DocumentInput {
  number: string;
  issuedOn: string;
  effectiveOn: string;
  title: string;
  fields: string[];
  /** Uploaded in the document form itself ("Tải tệp mới lên"). */
  file?: { name: string; bytes: Buffer };
  repeals?: string;
}

/** Fills the admin's new document form, saves it and publishes it; returns the public address. */
async function enterDocument(input: DocumentInput): Promise<string> {
  await page.goto(`${base}/admin/legal-documents`);
  await press('link', 'Thêm văn bản', `${base}/admin/legal-documents/new`);
  await page.getByLabel('Loại văn bản').selectOption({ label: 'Quyết định' });
  await page.getByLabel('Số ký hiệu', { exact: true }).fill(input.number);
  await page.getByLabel('Nhóm văn bản').selectOption({ label: 'Văn bản quy phạm pháp luật' });
  await page.getByLabel('Cơ quan ban hành', { exact: true }).fill('UBND tỉnh Lạc Hồng');
  await page.getByLabel('Cấp ban hành').selectOption({ label: 'Tỉnh' });
  await page.getByLabel('Người ký', { exact: true }).fill('Phạm Thu Trang');
  await page.getByLabel('Chức vụ người ký').fill('Phó Chủ tịch');
  await page.getByLabel('Ngày ban hành').fill(input.issuedOn);
  await page.getByLabel('Ngày có hiệu lực').fill(input.effectiveOn);
  for (const field of input.fields) await page.getByLabel(field, { exact: true }).check();
  await page.getByLabel('Trích yếu').fill(input.title);
  if (input.file)
    await page.getByLabel('Tải tệp mới lên').setInputFiles({
      name: input.file.name,
      mimeType: 'application/pdf',
      buffer: input.file.bytes,
    });
  if (input.repeals) {
    await page.locator('select[name="rel.kind.0"]').selectOption({ label: 'Bãi bỏ' });
    await page.locator('input[name="rel.target.0"]').fill(input.repeals);
  }
  expect(await axeViolations(page)).toEqual([]);
  await Promise.all([
    page.waitForURL(/\/admin\/legal-documents\/\d+\?done=created$/),
    page.getByRole('button', { name: 'Lưu', exact: true }).last().press('Enter'),
  ]);
  // The uploaded file is now attached: listed, checked, under its Vietnamese name.
  if (input.file) expect(await page.getByLabel(input.file.name, { exact: true }).isChecked()).toBe(true);
  await press('button', 'Xuất bản', /done=published$/);
  expect(await page.locator('.status-badge').textContent()).toBe('Đã xuất bản');
  expect(await axeViolations(page)).toEqual([]);
  const href = await page.getByRole('link', { name: 'Xem trên cổng' }).getAttribute('href');
  expect(href).toMatch(/^\/van-ban\/[a-z0-9-]+$/);
  return href!;
}

beforeAll(async () => {
  expect(existsSync(path.join(process.cwd(), 'dist/public/editor.js')), 'run `npm run build` first').toBe(
    true,
  );
  t = await createTestApp({ demo: true, clock });
  chief = await createStaff(t.services, 'chief_editor', await defaultSiteId(t.services.db));
  // The demo's own files are read first, so the outbox is quiet when the test starts.
  await outboxSettled();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  handle = await launchBrowser();
  page = await openPage(handle, { width: 1280, height: 900 });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
}, 180_000);

afterAll(async () => {
  await page?.close();
  await handle?.close();
  await t?.close();
});

describe('the legal documents registry in the browser', () => {
  it('enters a decision with its PDF from the admin and publishes it', async () => {
    // The number is free in the demo: the short form finds only this document.
    await page.goto(`${base}/van-ban?q=${encodeURIComponent(FIRST.typed)}`);
    expect(await page.locator('table.legal-table').count()).toBe(0);

    await logInThroughForms(page, base, chief);
    const pdf = await demoDocumentFile({
      name: PDF_NAME,
      kind: 'pdf',
      title: 'QUYẾT ĐỊNH Ban hành Quy định quản lý, vận hành các hồ chứa nước thủy lợi',
      paragraphs: [
        'Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý, vận hành các hồ chứa nước thủy lợi trên địa bàn tỉnh.',
        `Điều 2. Trước mùa mưa lũ hằng năm, lòng ${PHRASE} để bảo đảm dung tích phòng lũ theo quy trình vận hành.`,
        'Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2025.',
      ],
    });
    firstSlug = await enterDocument({
      number: FIRST.number,
      issuedOn: '2025-06-20',
      effectiveOn: '2025-07-01',
      title: FIRST_TITLE,
      fields: ['Nông nghiệp – Nông thôn', 'Tài nguyên – Môi trường'],
      file: pdf,
    });
    await shot('admin-published');
  }, 120_000);

  it(`finds it on /van-ban by typing ${FIRST.typed}`, async () => {
    await page.goto(`${base}/`);
    await page.goto(`${base}/van-ban`);
    await page.getByLabel('Từ khóa hoặc số ký hiệu').fill(FIRST.typed);
    await Promise.all([page.waitForURL(/[?&]q=/), page.getByLabel('Từ khóa hoặc số ký hiệu').press('Enter')]);
    const row = page.locator('table.legal-table tbody tr', { hasText: FIRST.number });
    await expect(row.count()).resolves.toBe(1);
    expect(await row.locator('td').nth(2).textContent()).toBe(FIRST_TITLE);
    expect(await row.locator('td.validity').textContent()).toBe('Còn hiệu lực');
    await shot('list-1280');
    expect(await axeViolations(page)).toEqual([]);
    await expectNoSidewaysScroll(page);
    await press('link', FIRST.number, `${base}${firstSlug}`);
    expect(await page.locator('h1').textContent()).toContain(FIRST_TITLE);
    expect(await page.locator('main').textContent()).toContain(PDF_NAME);
    // No full text was typed: no empty "Toàn văn" heading.
    expect(await page.locator('#legal-full-text').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the list with the result at 390 px', async () => {
    const phone = await openPage(handle, { width: 390, height: 844 });
    await phone.goto(`${base}/van-ban?q=${encodeURIComponent(FIRST.typed)}`);
    await expect(
      phone.locator('table.legal-table tbody tr', { hasText: FIRST.number }).count(),
    ).resolves.toBe(1);
    await phone.screenshot({ path: '/tmp/h14-registry-list-390.png', fullPage: true });
    await expectNoSidewaysScroll(phone);
    expect(await axeViolations(phone)).toEqual([]);
    await phone.close();
  });

  it('finds a sentence that is only inside the PDF through the site search, naming the file', async () => {
    // Text extraction and reindexing run in the background after the commit.
    await outboxSettled();
    await page.goto(`${base}/tim-kiem`);
    await page.getByLabel('Từ khóa', { exact: true }).fill(PHRASE);
    await Promise.all([
      page.waitForURL(/\/tim-kiem\?/),
      page.getByLabel('Từ khóa', { exact: true }).press('Enter'),
    ]);
    const result = page.locator('li.search-result', { has: page.locator(`a[href="${firstSlug}"]`) });
    await expect(result.count()).resolves.toBe(1);
    expect(await result.locator('.search-result-file').textContent()).toBe(`Trong tệp: ${PDF_NAME}`);
    expect(
      await page.locator('li.search-result').first().locator('.search-result-title a').getAttribute('href'),
    ).toBe(firstSlug);
    await shot('search');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('repeals it with a later decision whose date comes, and shows the change that day', async () => {
    const today = vietnamDay(clock());
    const effectiveOn = addDays(today, 2);
    const second = { number: `96/${today.slice(0, 4)}/QĐ-UBND` };
    await enterDocument({
      number: second.number,
      issuedOn: today,
      effectiveOn,
      title: 'Bãi bỏ Quyết định số 347/2025/QĐ-UBND về quản lý, vận hành các hồ chứa nước thủy lợi',
      fields: ['Nông nghiệp – Nông thôn'],
      repeals: FIRST.number,
    });
    await page.goto(`${base}${firstSlug}`);
    const validity = page.locator('td.validity');
    expect(await validity.textContent()).toContain('Còn hiệu lực');
    expect(await validity.textContent()).toContain('Hết hiệu lực toàn bộ');
    expect(await page.locator('main').textContent()).toContain('Bị bãi bỏ bởi');
    expect(await page.locator('main').textContent()).toContain(second.number);
    await shot('item-before');

    // The effective date comes; the job runner's tick recomputes and purges.
    shiftMs = 2 * 86_400_000;
    expect(vietnamDay(clock())).toBe(effectiveOn);
    await runSchedulerTick(t.services, t.services.clock());
    await outboxSettled();
    await page.reload();
    expect((await validity.textContent())?.trim()).toBe('Hết hiệu lực toàn bộ');
    await shot('item-after');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${base}/van-ban?q=${encodeURIComponent(FIRST.typed)}`);
    const row = page.locator('table.legal-table tbody tr', { hasText: FIRST.number });
    expect(await row.locator('td.validity').textContent()).toBe('Hết hiệu lực toàn bộ');
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('imports an XLSX list: refuses a bad row by number, then imports it fixed', async () => {
    // The session went idle while the clock moved: sign in again, at the clock's time.
    await logInThroughForms(page, base, chief, clock());
    const header = [
      'Loại văn bản',
      'Số ký hiệu',
      'Nhóm văn bản',
      'Cơ quan ban hành',
      'Cấp ban hành',
      'Người ký',
      'Chức vụ',
      'Ngày ban hành',
      'Ngày có hiệu lực',
      'Ngày hết hiệu lực',
      'Lĩnh vực',
      'Trích yếu',
      'Tệp đính kèm',
    ];
    const row = (number: string, issued: string, effective: string, title: string, file = '') => [
      'Quyết định',
      number,
      'Văn bản quy phạm pháp luật',
      'UBND tỉnh Lạc Hồng',
      'Tỉnh',
      'Phạm Thu Trang',
      'Phó Chủ tịch',
      issued,
      effective,
      '',
      'Giao thông vận tải',
      title,
      file,
    ];
    const fileName = 'QĐ 71-2024 tải trọng xe đường tỉnh.pdf';
    const pdf = await demoDocumentFile({
      name: fileName,
      kind: 'pdf',
      title: 'QUYẾT ĐỊNH Quy định tải trọng xe trên các tuyến đường tỉnh',
      paragraphs: ['Điều 1. Xe có tổng trọng lượng trên 30 tấn không được lưu thông trên đường tỉnh 279.'],
    });
    const zip = zipArchive({ [fileName]: pdf.bytes });
    const good = row(
      '71/2024/QĐ-UBND',
      '06/05/2024',
      '16/05/2024',
      'Quy định tải trọng xe trên các tuyến đường tỉnh',
      fileName,
    );
    // Row 3 of the sheet: in force before it was issued.
    const bad = row(
      '72/2024/QĐ-UBND',
      '20/05/2024',
      '10/05/2024',
      'Quy định về bến khách ngang sông trên địa bàn tỉnh',
    );
    const upload = async (rows: string[][], button: 'Kiểm tra' | 'Nhập', url: RegExp | string) => {
      await page.getByLabel('Tệp danh sách (XLSX hoặc CSV)').setInputFiles({
        name: 'danh-sach-van-ban.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: xlsxWorkbook(rows),
      });
      await page
        .getByLabel('Tệp đính kèm (ZIP)')
        .setInputFiles({ name: 'tep-dinh-kem.zip', mimeType: 'application/zip', buffer: zip });
      await Promise.all([
        page.waitForEvent('load'),
        page.waitForURL(url),
        page.getByRole('button', { name: button, exact: true }).press('Enter'),
      ]);
    };
    await page.goto(`${base}/admin/legal-documents`);
    await press('link', 'Nhập hàng loạt từ XLSX/CSV', `${base}/admin/legal-documents/import`);
    expect(await axeViolations(page)).toEqual([]);
    await upload([header, good, bad], 'Nhập', `${base}/admin/legal-documents/import`);
    const refused = page.locator('main tbody tr', { hasText: 'Ngày có hiệu lực' });
    await expect(refused.count()).resolves.toBe(1);
    expect(await refused.locator('td').first().textContent()).toBe('3');
    expect(await page.locator('main').textContent()).toContain('chưa có gì được lưu');
    await shot('import-refused');
    expect(await axeViolations(page)).toEqual([]);
    // All or nothing: the good row was not written either.
    await page.goto(`${base}/van-ban?q=${encodeURIComponent('71/QĐ-UBND')}`);
    expect(await page.locator('table.legal-table').count()).toBe(0);

    const fixed = [...bad];
    fixed[8] = '30/05/2024';
    await page.goto(`${base}/admin/legal-documents/import`);
    await upload([header, good, fixed], 'Kiểm tra', `${base}/admin/legal-documents/import`);
    expect(await page.locator('main').textContent()).toContain('Không có lỗi: 2 văn bản sẵn sàng để nhập.');
    await upload([header, good, fixed], 'Nhập', /\/admin\/legal-documents\/import\/\d+$/);
    // The import runs as one job after the commit; its page refreshes itself until it is done.
    await outboxSettled();
    await page.reload();
    expect(await page.locator('main').textContent()).toContain('Đã nhập 2 văn bản.');
    await shot('import-done');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${base}/van-ban?year=2024&type=quyet-dinh`);
    for (const number of ['71/2024/QĐ-UBND', '72/2024/QĐ-UBND'])
      await expect(page.locator('table.legal-table tbody tr', { hasText: number }).count()).resolves.toBe(1);
    await shot('import-list');
    await press('link', '71/2024/QĐ-UBND', /\/van-ban\/[a-z0-9-]+$/);
    expect(await page.locator('main').textContent()).toContain(fileName);
  }, 120_000);
});
