import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, type StaffUser } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import {
  axeViolations,
  type BrowserHandle,
  launchBrowser,
  logInThroughForms,
  openPage,
  viewports,
  zoomText,
} from './browser.ts';

// The collection kit end to end, from the keyboard: a leader created in the admin, approved,
// translated, then found on the public site in three languages, in search and in the sitemap;
// the units tree and the spokesperson warning of the demo province.

let t: TestApp;
let browserHandle: BrowserHandle;
let base: string;
let chief: StaffUser;
let page: Page;
let leaderId: number;
const pageErrors: string[] = [];

async function press(role: 'button' | 'link', name: string, url: RegExp | string): Promise<void> {
  await Promise.all([
    page.waitForURL(url),
    page.getByRole(role, { name, exact: true }).first().press('Enter'),
  ]);
}

/** Types into a rich-text field (the editor island) or its textarea. */
async function typeRich(label: string, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: label, exact: true }).first();
  await box.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

async function expectNoSidewaysScroll(): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
}

beforeAll(async () => {
  expect(existsSync(path.join(process.cwd(), 'dist/public/editor.js')), 'run `npm run build` first').toBe(
    true,
  );
  t = await createTestApp({ demo: true });
  const siteId = await defaultSiteId(t.services.db);
  chief = await createStaff(t.services, 'chief_editor', siteId);
  // An assignment recorded three days ago and never published: the dashboard must warn.
  const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000).toISOString();
  await t.services.db
    .insertInto('collection_items')
    .values({
      site_id: siteId,
      type: 'spokesperson',
      lang: 'vi',
      source_id: null,
      source_version: null,
      stale_since: null,
      title: 'Đinh Quốc Bảo',
      slug: 'dinh-quoc-bao',
      position: 2,
      status: 'draft',
      data: JSON.stringify({
        full_name: 'Đinh Quốc Bảo',
        title: 'Phó Chánh Văn phòng UBND tỉnh',
        phone: '0203 3812 346',
        email: 'dqbao@lachong.gov.vn',
        assigned_on: threeDaysAgo.slice(0, 10),
        display_order: 2,
      }),
      version: 1,
      published_at: null,
      created_by: null,
      created_at: threeDaysAgo,
      updated_at: threeDaysAgo,
    })
    .execute();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  browserHandle = await launchBrowser();
  page = await openPage(browserHandle, viewports.desktop);
  page.on('pageerror', (error) => pageErrors.push(String(error)));
});

afterAll(async () => {
  await page?.context().close();
  await browserHandle?.close();
  await t?.close();
});

describe('collections in the browser', () => {
  it('warns on the dashboard about the unpublished spokesperson', async () => {
    await logInThroughForms(page, base, chief);
    const warning = page.locator('#spokesperson-late-title');
    expect(await warning.textContent()).toBe('Người phát ngôn chưa được công bố');
    expect(await page.getByRole('alert').first().textContent()).toContain(
      'Đinh Quốc Bảo được giao làm người phát ngôn',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('creates a leader from the keyboard, with Vietnamese messages for what is missing', async () => {
    await press('link', 'Lãnh đạo', `${base}/admin/leaders`);
    expect(await axeViolations(page)).toEqual([]);
    await press('link', 'Thêm lãnh đạo', `${base}/admin/leaders/new`);
    await page.getByLabel('Thứ tự hiển thị').fill('7');
    await Promise.all([
      page.waitForURL(`${base}/admin/leaders`),
      page.getByRole('button', { name: 'Lưu' }).press('Enter'),
    ]);
    expect(await page.locator('#f-d-full-name-error').textContent()).toBe('Vui lòng nhập mục này.');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Họ và tên').fill('Vi Văn Sơn');
    await page.getByLabel('Chức vụ').fill('Ủy viên UBND tỉnh, Giám đốc Sở Nội vụ');
    await typeRich('Tiểu sử', 'Sinh năm 1979, dân tộc Tày, quê quán xã Nậm Khoan.');
    await typeRich(
      'Nhiệm vụ được phân công',
      'Phụ trách tổ chức bộ máy, công chức, viên chức và cải cách hành chính.',
    );
    await page.getByLabel('Bắt đầu nhiệm kỳ').fill('2025-07-01');
    await Promise.all([
      page.waitForURL(/\/admin\/leaders\/\d+\?done=created$/),
      page.getByRole('button', { name: 'Lưu' }).press('Enter'),
    ]);
    leaderId = Number(/\/admin\/leaders\/(\d+)/.exec(page.url())?.[1]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('submits and approves it, then adds the English and Chinese versions', async () => {
    await press('button', 'Gửi duyệt', /done=submitted$/);
    await press('button', 'Duyệt và xuất bản', /done=published$/);
    const versions = [
      [
        'Tiếng Anh',
        'Vi Van Son',
        'Member of the Provincial People’s Committee, Director of the Department of Home Affairs',
      ],
      ['Tiếng Trung', '韦文山', '省人民委员会委员、内务厅厅长'],
    ] as const;
    for (const [language, name, position] of versions) {
      await page.goto(`${base}/admin/leaders/${leaderId}`);
      await press('button', `Thêm bản ${language}`, /done=translated$/);
      await page.getByLabel('Họ và tên').fill(name);
      await page.getByLabel('Chức vụ').fill(position);
      await Promise.all([
        page.waitForURL(/done=saved$/),
        page.getByRole('button', { name: 'Lưu' }).press('Enter'),
      ]);
      await press('button', 'Gửi duyệt', /done=submitted$/);
      await press('button', 'Duyệt và xuất bản', /done=published$/);
    }
  });

  it('shows it in the public list and on its page in vi, en and zh, at phone width and 200% text', async () => {
    const phone = await openPage(browserHandle, viewports.phone);
    const checks = [
      ['/lanh-dao', '/lanh-dao/vi-van-son', 'Ủy viên UBND tỉnh'],
      ['/en/leadership', '/en/leadership/vi-van-son', 'Director of the Department of Home Affairs'],
      ['/zh/leadership', '/zh/leadership/vi-van-son', '内务厅厅长'],
    ] as const;
    for (const [list, item, position] of checks) {
      await phone.goto(base + list);
      await phone
        .getByRole('link', { name: /Vi Văn Sơn|Vi Van Son|韦文山/ })
        .first()
        .waitFor();
      expect(await axeViolations(phone)).toEqual([]);
      await phone.goto(base + item);
      expect(await phone.locator('h1').textContent()).toMatch(/Vi Văn Sơn|Vi Van Son|韦文山/);
      expect(await phone.locator('main').textContent()).toContain(position);
      expect(await axeViolations(phone)).toEqual([]);
      await zoomText(phone, 200);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
    }
    await phone.close();
  });

  it('is found by the search and listed in the sitemap', async () => {
    await page.goto(`${base}/tim-kiem?q=vi+van+son`);
    expect(await page.locator('a[href="/lanh-dao/vi-van-son"]').count()).toBeGreaterThan(0);
    const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
    expect(sitemap).toContain('/lanh-dao/vi-van-son</loc>');
    expect(sitemap).toContain('hreflang="zh-Hans" href="http://localhost:3000');
  });

  it('draws the units tree', async () => {
    await page.goto(`${base}/to-chuc-bo-may`);
    const tree = page.locator('ul.unit-tree');
    expect(await tree.locator('> li > a').first().textContent()).toBe('Ủy ban nhân dân tỉnh Lạc Hồng');
    expect(await tree.locator('> li > ul > li').count()).toBeGreaterThanOrEqual(5);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoSidewaysScroll();
    expect(pageErrors).toEqual([]);
  });
});
