import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { generateSync } from 'otplib';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLocalInput } from '../../src/modules/articles/article-form.ts';
import { runSchedulerTick } from '../../src/modules/articles/scheduler.ts';
import { verifyAudit } from '../../src/modules/audit/audit.ts';
import { storeImage } from '../../src/modules/media/images.ts';
import { storageOf } from '../../src/modules/media/media.service.ts';
import { createStaff, type StaffUser, TEST_PASSWORD } from '../admin-session.ts';
import { createCategory, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { loadArticle } from '../newsroom.ts';
import { axeViolations, type BrowserHandle, launchBrowser, openPage, viewports } from './browser.ts';

// The newsroom workflow of test/integration/articles-workflow.test.ts, played in Chromium:
// each person in their own browser context, with the keyboard and visible labels and roles.

const TITLE = 'Khánh thành cầu Lạc Hồng nối đôi bờ sông Thương';
const LEAD = 'Cây cầu dài 1,2 km rút ngắn quãng đường về trung tâm tỉnh.';
const FIXED_LEAD = 'Cây cầu dài 1,2 km, tổng vốn 850 tỷ đồng, rút ngắn quãng đường về trung tâm tỉnh.';
const REASON = 'Thiếu số liệu về tổng vốn đầu tư; bổ sung giúp.';
const ALTS = ['Toàn cảnh cầu Lạc Hồng nhìn từ bờ bắc', 'Người dân đi bộ qua cầu trong ngày khánh thành'];

let t: TestApp;
let browserHandle: BrowserHandle;
let base: string;
let categoryId: number;
let mediaIds: number[];
let articleId: number;
/** The app's clock runs this far ahead of the real one once "the job" is due. */
let offset = 0;
const staff = {} as Record<'contributor' | 'editor' | 'chief', StaffUser>;
const pages = {} as Record<'contributor' | 'editor' | 'chief', Page>;
const pageErrors: string[] = [];

interface Doc {
  type: string;
  attrs?: Record<string, unknown>;
  content?: Doc[];
}

function figuresOf(doc: Doc): Doc[] {
  const out: Doc[] = [];
  const walk = (node: Doc) => {
    if (node.type === 'figure') out.push(node);
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return out;
}

async function jpeg(red: number, green: number, blue: number): Promise<Buffer> {
  return sharp({
    create: { width: 640, height: 400, channels: 3, background: { r: red, g: green, b: blue } },
  })
    .jpeg()
    .toBuffer();
}

async function newPage(): Promise<Page> {
  const page = await openPage(browserHandle, viewports.desktop);
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  return page;
}

/** Logs in through the form (and the 2FA form when the account has a second factor). */
async function logIn(page: Page, user: StaffUser, checkAxe = false): Promise<void> {
  await page.goto(`${base}/admin/login`);
  if (checkAxe) expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Thư điện tử').fill(user.email);
  await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/admin/login'),
    page.getByLabel('Mật khẩu').press('Enter'),
  ]);
  if (user.totpSecret) {
    expect(new URL(page.url()).pathname).toBe('/admin/login/2fa');
    await page.getByLabel('Mã xác thực').fill(generateSync({ secret: user.totpSecret }));
    await Promise.all([
      page.waitForURL((url) => url.pathname !== '/admin/login/2fa'),
      page.getByLabel('Mã xác thực').press('Enter'),
    ]);
  }
  expect(new URL(page.url()).pathname).toBe('/admin');
}

/** Presses a workflow button from the keyboard and waits for the page it leads to. */
async function press(page: Page, name: string, url: RegExp): Promise<void> {
  await Promise.all([page.waitForURL(url), page.getByRole('button', { name, exact: true }).press('Enter')]);
}

/** Opens the article from the article list (reached through the admin menu). */
async function openFromList(page: Page): Promise<void> {
  await page.goto(`${base}/admin`);
  await Promise.all([
    page.waitForURL(`${base}/admin/articles`),
    page.getByRole('link', { name: 'Bài viết', exact: true }).first().press('Enter'),
  ]);
  await Promise.all([
    page.waitForURL(`${base}/admin/articles/${articleId}/edit`),
    page.getByRole('link', { name: TITLE, exact: true }).press('Enter'),
  ]);
}

/** Alt+F10 to the editor toolbar, arrow keys to the named button, then Enter. */
async function toolbarPress(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Alt+F10');
  for (let i = 0; i < 30; i += 1) {
    if ((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) === name) break;
    await page.keyboard.press('ArrowRight');
  }
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(name);
  await page.keyboard.press('Enter');
}

