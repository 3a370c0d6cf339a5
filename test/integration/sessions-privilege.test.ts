import type { Kysely } from 'kysely';
import { generateSync } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteEntry } from '../../src/app.ts';
import { up as clearOldSecondFactorMarks } from '../../src/db/migrations/0011_sessions_second_factor.ts';
import { verifyAudit } from '../../src/modules/audit/audit.ts';
import { routeAccess } from '../../src/platform/roles.ts';
import { Client, createStaff, csrfToken, loginAs, type StaffUser, TEST_PASSWORD } from '../admin-session.ts';
import { type DinhResult, runDinh } from '../cli-runner.ts';
import { createArticle, createCategory, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp, testDatabaseUrl } from '../harness.ts';
import { articleFields, loadArticle } from '../newsroom.ts';

/**
 * Finding 2 of issue 12: an editor signed in without a second factor and promoted to chief editor
 * could publish from the session they already had. A change of roles, password, second factor
 * or active state now ends the person's other sessions (in the change's transaction), and every
 * request checks the session against the second-factor rule of the person's current roles.
 */
let t: TestApp;
let siteId: number;
let categoryId: number;
let admin: StaffUser;
let adminClient: Client;

beforeAll(async () => {
  t = await createTestApp();
  siteId = await defaultSiteId(t.services.db);
  categoryId = await createCategory(t.services.db, siteId, { name: 'Thời sự', slug: 'thoi-su' });
  admin = await createStaff(t.services, 'admin', siteId);
  adminClient = await loginAs(t.app, admin);
});
afterAll(async () => t?.close());

