import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { generateSync } from 'otplib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, loginAs, type StaffUser, TEST_PASSWORD } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { articleFields, loadArticle, postArticle } from '../newsroom.ts';
import {
  axeViolations,
  type BrowserHandle,
  launchBrowser,
  openPage,
  viewports,
  zoomText,
} from './browser.ts';

// Every admin screen at phone width with 200% text and at desktop width: nothing scrolls the
// page sideways, axe finds nothing, and the screen's main action is reached with Tab.

let t: TestApp;
let browserHandle: BrowserHandle;
let base: string;
const shots = 'test-results/screenshots';
type Person = 'admin' | 'chief' | 'outsider';
/** The outsider has a role on another site of the province only. */
const people = {} as Record<Person, StaffUser>;
/** One signed-in page per person (a one-time code cannot be used twice), resized per check. */
const sessions = {} as Record<Person, Page>;
const ids = { article: 0, category: 0, page: 0, user: 0, media: 0, abbreviation: 0, revisions: [0, 0] };
const pageErrors: string[] = [];

interface Screen {
  name: string;
  path: () => string;
  /** The main action: a CSS selector inside the page (default: the first primary button). */
  action?: () => string;
  /** The expected HTTP status (default 200). */
  status?: number;
}

const screens: Screen[] = [
  { name: 'dashboard', path: () => '/admin', action: () => 'main .panel a' },
  { name: 'articles', path: () => '/admin/articles' },
  { name: 'article-new', path: () => '/admin/articles/new' },
  { name: 'article-edit', path: () => `/admin/articles/${ids.article}/edit` },
  {
    name: 'revisions',
    path: () => `/admin/articles/${ids.article}/revisions`,
    action: () => 'main form[action$="/revisions"] button',
  },
  {
    name: 'compare',
    path: () => `/admin/articles/${ids.article}/revisions?a=${ids.revisions[0]}&b=${ids.revisions[1]}`,
    action: () => 'main button[form="restore-form"]',
  },
  {
    name: 'preview',
    path: () => `/admin/articles/${ids.article}/preview`,
    action: () => 'main a',
  },
  { name: 'cover-chooser', path: () => `/admin/articles/${ids.article}/cover` },
  { name: 'categories', path: () => '/admin/categories' },
  { name: 'category-new', path: () => '/admin/categories/new' },
  { name: 'category-edit', path: () => `/admin/categories/${ids.category}` },
  { name: 'pages', path: () => '/admin/pages' },
  { name: 'page-new', path: () => '/admin/pages/new' },
  { name: 'page-edit', path: () => `/admin/pages/${ids.page}` },
  { name: 'settings', path: () => '/admin/settings' },
  { name: 'search-abbreviations', path: () => '/admin/search-abbreviations' },
  { name: 'search-abbreviation-edit', path: () => `/admin/search-abbreviations/${ids.abbreviation}` },
  { name: 'users', path: () => '/admin/users' },
  { name: 'user-new', path: () => '/admin/users/new' },
  { name: 'user-edit', path: () => `/admin/users/${ids.user}` },
  { name: 'account', path: () => '/admin/account' },
  { name: 'audit', path: () => '/admin/audit' },
  { name: 'api-tokens', path: () => '/admin/api-tokens' },
  { name: 'media', path: () => '/admin/media' },
  { name: 'media-edit', path: () => `/admin/media/${ids.media}` },
  {
    name: 'notifications',
    path: () => '/admin/notifications',
    action: () => 'main form[action="/admin/notifications/read"] button',
  },
  {
    name: 'translations',
    path: () => '/admin/translations',
    action: () => 'main .table-scroll a, main .table-scroll button',
  },
];

/** The chief editor's newsroom screens (their menu and buttons differ from an administrator's). */
const chiefScreens = screens.filter((screen) =>
  ['dashboard', 'articles', 'article-edit', 'translations'].includes(screen.name),
);

