import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, type StaffUser } from '../admin-session.ts';
import { createArticle, createCategory, defaultSiteId, paragraphs } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { loadArticle } from '../newsroom.ts';
import { linkOf } from '../translations.ts';
import {
  axeViolations,
  type BrowserHandle,
  launchBrowser,
  logInThroughForms,
  openPage,
  viewports,
  zoomText,
} from './browser.ts';

// The translator's round trip in Chromium, from the keyboard: "Thêm bản dịch" from the
// dashboard, translate and publish, the source changes, the stale flag and the diff, update.

const TITLE = 'Khánh thành cầu Lạc Hồng nối đôi bờ sông Thương';
const LEAD = 'Cây cầu dài 1,2 km rút ngắn quãng đường về trung tâm tỉnh.';
const NEW_LEAD = 'Cây cầu dài 1,2 km, tổng vốn 850 tỷ đồng, rút ngắn quãng đường về trung tâm tỉnh.';

let t: TestApp;
let browserHandle: BrowserHandle;
let base: string;
let chief: StaffUser;
let page: Page;
let source: number;
let translation: number;
const pageErrors: string[] = [];

/** Logs in through the forms, with the second factor. */
async function logIn(user: StaffUser): Promise<void> {
  await logInThroughForms(page, base, user);
}

/** Presses a button (or link) from the keyboard and waits for the page it leads to. */
async function press(role: 'button' | 'link', name: string, url: RegExp | string): Promise<void> {
  await Promise.all([
    page.waitForURL(url),
    page.getByRole(role, { name, exact: true }).first().press('Enter'),
  ]);
}

/** Opens the dashboard through the admin menu. */
async function openDashboard(): Promise<void> {
  await page.goto(`${base}/admin`);
  await press('link', 'Bản dịch', `${base}/admin/translations`);
}

beforeAll(async () => {
  expect(existsSync(path.join(process.cwd(), 'dist/public/editor.js')), 'run `npm run build` first').toBe(
    true,
  );
  t = await createTestApp({ demo: false });
  const db = t.services.db;
  const siteId = await defaultSiteId(db);
  const news = await createCategory(db, siteId, {
    name: 'Tin tức',
    slug: 'tin-tuc',
    showInMenu: true,
    translations: { en: { name: 'News', slug: 'news' } },
  });
  source = await createArticle(db, siteId, news, {
    title: TITLE,
    lead: LEAD,
    body: paragraphs('Sáng nay, tỉnh Lạc Hồng khánh thành cầu mới.'),
  });
  chief = await createStaff(t.services, 'chief_editor', siteId);
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

describe('translating in the browser', () => {
  it('adds the English translation from the dashboard', async () => {
    await logIn(chief);
    await openDashboard();
    expect(await axeViolations(page)).toEqual([]);
    await expect.poll(() => page.locator('#missing-title').textContent()).toBe('Chưa có bản tiếng Anh');
    await Promise.all([
      page.waitForURL(/\/admin\/articles\/\d+\/edit\?done=translated$/),
      page.getByRole('button', { name: 'Thêm bản dịch tiếng Anh' }).first().press('Enter'),
    ]);
    translation = Number(/\/admin\/articles\/(\d+)\/edit/.exec(page.url())?.[1]);
    expect(await loadArticle(t.services.db, translation)).toMatchObject({
      lang: 'en',
      status: 'draft',
      title: TITLE,
    });
    await page.getByRole('textbox', { name: 'Nội dung', exact: true }).waitFor();
    expect(await page.getByRole('status').first().textContent()).toContain(
      'vẫn đang chứa văn bản tiếng Việt',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('translates and publishes it on its own', async () => {
    await page.getByLabel('Tiêu đề', { exact: true }).fill('Lac Hong bridge opens');
    await page.getByLabel('Đường dẫn (slug)').fill('');
    await page
      .getByLabel('Sapo (đoạn tóm tắt)')
      .fill('The 1.2 km bridge shortens the way to the provincial centre.');
    const body = page.getByRole('textbox', { name: 'Nội dung', exact: true });
    await body.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Lac Hong opened a new bridge this morning.');
    await press('button', 'Duyệt và xuất bản', /done=publish/);
    expect(await loadArticle(t.services.db, translation)).toMatchObject({
      status: 'published',
      slug: 'lac-hong-bridge-opens',
    });
  });

  it('flags it when the Vietnamese lead changes, and shows what changed', async () => {
    await press('link', TITLE, `${base}/admin/articles/${source}/edit`);
    await page.getByRole('textbox', { name: 'Nội dung', exact: true }).waitFor();
    await page.getByLabel('Sapo (đoạn tóm tắt)').fill(NEW_LEAD);
    await press('button', 'Lưu', /done=save/);
    expect((await linkOf(t.services.db, 'article', translation, 'en'))?.stale_since).not.toBeNull();

    await openDashboard();
    expect(await page.locator('#stale-list-title + .table-scroll').textContent()).toContain(
      'Lac Hong bridge opens',
    );
    await press('link', 'Lac Hong bridge opens', `${base}/admin/articles/${translation}/edit`);
    const panel = page.locator('.stale-panel');
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('Bản gốc đã thay đổi');
    expect((await panel.locator('ins').allTextContents()).join(' ')).toContain('tổng vốn 850 tỷ đồng');
    await page.getByRole('textbox', { name: 'Nội dung', exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('clears the flag when the translator updates the translation', async () => {
    await page
      .getByLabel('Sapo (đoạn tóm tắt)')
      .fill('The 1.2 km bridge, costing 850 billion dong, shortens the way.');
    await page.getByLabel('Đã cập nhật theo bản gốc (phiên bản 2)').check();
    await press('button', 'Lưu', /done=save/);
    expect(await linkOf(t.services.db, 'article', translation, 'en')).toMatchObject({
      stale_since: null,
      source_version: 2,
    });
    expect(await page.locator('.stale-panel').count()).toBe(0);
    await openDashboard();
    expect(await page.locator('#stale-list-title + p').textContent()).toBe(
      'Không có bản dịch nào cần cập nhật.',
    );
  });

  it('keeps the dashboard accessible on a phone and with 200% text', async () => {
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize(viewports.phone);
    await zoomText(page, 200);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
