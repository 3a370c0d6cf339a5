import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/index.ts';
import { reindexAll } from '../../src/modules/search/registry.ts';
import { createArticle, createCategory, createSite, defaultSiteId, paragraphs } from '../factories.ts';
import { createTestApp, type TestApp, testEngine } from '../harness.ts';

// GET /api/v1/search on both engines: the search page's filters and paging, as JSON.
let t: TestApp;
let siteId: number;
let categoryId: number;
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.services.db;
  siteId = await defaultSiteId(db);
  const commune = await createSite(db, {
    kind: 'commune',
    parentId: siteId,
    hostnames: ['xa-an-binh.lachong.gov.vn'],
  });
  await t.services.sites.reload();
  categoryId = await createCategory(db, siteId, { name: 'Quốc phòng', slug: 'quoc-phong' });
  const otherCategory = await createCategory(db, siteId, { name: 'Kinh tế', slug: 'kinh-te' });
  const communeCategory = await createCategory(db, commune, { name: 'Tin xã', slug: 'tin-xa' });
  const now = Date.now();
  for (let i = 0; i < 12; i++) {
    const at = new Date(now - (i + 1) * DAY).toISOString();
    await createArticle(db, siteId, i % 2 === 0 ? categoryId : otherCategory, {
      title: `Diễn tập khu vực phòng thủ số ${i + 1}`,
      lead: 'Tỉnh tổ chức diễn tập quốc phòng.',
      body: paragraphs('Công tác quốc phòng địa phương được củng cố.'),
      published_at: at,
      created_at: at,
      updated_at: at,
    });
  }
  const at = new Date(now - 40 * DAY).toISOString();
  await createArticle(db, commune, communeCategory, {
    title: 'Xã An Bình diễn tập phòng thủ',
    lead: 'Dân quân xã tham gia.',
    body: paragraphs('Diễn tập phòng thủ cấp xã.'),
    published_at: at,
    created_at: at,
    updated_at: at,
  });
  await reindexAll(t.services);
});
afterAll(async () => t?.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ url, headers: { host: 'localhost', ...headers } });

describe(`GET /api/v1/search on ${testEngine}`, () => {
  it('answers JSON with title, absolute url, type, date and a marked snippet, paged', async () => {
    const response = await get('/api/v1/search?q=dien+tap&perPage=5&sort=date');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(12);
    expect(body.totalPages).toBe(3);
    expect(body.items).toHaveLength(5);
    const item = body.items[0];
    expect(item.title).toBe('Diễn tập khu vực phòng thủ số 1');
    expect(item.url).toMatch(/^https?:\/\/[^/]+\/.+/);
    expect(item.type).toBe('article');
    expect(item.date).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(item.snippet).toContain('diễn tập');
    const [start, end] = item.highlights[0];
    expect(item.snippet.slice(start, end).toLowerCase()).toMatch(/^(diễn|tập)$/);
    const last = (await get('/api/v1/search?q=dien+tap&perPage=5&sort=date&page=3')).json();
    expect(last.items).toHaveLength(2);
    expect(last.page).toBe(3);
  });

  it('filters by category, date range, type and scope as the page does', async () => {
    const inCategory = (await get(`/api/v1/search?q=dien+tap&category=${categoryId}&perPage=50`)).json();
    expect(inCategory.total).toBe(6);
    const from = new Date(Date.now() - 3.5 * DAY).toISOString().slice(0, 10);
    const recent = (await get(`/api/v1/search?q=dien+tap&from=${from}`)).json();
    expect(recent.total).toBeGreaterThanOrEqual(3);
    expect(recent.total).toBeLessThanOrEqual(4);
    expect((await get('/api/v1/search?q=dien+tap&type=page')).json().total).toBe(0);
    const site = (await get('/api/v1/search?q=an+binh')).json();
    expect(site.total).toBe(0);
    const all = (await get('/api/v1/search?q=an+binh&scope=all')).json();
    expect(all.total).toBe(1);
    // The commune's configured host name, not the address the request used.
    expect(all.items[0].url).toMatch(/^https?:\/\/xa-an-binh\.lachong\.gov\.vn(:\d+)?\//);
  });

  it('refuses bad input with a localised 400, the same on both engines', async () => {
    const bad = [
      '/api/v1/search',
      '/api/v1/search?q=',
      '/api/v1/search?q=a&perPage=51',
      '/api/v1/search?q=a&perPage=0',
      '/api/v1/search?q=a&page=0',
      '/api/v1/search?q=a&page=51',
      '/api/v1/search?q=a&page=x',
      '/api/v1/search?q=a&from=2026-02-30',
      '/api/v1/search?q=a&to=yesterday',
      '/api/v1/search?q=a&from=2026-05-02&to=2026-05-01',
      '/api/v1/search?q=a&type=nothing',
      '/api/v1/search?q=a&category=999999',
      '/api/v1/search?q=a&scope=everything',
      '/api/v1/search?q=a&lang=fr',
      `/api/v1/search?q=${'a'.repeat(201)}`,
    ];
    for (const url of bad) {
      for (const lang of ['vi', 'en', 'zh'] as const) {
        const response = await get(url, { 'accept-language': lang });
        expect(response.statusCode, url).toBe(400);
        const { error } = response.json();
        expect(error.code, url).toBe('VALIDATION_FAILED');
        expect(error.message, url).toBe(messages(lang).errors.validationBody);
        expect(error.fields.length, url).toBeGreaterThan(0);
      }
    }
  });

  it('offers the corrected query of typing slips and Telex left-overs, in the page’s language', async () => {
    const api = (await get('/api/v1/search?q=dien+tapj+phonng')).json();
    expect(api.total).toBe(0);
    expect(api.didYouMean).toBe('dien tap phong');
    expect((await get('/api/v1/search?q=dien+tap')).json().didYouMean).toBeNull();
    for (const [path, text] of [
      ['/tim-kiem', 'Có phải bạn muốn tìm:'],
      ['/en/search', 'Did you mean:'],
      ['/zh/search', '您是不是要找：'],
    ] as const) {
      const html = (await get(`${path}?q=quocs+phongf&lang=vi`)).body;
      expect(html, path).toContain(text);
      expect(html, path).toContain('q=quoc+phong');
      expect(html, path).toContain('<strong>quoc phong</strong></a>');
    }
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await get('/api/v1/openapi.json')).json();
    const op = doc.paths['/api/v1/search']?.get;
    expect(op).toBeDefined();
    const names = op.parameters.map((parameter: { name: string }) => parameter.name);
    for (const name of ['q', 'type', 'category', 'lang', 'scope', 'from', 'to', 'sort', 'page', 'perPage'])
      expect(names).toContain(name);
  });
});
