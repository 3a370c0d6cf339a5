import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSite, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

/** /.well-known/security.txt per site (RFC 9116): contacts, Expires, languages, Canonical. */

const NOW = new Date('2026-12-07T03:00:00.000Z');
const EXPIRES = 'Expires: 2027-12-06T03:00:00Z';

/** The fields of a security.txt body, each name with its values in order. */
function fields(body: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const line of body.split('\n').filter(Boolean)) {
    const [name = '', ...rest] = line.split(': ');
    result[name] = [...(result[name] ?? []), rest.join(': ')];
  }
  return result;
}

describe('without SECURITY_CONTACT: each site names its own e-mail', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ clock: () => NOW, env: { PUBLIC_URL: 'https://portal.example.gov.vn' } });
    await createSite(t.services.db, { hostnames: ['skhcn.example.gov.vn', 'skhcn.localhost'] });
    await t.services.sites.reload();
  });
  afterAll(async () => t?.close());

  it('answers 404 while a site has no contact at all, rather than a file without Contact', async () => {
    const response = await t.app.inject({ url: '/.well-known/security.txt' });
    expect(response.statusCode).toBe(404);
  });

  it('serves each site its own file, in plain text, with its configured origin', async () => {
    await t.services.db
      .updateTable('sites')
      .set({ email: 'banbientap@lachong.gov.vn' })
      .where('id', '=', await defaultSiteId(t.services.db))
      .execute();
    await t.services.sites.reload();
    const province = await t.app.inject({ url: '/.well-known/security.txt', headers: { host: 'localhost' } });
    expect(province.statusCode).toBe(200);
    expect(province.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(fields(province.body)).toEqual({
      Contact: ['mailto:banbientap@lachong.gov.vn'],
      Expires: [EXPIRES.slice('Expires: '.length)],
      'Preferred-Languages': ['vi, en'],
      Canonical: ['https://portal.example.gov.vn/.well-known/security.txt'],
    });
    const department = await t.app.inject({
      url: '/.well-known/security.txt',
      headers: { host: 'skhcn.localhost:3000' },
    });
    expect(department.statusCode).toBe(200);
    expect(department.body).toMatch(/^Contact: mailto:site\d+@example\.gov\.vn$/m);
    expect(department.body).toContain(EXPIRES);
    // The sub-site's primary hostname, not the name the request used.
    expect(department.body).toContain('Canonical: https://skhcn.example.gov.vn/.well-known/security.txt');
    expect(department.body).not.toContain('localhost');
  });

  it('is not served for an unknown host', async () => {
    const response = await t.app.inject({
      url: '/.well-known/security.txt',
      headers: { host: 'evil.example' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['cache-control']).toBe('no-store');
  });
});

describe('with SECURITY_CONTACT: the operator’s contact comes first on every site', () => {
  let t: TestApp;
  let now = NOW;

  beforeAll(async () => {
    t = await createTestApp({ clock: () => now, env: { SECURITY_CONTACT: 'security@lachong.gov.vn' } });
    await createSite(t.services.db, { hostnames: ['skhcn.example.gov.vn'] });
    await t.services.sites.reload();
  });
  afterAll(async () => t?.close());

  it('lists SECURITY_CONTACT, then the site’s e-mail, and keeps Expires a year ahead of the clock', async () => {
    const province = await t.app.inject({ url: '/.well-known/security.txt' });
    expect(fields(province.body).Contact).toEqual(['mailto:security@lachong.gov.vn']);
    expect(province.body).toContain('Canonical: http://localhost:3000/.well-known/security.txt');
    const department = await t.app.inject({
      url: '/.well-known/security.txt',
      headers: { host: 'skhcn.example.gov.vn' },
    });
    expect(fields(department.body).Contact?.[0]).toBe('mailto:security@lachong.gov.vn');
    expect(fields(department.body).Contact?.[1]).toMatch(/^mailto:site\d+@example\.gov\.vn$/);
    expect(department.body).toContain('Canonical: https://skhcn.example.gov.vn/.well-known/security.txt');
    now = new Date('2027-06-01T00:00:00.000Z');
    const later = await t.app.inject({ url: '/.well-known/security.txt' });
    expect(later.body).toContain('Expires: 2028-05-31T00:00:00Z');
  });

  it('refuses a SECURITY_CONTACT that is neither an e-mail address nor an https URL', async () => {
    const { loadConfig } = await import('../../src/platform/config.ts');
    expect(() => loadConfig({ SECURITY_CONTACT: 'http://lachong.gov.vn/bao-loi' })).toThrow(
      /SECURITY_CONTACT/,
    );
    expect(() => loadConfig({ SECURITY_CONTACT: 'bảo mật' })).toThrow(/SECURITY_CONTACT/);
    expect(loadConfig({ SECURITY_CONTACT: 'https://lachong.gov.vn/bao-mat' }).SECURITY_CONTACT).toBe(
      'https://lachong.gov.vn/bao-mat',
    );
  });
});