/** Signs in through the forms, with the authenticator code (both roles have a second factor). */
async function logIn(page: Page, user: StaffUser): Promise<void> {
  await page.goto(`${base}/admin/login`);
  await page.getByLabel('Thư điện tử').fill(user.email);
  await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/admin/login'),
    page.getByLabel('Mật khẩu').press('Enter'),
  ]);
  // Without a second factor the dashboard (or the page saying there is no role here) comes next.
  if (!user.totpSecret) return;
  expect(new URL(page.url()).pathname).toBe('/admin/login/2fa');
  await page.getByLabel('Mã xác thực').fill(generateSync({ secret: user.totpSecret ?? '' }));
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/admin'),
    page.getByLabel('Mã xác thực').press('Enter'),
  ]);
}

/** The outermost elements that stick out past the right edge (and how wide), to name in a failure. */
function widest(page: Page): Promise<string> {
  return page.evaluate(() => {
    const edge = window.innerWidth + 0.5;
    const out: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.right <= edge || (element.parentElement?.getBoundingClientRect().right ?? 0) > edge) continue;
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[
        ...element.classList,
      ].join('.')}`;
      out.push(`${name} (${Math.round(box.width)}px wide)`);
    }
    return out.slice(0, 8).join(', ');
  });
}

/** Tabs from the top of the page until the element has focus; false when it never does. */
async function reachedByTab(page: Page, selector: string): Promise<boolean> {
  const target = page.locator(selector).first();
  await target.waitFor({ state: 'attached', timeout: 5000 });
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  for (let index = 0; index < 250; index += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return true;
  }
  return false;
}

async function check(who: Person, screen: Screen, size: keyof typeof viewports) {
  const page = sessions[who];
  await page.setViewportSize(viewports[size]);
  const response = await page.goto(`${base}${screen.path()}`);
  expect(response?.status(), screen.name).toBe(screen.status ?? 200);
  // The editor island replaces the body's textarea; check the page it leaves.
  if ((await page.locator('textarea[data-rich-editor]').count()) > 0)
    await page.getByRole('textbox', { name: 'Nội dung', exact: true }).waitFor();
  if (size === 'phone') await zoomText(page, 200);
  await page.screenshot({ path: `${shots}/admin-${who}-${screen.name}-${size}.png`, fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${screen.name} scrolls sideways: ${await widest(page)}`).toBeLessThanOrEqual(0);
  expect(await axeViolations(page), screen.name).toEqual([]);
  expect(await reachedByTab(page, screen.action?.() ?? 'main .button-primary'), screen.name).toBe(true);
}

