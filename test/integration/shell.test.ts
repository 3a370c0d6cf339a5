import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCategory, createPage, createSite, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
let siteId: number;

beforeAll(async () => {
  // Fixed clock: Sunday 29/11/2026 in Viet Nam.
  t = await createTestApp({ clock: () => new Date('2026-11-29T03:00:00Z') });
  const db = t.services.db;
  siteId = await defaultSiteId(db);
  const news = await createCategory(db, siteId, {
    name: 'Tin tức',
    showInMenu: true,
    position: 20,
    translations: { en: { name: 'News', slug: 'news' }, zh: { name: '新闻动态', slug: 'news' } },
  });
  await createCategory(db, siteId, { name: 'Kinh tế', parentId: news });
  await createCategory(db, siteId, { name: 'Văn bản', showInMenu: true, position: 40 });
  const about = await createPage(db, siteId, { title: 'Giới thiệu', showInMenu: true, position: 10 });
  await createPage(db, siteId, { title: 'Lịch sử', parentId: about });
  await createSite(db, {
    name: 'Trang thông tin Sở Khoa học và Công nghệ',
    hostnames: ['skhcn.example.gov.vn'],
  });
  await t.services.sites.reload();
});
afterAll(async () => t?.close());

describe('the portal shell', () => {
  it('renders the Vietnamese home with the three zones', async () => {
    const response = await t.app.inject({ url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = response.body;
    expect(html).toMatch(/^<!doctype html><html lang="vi">/);
    expect(html).toContain('Cổng thông tin điện tử');
    expect(html).toContain('href="/admin/login">Đăng nhập</a>');
    expect(html).toContain('Chủ Nhật, 29/11/2026');
    expect(html).toMatch(/<form class="search" role="search" method="get" action="\/tim-kiem">/);
    for (const [href, label] of [
      ['/', 'Tiếng Việt'],
      ['/en/', 'English'],
      ['/zh/', '中文'],
    ]) {
      expect(html).toContain(`href="${href}"`);
      expect(html).toContain(`>${label}</a>`);
    }
    // Main menu: home, page and categories in position order, site map last.
    const menu = html.slice(
      html.indexOf('class="main-menu"'),
      html.indexOf('</nav>', html.indexOf('class="main-menu"')),
    );
    const labels = [...menu.matchAll(/<a href="[^"]+"[^>]*>([^<]+)<\/a>/g)].map((match) => match[1]);
    expect(labels).toEqual([
      'Trang chủ',
      'Giới thiệu',
      'Lịch sử',
      'Tin tức',
      'Kinh tế',
      'Văn bản',
      'Sơ đồ cổng',
    ]);
    // Footer from the site's data.
    expect(html).toContain('Bản quyền © 2026 thuộc về Cơ quan chủ quản');
    expect(html).toContain('Chịu trách nhiệm chính');
    expect(html).toContain('class="skip-link" href="#main"');
  });

  it('renders English and Chinese shells with their own lang and text', async () => {
    const english = await t.app.inject({ url: '/en/' });
    expect(english.statusCode).toBe(200);
    expect(english.body).toMatch(/<html lang="en">/);
    expect(english.body).toContain('Sunday, 29 November 2026');
    expect(english.body).toContain('>Log in</a>');
    expect(english.body).toContain('action="/en/search"');
    expect(english.body).toContain('>News</a>');
    expect(english.body).not.toContain('>Kinh tế<'); // no English name: not in the English menu
    const chinese = await t.app.inject({ url: '/zh/' });
    expect(chinese.body).toMatch(/<html lang="zh-Hans">/);
    expect(chinese.body).toContain('2026年11月29日 星期日');
    expect(chinese.body).toContain('>登录</a>');
  });

  it('redirects language homes without the slash', async () => {
    const response = await t.app.inject({ url: '/en' });
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe('/en/');
  });

  it('serves categories, pages and the site map', async () => {
    const category = await t.app.inject({ url: '/tin-tuc' });
    expect(category.statusCode).toBe(200);
    expect(category.body).toContain('<h1>Tin tức</h1>');
    expect(category.body).toContain('href="/kinh-te"');
    const page = await t.app.inject({ url: '/gioi-thieu/lich-su' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Lịch sử</h1>');
    expect(page.body).toContain('Nội dung trang Lịch sử.');
    const sitemap = await t.app.inject({ url: '/so-do-cong' });
    expect(sitemap.statusCode).toBe(200);
    for (const href of ['/gioi-thieu', '/gioi-thieu/lich-su', '/tin-tuc', '/kinh-te', '/van-ban']) {
      expect(sitemap.body).toContain(`href="${href}"`);
    }
  });

  it('picks the site from the Host header; an unknown host gets a 404, not the default site', async () => {
    const department = await t.app.inject({ url: '/', headers: { host: 'SKHCN.example.gov.vn:8080' } });
    expect(department.body).toContain('Trang thông tin Sở Khoa học và Công nghệ');
    const unknown = await t.app.inject({ url: '/', headers: { host: 'no-such-site.example' } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['cache-control']).toBe('no-store');
    expect(unknown.body).not.toContain('Cổng thông tin điện tử');
  });
});

describe('security headers', () => {
  it('sends a strict CSP, nosniff, a referrer policy and no x-powered-by', async () => {
    const response = await t.app.inject({ url: '/' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(response.headers['x-request-id']).toBeTruthy();
  });

  it('lets the portal frame a stored PDF (the inline viewer of a document page), and nothing else', async () => {
    const folder = join(t.services.mediaDir, 'documents', 'test');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'viewer.pdf'), '%PDF-1.4\n%%EOF\n');
    writeFileSync(join(folder, 'sheet.xlsx'), 'PK');
    const pdf = await t.app.inject({ url: '/media/documents/test/viewer.pdf' });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'self'");
    expect(pdf.headers['x-frame-options']).toBe('SAMEORIGIN');
    const other = await t.app.inject({ url: '/media/documents/test/sheet.xlsx' });
    expect(String(other.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    const page = await t.app.inject({ url: '/' });
    expect(String(page.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  });

  it('compresses pages for clients that accept it', async () => {
    const response = await t.app.inject({ url: '/', headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers['content-encoding']).toBe('gzip');
  });

  it('adds HSTS behind an HTTPS proxy when proxies are trusted', async () => {
    const proxied = await createTestApp({ env: { TRUST_PROXY: '1' } });
    try {
      const response = await proxied.app.inject({ url: '/', headers: { 'x-forwarded-proto': 'https' } });
      expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await proxied.close();
    }
  });
});

describe('bad input', () => {
  it('answers unknown paths with a localised, styled 404', async () => {
    const vietnamese = await t.app.inject({ url: '/khong-co-trang-nay' });
    expect(vietnamese.statusCode).toBe(404);
    expect(vietnamese.body).toContain('<html lang="vi">');
    expect(vietnamese.body).toContain('Không tìm thấy trang');
    expect(vietnamese.body).toContain('class="site-header"');
    expect(vietnamese.body).toContain('NOT_FOUND');
    const english = await t.app.inject({ url: '/en/no-such-page' });
    expect(english.statusCode).toBe(404);
    expect(english.body).toContain('Page not found');
    const chinese = await t.app.inject({ url: '/zh/missing/deeper' });
    expect(chinese.body).toContain('页面不存在');
  });

  it('answers unknown language prefixes in Vietnamese with links to the three languages', async () => {
    const response = await t.app.inject({ url: '/fr/actualites' });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('<html lang="vi">');
    expect(response.body).toContain('UNKNOWN_LANGUAGE');
    expect(response.body).toMatch(/<ul class="language-choices">.*href="\/".*href="\/en\/".*href="\/zh\/"/s);
  });

  it('normalises trailing slashes and upper case with a 301', async () => {
    const slash = await t.app.inject({ url: '/tin-tuc/' });
    expect(slash.statusCode).toBe(301);
    expect(slash.headers.location).toBe('/tin-tuc');
    const upper = await t.app.inject({ url: '/Tin-Tuc?x=1' });
    expect(upper.headers.location).toBe('/tin-tuc?x=1');
  });

  it('answers malformed percent-encoding with a localised 400', async () => {
    const response = await t.app.inject({ url: '/%E0%A4%A' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Yêu cầu không hợp lệ');
  });

  it('answers slugs with diacritics or odd characters with a 404, not a 500', async () => {
    for (const url of ['/tin-t%E1%BB%A9c', "/tin-tuc'--", '/a/b/c/d/e/f/g/h', '/%00']) {
      const response = await t.app.inject({ url });
      expect([400, 404]).toContain(response.statusCode);
    }
  });

  it('refuses URLs over 2,048 characters with 414', async () => {
    const response = await t.app.inject({ url: `/?q=${'a'.repeat(3000)}` });
    expect(response.statusCode).toBe(414);
    expect(response.body).toContain('Yêu cầu quá lớn');
  });

  it('refuses oversized headers with 431 on a real socket', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const status = await new Promise<{ code: number | undefined; body: string }>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, path: '/', headers: { 'x-big': 'a'.repeat(140_000) } },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => {
            body += chunk;
          });
          res.on('end', () => resolve({ code: res.statusCode, body }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status.code).toBe(431);
    expect(status.body).toContain('Yêu cầu quá lớn');
    expect(status.body).toContain('请求头过大');
  });

  it('answers unsupported methods without a 500', async () => {
    const response = await t.app.inject({ method: 'DELETE', url: '/' });
    expect(response.statusCode).toBe(404);
    const json = await t.app.inject({
      method: 'POST',
      url: '/',
      headers: { 'content-type': 'application/json' },
      payload: '{bad',
    });
    expect(json.statusCode).toBeLessThan(500);
  });
});
