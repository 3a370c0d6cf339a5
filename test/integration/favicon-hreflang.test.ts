import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, loginAs } from '../admin-session.ts';
import { createSite, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

// Issue 13, item 8: /favicon.ico answers; admin and API docs pages name an icon; the API docs
// page's hreflang alternates are absolute, from the configured origin (never the request's Host).

let t: TestApp;
let siteId: number;

beforeAll(async () => {
  t = await createTestApp({ env: { PUBLIC_URL: 'https://lachong.gov.vn' } });
  siteId = await defaultSiteId(t.services.db);
  await createSite(t.services.db, { code: 'skhcn', hostnames: ['skhcn.example.gov.vn', 'skhcn.localhost'] });
  await t.services.sites.reload();
});
afterAll(async () => t?.close());

function iconHref(html: string): string | undefined {
  return /<link rel="icon" href="([^"]+)"/.exec(html)?.[1];
}

describe('/favicon.ico', () => {
  it('answers with the portal emblem as an SVG icon', async () => {
    const response = await t.app.inject({ url: '/favicon.ico' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/svg+xml');
    expect(response.body).toContain('<svg');
  });

  it('redirects to a site’s own emblem when it has one', async () => {
    await t.services.db
      .updateTable('sites')
      .set({ emblem: '/media/2026/11/quoc-huy.png' })
      .where('code', '=', 'skhcn')
      .execute();
    await t.services.sites.reload();
    const response = await t.app.inject({ url: '/favicon.ico', headers: { host: 'skhcn.example.gov.vn' } });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/media/2026/11/quoc-huy.png');
  });

  it('is named by the admin pages and the API docs page', async () => {
    const admin = await loginAs(t.app, await createStaff(t.services, 'admin', siteId));
    const dashboard = await admin.get('/admin');
    expect(dashboard.statusCode).toBe(200);
    const adminIcon = iconHref(dashboard.body);
    expect(adminIcon).toMatch(/^\/assets\/emblem\.[0-9a-f]{8}\.svg$/);
    expect((await t.app.inject({ url: adminIcon ?? '' })).statusCode).toBe(200);
    const login = await t.app.inject({ url: '/admin/login' });
    expect(iconHref(login.body)).toBe(adminIcon);
    const docs = await t.app.inject({ url: '/api/v1/docs' });
    expect(iconHref(docs.body)).toBe(adminIcon);
  });
});

describe('the API docs page’s language alternates', () => {
  function alternates(html: string): Record<string, string> {
    const found: Record<string, string> = {};
    for (const match of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g))
      found[match[1] ?? ''] = match[2] ?? '';
    return found;
  }

  it('are absolute URLs from PUBLIC_URL, whatever Host the request named', async () => {
    for (const host of ['localhost', '127.0.0.1:3000']) {
      const vi = await t.app.inject({ url: '/api/v1/docs', headers: { host } });
      expect(alternates(vi.body), host).toEqual({
        vi: 'https://lachong.gov.vn/api/v1/docs',
        en: 'https://lachong.gov.vn/api/v1/docs?lang=en',
      });
      const en = await t.app.inject({ url: '/api/v1/docs?lang=en', headers: { host } });
      expect(alternates(en.body).vi, host).toBe('https://lachong.gov.vn/api/v1/docs');
    }
  });

  it('name a department site’s own configured origin', async () => {
    const docs = await t.app.inject({ url: '/api/v1/docs', headers: { host: 'skhcn.localhost' } });
    expect(docs.statusCode).toBe(200);
    expect(alternates(docs.body).en).toMatch(
      /^https?:\/\/skhcn\.example\.gov\.vn(?::\d+)?\/api\/v1\/docs\?lang=en$/,
    );
  });
});
