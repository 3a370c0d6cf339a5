import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createStaff } from '../admin-session.ts';
import { createArticle, createCategory, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

// A reverse proxy appends the address it saw to the right of X-Forwarded-For; whatever is to the
// left of it was written by the client. With one trusted hop (or the proxy's own address), the
// client's IP is the right-most entry, and rotating the left-most one changes nothing.
const PROXY = '127.0.0.1';
const CLIENT = '5.6.7.8';
const forged = (left: string) => ({ 'x-forwarded-for': `${left}, ${CLIENT}` });

/** The IP the app recorded for a failed sign-in sent with these headers from this socket address. */
async function recordedIp(t: TestApp, remoteAddress: string, headers: Record<string, string>) {
  const client = new Client(t.app);
  const email = `khong-co-${Math.random().toString(36).slice(2)}@lachong.gov.vn`;
  const form = await client.request({ method: 'GET', url: '/admin/login', remoteAddress, headers });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
  const response = await client.request({
    method: 'POST',
    url: '/admin/login',
    remoteAddress,
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrf, email, password: 'sai-mat-khau' }).toString(),
  });
  expect(response.statusCode).toBeLessThan(500);
  const row = await t.services.db
    .selectFrom('audit_log')
    .select('ip')
    .where('actor_label', '=', email)
    .executeTakeFirstOrThrow();
  return row.ip;
}

describe('TRUST_PROXY=1 (one proxy in front)', () => {
  let t: TestApp;
  let articleId: number;

  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: '1' } });
    const siteId = await defaultSiteId(t.services.db);
    const categoryId = await createCategory(t.services.db, siteId, { name: 'Kinh tế', slug: 'kinh-te' });
    articleId = await createArticle(t.services.db, siteId, categoryId, { title: 'Giá lúa tăng' });
  });
  afterAll(async () => t?.close());

  it('takes the address the proxy appended, not the one the client wrote', async () => {
    expect(await recordedIp(t, PROXY, forged('1.2.3.4'))).toBe(CLIENT);
    expect(await recordedIp(t, PROXY, { 'x-forwarded-for': CLIENT })).toBe(CLIENT);
    // No header: the proxy's own address (nothing to believe).
    expect(await recordedIp(t, PROXY, {})).toBe(PROXY);
  });

  it('keeps counting sign-in attempts when the left-most address rotates', async () => {
    const statuses: number[] = [];
    // POST /admin/login allows 30 a minute per client address.
    for (let attempt = 0; attempt < 31; attempt++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/admin/login',
        remoteAddress: PROXY,
        headers: {
          ...forged(`10.0.${attempt}.${attempt}`),
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: 'email=a%40b.vn&password=x',
      });
      statuses.push(response.statusCode);
    }
    // Counted as one client (the first test's sign-ins count too): the limit is reached.
    expect(statuses.at(-1)).toBe(429);
  });

  it('counts one rating per reader whatever the left-most address says', async () => {
    for (const left of ['1.1.1.1', '2.2.2.2', '3.3.3.3']) {
      const response = await t.app.inject({
        method: 'POST',
        url: `/ratings/${articleId}`,
        remoteAddress: PROXY,
        headers: {
          ...forged(left),
          origin: 'http://localhost',
          'user-agent': 'Trình duyệt kiểm thử',
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: 'score=5',
      });
      expect(response.statusCode).toBe(200);
    }
    const rows = await t.services.db
      .selectFrom('article_ratings')
      .select('reader')
      .where('article_id', '=', articleId)
      .execute();
    expect(rows).toHaveLength(1);
  });
});

describe('TRUST_PROXY as a list of proxy addresses', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' } });
  });
  afterAll(async () => t?.close());

  it('believes the listed proxies and stops at the first address that is not one', async () => {
    expect(await recordedIp(t, PROXY, forged('1.2.3.4'))).toBe(CLIENT);
    // A CDN node in 10.0.0.0/8 between the client and nginx: both are skipped.
    expect(await recordedIp(t, PROXY, { 'x-forwarded-for': `1.2.3.4, ${CLIENT}, 10.1.2.3` })).toBe(CLIENT);
  });

  it('ignores X-Forwarded-For from a client that reached the port directly', async () => {
    expect(await recordedIp(t, '203.0.113.9', forged('1.2.3.4'))).toBe('203.0.113.9');
  });
});

describe('TRUST_PROXY=false (the default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await createStaff(t.services, 'admin', await defaultSiteId(t.services.db));
  });
  afterAll(async () => t?.close());

  it('uses the socket address and ignores X-Forwarded-For', async () => {
    expect(await recordedIp(t, '203.0.113.9', forged('1.2.3.4'))).toBe('203.0.113.9');
  });
});
