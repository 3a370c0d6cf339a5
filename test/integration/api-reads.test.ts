import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../admin-session.ts';
import { createArticle, createCategory, createSite, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
let parentId: number;
let childId: number;
const ids: Record<string, number> = {};
const hour = 3_600_000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

beforeAll(async () => {
  t = await createTestApp();
  const db = t.services.db;
  const siteId = await defaultSiteId(db);
  const writer = await createStaff(t.services, 'contributor', siteId, 'phong.vien@lachong.gov.vn');
  parentId = await createCategory(db, siteId, {
    name: 'Tin tức',
    slug: 'tin-tuc',
    translations: { en: { name: 'News', slug: 'news' } },
  });
  childId = await createCategory(db, siteId, { name: 'Thời sự', slug: 'thoi-su', parentId });
  const base = { author_id: writer.id, created_by: writer.id, workflow_note: 'Ghi chú nội bộ bí mật' };
  ids.old = await createArticle(db, siteId, parentId, {
    ...base,
    title: 'Khánh thành cầu Lạc Hồng',
    published_at: iso(-3 * hour),
  });
  ids.child = await createArticle(db, siteId, childId, {
    ...base,
    title: 'Hội nghị tổng kết năm',
    published_at: iso(-2 * hour),
  });
  ids.draft = await createArticle(db, siteId, parentId, {
    ...base,
    title: 'Bản nháp chưa duyệt',
    status: 'draft',
    published_at: null,
  });
  ids.pending = await createArticle(db, siteId, parentId, {
    ...base,
    title: 'Bài chờ duyệt',
    status: 'pending_approval',
  });
  ids.future = await createArticle(db, siteId, parentId, {
    ...base,
    title: 'Bài hẹn giờ ngày mai',
    published_at: iso(24 * hour),
  });
  ids.en = await createArticle(db, siteId, parentId, {
    ...base,
    title: 'Lac Hong bridge opens',
    lang: 'en',
    published_at: iso(-hour),
  });
  const otherSite = await createSite(db, { hostnames: ['xa-an-binh.lachong.gov.vn'] });
  const otherCategory = await createCategory(db, otherSite, { name: 'Tin xã', slug: 'tin-xa' });
  ids.otherSite = await createArticle(db, otherSite, otherCategory, { title: 'Tin của xã An Bình' });
  await t.services.sites.reload();
});
afterAll(async () => t?.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

describe('public API reads', () => {
  it('lists only published, already public articles of the site, newest first', async () => {
    const response = await get('/api/v1/articles');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.items.map((item: { id: number }) => item.id)).toEqual([ids.child, ids.old]);
    expect(body).toMatchObject({ page: 1, pageSize: 20, total: 2, totalPages: 1 });
    expect(body.items[0]).toMatchObject({
      title: 'Hội nghị tổng kết năm',
      lang: 'vi',
      category: { id: childId, slug: 'thoi-su' },
      cover: null,
    });
    expect(body.items[0].url).toMatch(new RegExp(`/thoi-su/hoi-nghi-tong-ket-nam-${ids.child}$`));
  });

  it('never leaks drafts, workflow notes, accounts or view counts', async () => {
    const list = await get('/api/v1/articles');
    const detail = await get(`/api/v1/articles/${ids.old}`);
    for (const response of [list, detail]) {
      expect(response.body).not.toContain('Ghi chú nội bộ');
      expect(response.body).not.toContain('phong.vien@');
      expect(response.body).not.toMatch(/workflow|view_?count|author_?id|created_?by|"version"/i);
      expect(response.body).not.toContain('Bản nháp');
      expect(response.body).not.toContain('hẹn giờ');
    }
    for (const hidden of [ids.draft, ids.pending, ids.future, ids.otherSite]) {
      const response = await get(`/api/v1/articles/${hidden}`);
      expect(response.statusCode, String(hidden)).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
  });

  it('filters by language, category (with sub-categories) and title, and pages', async () => {
    const en = (await get('/api/v1/articles?lang=en')).json();
    expect(en.items.map((item: { id: number }) => item.id)).toEqual([ids.en]);
    expect(en.items[0].url).toMatch(/\/en\/news\/lac-hong-bridge-opens-\d+$/);
    const parent = (await get(`/api/v1/articles?category=${parentId}`)).json();
    expect(parent.total).toBe(2);
    const child = (await get(`/api/v1/articles?category=${childId}`)).json();
    expect(child.items.map((item: { id: number }) => item.id)).toEqual([ids.child]);
    const unknown = (await get('/api/v1/articles?category=999999')).json();
    expect(unknown.total).toBe(0);
    const q = (await get(`/api/v1/articles?q=${encodeURIComponent('CẦU Lạc')}`)).json();
    expect(q.items.map((item: { id: number }) => item.id)).toEqual([ids.old]);
    const lower = (await get('/api/v1/articles?q=kh%C3%A1nh')).json();
    expect(lower.total).toBe(1);
    const wildcard = (await get('/api/v1/articles?q=%25')).json();
    expect(wildcard.total).toBe(0);
    const page2 = (await get('/api/v1/articles?pageSize=1&page=2')).json();
    expect(page2).toMatchObject({ page: 2, pageSize: 1, total: 2, totalPages: 2 });
    expect(page2.items.map((item: { id: number }) => item.id)).toEqual([ids.old]);
  });

  it('refuses bad query values with field messages', async () => {
    const response = await get('/api/v1/articles?pageSize=101&page=0');
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields).toEqual(
      expect.arrayContaining([
        { path: 'pageSize', message: 'Phải nhỏ hơn hoặc bằng 100.' },
        { path: 'page', message: 'Phải lớn hơn hoặc bằng 1.' },
      ]),
    );
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('is cacheable: a minute of public caching and an ETag answered with 304', async () => {
    for (const url of ['/api/v1/articles', `/api/v1/articles/${ids.old}`, '/api/v1/categories']) {
      const first = await get(url);
      expect(first.headers['cache-control'], url).toBe('public, max-age=60');
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^W\/"/);
      const again = await get(url, { 'if-none-match': etag });
      expect(again.statusCode, url).toBe(304);
      expect(again.body).toBe('');
    }
  });

  it('gives one published article with its body and language versions', async () => {
    const response = await get(`/api/v1/articles/${ids.old}`);
    expect(response.statusCode).toBe(200);
    const article = response.json();
    expect(article).toMatchObject({ id: ids.old, title: 'Khánh thành cầu Lạc Hồng', translations: [] });
    expect(article.body).toMatchObject({ type: 'doc' });
    expect((await get('/api/v1/articles/abc')).statusCode).toBe(400);
  });

  it('gives the category tree with names per language', async () => {
    const response = await get('/api/v1/categories');
    expect(response.statusCode).toBe(200);
    const { items } = response.json();
    const parent = items.find((item: { id: number }) => item.id === parentId);
    expect(parent.names.vi).toMatchObject({ name: 'Tin tức', slug: 'tin-tuc' });
    expect(parent.names.en).toMatchObject({ name: 'News', slug: 'news' });
    expect(parent.names.en.url).toMatch(/\/en\/news$/);
    expect(parent.children.map((child: { id: number }) => child.id)).toEqual([childId]);
    expect(items.some((item: { id: number }) => item.id === childId)).toBe(false);
    expect(response.body).not.toContain('Tin xã');
  });

  it('chooses the site by host name', async () => {
    const response = await get('/api/v1/articles', { host: 'xa-an-binh.lachong.gov.vn' });
    expect(response.json().items.map((item: { id: number }) => item.id)).toEqual([ids.otherSite]);
  });
});
