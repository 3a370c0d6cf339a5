import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, type StaffUser, TEST_PASSWORD } from '../admin-session.ts';
import { createCategory, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { type BrowserHandle, launchBrowser, openPage, viewports } from './browser.ts';

// Issue 13, item 5: the article form's autosave (src/web/assets/autosave.js) under a fake clock.
// An untouched new form is never posted and nothing is announced; a form someone filled in is
// saved at the next interval.

const INTERVAL = 20_000;
let t: TestApp;
let browserHandle: BrowserHandle;
let base: string;
let writer: StaffUser;

beforeAll(async () => {
  expect(existsSync(path.join(process.cwd(), 'dist/public/editor.js')), 'run `npm run build` first').toBe(
    true,
  );
  t = await createTestApp({ demo: false });
  const siteId = await defaultSiteId(t.services.db);
  await createCategory(t.services.db, siteId, { name: 'Tin tức sự kiện', slug: 'tin-tuc' });
  writer = await createStaff(t.services, 'contributor', siteId);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  browserHandle = await launchBrowser();
});

afterAll(async () => {
  await browserHandle?.close();
  await t?.close();
});

/** Signs in with the real clock, then opens a new article form with a fake one. */
async function newArticleForm(): Promise<{ page: Page; posts: string[] }> {
  const page = await openPage(browserHandle, viewports.desktop);
  await page.goto(`${base}/admin/login`);
  await page.getByLabel('Thư điện tử').fill(writer.email);
  await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
  await Promise.all([page.waitForURL(`${base}/admin`), page.getByLabel('Mật khẩu').press('Enter')]);
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('autosave')) posts.push(request.url());
  });
  await page.clock.install();
  await page.goto(`${base}/admin/articles/new`);
  // The editor island has replaced the textarea (and filled in its empty document).
  await page.locator('textarea[data-rich-editor-ready]').waitFor({ state: 'attached' });
  await page.locator('[contenteditable="true"]').waitFor();
  return { page, posts };
}

const statusText = (page: Page) => page.locator('[data-autosave-status]').textContent();

describe('autosave of the article form', () => {
  it('posts nothing and announces nothing for an untouched new form, then saves what was typed', async () => {
    const { page, posts } = await newArticleForm();
    await page.clock.runFor(INTERVAL * 2 + 1000);
    await page.waitForTimeout(300);
    expect(posts).toEqual([]);
    expect(await statusText(page)).toBe('');

    // Typing in the body only: not enough for a draft (no title yet) — still nothing to announce.
    await page.locator('[contenteditable="true"]').click();
    await page.keyboard.type('Đoạn mở đầu.');
    await page.clock.runFor(INTERVAL + 1000);
    await page.waitForTimeout(300);
    expect(posts).toEqual([]);
    expect(await statusText(page)).toBe('');

    await page.locator('#article-title').fill('Họp báo thường kỳ quý IV');
    await page.locator('#article-category-id').selectOption({ label: 'Tin tức sự kiện' });
    await page.clock.runFor(INTERVAL + 1000);
    await expect.poll(() => posts.length).toBe(1);
    await expect.poll(() => statusText(page)).toMatch(/^Đã lưu lúc \d\d:\d\d$/);
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/admin\/articles\/\d+\/edit$/);
    const saved = await t.services.db
      .selectFrom('articles')
      .select('title')
      .where('title', '=', 'Họp báo thường kỳ quý IV')
      .execute();
    expect(saved).toHaveLength(1);

    // Nothing changed since: the next interval posts nothing.
    await page.clock.runFor(INTERVAL + 1000);
    await page.waitForTimeout(300);
    expect(posts).toHaveLength(1);
    await page.close();
  });
});
