import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
let siteId: number;
let editor: Client;
let staff: Awaited<ReturnType<typeof createStaff>>;
let now = new Date('2026-12-07T03:00:00.000Z');

beforeAll(async () => {
  t = await createTestApp({ demo: true, clock: () => now });
  siteId = await defaultSiteId(t.services.db);
  staff = await createStaff(t.services, 'editor', siteId);
  editor = await loginAs(t.app, staff, 'localhost', now);
});
afterAll(async () => t?.close());

describe('the demo province’s collections', () => {
  it('lists the leaders in three languages and links each to its page', async () => {
    for (const [url, name] of [
      ['/lanh-dao', 'Trần Thị Minh Hương'],
      ['/en/leadership', 'Tran Thi Minh Huong'],
      ['/zh/leadership', '陈氏明香'],
    ] as const) {
      const response = await t.app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain(name);
    }
    // Citizens find them in the menu, under Giới thiệu / Introduction.
    expect((await t.app.inject({ url: '/' })).body).toContain('href="/lanh-dao"');
    expect((await t.app.inject({ url: '/en/' })).body).toContain('href="/en/leadership"');
    expect((await t.app.inject({ url: '/zh/sitemap' })).body).toContain('href="/zh/organisation"');
    const detail = await t.app.inject({ url: '/en/leadership/tran-thi-minh-huong' });
    expect(detail.body).toContain('Chairwoman of the Provincial People’s Committee');
    expect(detail.body).toContain('Term start');
  });

  it('draws the units as a tree, the head linked to the leader', async () => {
    const response = await t.app.inject({ url: '/to-chuc-bo-may' });
    expect(response.statusCode).toBe(200);
    const tree = /<ul class="unit-tree">([\s\S]*)<\/ul>/.exec(response.body)?.[1] ?? '';
    // The provincial committee is the root; the departments sit in a nested list under it.
    expect(tree.indexOf('Ủy ban nhân dân tỉnh Lạc Hồng')).toBeLessThan(tree.indexOf('<ul>'));
    expect(tree.slice(tree.indexOf('<ul>'))).toContain('Sở Khoa học và Công nghệ');
    const unit = await t.app.inject({ url: '/to-chuc-bo-may/uy-ban-nhan-dan-tinh-lac-hong' });
    expect(unit.body).toContain('href="/lanh-dao/tran-thi-minh-huong"');
    // The admin list names the head (a leader) and, in English, shows the shared phone.
    const admin = await editor.get('/admin/units');
    expect(admin.body).toContain('<td>Trần Thị Minh Hương</td>');
    expect((await editor.get('/admin/units?lang=en')).body).toContain('<td>0203 3815 220</td>');
    const chinese = await t.app.inject({ url: '/zh/organisation' });
    expect(chinese.body).toContain('科学技术厅');
  });

  it('warns on the dashboard when an assignment is not public 24 hours later, and stops once published', async () => {
    const before = await editor.get('/admin');
    expect(before.body).not.toContain('Người phát ngôn chưa được công bố');
    const created = await editor.submit('/admin/spokespeople/new', '/admin/spokespeople', {
      'd.full_name': 'Đinh Quốc Bảo',
      'd.title': 'Phó Chánh Văn phòng UBND tỉnh',
      'd.unit': '',
      'd.phone': '0203 3812 346',
      'd.email': 'dqbao@lachong.gov.vn',
      'd.assigned_on': '2026-12-07',
      'd.display_order': '2',
    });
    expect(created.statusCode).toBe(303);
    const id = Number(/\/admin\/spokespeople\/(\d+)/.exec(String(created.headers.location))?.[1]);
    // Within 24 hours: no warning yet.
    now = new Date('2026-12-07T20:00:00.000Z');
    editor = await loginAs(t.app, staff, 'localhost', now);
    expect((await editor.get('/admin')).body).not.toContain('Người phát ngôn chưa được công bố');
    now = new Date('2026-12-08T18:00:00.000Z');
    // A day later the old session has expired: sign in again.
    editor = await loginAs(t.app, staff, 'localhost', now);
    const late = await editor.get('/admin');
    expect(late.body).toContain('Người phát ngôn chưa được công bố');
    expect(late.body).toContain('Đinh Quốc Bảo được giao làm người phát ngôn từ 07/12/2026');
    const published = await editor.submit(
      `/admin/spokespeople/${id}`,
      `/admin/spokespeople/${id}/transition`,
      {
        action: 'publish',
      },
    );
    expect(published.statusCode).toBe(303);
    expect((await editor.get('/admin')).body).not.toContain('Người phát ngôn chưa được công bố');
    expect((await t.app.inject({ url: '/nguoi-phat-ngon' })).body).toContain('Đinh Quốc Bảo');
  });
});
