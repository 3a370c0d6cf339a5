import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, loginAs } from '../admin-session.ts';
import { createArticle, createCategory, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
let siteId: number;
let articleId: number;
let otherId: number;
let draftId: number;
let articlePath: string;

const rate = (
  id: number,
  score: string,
  headers: Record<string, string> = {},
  prefix = '',
  remoteAddress = '127.0.0.1',
): Promise<LightMyRequestResponse> =>
  t.app.inject({
    method: 'POST',
    remoteAddress,
    url: `${prefix}/ratings/${id}`,
    payload: new URLSearchParams({ score }).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'http://localhost',
      'user-agent': 'Mozilla/5.0 (reader one)',
      ...headers,
    },
  });

const stored = () => t.services.db.selectFrom('article_ratings').selectAll().orderBy('id').execute();

beforeAll(async () => {
  t = await createTestApp();
  siteId = await defaultSiteId(t.services.db);
  const categoryId = await createCategory(t.services.db, siteId, { name: 'Kinh tế', slug: 'kinh-te' });
  articleId = await createArticle(t.services.db, siteId, categoryId, { title: 'Giải ngân vốn đầu tư công' });
  otherId = await createArticle(t.services.db, siteId, categoryId, { title: 'Mùa lúa chín' });
  draftId = await createArticle(t.services.db, siteId, categoryId, { title: 'Bản nháp', status: 'draft' });
  articlePath = `/kinh-te/giai-ngan-von-dau-tu-cong-${articleId}`;
});
afterAll(async () => t?.close());

describe('rating an article', () => {
  it('shows the five-level form under every article, posting to the article’s rating address', async () => {
    const page = await t.app.inject({ url: articlePath });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`action="/ratings/${articleId}"`);
    expect(page.body).toContain('Đánh giá thông tin');
    expect(page.body.match(/name="score"/g)).toHaveLength(5);
    expect(page.body).toContain('Rất hữu ích');
  });

  it('records a rating, thanks the reader, and keeps one rating per reader (a new one replaces it)', async () => {
    const first = await rate(articleId, '4');
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('Cảm ơn bạn đã đánh giá');
    expect(first.body).toContain(`href="${articlePath}"`);
    const again = await rate(articleId, '2');
    expect(again.statusCode).toBe(200);
    const rows = await stored();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ article_id: articleId, score: 2, site_id: siteId });
    // Another reader is another rating.
    await rate(articleId, '5', { 'user-agent': 'Mozilla/5.0 (reader two)' });
    expect(await stored()).toHaveLength(2);
  });

  it('keeps the reader private: nothing stored names their address or browser', async () => {
    const rows = await stored();
    for (const row of rows) {
      const text = JSON.stringify(row);
      expect(text).not.toContain('127.0.0.1');
      expect(text).not.toContain('Mozilla');
      expect(row.reader).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
  });

  it('answers a script in JSON and in the reader’s language', async () => {
    const response = await rate(otherId, '3', { accept: 'application/json' }, '');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      ok: true,
      message: 'Cảm ơn bạn đã đánh giá. Ý kiến của bạn giúp Ban Biên tập cải thiện thông tin.',
    });
  });

  it('refuses a missing or invalid score with a clear message, storing nothing', async () => {
    const before = (await stored()).length;
    for (const score of ['', '0', '6', '3.5', 'năm', '1 OR 1=1']) {
      const response = await rate(otherId, score, { 'user-agent': `bad ${score}` });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('Hãy chọn một mức đánh giá trước khi gửi.');
    }
    const json = await rate(otherId, '9', { accept: 'application/json' });
    expect(json.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    expect(await stored()).toHaveLength(before);
  });

  it('refuses a post from another site (cross-site request forgery), storing nothing', async () => {
    const before = (await stored()).length;
    const forged = await rate(articleId, '1', { origin: 'https://evil.example', 'user-agent': 'forged' });
    expect(forged.statusCode).toBe(403);
    const lookalike = await rate(articleId, '1', {
      origin: 'http://localhost.evil.example',
      'user-agent': 'f3',
    });
    expect(lookalike.statusCode).toBe(403);
    const opaque = await rate(articleId, '1', { origin: 'null', 'user-agent': 'forged 2' });
    expect(opaque.statusCode).toBe(403);
    const crossSite = await t.app.inject({
      method: 'POST',
      url: `/ratings/${articleId}`,
      payload: 'score=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.statusCode).toBe(403);
    const noHint = await t.app.inject({
      method: 'POST',
      url: `/ratings/${articleId}`,
      payload: 'score=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(noHint.statusCode).toBe(403);
    const sameSiteReferer = await t.app.inject({
      method: 'POST',
      url: `/ratings/${articleId}`,
      payload: 'score=1',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        referer: `http://localhost${articlePath}`,
        'user-agent': 'old browser',
      },
    });
    expect(sameSiteReferer.statusCode).toBe(200);
    // Behind a proxy that ends TLS, the browser says https while the app sees http: still this site.
    const proxied = await rate(otherId, '4', {
      origin: 'https://localhost',
      'user-agent': 'reader behind proxy',
    });
    expect(proxied.statusCode).toBe(200);
    expect(await stored()).toHaveLength(before + 2);
  });

  it('answers 404 for an unknown, unpublished or other-language article', async () => {
    const ip = '203.0.113.9';
    expect((await rate(999_999, '3', {}, '', ip)).statusCode).toBe(404);
    expect((await rate(draftId, '3', {}, '', ip)).statusCode).toBe(404);
    expect((await rate(articleId, '3', {}, '/en', ip)).statusCode).toBe(404);
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/ratings/abc',
      remoteAddress: ip,
      headers: { origin: 'http://localhost' },
    });
    expect(malformed.statusCode).toBe(404);
  });

  it('slows down one address that sends too many ratings', async () => {
    const ip = '198.51.100.20';
    const before = await stored();
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      statuses.push((await rate(otherId, '3', { 'user-agent': `bot ${i}` }, '', ip)).statusCode);
    }
    expect(statuses.slice(0, 20).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
    const after = await stored();
    expect(after).toHaveLength(before.length + 20);
    // Leave the figures of the start-page test as they were.
    const lastBefore = Math.max(...before.map((row) => row.id));
    await t.services.db.deleteFrom('article_ratings').where('id', '>', lastBefore).execute();
  });
});

describe('ratings on the admin start page', () => {
  it('shows the board the count, the average and the lowest and highest rated articles', async () => {
    const chief = await loginAs(t.app, await createStaff(t.services, 'chief_editor', siteId));
    const page = await chief.get('/admin');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Đánh giá của bạn đọc (30 ngày qua)');
    // Giải ngân: 2, 5 and 1 (referer) → 2.7; Mùa lúa chín: 3 and 4 → 3.5; all five → 3.0.
    expect(page.body).toContain('5 lượt đánh giá, điểm trung bình 3,0/5.');
    const lowest = page.body.slice(page.body.indexOf('Bài được đánh giá thấp nhất'));
    expect(lowest.indexOf('Giải ngân vốn đầu tư công')).toBeLessThan(lowest.indexOf('Mùa lúa chín'));
    expect(lowest).toContain('2,7');
  });

  it('is not shown to contributors', async () => {
    const writer = await loginAs(t.app, await createStaff(t.services, 'contributor', siteId));
    const page = await writer.get('/admin');
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('Đánh giá của bạn đọc');
  });
});
