import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/db/schema.ts';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

/** The screens for categories, pages, settings, search abbreviations, users, audit and the own account, with their roles. */
const screens: { method: 'GET' | 'POST'; url: string; roles: Role[] | 'user' }[] = [
  ...['/admin/categories', '/admin/categories/new', '/admin/categories/:id'].map((url) => ({
    method: 'GET' as const,
    url,
    roles: ['admin', 'chief_editor'] as Role[],
  })),
  ...['/admin/categories', '/admin/categories/:id', '/admin/categories/:id/delete'].map((url) => ({
    method: 'POST' as const,
    url,
    roles: ['admin', 'chief_editor'] as Role[],
  })),
  ...['/admin/pages', '/admin/pages/new', '/admin/pages/:id'].map((url) => ({
    method: 'GET' as const,
    url,
    roles: ['admin', 'chief_editor', 'editor'] as Role[],
  })),
  ...['/admin/pages', '/admin/pages/:id', '/admin/pages/:id/delete'].map((url) => ({
    method: 'POST' as const,
    url,
    roles: ['admin', 'chief_editor', 'editor'] as Role[],
  })),
  { method: 'GET', url: '/admin/settings', roles: ['admin'] },
  { method: 'POST', url: '/admin/settings', roles: ['admin'] },
  ...['/admin/search-abbreviations', '/admin/search-abbreviations/:id'].map((url) => ({
    method: 'GET' as const,
    url,
    roles: ['admin'] as Role[],
  })),
  ...[
    '/admin/search-abbreviations',
    '/admin/search-abbreviations/:id',
    '/admin/search-abbreviations/:id/delete',
  ].map((url) => ({ method: 'POST' as const, url, roles: ['admin'] as Role[] })),
  ...['/admin/users', '/admin/users/new', '/admin/users/:id'].map((url) => ({
    method: 'GET' as const,
    url,
    roles: ['admin'] as Role[],
  })),
  ...[
    '/admin/users',
    '/admin/users/:id',
    '/admin/users/:id/deactivate',
    '/admin/users/:id/reactivate',
    '/admin/users/:id/reset-2fa',
  ].map((url) => ({ method: 'POST' as const, url, roles: ['admin'] as Role[] })),
  { method: 'GET', url: '/admin/audit', roles: ['admin'] },
  { method: 'POST', url: '/admin/audit/verify', roles: ['admin'] },
  { method: 'GET', url: '/admin/account', roles: 'user' },
  { method: 'POST', url: '/admin/account', roles: 'user' },
  { method: 'POST', url: '/admin/account/password', roles: 'user' },
];

let t: TestApp;
const clients = new Map<Role, Client>();

beforeAll(async () => {
  t = await createTestApp();
  const siteId = await defaultSiteId(t.services.db);
  for (const role of ['admin', 'chief_editor', 'editor', 'contributor'] as Role[])
    clients.set(role, await loginAs(t.app, await createStaff(t.services, role, siteId)));
});
afterAll(async () => t?.close());

const concrete = (url: string) => url.replace(':id', '1');

describe('access to the admin screens', () => {
  it('declares the expected access on every route', () => {
    for (const screen of screens) {
      const route = t.app.routeTable.find(
        (entry) => entry.method === screen.method && entry.url === screen.url,
      );
      expect(route, `${screen.method} ${screen.url}`).toBeDefined();
      expect(route?.access, `${screen.method} ${screen.url}`).toEqual(
        screen.roles === 'user' ? 'user' : { roles: screen.roles },
      );
    }
  });

  it('sends visitors without a session to the login page', async () => {
    for (const screen of screens) {
      const response = await t.app.inject({
        method: screen.method,
        url: concrete(screen.url),
        ...(screen.method === 'POST' ? { payload: {} } : {}),
      });
      expect(response.statusCode, `${screen.method} ${screen.url}`).toBe(303);
      expect(String(response.headers.location), `${screen.method} ${screen.url}`).toMatch(/^\/admin\/login/);
    }
  });

  it('answers 403 to every role that is not allowed', async () => {
    let checked = 0;
    for (const screen of screens) {
      if (screen.roles === 'user') continue;
      for (const [role, client] of clients) {
        if (screen.roles.includes(role)) continue;
        const response = await client.request({
          method: screen.method,
          url: concrete(screen.url),
          ...(screen.method === 'POST' ? { payload: {} } : {}),
        });
        expect(response.statusCode, `${screen.method} ${screen.url} as ${role}`).toBe(403);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('opens the allowed screens (list and new forms) to the allowed roles', async () => {
    for (const screen of screens) {
      if (screen.method !== 'GET' || screen.url.includes(':id')) continue;
      const allowed = screen.roles === 'user' ? [...clients.keys()] : screen.roles;
      for (const role of allowed) {
        const response = await clients.get(role)!.get(screen.url);
        expect(response.statusCode, `${screen.url} as ${role}`).toBe(200);
      }
    }
  });

  it('refuses a forged CSRF token on a write', async () => {
    const response = await clients
      .get('admin')!
      .post('/admin/categories', { _csrf: 'forged', name_vi: 'Giả mạo' });
    expect(response.statusCode).toBe(403);
    const row = await t.services.db
      .selectFrom('category_translations')
      .select('id')
      .where('name', '=', 'Giả mạo')
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });
});
