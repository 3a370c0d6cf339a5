import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createStaff, loginAs, type StaffUser, TEST_PASSWORD } from '../admin-session.ts';
import { createCategory, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
let siteId: number;
let adminUser: StaffUser;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  siteId = await defaultSiteId(t.services.db);
  adminUser = await createStaff(t.services, 'admin', siteId);
  admin = await loginAs(t.app, adminUser);
});
afterAll(async () => t?.close());

const NEW_PASSWORD = 'Sông-Hồng-chảy-về-biển-2026';

async function userRow(id: number) {
  return t.services.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

describe('users admin', () => {
  it('lists the site’s users with role, 2FA, last login and status', async () => {
    const list = await admin.get('/admin/users');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(adminUser.email);
    expect(list.body).toContain('<td>Quản trị</td>');
    expect(list.body).toContain('<td>Đã bật</td>');
    expect(list.body).toContain('Đang hoạt động');
  });

  it('creates a chief editor who enrols in 2FA at first login (no secret is generated)', async () => {
    const response = await admin.submit('/admin/users/new', '/admin/users', {
      name: 'Lê Văn Cường',
      email: 'Cuong.LV@LacHong.gov.vn',
      password: NEW_PASSWORD,
      role: 'chief_editor',
    });
    expect(response.statusCode).toBe(303);
    const id = Number(/\/admin\/users\/(\d+)/.exec(String(response.headers.location))?.[1]);
    const page = await admin.get(String(response.headers.location));
    expect(page.body).toContain('Đã tạo tài khoản.');
    expect(page.body).toContain('Ở lần đăng nhập đầu tiên, người dùng sẽ được hướng dẫn quét mã QR');
    const row = await userRow(id);
    expect(row.email).toBe('cuong.lv@lachong.gov.vn');
    expect(row.totp_enabled).toBe(0);
    expect(row.totp_secret).toBeNull();
    const audit = await t.services.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.create')
      .where('entity_id', '=', String(id))
      .executeTakeFirstOrThrow();
    expect(audit.actor_label).toBe(adminUser.email);
    // First login goes to the enrolment page.
    const client = new Client(t.app);
    const login = await client.submit('/admin/login', '/admin/login', {
      email: 'cuong.lv@lachong.gov.vn',
      password: NEW_PASSWORD,
    });
    expect(login.headers.location).toBe('/admin/account/2fa');
  });

  it('refuses bad input with field messages and keeps what was typed', async () => {
    const response = await admin.submit('/admin/users/new', '/admin/users', {
      name: 'Phạm Thị Dung',
      email: adminUser.email,
      password: 'ngan',
      role: 'editor',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Thư điện tử này đã có tài khoản.');
    expect(response.body).toContain('Mật khẩu phải có ít nhất 12 ký tự.');
    expect(response.body).toContain('value="Phạm Thị Dung"');
    const invalid = await admin.submit('/admin/users/new', '/admin/users', {
      name: '',
      email: 'khong-hop-le',
      password: NEW_PASSWORD,
      role: 'superuser',
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toMatch(/id="f-email-error">Thư điện tử không đúng định dạng/);
    expect(invalid.body).toMatch(/id="f-name-error">Vui lòng nhập mục này\./);
    expect(invalid.body).toMatch(/id="f-role-error">Vui lòng chọn một giá trị/);
  });

  it('changes a role (and category limits); the open session ends and the next one has the new role', async () => {
    const news = await createCategory(t.services.db, siteId, { name: 'Tin tức' });
    const staff = await createStaff(t.services, 'contributor', siteId);
    const client = await loginAs(t.app, staff);
    expect((await client.get('/admin/pages')).statusCode).toBe(403);
    const response = await admin.submit(`/admin/users/${staff.id}`, `/admin/users/${staff.id}`, {
      role: 'editor',
      category_ids: String(news),
    });
    expect(response.statusCode).toBe(303);
    expect((await client.get('/admin/pages')).headers.location).toMatch(/^\/admin\/login/);
    expect((await (await loginAs(t.app, staff)).get('/admin/pages')).statusCode).toBe(200);
    const membership = await t.services.db
      .selectFrom('memberships')
      .selectAll()
      .where('user_id', '=', staff.id)
      .executeTakeFirstOrThrow();
    expect(membership.role).toBe('editor');
    expect(JSON.parse(membership.category_ids)).toEqual([news]);
    const audit = await t.services.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.role_change')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before ?? '{}')).toEqual({ role: 'contributor', categoryIds: [] });
    expect(JSON.parse(audit.after ?? '{}')).toEqual({
      role: 'editor',
      categoryIds: [news],
      sessionsEnded: 1,
    });
    const unknown = await admin.submit(`/admin/users/${staff.id}`, `/admin/users/${staff.id}`, {
      role: 'editor',
      category_ids: '999999',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('Chuyên mục đã chọn không thuộc cổng này.');
  });

  it('will not let an administrator change their own role or lock themselves out', async () => {
    const own = await admin.submit(`/admin/users/${adminUser.id}`, `/admin/users/${adminUser.id}`, {
      role: 'editor',
    });
    expect(own.statusCode).toBe(400);
    expect(own.body).toContain('Bạn không thể tự thay đổi vai trò của chính mình.');
    const lock = await admin.submit(
      `/admin/users/${adminUser.id}`,
      `/admin/users/${adminUser.id}/deactivate`,
      {},
    );
    expect(lock.statusCode).toBe(403);
    expect(lock.body).toContain('Bạn không thể thực hiện thao tác này trên tài khoản của chính mình.');
  });

  it('deactivates a user (their session stops working) and reactivates them', async () => {
    const staff = await createStaff(t.services, 'editor', siteId);
    const client = await loginAs(t.app, staff);
    expect((await client.get('/admin')).statusCode).toBe(200);
    const response = await admin.submit(
      `/admin/users/${staff.id}`,
      `/admin/users/${staff.id}/deactivate`,
      {},
    );
    expect(response.statusCode).toBe(303);
    expect((await admin.get(String(response.headers.location))).body).toContain('Đã khóa tài khoản');
    const after = await client.get('/admin');
    expect(after.statusCode).toBe(303);
    expect(after.headers.location).toMatch(/^\/admin\/login/);
    await expect(loginAs(t.app, staff)).rejects.toThrow();
    const sessions = await t.services.db
      .selectFrom('sessions')
      .select('id_hash')
      .where('user_id', '=', staff.id)
      .execute();
    expect(sessions).toHaveLength(0);

    const reactivated = await admin.submit(
      `/admin/users/${staff.id}`,
      `/admin/users/${staff.id}/reactivate`,
      {},
    );
    expect(reactivated.statusCode).toBe(303);
    expect((await (await loginAs(t.app, staff)).get('/admin')).statusCode).toBe(200);
    const actions = await t.services.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', String(staff.id))
      .execute();
    expect(actions.map((row) => row.action)).toEqual(
      expect.arrayContaining(['user.deactivate', 'user.reactivate']),
    );
  });

  it('resets a user’s second factor and ends their sessions', async () => {
    const staff = await createStaff(t.services, 'chief_editor', siteId);
    const client = await loginAs(t.app, staff);
    expect((await client.get('/admin/categories')).statusCode).toBe(200);
    const response = await admin.submit(`/admin/users/${staff.id}`, `/admin/users/${staff.id}/reset-2fa`, {});
    expect(response.statusCode).toBe(303);
    const row = await userRow(staff.id);
    expect(row.totp_enabled).toBe(0);
    expect(row.totp_secret).toBeNull();
    expect((await client.get('/admin/categories')).statusCode).toBe(303);
    const again = new Client(t.app);
    const login = await again.submit('/admin/login', '/admin/login', {
      email: staff.email,
      password: TEST_PASSWORD,
    });
    expect(login.headers.location).toBe('/admin/account/2fa');
  });

  it('is for administrators only', async () => {
    const chief = await loginAs(t.app, await createStaff(t.services, 'chief_editor', siteId));
    expect((await chief.get('/admin/users')).statusCode).toBe(403);
    expect((await admin.get('/admin/users/999999')).statusCode).toBe(404);
  });
});

describe('my account', () => {
  it('changes the display name and the admin interface language', async () => {
    const staff = await createStaff(t.services, 'contributor', siteId);
    const client = await loginAs(t.app, staff);
    const page = await client.get('/admin/account');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Tài khoản của tôi');
    const english = await client.submit('/admin/account', '/admin/account', {
      display_name: 'Hoàng Văn Em',
      locale: 'en',
    });
    expect(english.statusCode).toBe(303);
    const inEnglish = await client.get('/admin/account');
    expect(inEnglish.body).toContain('<html lang="en">');
    expect(inEnglish.body).toContain('My account');
    expect(inEnglish.body).toContain('Signed in');
    const chinese = await client.submit('/admin/account', '/admin/account', {
      display_name: 'Hoàng Văn Em',
      locale: 'zh',
    });
    expect(chinese.statusCode).toBe(303);
    expect((await client.get('/admin')).body).toContain('<html lang="zh-Hans">');
    const invalid = await client.submit('/admin/account', '/admin/account', {
      display_name: ' ',
      locale: 'fr',
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('请填写此项。');
    expect((await userRow(staff.id)).display_name).toBe('Hoàng Văn Em');
  });

  it('changes the password with the current one and the policy; other sessions end', async () => {
    const staff = await createStaff(t.services, 'editor', siteId);
    const client = await loginAs(t.app, staff);
    const other = await loginAs(t.app, staff);
    const wrong = await client.submit('/admin/account', '/admin/account/password', {
      current_password: 'sai-mat-khau-hien-tai',
      new_password: NEW_PASSWORD,
      confirm_password: NEW_PASSWORD,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Mật khẩu hiện tại không đúng.');
    const weak = await client.submit('/admin/account', '/admin/account/password', {
      current_password: TEST_PASSWORD,
      new_password: 'password1234',
      confirm_password: 'password1234',
    });
    expect(weak.body).toContain('Mật khẩu này quá phổ biến');
    const mismatch = await client.submit('/admin/account', '/admin/account/password', {
      current_password: TEST_PASSWORD,
      new_password: NEW_PASSWORD,
      confirm_password: `${NEW_PASSWORD}x`,
    });
    expect(mismatch.body).toContain('Hai lần nhập mật khẩu mới không khớp nhau.');
    const changed = await client.submit('/admin/account', '/admin/account/password', {
      current_password: TEST_PASSWORD,
      new_password: NEW_PASSWORD,
      confirm_password: NEW_PASSWORD,
    });
    expect(changed.statusCode).toBe(303);
    expect((await client.get('/admin/account?done=password')).body).toContain('Đã đổi mật khẩu.');
    expect((await other.get('/admin')).statusCode).toBe(303);
    const fresh = new Client(t.app);
    const login = await fresh.submit('/admin/login', '/admin/login', {
      email: staff.email,
      password: NEW_PASSWORD,
    });
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toBe('/admin');
    const actions = await t.services.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', String(staff.id))
      .execute();
    expect(actions.map((row) => row.action)).toEqual(
      expect.arrayContaining(['user.password_change_failed', 'user.password_change']),
    );
  });

  it('is open to every role, and shows 2FA state', async () => {
    const chief = await createStaff(t.services, 'chief_editor', siteId);
    const client = await loginAs(t.app, chief);
    const page = await client.get('/admin/account');
    expect(page.body).toContain('Xác thực hai lớp đang bật.');
  });
});
