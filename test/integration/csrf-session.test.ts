import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createStaff, csrfToken, loginAs, type StaffUser, TEST_PASSWORD } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

/**
 * Finding 10 of issue 12: a CSRF token was bound only to a CSRF cookie, so a token and cookie
 * taken from one session (or planted from a neighbouring subdomain) worked in another. Tokens are
 * now derived from the session, and over HTTPS the session and CSRF cookies carry the `__Host-`
 * prefix (Secure, Path=/, no Domain).
 */
let t: TestApp;
let siteId: number;

beforeAll(async () => {
  t = await createTestApp();
  siteId = await defaultSiteId(t.services.db);
});
afterAll(async () => t?.close());

async function displayName(userId: number): Promise<string> {
  const row = await t.services.db
    .selectFrom('users')
    .select('display_name')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return row.display_name;
}

/** Posts the own-profile form from `client` with a given token. */
function renameWith(client: Client, csrf: string, name: string) {
  return client.post('/admin/account', { _csrf: csrf, display_name: name, locale: 'vi' });
}

describe('a CSRF token bound to the session', () => {
  it('works in the session it was made for', async () => {
    const editor = await createStaff(t.services, 'editor', siteId);
    const client = await loginAs(t.app, editor);
    const csrf = csrfToken((await client.get('/admin/account')).body);
    expect((await renameWith(client, csrf, 'Nguyễn Thị Hoa')).statusCode).toBe(303);
    expect(await displayName(editor.id)).toBe('Nguyễn Thị Hoa');
  });

  it('is refused in another session, even with the first session’s CSRF cookie, and changes nothing', async () => {
    const alice = await createStaff(t.services, 'editor', siteId);
    const bob = await createStaff(t.services, 'editor', siteId);
    const a = await loginAs(t.app, alice);
    const b = await loginAs(t.app, bob);
    const stolen = csrfToken((await a.get('/admin/account')).body);
    // Everything of A's that is not the session goes along: the CSRF cookie, if there is one.
    for (const [name, value] of a.cookies) if (!name.includes('session')) b.cookies.set(name, value);
    const before = await displayName(bob.id);
    const response = await renameWith(b, stolen, 'Kẻ mạo danh');
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('Biểu mẫu đã hết hạn');
    expect(await displayName(bob.id)).toBe(before);
  });

  it('is refused in another session of the same person', async () => {
    const editor = await createStaff(t.services, 'editor', siteId);
    const laptop = await loginAs(t.app, editor);
    const phone = await loginAs(t.app, editor);
    const fromLaptop = csrfToken((await laptop.get('/admin/account')).body);
    for (const [name, value] of laptop.cookies) if (!name.includes('session')) phone.cookies.set(name, value);
    expect((await renameWith(phone, fromLaptop, 'Trần Văn Nam')).statusCode).toBe(403);
  });

  it('from the signed-out login page is refused once signed in', async () => {
    const editor = await createStaff(t.services, 'editor', siteId);
    const client = new Client(t.app);
    const anonymous = csrfToken((await client.get('/admin/login')).body);
    await client.post('/admin/login', { _csrf: anonymous, email: editor.email, password: TEST_PASSWORD });
    expect((await renameWith(client, anonymous, 'Lê Thị Lan')).statusCode).toBe(403);
  });

  it('is refused in an API write with the session cookie when it comes from another session', async () => {
    const alice = await createStaff(t.services, 'chief_editor', siteId);
    const bob = await createStaff(t.services, 'chief_editor', siteId);
    const a = await loginAs(t.app, alice);
    const b = await loginAs(t.app, bob);
    const token = JSON.parse((await a.get('/api/v1/csrf-token')).body).token as string;
    for (const [name, value] of a.cookies) if (!name.includes('session')) b.cookies.set(name, value);
    const write = (csrf: string, name: string) =>
      b.request({
        method: 'POST',
        url: '/api/v1/categories',
        headers: { 'x-csrf-token': csrf },
        payload: { names: { vi: { name } } },
      });
    const refused = await write(token, 'Chuyên mục do kẻ lạ tạo');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('CSRF_INVALID');
    const own = JSON.parse((await b.get('/api/v1/csrf-token')).body).token as string;
    expect((await write(own, 'Chuyên mục của chính mình')).statusCode).toBe(201);
    const names = await t.services.db.selectFrom('category_translations').select('name').execute();
    expect(names.map((row) => row.name)).not.toContain('Chuyên mục do kẻ lạ tạo');
  });

  it('keeps the anonymous forms working: login and password reset', async () => {
    const client = new Client(t.app);
    const forgot = await client.submit('/admin/password/forgot', '/admin/password/forgot', {
      email: 'ai-do@lachong.gov.vn',
    });
    expect(forgot.statusCode).toBe(200);
    const stranger = new Client(t.app);
    const mine = csrfToken((await client.get('/admin/login')).body);
    await stranger.get('/admin/login');
    const refused = await stranger.post('/admin/login', { _csrf: mine, email: 'a@b.vn', password: 'x' });
    expect(refused.statusCode).toBe(403);
  });
});

describe('cookies over HTTPS', () => {
  let https: TestApp;
  let editor: StaffUser;
  beforeAll(async () => {
    https = await createTestApp({ env: { PUBLIC_URL: 'https://lachong.gov.vn' } });
    editor = await createStaff(https.services, 'editor', await defaultSiteId(https.services.db));
  });
  afterAll(async () => https?.close());

  it('are __Host- cookies: Secure, Path=/, no Domain', async () => {
    const client = new Client(https.app);
    const page = await client.get('/admin/login');
    const csrfCookie = String(page.headers['set-cookie']);
    expect(csrfCookie).toMatch(/^__Host-dinh_csrf=/);
    expect(csrfCookie).toMatch(/; Secure/i);
    expect(csrfCookie).toMatch(/; Path=\//);
    expect(csrfCookie).not.toMatch(/Domain=/i);
    const login = await client.post('/admin/login', {
      _csrf: csrfToken(page.body),
      email: editor.email,
      password: TEST_PASSWORD,
    });
    expect(login.statusCode).toBe(303);
    const sessionCookie = String(login.headers['set-cookie']);
    expect(sessionCookie).toMatch(/^__Host-dinh_session=/);
    expect(sessionCookie).toMatch(/; Secure/i);
    expect(sessionCookie).toMatch(/; Path=\//);
    expect(sessionCookie).toMatch(/; HttpOnly/i);
    expect(sessionCookie).not.toMatch(/Domain=/i);
    expect((await client.get('/admin')).statusCode).toBe(200);
    // The same session under the plain name (planted from a subdomain, say) is not a session.
    const planted = new Client(https.app);
    planted.cookies.set('dinh_session', client.cookies.get('__Host-dinh_session') ?? '');
    expect((await planted.get('/admin')).headers.location).toMatch(/^\/admin\/login/);
  });

  it('keep their plain names on http://localhost', async () => {
    const page = await new Client(t.app).get('/admin/login');
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toMatch(/^dinh_csrf=/);
    expect(cookie).not.toMatch(/; Secure/i);
  });
});
