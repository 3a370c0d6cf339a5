import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createStaff, TEST_PASSWORD } from '../admin-session.ts';
import { createSite, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

// Issue 13, item 10: signing in without a role on the site leads to a page that says where the
// person does have one (links to those sites' configured origin + /admin), or, with no role
// anywhere, tells them to contact the administrator — never an empty dashboard.

let t: TestApp;
let siteId: number;
let otherId: number;

beforeAll(async () => {
  t = await createTestApp({ env: { PUBLIC_URL: 'https://lachong.gov.vn' } });
  siteId = await defaultSiteId(t.services.db);
  otherId = await createSite(t.services.db, {
    code: 'sgddt',
    name: 'Sở Giáo dục và Đào tạo',
    hostnames: ['sgddt.lachong.gov.vn', 'sgddt.localhost'],
  });
  await t.services.db
    .updateTable('sites')
    .set({ email: 'ubnd@lachong.gov.vn' })
    .where('id', '=', siteId)
    .execute();
  await t.services.sites.reload();
});
afterAll(async () => t?.close());

/** Signs in through the form on the default site and follows the redirect. */
async function signIn(email: string) {
  const client = new Client(t.app, 'localhost');
  const login = await client.submit('/admin/login', '/admin/login', { email, password: TEST_PASSWORD });
  expect(login.statusCode).toBe(303);
  expect(login.headers.location).toBe('/admin');
  return client.get(String(login.headers.location));
}

describe('signing in without a role on this site', () => {
  it('shows the sites where the person has a role, linked to their configured origin', async () => {
    const staff = await createStaff(t.services, 'editor', otherId);
    const page = await signIn(staff.email);
    expect(page.statusCode).toBe(403);
    expect(page.body).toContain('<h1>Bạn chưa có vai trò trên cổng này</h1>');
    expect(page.body).toContain('Bạn có vai trò trên các cổng sau:');
    expect(page.body).toMatch(
      /<a href="https?:\/\/sgddt\.lachong\.gov\.vn(?::\d+)?\/admin">Sở Giáo dục và Đào tạo<\/a>/,
    );
    // Not an empty dashboard: no admin navigation, no dashboard widgets.
    expect(page.body).not.toContain('class="admin-nav"');
    expect(page.body).not.toContain('href="/admin/articles"');
    expect(page.body).toContain('action="/admin/logout"');
  });

  it('in the person’s language', async () => {
    const staff = await createStaff(t.services, 'editor', otherId);
    await t.services.db.updateTable('users').set({ locale: 'zh' }).where('id', '=', staff.id).execute();
    const page = await signIn(staff.email);
    expect(page.body).toContain('lang="zh-Hans"');
    expect(page.body).toContain('您在本门户没有角色');
    expect(page.body).toContain('您在以下门户拥有角色：');
  });

  it('tells a person with no role anywhere to contact the administrator', async () => {
    const lost = await createStaff(t.services, 'contributor', siteId);
    await t.services.db.deleteFrom('memberships').where('user_id', '=', lost.id).execute();
    const page = await signIn(lost.email);
    expect(page.statusCode).toBe(403);
    expect(page.body).toContain('Hiện bạn chưa có vai trò trên cổng nào.');
    expect(page.body).toContain('Hãy liên hệ quản trị viên để được giao vai trò');
    expect(page.body).toContain('<a href="mailto:ubnd@lachong.gov.vn">ubnd@lachong.gov.vn</a>');
    expect(page.body).not.toContain('Bạn có vai trò trên các cổng sau:');

    await t.services.db.updateTable('users').set({ locale: 'en' }).where('id', '=', lost.id).execute();
    const english = await signIn(lost.email);
    expect(english.body).toContain('Please contact the administrator to be given a role');
  });
});