async function sessionsOf(userId: number): Promise<number> {
  const row = await t.services.db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function auditOf(userId: number, action: string) {
  return t.services.db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity_type', '=', 'user')
    .where('entity_id', '=', String(userId))
    .where('action', '=', action)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** The admin changes a person's role on the site through the users screen. */
async function changeRole(userId: number, role: string) {
  const page = await adminClient.get(`/admin/users/${userId}`);
  expect(page.statusCode).toBe(200);
  return adminClient.post(`/admin/users/${userId}`, { _csrf: csrfToken(page.body), role });
}

/** Tries to publish a draft from the client's session, with a CSRF token it had before. */
async function tryToPublish(client: Client, articleId: number, csrf: string) {
  const row = await loadArticle(t.services.db, articleId);
  const form = await client.post(`/admin/articles/${articleId}`, {
    _csrf: csrf,
    ...articleFields(row),
    intent: 'publish',
  });
  const api = await client.request({
    method: 'POST',
    url: `/api/v1/articles/${articleId}/transitions`,
    headers: { 'x-csrf-token': csrf },
    payload: { action: 'publish', version: row.version },
  });
  return { form, api };
}

async function draft(title: string): Promise<number> {
  return createArticle(t.services.db, siteId, categoryId, { title, status: 'draft', published_at: null });
}

describe('promotion of a signed-in editor without a second factor', () => {
  it('ends their sessions: the old session cannot publish and must sign in and enrol', async () => {
    const editor = await createStaff(t.services, 'editor', siteId);
    const laptop = await loginAs(t.app, editor);
    const phone = await loginAs(t.app, editor);
    const csrf = csrfToken((await laptop.get('/admin/articles/new')).body);
    const articleId = await draft('Kế hoạch phòng chống bão số 9');
    expect(await sessionsOf(editor.id)).toBe(2);

    expect((await changeRole(editor.id, 'chief_editor')).statusCode).toBe(303);
    expect(await sessionsOf(editor.id)).toBe(0);
    const audit = await auditOf(editor.id, 'user.role_change');
    expect(JSON.parse(audit?.after ?? '{}')).toMatchObject({ role: 'chief_editor', sessionsEnded: 2 });

    const { form, api } = await tryToPublish(laptop, articleId, csrf);
    expect(form.statusCode).toBe(303);
    expect(form.headers.location).toMatch(/^\/admin\/login/);
    expect(api.statusCode).toBe(401);
    expect((await phone.get('/admin')).headers.location).toMatch(/^\/admin\/login/);
    expect((await loadArticle(t.services.db, articleId)).status).toBe('draft');

    // Signing in again leads to enrolment, not to the newsroom.
    const fresh = new Client(t.app);
    const login = await fresh.submit('/admin/login', '/admin/login', {
      email: editor.email,
      password: TEST_PASSWORD,
    });
    expect(login.headers.location).toBe('/admin/account/2fa');
    expect((await fresh.get('/admin/articles')).headers.location).toBe('/admin/account/2fa');
    expect(await verifyAudit(t.services.db)).toMatchObject({ ok: true });
  });

  it('is re-checked on every request even when the role changed behind the service', async () => {
    // A role written straight into the database (an SQL console, a restore): the session lives
    // on, but its privileges follow the second-factor rule of the current roles.
    const editor = await createStaff(t.services, 'editor', siteId);
    const client = await loginAs(t.app, editor);
    const csrf = csrfToken((await client.get('/admin/articles/new')).body);
    const articleId = await draft('Thông báo tuyển dụng công chức năm 2027');
    await t.services.db
      .updateTable('memberships')
      .set({ role: 'chief_editor' })
      .where('user_id', '=', editor.id)
      .execute();
    expect(await sessionsOf(editor.id)).toBe(1);
    const { form, api } = await tryToPublish(client, articleId, csrf);
    expect(form.statusCode).toBe(303);
    expect(form.headers.location).toBe('/admin/account/2fa');
    expect(api.statusCode).toBe(401);
    expect((await loadArticle(t.services.db, articleId)).status).toBe('draft');
    // The login page does not count such a session as signed in either.
    expect((await client.get('/admin/login')).statusCode).toBe(200);
  });

  it('holds for sessions opened before the upgrade too (migration 0011 takes their mark)', async () => {
    const editor = await createStaff(t.services, 'editor', siteId);
    const chief = await createStaff(t.services, 'chief_editor', siteId);
    const old = await loginAs(t.app, editor);
    await loginAs(t.app, chief);
    // What a sign-in without a second factor wrote before this issue.
    await t.services.db
      .updateTable('sessions')
      .set({ two_factor_ok: 1 })
      .where('user_id', '=', editor.id)
      .execute();
    await clearOldSecondFactorMarks(t.services.db as unknown as Kysely<unknown>);
    const marks = async (userId: number) =>
      (
        await t.services.db
          .selectFrom('sessions')
          .select('two_factor_ok')
          .where('user_id', '=', userId)
          .execute()
      ).map((row) => row.two_factor_ok);
    expect(await marks(editor.id)).toEqual([0]);
    expect(await marks(chief.id)).toEqual([1]);
    expect((await old.get('/admin')).statusCode).toBe(200);
    await t.services.db
      .updateTable('memberships')
      .set({ role: 'chief_editor' })
      .where('user_id', '=', editor.id)
      .execute();
    expect((await old.get('/admin')).headers.location).toBe('/admin/account/2fa');
  });

  it('holds for every admin page and API route, reads and writes alike', async () => {
    const editor = await createStaff(t.services, 'editor', siteId);
    const client = await loginAs(t.app, editor);
    await t.services.db
      .updateTable('memberships')
      .set({ role: 'admin' })
      .where('user_id', '=', editor.id)
      .execute();
    const routes = t.app.routeTable.filter((route: RouteEntry) => {
      if (route.method === 'HEAD' || route.method === 'OPTIONS') return false;
      if (!/^\/(admin|api\/v1)(\/|$)/.test(route.url)) return false;
      const access = routeAccess(route.url, route.access);
      return access !== 'public' && access !== 'anonymous' && access !== 'two-factor';
    });
    expect(routes.length).toBeGreaterThan(50);
    const failures: string[] = [];
    for (const route of routes) {
      const response = await client.request({
        method: route.method as 'GET',
        url: route.url.replace(/:[A-Za-z_]+/g, '1').replace(/\*/g, 'x'),
        ...(route.method === 'GET' ? {} : { payload: {} }),
      });
      const ok = route.url.startsWith('/api/')
        ? response.statusCode === 401
        : response.statusCode === 303 && response.headers.location === '/admin/account/2fa';
      if (!ok) failures.push(`${route.method} ${route.url} → ${response.statusCode}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('other changes of an account end its other sessions', () => {
  it('a password set by an operator (dinh user password) ends all their sessions', async () => {
    const editor = await createStaff(t.services, 'editor', siteId);
    const client = await loginAs(t.app, editor);
    const env: Record<string, string> = { DATA_DIR: t.dataDir };
    if (testDatabaseUrl) {
      const url = new URL(testDatabaseUrl);
      url.searchParams.set('options', `-c search_path=${t.pgSchema}`);
      env.DATABASE_URL = url.href;
    }
    const run = (input: string): Promise<DinhResult> =>
      runDinh(['user', 'password', '--email', editor.email], { env, cwd: t.dataDir, input });
    const weak = await run('matkhau12345\n');
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('quá phổ biến');
    expect(await sessionsOf(editor.id)).toBe(1);
    const done = await run('Mật khẩu do quản trị đặt 2027\n');
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(await sessionsOf(editor.id)).toBe(0);
    expect((await client.get('/admin')).headers.location).toMatch(/^\/admin\/login/);
    const audit = await auditOf(editor.id, 'user.password_set');
    expect(JSON.parse(audit?.after ?? '{}')).toMatchObject({ sessionsEnded: 1 });
    const relogin = await new Client(t.app).submit('/admin/login', '/admin/login', {
      email: editor.email,
      password: 'Mật khẩu do quản trị đặt 2027',
    });
    expect(relogin.statusCode).toBe(303);
  });

  it('a second factor reset or a lock by an operator (dinh user …) ends all their sessions', async () => {
    const chief = await createStaff(t.services, 'chief_editor', siteId);
    const client = await loginAs(t.app, chief);
    const env: Record<string, string> = { DATA_DIR: t.dataDir };
    if (testDatabaseUrl) {
      const url = new URL(testDatabaseUrl);
      url.searchParams.set('options', `-c search_path=${t.pgSchema}`);
      env.DATABASE_URL = url.href;
    }
    const reset = await runDinh(['user', 'reset-2fa', '--email', chief.email], { env, cwd: t.dataDir });
    expect(reset.stderr).toBe('');
    expect(reset.code).toBe(0);
    expect(await sessionsOf(chief.id)).toBe(0);
    expect((await client.get('/admin')).headers.location).toMatch(/^\/admin\/login/);
    // Signing in again leads to enrolment.
    const fresh = new Client(t.app);
    const login = await fresh.submit('/admin/login', '/admin/login', {
      email: chief.email,
      password: TEST_PASSWORD,
    });
    expect(login.headers.location).toBe('/admin/account/2fa');
    const lock = await runDinh(['user', 'deactivate', '--email', chief.email], { env, cwd: t.dataDir });
    expect(lock.code).toBe(0);
    expect(await sessionsOf(chief.id)).toBe(0);
    expect(await auditOf(chief.id, 'user.deactivate')).toBeTruthy();
    const unknown = await runDinh(['user', 'deactivate', '--email', 'khong-co@lachong.gov.vn'], {
      env,
      cwd: t.dataDir,
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Không có tài khoản nào với thư điện tử khong-co@lachong.gov.vn.');
  });

  it('deactivation ends all their sessions', async () => {
    const editor = await createStaff(t.services, 'editor', siteId);
    const client = await loginAs(t.app, editor);
    await loginAs(t.app, editor);
    const page = await adminClient.get(`/admin/users/${editor.id}`);
    const response = await adminClient.post(`/admin/users/${editor.id}/deactivate`, {
      _csrf: csrfToken(page.body),
    });
    expect(response.statusCode).toBe(303);
    expect(await sessionsOf(editor.id)).toBe(0);
    expect((await client.get('/admin')).headers.location).toMatch(/^\/admin\/login/);
  });

  it('their own password change keeps the current session and ends the others', async () => {
    const editor = await createStaff(t.services, 'editor', siteId);
    const laptop = await loginAs(t.app, editor);
    const phone = await loginAs(t.app, editor);
    const page = await laptop.get('/admin/account');
    const response = await laptop.post('/admin/account/password', {
      _csrf: csrfToken(page.body),
      current_password: TEST_PASSWORD,
      new_password: 'Mật khẩu mới của phóng viên 2027',
      confirm_password: 'Mật khẩu mới của phóng viên 2027',
    });
    expect(response.statusCode).toBe(303);
    expect(await sessionsOf(editor.id)).toBe(1);
    expect((await laptop.get('/admin')).statusCode).toBe(200);
    expect((await phone.get('/admin')).headers.location).toMatch(/^\/admin\/login/);
  });

  it('turning on their own second factor keeps the current session and ends the others', async () => {
    const editor = await createStaff(t.services, 'editor', siteId);
    const laptop = await loginAs(t.app, editor);
    const phone = await loginAs(t.app, editor);
    const enrol = await laptop.get('/admin/account/2fa');
    const secret = /class="totp-key">([A-Z2-7 ]+)</.exec(enrol.body)?.[1]?.replace(/ /g, '') ?? '';
    const done = await laptop.post('/admin/account/2fa', {
      _csrf: csrfToken(enrol.body),
      code: generateSync({ secret }),
    });
    expect(done.statusCode).toBe(200);
    expect(await sessionsOf(editor.id)).toBe(1);
    expect((await laptop.get('/admin')).statusCode).toBe(200);
    expect((await phone.get('/admin')).headers.location).toMatch(/^\/admin\/login/);
  });

  it('a second factor reset by an administrator ends all their sessions', async () => {
    const chief = await createStaff(t.services, 'chief_editor', siteId);
    const client = await loginAs(t.app, chief);
    const page = await adminClient.get(`/admin/users/${chief.id}`);
    const response = await adminClient.post(`/admin/users/${chief.id}/reset-2fa`, {
      _csrf: csrfToken(page.body),
    });
    expect(response.statusCode).toBe(303);
    expect(await sessionsOf(chief.id)).toBe(0);
    expect((await client.get('/admin')).headers.location).toMatch(/^\/admin\/login/);
  });

  it('saving a person unchanged leaves their sessions alone', async () => {
    const editor = await createStaff(t.services, 'editor', siteId);
    const client = await loginAs(t.app, editor);
    expect((await changeRole(editor.id, 'editor')).statusCode).toBe(303);
    expect((await client.get('/admin')).statusCode).toBe(200);
  });

  it('a demotion ends the sessions too', async () => {
    const chief = await createStaff(t.services, 'chief_editor', siteId);
    const client = await loginAs(t.app, chief);
    expect((await changeRole(chief.id, 'contributor')).statusCode).toBe(303);
    expect(await sessionsOf(chief.id)).toBe(0);
    expect((await client.get('/admin')).headers.location).toMatch(/^\/admin\/login/);
  });
});
