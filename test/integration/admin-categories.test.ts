import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import { createArticle, createCategory, createPage, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
let siteId: number;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  siteId = await defaultSiteId(t.services.db);
  admin = await loginAs(t.app, await createStaff(t.services, 'admin', siteId));
  await createPage(t.services.db, siteId, { title: 'Giới thiệu', showInMenu: true, position: 1 });
});
afterAll(async () => t?.close());

/** The labels of the public main menu. */
async function menuLabels(url = '/'): Promise<string[]> {
  const html = (await t.app.inject({ url })).body;
  const start = html.indexOf('class="main-menu"');
  const menu = html.slice(start, html.indexOf('</nav>', start));
  return [...menu.matchAll(/<a href="[^"]+"[^>]*>([^<]+)<\/a>/g)].map((match) => match[1] ?? '');
}

const post = (fields: Record<string, string>, action = '/admin/categories', form = '/admin/categories/new') =>
  admin.submit(form, action, fields);

describe('categories admin', () => {
  it('creates a category with names per language; the public menu shows it at once', async () => {
    expect(await menuLabels()).not.toContain('Tin tức');
    const response = await post({
      name_vi: 'Tin tức',
      name_en: 'News',
      description_vi: 'Tin hoạt động của tỉnh',
      position: '20',
      show_in_menu: '1',
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toMatch(/^\/admin\/categories\/\d+\?done=created$/);
    expect(await menuLabels()).toContain('Tin tức');
    expect(await menuLabels('/en/')).toContain('News');
    const row = await t.services.db
      .selectFrom('category_translations')
      .selectAll()
      .where('site_id', '=', siteId)
      .where('slug', '=', 'tin-tuc')
      .executeTakeFirstOrThrow();
    expect(row.name).toBe('Tin tức');
    const edit = await admin.get(String(response.headers.location));
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toContain('Đã tạo mới.');
    const audit = await t.services.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'category.create')
      .executeTakeFirstOrThrow();
    expect(audit.entity_id).toBe(String(row.category_id));
    expect(JSON.parse(audit.after ?? '{}').texts.vi).toEqual({
      name: 'Tin tức',
      slug: 'tin-tuc',
      description: 'Tin hoạt động của tỉnh',
    });
  });

  it('lists the tree with sub-categories under their parent', async () => {
    const parent = await createCategory(t.services.db, siteId, { name: 'Kinh tế' });
    await createCategory(t.services.db, siteId, { name: 'Nông nghiệp', parentId: parent });
    const list = await admin.get('/admin/categories');
    expect(list.statusCode).toBe(200);
    expect(list.body).toMatch(
      /Kinh tế<\/strong><\/a>.*<ul class="admin-tree"><li><div class="admin-tree-item"><a href="\/admin\/categories\/\d+"><strong>Nông nghiệp/s,
    );
  });

  it('refuses a missing name, keeping what was typed', async () => {
    const response = await post({ name_vi: '  ', description_vi: 'Mô tả đã gõ', slug_en: 'only-slug' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Thông tin chưa hợp lệ');
    expect(response.body).toMatch(/id="f-name-vi-error">Vui lòng nhập mục này\./);
    expect(response.body).toContain('Mô tả đã gõ');
    expect(response.body).toContain('value="only-slug"');
  });

  it('refuses a duplicate slug, a reserved slug and the slug of a top-level page', async () => {
    const duplicate = await post({ name_vi: 'Tin tức' });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.body).toMatch(/id="f-slug-vi-error">Đường dẫn này đã được dùng/);
    expect(duplicate.body).toContain('value="Tin tức"');

    const reserved = await post({ name_vi: 'Quản trị', slug_vi: 'admin' });
    expect(reserved.statusCode).toBe(400);
    expect(reserved.body).toContain('Đường dẫn này dành riêng cho hệ thống');

    const page = await post({ name_vi: 'Giới thiệu' });
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('trùng với một trang tĩnh');

    // Accents and capitals are converted, a Chinese name gets pinyin (issue 13 #16).
    const typed = await post({ name_vi: 'Sự kiện', slug_vi: 'Sự Kiện' });
    expect(typed.statusCode).toBe(303);
    // The registry's address (/van-ban) is the legal documents' own (issue 14).
    const registry = await post({ name_vi: 'Văn bản', slug_vi: 'Văn Bản' });
    expect(registry.statusCode).toBe(400);
    const chinese = await post({ name_vi: 'Hợp tác', name_zh: '合作' });
    expect(chinese.statusCode).toBe(303);
  });

  it('edits a category: the renamed menu entry is visible on the public site immediately', async () => {
    const id = await createCategory(t.services.db, siteId, {
      name: 'Thông báo',
      showInMenu: true,
      position: 30,
    });
    t.services.purge([`menu:${siteId}`]); // the factory writes to the database directly
    expect(await menuLabels()).toContain('Thông báo');
    const response = await post(
      { name_vi: 'Thông báo mới', slug_vi: 'thong-bao', position: '30', show_in_menu: '1' },
      `/admin/categories/${id}`,
      `/admin/categories/${id}`,
    );
    expect(response.statusCode).toBe(303);
    const labels = await menuLabels();
    expect(labels).toContain('Thông báo mới');
    expect(labels).not.toContain('Thông báo');
    const audit = await t.services.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'category.update')
      .where('entity_id', '=', String(id))
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before ?? '{}').texts.vi.name).toBe('Thông báo');
    expect(JSON.parse(audit.after ?? '{}').texts.vi.name).toBe('Thông báo mới');

    // Hidden from the menu: unticked checkbox.
    await post(
      { name_vi: 'Thông báo mới', slug_vi: 'thong-bao' },
      `/admin/categories/${id}`,
      `/admin/categories/${id}`,
    );
    expect(await menuLabels()).not.toContain('Thông báo mới');
  });

  it('refuses to make a category its own descendant', async () => {
    const parent = await createCategory(t.services.db, siteId, { name: 'Xã hội' });
    const child = await createCategory(t.services.db, siteId, { name: 'Giáo dục', parentId: parent });
    const response = await post(
      { name_vi: 'Xã hội', slug_vi: 'xa-hoi', parent_id: String(child) },
      `/admin/categories/${parent}`,
      `/admin/categories/${parent}`,
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Không thể chọn chính chuyên mục này');
  });

  it('deletes an empty category, and refuses while it has sub-categories or articles', async () => {
    const parent = await createCategory(t.services.db, siteId, { name: 'Văn hóa', showInMenu: true });
    const child = await createCategory(t.services.db, siteId, { name: 'Lễ hội', parentId: parent });
    const withChild = await admin.submit(
      `/admin/categories/${parent}`,
      `/admin/categories/${parent}/delete`,
      {},
    );
    expect(withChild.statusCode).toBe(409);
    expect(withChild.body).toContain('Không thể xóa: chuyên mục còn chuyên mục con');

    await createArticle(t.services.db, siteId, child, { title: 'Lễ hội đền Hùng' });
    const withArticle = await admin.submit(
      `/admin/categories/${child}`,
      `/admin/categories/${child}/delete`,
      {},
    );
    expect(withArticle.statusCode).toBe(409);
    expect(withArticle.body).toContain('chuyên mục còn 1 bài viết');

    const empty = await createCategory(t.services.db, siteId, { name: 'Thể thao', showInMenu: true });
    t.services.purge([`menu:${siteId}`]); // the factory writes to the database directly
    expect(await menuLabels()).toContain('Thể thao');
    const deleted = await admin.submit(`/admin/categories/${empty}`, `/admin/categories/${empty}/delete`, {});
    expect(deleted.statusCode).toBe(303);
    expect(deleted.headers.location).toBe('/admin/categories?done=deleted');
    expect(await menuLabels()).not.toContain('Thể thao');
    const gone = await t.services.db
      .selectFrom('categories')
      .select('id')
      .where('id', '=', empty)
      .executeTakeFirst();
    expect(gone).toBeUndefined();
    const audit = await t.services.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'category.delete')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before ?? '{}').texts.vi.name).toBe('Thể thao');
  });

  it('lets a chief editor in, and answers 404 for another site’s or an unknown category', async () => {
    const chief = await loginAs(t.app, await createStaff(t.services, 'chief_editor', siteId));
    expect((await chief.get('/admin/categories')).statusCode).toBe(200);
    expect((await chief.get('/admin/categories/999999')).statusCode).toBe(404);
    expect((await chief.get('/admin/categories/abc')).statusCode).toBe(404);
  });
});