beforeAll(async () => {
  expect(existsSync(path.join(process.cwd(), 'dist/public/editor.js')), 'run `npm run build` first').toBe(
    true,
  );
  t = await createTestApp({ demo: true });
  const db = t.services.db;
  const siteId = await defaultSiteId(db);
  people.admin = await createStaff(t.services, 'admin', siteId);
  people.chief = await createStaff(t.services, 'chief_editor', siteId);
  ids.user = people.chief.id;
  const otherSite = await db
    .selectFrom('sites')
    .select('id')
    .where('is_default', '=', 0)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  people.outsider = await createStaff(t.services, 'contributor', otherSite.id);
  const article = await db
    .selectFrom('articles')
    .select('id')
    .where('site_id', '=', siteId)
    .where('lang', '=', 'vi')
    .where('cover_media_id', 'is not', null)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  ids.article = article.id;
  // Two saves, so the revisions screen has something to compare.
  // By another administrator: a one-time code is accepted once, and the browser signs in next.
  const client = await loginAs(t.app, await createStaff(t.services, 'admin', siteId));
  for (const lead of ['Sapo sửa lần một.', 'Sapo sửa lần hai, dài hơn một chút.']) {
    const row = await loadArticle(db, ids.article);
    const saved = await postArticle(client, ids.article, articleFields(row, { lead }));
    expect(saved.statusCode).toBe(303);
  }
  const revisions = await db
    .selectFrom('revisions')
    .select('id')
    .where('entity_type', '=', 'article')
    .where('entity_id', '=', ids.article)
    .orderBy('id', 'desc')
    .limit(2)
    .execute();
  ids.revisions = revisions.map((row) => row.id).reverse();
  const first = async (table: 'categories' | 'pages' | 'media') =>
    (
      await db
        .selectFrom(table)
        .select('id')
        .where('site_id', '=', siteId)
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).id;
  ids.category = await first('categories');
  ids.page = await first('pages');
  ids.media = await first('media');
  const stamp = new Date().toISOString();
  const abbreviation = await db
    .insertInto('search_abbreviations')
    .values({
      site_id: siteId,
      short_form: 'SởVHTTDL',
      expansion: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Lạc Hồng',
      created_by: null,
      created_at: stamp,
      updated_by: null,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  ids.abbreviation = abbreviation.id;
  await db
    .insertInto('notifications')
    .values({
      user_id: people.admin.id,
      site_id: siteId,
      kind: 'submitted',
      entity_type: 'article',
      entity_id: ids.article,
      message: 'Có bài mới chờ biên tập.',
      created_at: new Date().toISOString(),
      read_at: null,
    })
    .execute();

  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  browserHandle = await launchBrowser();
  mkdirSync(shots, { recursive: true });
  for (const who of ['admin', 'chief', 'outsider'] as const) {
    const page = await openPage(browserHandle, viewports.desktop);
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await logIn(page, people[who]);
    sessions[who] = page;
  }
});

afterAll(async () => {
  await browserHandle?.close();
  await t?.close();
});

describe('every admin screen on a phone with 200% text and on a desktop', () => {
  for (const size of Object.keys(viewports) as (keyof typeof viewports)[]) {
    for (const screen of screens) {
      it(`${screen.name} (${size}, administrator)`, () => check('admin', screen, size));
    }
    for (const screen of chiefScreens) {
      it(`${screen.name} (${size}, chief editor)`, () => check('chief', screen, size));
    }
    it(`no-access (${size}, no role on this site)`, () =>
      check(
        'outsider',
        { name: 'no-access', path: () => '/admin', status: 403, action: () => 'main button' },
        size,
      ));
  }

  it('the cover picker works in place with the keyboard, in a dialog axe finds clean', async () => {
    const page = sessions.admin;
    await page.setViewportSize(viewports.phone);
    await page.goto(`${base}/admin/articles/${ids.article}/edit`);
    await zoomText(page, 200);
    const field = page.locator('input[name="cover_media_id"]');
    const before = await field.inputValue();
    expect(before).not.toBe('');
    await page.getByRole('button', { name: 'Bỏ ảnh bìa' }).press('Enter');
    expect(await field.inputValue()).toBe('');
    await expect.poll(() => page.locator('[data-cover-status]').textContent()).toContain('Đã bỏ ảnh bìa');
    await page.getByRole('button', { name: 'Đổi ảnh' }).press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Chọn ảnh' });
    await dialog.waitFor();
    const first = dialog.getByRole('button', { name: /^Dùng ảnh này: Ảnh số \d+/ }).first();
    await expect.poll(() => first.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.screenshot({ path: `${shots}/admin-admin-cover-dialog-phone.png` });
    expect(await axeViolations(page)).toEqual([]);
    const label = (await first.getAttribute('aria-label')) ?? '';
    const chosen = /Ảnh số (\d+)/.exec(label)?.[1] ?? '';
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await field.inputValue()).toBe(chosen);
    expect(await page.locator('[data-cover-preview] img').count()).toBe(1);
    expect(
      await page
        .getByRole('button', { name: 'Đổi ảnh' })
        .evaluate((element) => element === document.activeElement),
    ).toBe(true);
    await Promise.all([
      page.waitForURL(/done=save/),
      page.getByRole('button', { name: 'Lưu', exact: true }).press('Enter'),
    ]);
    expect((await loadArticle(t.services.db, ids.article)).cover_media_id).toBe(Number(chosen));
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
