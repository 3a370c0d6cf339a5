import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import { createPage, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

// Row ids are INTEGER on both engines (1 … 2^31-1). The admin reads every :id with one rule, so an id
// out of range is "not found" everywhere instead of a 500 from PostgreSQL on some screens, and the
// largest id works on every screen.
describe('admin :id parameters', () => {
  let t: TestApp;
  let admin: Client;
  const LARGEST = 2_147_483_647;

  beforeAll(async () => {
    t = await createTestApp();
    const siteId = await defaultSiteId(t.services.db);
    admin = await loginAs(t.app, await createStaff(t.services, 'admin', siteId));
    const pageId = await createPage(t.services.db, siteId, { title: 'Trang có mã lớn nhất' });
    await t.services.db.updateTable('pages').set({ id: LARGEST }).where('id', '=', pageId).execute();
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('opens a row whose id is the largest INTEGER', async () => {
    const response = await admin.get(`/admin/pages/${LARGEST}`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Trang có mã lớn nhất');
  });

  it.each([
    '/admin/articles/2147483648/edit',
    '/admin/articles/99999999999/edit',
    '/admin/articles/0/edit',
    '/admin/articles/007/preview',
    '/admin/articles/2147483648/revisions',
    '/admin/articles/2147483648/translations',
    '/admin/pages/2147483648',
    '/admin/pages/0',
    '/admin/categories/2147483648',
    '/admin/users/99999999999',
  ])('answers %s with the localised 404 page', async (url) => {
    const response = await admin.get(url);
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('Không tìm thấy trang');
  });

  // Public article URLs end in the id (/kinh-te/slug-123): the same range holds there.
  it.each([
    '/kinh-te/gia-lua-2147483648',
    '/kinh-te/gia-lua-99999999999',
    '/en/economy/rice-price-2147483648',
  ])('answers the public %s with the localised 404 page on both engines', async (url) => {
    const response = await t.app.inject({ url });
    expect(response.statusCode).toBe(404);
  });
});
