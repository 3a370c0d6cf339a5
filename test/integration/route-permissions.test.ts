import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteEntry } from '../../src/app.ts';
import type { Role } from '../../src/db/schema.ts';
import { roles, routeAccess } from '../../src/platform/roles.ts';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import { createSite, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
const clients = new Map<Role, Client>();

beforeAll(async () => {
  t = await createTestApp();
  const siteId = await defaultSiteId(t.services.db);
  for (const role of roles)
    clients.set(role, await loginAs(t.app, await createStaff(t.services, role, siteId)));
});
afterAll(async () => t?.close());

/** Every admin page and API route that is not meant for anonymous visitors. */
function protectedRoutes(): RouteEntry[] {
  return t.app.routeTable.filter((route) => {
    if (route.method === 'HEAD' || route.method === 'OPTIONS') return false;
    if (!/^\/(admin|api\/v1)(\/|$)/.test(route.url)) return false;
    const access = routeAccess(route.url, route.access);
    return access !== 'public' && access !== 'anonymous';
  });
}

/** A concrete URL for a route pattern: parameters become 1, wildcards a segment. */
function concrete(url: string): string {
  return url.replace(/:[A-Za-z_]+/g, '1').replace(/\*/g, 'x');
}

describe('every admin route and API write', () => {
  it('is covered by this test (sanity: the table is not empty)', () => {
    const routes = protectedRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(3);
    expect(routes.some((route) => route.url === '/admin')).toBe(true);
  });

  it('includes the translation screens', () => {
    const table = new Set(protectedRoutes().map((route) => `${route.method} ${route.url}`));
    for (const route of [
      'GET /admin/translations',
      'POST /admin/articles/:id/translations',
      'POST /admin/articles/:id/translations/synced',
      'POST /admin/pages/:id/translations',
      'POST /admin/pages/:id/translations/synced',
      'GET /admin/categories/:id/translations/:lang',
      'POST /admin/categories/:id/translations/:lang',
      'POST /admin/categories/:id/translations/:lang/synced',
    ])
      expect(table).toContain(route);
  });

  it('includes the screens of every installed collection (leaders, units, spokespeople)', () => {
    const table = new Set(protectedRoutes().map((route) => `${route.method} ${route.url}`));
    for (const plural of ['leaders', 'units', 'spokespeople'])
      for (const route of [
        `GET /admin/${plural}`,
        `GET /admin/${plural}/new`,
        `POST /admin/${plural}`,
        `GET /admin/${plural}/:id`,
        `POST /admin/${plural}/:id`,
        `POST /admin/${plural}/:id/transition`,
        `POST /admin/${plural}/:id/translations`,
        `POST /admin/${plural}/:id/delete`,
      ])
        expect(table).toContain(route);
  });

  it('sends visitors without a session to the login page (pages) or answers 401 (API)', async () => {
    const failures: string[] = [];
    for (const route of protectedRoutes()) {
      const response = await t.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
        payload: route.method === 'GET' ? undefined : {},
      });
      const isApi = route.url.startsWith('/api/');
      const ok = isApi
        ? response.statusCode === 401
        : response.statusCode === 303 && String(response.headers.location).startsWith('/admin/login');
      if (!ok)
        failures.push(
          `${route.method} ${route.url} → ${response.statusCode} ${response.headers.location ?? ''}`,
        );
    }
    expect(failures).toEqual([]);
  });

  it('answers 403 to a signed-in user whose role is not allowed', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const route of protectedRoutes()) {
      const access = routeAccess(route.url, route.access);
      if (typeof access !== 'object') continue;
      const outsider = roles.find((role) => !access.roles.includes(role));
      if (!outsider) continue;
      checked++;
      const client = clients.get(outsider)!;
      const response = await client.request({
        method: route.method as 'GET',
        url: concrete(route.url),
        ...(route.method === 'GET' ? {} : { payload: {} }),
      });
      if (response.statusCode !== 403)
        failures.push(`${route.method} ${route.url} as ${outsider} → ${response.statusCode}`);
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});

describe('a signed-in person with no role on the site', () => {
  let elsewhere: Client;
  let nowhere: Client;
  let userId: number;
  beforeAll(async () => {
    const db = t.services.db;
    const other = await createSite(db, {
      code: 'skhcn',
      name: 'Sở Khoa học và Công nghệ',
      hostnames: ['skhcn.lachong.gov.vn'],
    });
    await t.services.sites.reload();
    const user = await createStaff(t.services, 'contributor', other);
    userId = user.id;
    elsewhere = await loginAs(t.app, user);
    const lost = await createStaff(t.services, 'contributor', other);
    await db.deleteFrom('memberships').where('user_id', '=', lost.id).execute();
    nowhere = await loginAs(t.app, lost);
  });

  /** The admin pages that need a role on the site: all but the login steps, the own account and logout. */
  const sitePages = () =>
    protectedRoutes().filter(
      (route) =>
        !route.url.startsWith('/api/') &&
        routeAccess(route.url, route.access) !== 'two-factor' &&
        !/^\/admin\/(account|logout)(\/|$)/.test(route.url),
    );

  it('gets a “no access” page listing the sites they have a role on, with sign-out', async () => {
    const page = await elsewhere.get('/admin');
    expect(page.statusCode).toBe(403);
    expect(page.body).toContain('Bạn chưa có vai trò trên cổng này');
    expect(page.body).toContain('<a href="https://skhcn.lachong.gov.vn/admin">Sở Khoa học và Công nghệ</a>');
    expect(page.body).toContain('action="/admin/logout"');
    expect(page.body).not.toContain('href="http://localhost');
    // The links come from the configured hosts, whatever Host the request named.
    const spoofed = await elsewhere.request({
      method: 'GET',
      url: '/admin',
      headers: { host: 'localhost', 'x-forwarded-host': 'evil.example' },
    });
    expect(spoofed.body).not.toContain('evil.example');
    const none = await nowhere.get('/admin');
    expect(none.statusCode).toBe(403);
    expect(none.body).toContain('Hiện bạn chưa có vai trò trên cổng nào.');
    // In the person's own language.
    await t.services.db.updateTable('users').set({ locale: 'en' }).where('id', '=', userId).execute();
    const english = await elsewhere.get('/admin');
    await t.services.db.updateTable('users').set({ locale: 'vi' }).where('id', '=', userId).execute();
    expect(english.body).toContain('You have no role on this portal');
    expect(english.body).toContain('lang="en"');
  });

  it('gets that page from every admin page, and still reaches their own account', async () => {
    const failures: string[] = [];
    for (const route of sitePages()) {
      const response = await elsewhere.request({
        method: route.method as 'GET',
        url: concrete(route.url),
        ...(route.method === 'GET' ? {} : { payload: {} }),
      });
      if (response.statusCode !== 403 || !response.body.includes('Bạn chưa có vai trò trên cổng này'))
        failures.push(`${route.method} ${route.url} → ${response.statusCode}`);
    }
    expect(failures).toEqual([]);
    expect(sitePages().length).toBeGreaterThan(30);
    expect((await elsewhere.get('/admin/account')).statusCode).toBe(200);
  });
});
