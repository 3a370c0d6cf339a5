import { generateSync } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createStaff, csrfToken, TEST_PASSWORD } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

/**
 * Finding 9 of issue 12: the post-login destination (`?next=`) must be a same-site relative path.
 * A line feed in it used to reach the Location header and answer 500; every hostile variant is
 * refused quietly (the person lands on /admin), never followed and never an error.
 */
let t: TestApp;
let siteId: number;

beforeAll(async () => {
  t = await createTestApp();
  siteId = await defaultSiteId(t.services.db);
});
afterAll(async () => t?.close());

/** Raw query values (already percent-encoded where they must be). */
const hostile: Record<string, string> = {
  'line feed': '/admin/%0aSet-Cookie:%20x=1',
  'carriage return': '/admin/x%0d%0aLocation:%20https://evil.example',
  tab: '/admin/%09x',
  'delete character': '/admin/%7f',
  'protocol-relative': '//evil.example/admin/',
  'encoded protocol-relative': '%2F%2Fevil.example/admin/',
  'double slash inside': '/admin//evil.example',
  'backslash after slash': '/\\evil.example/admin/',
  'encoded backslash': '/%5Cevil.example',
  'backslash later': '/admin/\\..\\..\\evil.example',
  'absolute https': 'https://evil.example/admin/',
  'absolute javascript': 'javascript:alert(1)//%0a/admin/',
  'not a path': 'admin/',
  'non-ASCII': '/admin/%E1%BA%A5',
  space: '/admin/%20x',
  'outside the admin': '/tin-tuc',
};

describe('the post-login destination', () => {
  it('follows a same-site admin path', async () => {
    const editor = await createStaff(t.services, 'editor', siteId);
    const client = new Client(t.app);
    const page = await client.get('/admin/login?next=%2Fadmin%2Farticles%3Fstatus%3Ddraft');
    expect(page.body).toContain('action="/admin/login?next=%2Fadmin%2Farticles%3Fstatus%3Ddraft"');
    const response = await client.post('/admin/login?next=%2Fadmin%2Farticles%3Fstatus%3Ddraft', {
      _csrf: csrfToken(page.body),
      email: editor.email,
      password: TEST_PASSWORD,
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/admin/articles?status=draft');
  });

  for (const [name, value] of Object.entries(hostile)) {
    it(`refuses ${name} quietly on the form, after login and when already signed in`, async () => {
      const editor = await createStaff(t.services, 'editor', siteId);
      const client = new Client(t.app);
      const page = await client.get(`/admin/login?next=${value}`);
      expect(page.statusCode).toBe(200);
      // The form posts back to the safe destination only.
      expect(page.body).toContain('action="/admin/login?next=%2Fadmin"');
      const login = await client.post(`/admin/login?next=${value}`, {
        _csrf: csrfToken(page.body),
        email: editor.email,
        password: TEST_PASSWORD,
      });
      expect(login.statusCode).toBe(303);
      expect(login.headers.location).toBe('/admin');
      expect(login.headers['set-cookie']?.toString()).not.toContain('x=1');
      // Signed in, the login page sends the person on: to /admin, not to the hostile target.
      const again = await client.get(`/admin/login?next=${value}`);
      expect(again.statusCode).toBe(303);
      expect(again.headers.location).toBe('/admin');
    });
  }

  // NUL and the other C0 controls (but tab, line feed and carriage return) never reach the login
  // code: the edge check of every request (finding 4) refuses them with a localised 400.
  for (const [name, value] of Object.entries({ nul: '/admin/%00x', escape: '/admin/%1bx' })) {
    it(`refuses a ${name} in the target at the edge, signing nobody in`, async () => {
      const editor = await createStaff(t.services, 'editor', siteId);
      const client = new Client(t.app);
      const page = await client.get(`/admin/login?next=${value}`);
      expect(page.statusCode).toBe(400);
      expect(page.body).toContain('lang="vi"');
      const form = await client.get('/admin/login');
      const login = await client.post(`/admin/login?next=${value}`, {
        _csrf: csrfToken(form.body),
        email: editor.email,
        password: TEST_PASSWORD,
      });
      expect(login.statusCode).toBe(400);
      expect(login.headers['set-cookie']?.toString() ?? '').not.toMatch(/dinh_session=[^;]/);
    });
  }

  it('refuses a hostile target after the second factor too', async () => {
    const chief = await createStaff(t.services, 'chief_editor', siteId);
    const client = new Client(t.app);
    const login = await client.submit('/admin/login', '/admin/login?next=%2Fadmin%2F%0a', {
      email: chief.email,
      password: TEST_PASSWORD,
    });
    expect(login.headers.location).toBe('/admin/login/2fa?next=%2Fadmin');
    const page = await client.get('/admin/login/2fa');
    const response = await client.post('/admin/login/2fa?next=/admin/%0aX:%20y', {
      _csrf: csrfToken(page.body),
      code: generateSync({ secret: chief.totpSecret ?? '' }),
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/admin');
  });
});
