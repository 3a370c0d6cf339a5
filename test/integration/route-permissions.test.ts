import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteEntry } from '../../src/app.ts';
import type { Role } from '../../src/db/schema.ts';
import { roles, routeAccess } from '../../src/platform/roles.ts';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
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
