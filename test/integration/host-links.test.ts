import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsValues } from '../../src/modules/sites/admin/settings-admin.service.ts';
import { articleUrl } from '../../src/web/urls.ts';
import { Client, createStaff, loginAs } from '../admin-session.ts';
import { createArticle, createCategory, createSite, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { startSmtp } from '../smtp.ts';

/**
 * Absolute links come from configuration only (ADR 0016): PUBLIC_URL for the default site, else
 * the site's primary hostname. A Host (or X-Forwarded-Host) that names no site gets a plain 404.
 */

const FORGED = ['evil.example', 'localhost', '127.0.0.1', 'skhcn.localhost'];
const OWN_HOSTS = [...FORGED, 'portal.example.gov.vn', 'skhcn.example.gov.vn'];
const RESET_LINK = /(https?:\/\/[^\s/]+)\/admin\/password\/reset\?token=[A-Za-z0-9_-]+/;

/** Every absolute URL in href/content/src attributes and in sitemap/RSS elements. */
function absoluteUrls(body: string): string[] {
  const found: string[] = [];
  for (const match of body.matchAll(/(?:href|content|src)="(https?:\/\/[^"]+)"/g)) found.push(match[1] ?? '');
  for (const match of body.matchAll(/<(?:loc|link|guid|url)>(https?:\/\/[^<]+)</g))
    found.push(match[1] ?? '');
  for (const match of body.matchAll(/^Sitemap: (\S+)$/gm)) found.push(match[1] ?? '');
  return found;
}

describe('without PUBLIC_URL: mail links name the primary hostname', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let siteId: number;
  let departmentId: number;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ mailer: smtp.mailer });
    siteId = await defaultSiteId(t.services.db);
    departmentId = await createSite(t.services.db, {
      code: 'skhcn',
      hostnames: ['skhcn.example.gov.vn', 'skhcn.localhost'],
    });
    await t.services.sites.reload();
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  async function requestReset(client: Client, email: string, host = client.host) {
    // The form (and its CSRF cookie) from a known host; the post names `host`.
    const form = await client.get('/admin/password/forgot');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
    return client.request({
      method: 'POST',
      url: '/admin/password/forgot',
      payload: new URLSearchParams({ _csrf: csrf, email }).toString(),
      headers: { host, 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  it('sends no mail for a request naming an unknown Host, and answers 404', async () => {
    const editor = await createStaff(t.services, 'editor', siteId);
    const forged = await requestReset(new Client(t.app), editor.email, 'evil.example');
    expect(forged.statusCode).toBe(404);
    expect(forged.headers['cache-control']).toBe('no-store');
    expect(forged.body).not.toContain('liên kết đặt lại mật khẩu đã được gửi');
    // A request from a known host afterwards: its mail arrives, and it is the only one.
    const known = await requestReset(new Client(t.app, '127.0.0.1:3000'), editor.email);
    expect(known.statusCode).toBe(200);
    await expect.poll(() => smtp.messages.filter((mail) => mail.to.includes(editor.email)).length).toBe(1);
    const mails = smtp.messages.filter((mail) => mail.to.includes(editor.email));
    expect(mails.some((mail) => mail.raw.includes('evil.example'))).toBe(false);
    // The configured primary hostname, not the 127.0.0.1 the request named: the demo's port.
    expect(RESET_LINK.exec(mails[0]?.text ?? '')?.[1]).toBe('http://localhost:3000');
  });

  it('links a sub-site’s reset mail to its primary hostname over HTTPS, whatever Host was used', async () => {
    const editor = await createStaff(t.services, 'editor', departmentId);
    const response = await requestReset(new Client(t.app, 'skhcn.localhost:3000'), editor.email);
    expect(response.statusCode).toBe(200);
    await expect.poll(() => smtp.messages.filter((mail) => mail.to.includes(editor.email)).length).toBe(1);
    const mail = smtp.messages.find((message) => message.to.includes(editor.email));
    expect(RESET_LINK.exec(mail?.text ?? '')?.[1]).toBe('https://skhcn.example.gov.vn');
  });

  it('answers an unknown Host with a plain, localised 404 that is never cached', async () => {
    for (const url of [
      '/',
      '/tin-tuc',
      '/admin/login',
      '/robots.txt',
      '/sitemap.xml',
      '/rss.xml',
      '/assets/site.css',
    ]) {
      const response = await t.app.inject({ url, headers: { host: 'evil.example' } });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
    const page = await t.app.inject({ url: '/', headers: { host: 'evil.example' } });
    expect(page.headers['content-type']).toContain('text/html');
    // With the security headers every page has.
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.body).toContain('Tên miền này không thuộc cổng thông tin nào');
    // Nothing of the default site: not its name, its menu or its stylesheet.
    expect(page.body).not.toContain('Cổng thông tin điện tử');
    expect(page.body).not.toContain('/assets/');
    const english = await t.app.inject({ url: '/en/', headers: { host: 'evil.example' } });
    expect(english.body).toContain('This address does not belong to any portal');
    const api = await t.app.inject({ url: '/api/v1/articles', headers: { host: 'evil.example' } });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('UNKNOWN_HOST');
  });

  it('still answers the monitors’ /healthz and /metrics for any Host', async () => {
    const health = await t.app.inject({ url: '/healthz', headers: { host: '10.0.0.5:3000' } });
    expect(health.statusCode).toBe(200);
    const metrics = await t.app.inject({ url: '/metrics', headers: { host: '10.0.0.5:3000' } });
    expect(metrics.statusCode).toBe(200);
  });

  it('takes the primary hostname from the site settings: the first line', async () => {
    const admin = await loginAs(
      t.app,
      await createStaff(t.services, 'admin', departmentId),
      'skhcn.localhost',
    );
    const site = t.services.sites.byId(departmentId)!;
    const saved = await admin.submit('/admin/settings', '/admin/settings', {
      ...settingsValues(site),
      hostnames: 'skhcn.localhost\nskhcn.example.gov.vn',
    });
    expect(saved.statusCode).toBe(303);
    const page = await t.app.inject({ url: '/', headers: { host: 'skhcn.example.gov.vn' } });
    expect(page.body).toContain('<link rel="canonical" href="http://skhcn.localhost:3000/"');
    const list = await admin.get('/admin/settings');
    expect(list.body).toMatch(/name="hostnames"[^>]*>skhcn\.localhost\nskhcn\.example\.gov\.vn<\/textarea>/);
  });

  it('serves every configured hostname, each site its own', async () => {
    for (const host of ['localhost', '127.0.0.1:3000', 'skhcn.example.gov.vn', 'SKHCN.localhost:3000']) {
      expect((await t.app.inject({ url: '/', headers: { host } })).statusCode, host).toBe(200);
    }
  });
});

describe('with PUBLIC_URL and TRUST_PROXY: pages, sitemaps and feeds never name a forged Host', () => {
  const ORIGIN = 'https://portal.example.gov.vn';
  let t: TestApp;
  const paths: Record<'province' | 'department', string[]> = { province: [], department: [] };

  beforeAll(async () => {
    t = await createTestApp({ env: { PUBLIC_URL: ORIGIN, TRUST_PROXY: '1' } });
    const db = t.services.db;
    const siteId = await defaultSiteId(db);
    const departmentId = await createSite(db, { hostnames: ['skhcn.example.gov.vn', 'skhcn.localhost'] });
    await t.services.sites.reload();
    for (const [key, id] of [
      ['province', siteId],
      ['department', departmentId],
    ] as const) {
      const category = await createCategory(db, id, {
        name: 'Tin tức',
        translations: { en: { name: 'News', slug: 'news' } },
      });
      const article = await createArticle(db, id, category, {
        title: 'Khai trương cổng dịch vụ công',
        published_at: '2026-11-01T01:00:00.000Z',
      });
      paths[key] = [
        '/',
        '/en/',
        '/tin-tuc',
        articleUrl('vi', 'tin-tuc', 'khai-truong-cong-dich-vu-cong', article),
        '/sitemap.xml',
        '/rss.xml',
        '/robots.txt',
      ];
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Fetches every path with the headers and checks each absolute link starts with `origin`. */
  async function expectLinks(paths: string[], headers: Record<string, string>, origin: string) {
    let checked = 0;
    for (const url of paths) {
      const response = await t.app.inject({ url, headers });
      expect(response.statusCode, `${url} ${JSON.stringify(headers)}`).toBe(200);
      const body = decodeURIComponent(response.body);
      for (const forged of FORGED) expect(body, `${url} ${forged}`).not.toContain(`//${forged}`);
      for (const link of absoluteUrls(response.body)) {
        // Other parties' addresses (share buttons, XML namespaces) carry ours only encoded, checked above.
        if (!OWN_HOSTS.includes(new URL(link).hostname)) continue;
        expect(link.startsWith(`${origin}/`), `${url}: ${link}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  }

  it('links the default site to PUBLIC_URL, whichever Host or X-Forwarded-Host named it', async () => {
    const variants: Record<string, string>[] = [
      { host: 'localhost' },
      { host: '127.0.0.1:3000' },
      { host: 'portal.example.gov.vn' },
      { host: 'portal.example.gov.vn', 'x-forwarded-host': 'localhost', 'x-forwarded-proto': 'http' },
    ];
    for (const headers of variants) {
      await expectLinks(paths.province, headers, ORIGIN);
    }
    const page = await t.app.inject({ url: '/', headers: { host: 'localhost' } });
    expect(page.body).toContain(`<link rel="canonical" href="${ORIGIN}/"`);
    expect(page.body).toContain(`<meta property="og:url" content="${ORIGIN}/"`);
    expect(page.body).toMatch(new RegExp(`hreflang="en" href="${ORIGIN}/en/"`));
  });

  it('links a sub-site to its primary hostname with PUBLIC_URL’s scheme, whichever of its names was used', async () => {
    const variants: Record<string, string>[] = [
      { host: 'skhcn.localhost:3000' },
      { host: 'portal.example.gov.vn', 'x-forwarded-host': 'skhcn.localhost' },
      { host: 'skhcn.example.gov.vn' },
    ];
    for (const headers of variants) {
      await expectLinks(paths.department, headers, 'https://skhcn.example.gov.vn');
    }
  });

  it('serves nothing for a forged X-Forwarded-Host', async () => {
    const response = await t.app.inject({
      url: '/sitemap.xml',
      headers: { host: 'localhost', 'x-forwarded-host': 'evil.example' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).not.toContain(ORIGIN);
  });
});
