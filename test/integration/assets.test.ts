import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.ts';

// Public assets under content-hashed URLs: cached for a year, replaced by a new URL when they change.

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const IMMUTABLE = 'public, max-age=31536000, immutable';

function source(name: string): Buffer {
  return readFileSync(path.join(process.cwd(), 'src/web/assets', name));
}

/** The URL a page gives for a stylesheet, e.g. /assets/site.3f9a1c2b.css. */
function stylesheet(html: string, name: string): string {
  const found = new RegExp(`<link rel="stylesheet" href="(/assets/${name}\\.[0-9a-f]{8}\\.css)"`).exec(html);
  expect(found, `${name}.css is linked by a hashed URL`).not.toBeNull();
  return found?.[1] ?? '';
}

describe('fingerprinted assets', () => {
  it('are what the public shell, the admin shell and error pages link', async () => {
    const home = await t.app.inject({ url: '/' });
    const site = stylesheet(home.body, 'site');
    expect(home.body).not.toContain('"/assets/site.css"');
    expect(home.body).toMatch(/<script src="\/assets\/prefs\.[0-9a-f]{8}\.js"><\/script>/);
    expect(home.body).toMatch(/<img class="emblem" src="\/assets\/emblem\.[0-9a-f]{8}\.svg"/);
    const login = await t.app.inject({ url: '/admin/login' });
    expect(stylesheet(login.body, 'site')).toBe(site);
    stylesheet(login.body, 'admin');
    const missing = await t.app.inject({ url: '/khong-co-trang-nay' });
    expect(missing.statusCode).toBe(404);
    expect(stylesheet(missing.body, 'site')).toBe(site);
  });

  it('answer with the file’s bytes, named by their hash, cached for a year', async () => {
    const home = await t.app.inject({ url: '/' });
    for (const name of ['site', 'search'] as const) {
      const url =
        name === 'site'
          ? stylesheet(home.body, name)
          : (/data-stylesheet="([^"]+)"/.exec(home.body)?.[1] ?? '');
      const bytes = source(`${name}.css`);
      expect(url).toBe(`/assets/${name}.${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}.css`);
      const response = await t.app.inject({ url });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe(IMMUTABLE);
      expect(response.headers['content-type']).toBe('text/css; charset=utf-8');
      expect(response.rawPayload.equals(bytes)).toBe(true);
      const again = await t.app.inject({
        url,
        headers: { 'if-none-match': String(response.headers.etag) },
      });
      expect(again.statusCode).toBe(304);
    }
  });

  it('are compressed like every other response', async () => {
    const url = stylesheet((await t.app.inject({ url: '/' })).body, 'site');
    const response = await t.app.inject({ url, headers: { 'accept-encoding': 'br' } });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('answer a wrong or outdated hash with 404, never with a file cached for a year', async () => {
    for (const url of [
      '/assets/site.00000000.css',
      '/assets/emblem.deadbeef.svg',
      '/assets/build/editor.1234abcd.js',
    ]) {
      const response = await t.app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['cache-control'] ?? '', url).not.toContain('immutable');
    }
  });

  it('keep their plain URLs for pages cached before a deploy, with a short cache', async () => {
    for (const name of ['site.css', 'search-suggest.js', 'emblem.svg']) {
      const response = await t.app.inject({ url: `/assets/${name}` });
      expect(response.statusCode, name).toBe(200);
      expect(response.headers['cache-control'], name).toBe('public, max-age=300');
      expect(response.rawPayload.equals(source(name)), name).toBe(true);
    }
  });
});