beforeAll(async () => {
  expect(existsSync(path.join(process.cwd(), 'dist/public/editor.js')), 'run `npm run build` first').toBe(
    true,
  );
  t = await createTestApp({ demo: false, clock: () => new Date(Date.now() + offset) });
  const siteId = await defaultSiteId(t.services.db);
  categoryId = await createCategory(t.services.db, siteId, {
    name: 'Tin tức sự kiện',
    slug: 'tin-tuc',
    showInMenu: true,
  });
  staff.contributor = await createStaff(t.services, 'contributor', siteId);
  staff.editor = await createStaff(t.services, 'editor', siteId);
  staff.chief = await createStaff(t.services, 'chief_editor', siteId);
  expect(staff.chief.totpSecret).toBeTruthy();
  mediaIds = [];
  for (const [index, alt] of ALTS.entries()) {
    const row = await storeImage(t.services.db, storageOf(t.services), {
      siteId,
      bytes: await jpeg(40 + index * 120, 90, 160),
      originalName: `cau-${index + 1}.jpg`,
      alt,
      now: t.services.clock(),
    });
    mediaIds.push(row.id);
  }
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  browserHandle = await launchBrowser();
});

afterAll(async () => {
  await browserHandle?.close();
  await t?.close();
});

describe('the newsroom in the browser', () => {
  it('a contributor writes an article with two figures and submits it', async () => {
    const page = await newPage();
    pages.contributor = page;
    await logIn(page, staff.contributor, true);
    expect(await axeViolations(page)).toEqual([]); // the dashboard

    await Promise.all([
      page.waitForURL(`${base}/admin/articles`),
      page.getByRole('link', { name: 'Bài viết', exact: true }).first().press('Enter'),
    ]);
    expect(await axeViolations(page)).toEqual([]); // the article list
    await Promise.all([
      page.waitForURL(`${base}/admin/articles/new`),
      page.getByRole('link', { name: 'Viết bài mới' }).press('Enter'),
    ]);
    const body = page.getByRole('textbox', { name: 'Nội dung', exact: true });
    await body.waitFor(); // the TipTap island replaced the textarea
    expect(await axeViolations(page)).toEqual([]); // the edit form
    // The island and its stylesheet come from their fingerprinted URLs, the stylesheet once.
    expect(
      await page.evaluate(() => [
        ...[...document.querySelectorAll('link[href*="/assets/editor."]')].map((link) =>
          link.getAttribute('href'),
        ),
        document.querySelector('script[src*="/assets/build/"]')?.getAttribute('src'),
      ]),
    ).toEqual([
      expect.stringMatching(/^\/assets\/editor\.[0-9a-f]{8}\.css$/),
      expect.stringMatching(/^\/assets\/build\/editor\.[0-9a-f]{8}\.js$/),
    ]);

    await page.getByLabel('Tiêu đề', { exact: true }).fill(TITLE);
    await page.getByLabel('Sapo (đoạn tóm tắt)').fill(LEAD);
    await page.getByLabel('Chuyên mục').selectOption(String(categoryId));

    // The body with the keyboard, and two figures through the editor's "insert image" dialog
    // (its picker lists the media library; each image brings its alt text).
    await body.focus();
    await page.keyboard.type('Sáng nay, tỉnh Lạc Hồng khánh thành cầu mới.');
    await page.keyboard.press('Enter');
    for (let index = 0; index < 2; index += 1) {
      await toolbarPress(page, 'Chèn ảnh');
      await page.waitForSelector('dialog[open] .rich-media-picker');
      // The library's images are radio buttons named by their number and alt text.
      await page.getByRole('radio', { name: `Ảnh số ${mediaIds[index]}: ${ALTS[index]}` }).press('Space');
      await expect
        .poll(() => page.inputValue('dialog[open] input[name="mediaId"]'))
        .toBe(String(mediaIds[index]));
      expect(await page.getByLabel('Mô tả ảnh (alt)').inputValue()).toBe(ALTS[index]);
      await page.locator('dialog[open] button[type="submit"]').press('Enter');
      await page.waitForSelector('dialog', { state: 'detached' });
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type(index === 0 ? 'Cầu dài 1,2 km.' : 'Người dân vui mừng.');
    }
    const doc = JSON.parse(await page.inputValue('textarea[name="body"]')) as Doc;
    expect(figuresOf(doc).map((figure) => [figure.attrs?.['mediaId'], figure.attrs?.['alt']])).toEqual([
      [mediaIds[0], ALTS[0]],
      [mediaIds[1], ALTS[1]],
    ]);

    await press(page, 'Lưu', /\/admin\/articles\/\d+\/edit/);
    articleId = Number(/\/admin\/articles\/(\d+)\/edit/.exec(page.url())?.[1]);
    expect(await loadArticle(t.services.db, articleId)).toMatchObject({ status: 'draft', title: TITLE });
    await page.getByRole('textbox', { name: 'Nội dung', exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]); // the edit form of a saved draft

    await press(page, 'Gửi biên tập', /done=submit/);
    const row = await loadArticle(t.services.db, articleId);
    expect(row.status).toBe('pending_edit');
    expect(figuresOf(JSON.parse(row.body) as Doc)).toHaveLength(2);
  });

  it('the editor returns it, and a reason is required', async () => {
    const page = await newPage();
    pages.editor = page;
    await logIn(page, staff.editor);
    await openFromList(page);

    await Promise.all([
      page.waitForLoadState('load'),
      page.waitForSelector('#article-reason-error'),
      page.getByRole('button', { name: 'Trả lại', exact: true }).press('Enter'),
    ]);
    expect(await page.locator('#article-reason-error').textContent()).toBe(
      'Vui lòng nêu lý do để người viết biết cần sửa gì.',
    );
    expect(await page.getByLabel('Lý do trả lại hoặc gỡ bài').getAttribute('aria-invalid')).toBe('true');
    expect((await loadArticle(t.services.db, articleId)).status).toBe('pending_edit');

    await page.getByLabel('Lý do trả lại hoặc gỡ bài').fill(REASON);
    await press(page, 'Trả lại', /done=return/);
    expect(await loadArticle(t.services.db, articleId)).toMatchObject({
      status: 'returned',
      workflow_note: REASON,
    });
  });

  it('the contributor sees the reason, fixes the lead and resubmits', async () => {
    const page = pages.contributor;
    await openFromList(page);
    await expect.poll(() => page.locator('.workflow-note').textContent()).toContain(REASON);
    await page.getByRole('textbox', { name: 'Nội dung', exact: true }).waitFor();
    await page.getByLabel('Sapo (đoạn tóm tắt)').fill(FIXED_LEAD);
    await press(page, 'Gửi biên tập', /done=submit/);
    expect(await loadArticle(t.services.db, articleId)).toMatchObject({
      status: 'pending_edit',
      lead: FIXED_LEAD,
    });
  });

  it('the editor sends it for approval', async () => {
    const page = pages.editor;
    await openFromList(page);
    await press(page, 'Gửi duyệt', /done=send_for_approval/);
    expect((await loadArticle(t.services.db, articleId)).status).toBe('pending_approval');
  });

  it('the chief editor (with 2FA) approves and schedules it; the job publishes it', async () => {
    const page = await newPage();
    pages.chief = page;
    await logIn(page, staff.chief);
    await openFromList(page);
    // Minutes are the field's precision: two minutes ahead is always in the future.
    const at = new Date(Date.now() + 2 * 60_000);
    await page.getByLabel('Thời điểm xuất bản').fill(toLocalInput(at.toISOString()));
    await press(page, 'Duyệt và hẹn giờ', /done=schedule/);
    const waiting = await loadArticle(t.services.db, articleId);
    expect(waiting.status).toBe('scheduled');
    expect(waiting.published_at?.slice(0, 16)).toBe(at.toISOString().slice(0, 16));

    expect((await runSchedulerTick(t.services, t.services.clock())).published).not.toContain(articleId);
    // Time passes (the public site compares publication times with the app's clock too).
    offset = at.getTime() + 60_000 - Date.now();
    const tick = await runSchedulerTick(t.services, t.services.clock());
    expect(tick.published).toEqual([articleId]);
    expect((await loadArticle(t.services.db, articleId)).status).toBe('published');
  });

  it('a visitor finds it on the home page, with both figures', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    const link = page.getByRole('link', { name: TITLE }).first();
    await link.waitFor();
    await Promise.all([page.waitForURL(new RegExp(`-${articleId}$`)), link.press('Enter')]);
    expect((await page.locator('h1').textContent())?.trim()).toBe(TITLE);
    const figures = page.locator('.article-content figure img');
    expect(await figures.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('alt')))).toEqual(ALTS);
    for (const alt of ALTS) expect(await page.getByRole('img', { name: alt }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('records every step in the audit log, and the chain verifies', async () => {
    const rows = await t.services.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_type', '=', 'article')
      .where('entity_id', '=', String(articleId))
      .orderBy('id')
      .execute();
    expect(rows.map((row) => row.action)).toEqual([
      'article.create',
      'article.submit',
      'article.return',
      'article.update',
      'article.submit',
      'article.send_for_approval',
      'article.update',
      'article.schedule',
      'article.auto_publish',
    ]);
    const actor = (action: string) => rows.find((row) => row.action === action)?.actor_label;
    expect(actor('article.create')).toBe(staff.contributor.email);
    expect(actor('article.return')).toBe(staff.editor.email);
    expect(actor('article.schedule')).toBe(staff.chief.email);
    expect(actor('article.auto_publish')).toBe('system');
    expect(await verifyAudit(t.services.db)).toMatchObject({ ok: true });
    expect(pageErrors).toEqual([]);
    // Closing the contexts (not just the pages) settles them before the browser closes.
    for (const page of Object.values(pages)) await page.context().close();
  });
});
