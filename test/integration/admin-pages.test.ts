import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createStaff, csrfToken, loginAs } from '../admin-session.ts';
import { createCategory, defaultSiteId, paragraphs } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
let siteId: number;
let editor: Client;

beforeAll(async () => {
  t = await createTestApp();
  siteId = await defaultSiteId(t.services.db);
  editor = await loginAs(t.app, await createStaff(t.services, 'editor', siteId));
  await createCategory(t.services.db, siteId, { name: 'Tin tức' });
});
afterAll(async () => t?.close());

const create = (fields: Record<string, string>, lang = 'vi') =>
  editor.submit(`/admin/pages/new?lang=${lang}`, '/admin/pages', { lang, version: '0', ...fields });

const idFrom = (location: unknown) => Number(/\/admin\/pages\/(\d+)/.exec(String(location))?.[1]);

async function revisions(pageId: number) {
  return t.services.db
    .selectFrom('revisions')
    .selectAll()
    .where('entity_type', '=', 'page')
    .where('entity_id', '=', pageId)
    .orderBy('version')
    .execute();
}

describe('static pages admin', () => {
  it('creates a published page from plain text; the public site renders it and its menu entry', async () => {
    const response = await create({
      title: 'Giới thiệu chung',
      lead: 'Khái quát về tỉnh Lạc Hồng',
      body: 'Lạc Hồng là tỉnh miền núi.\n\nDân số khoảng 800 nghìn người.\nGồm 9 huyện.',
      status: 'published',
      show_in_menu: '1',
      position: '5',
      seo_description: 'Giới thiệu tỉnh Lạc Hồng',
    });
    expect(response.statusCode).toBe(303);
    const id = idFrom(response.headers.location);
    const page = await t.app.inject({ url: '/gioi-thieu-chung' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<p>Lạc Hồng là tỉnh miền núi.</p>');
    expect(page.body).toContain('<p>Dân số khoảng 800 nghìn người.<br/>Gồm 9 huyện.</p>');
    expect(page.body).toContain('Khái quát về tỉnh Lạc Hồng');
    expect(page.body).toMatch(/class="main-menu"[\s\S]*href="\/gioi-thieu-chung"/);
    const saved = await revisions(id);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.version).toBe(1);
    expect(JSON.parse(saved[0]?.data ?? '{}').title).toBe('Giới thiệu chung');
    const audit = await t.services.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'page.create')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after ?? '{}')).toMatchObject({ title: 'Giới thiệu chung', status: 'published' });
  });

  it('accepts TipTap JSON, edits with a new revision each save, and purges the public page', async () => {
    const created = await create({
      title: 'Lịch sử',
      body: paragraphs('Bản đầu tiên.'),
      status: 'published',
    });
    const id = idFrom(created.headers.location);
    expect((await t.app.inject({ url: '/lich-su' })).body).toContain('Bản đầu tiên.');
    const edited = await editor.submit(`/admin/pages/${id}`, `/admin/pages/${id}`, {
      lang: 'vi',
      version: '1',
      title: 'Lịch sử hình thành',
      slug: 'lich-su',
      body: paragraphs('Bản thứ hai.'),
      status: 'published',
    });
    expect(edited.statusCode).toBe(303);
    const html = (await t.app.inject({ url: '/lich-su' })).body;
    expect(html).toContain('Bản thứ hai.');
    expect(html).toContain('Lịch sử hình thành');
    const saved = await revisions(id);
    expect(saved.map((revision) => revision.version)).toEqual([1, 2]);
    const form = await editor.get(`/admin/pages/${id}`);
    expect(form.body).toContain('data-rich-editor');
    expect(form.body).toContain('Phiên bản 2');
  });

  it('refuses a stale version (someone else saved) and keeps what was typed', async () => {
    const created = await create({ title: 'Cơ cấu tổ chức', body: 'Nội dung.', status: 'draft' });
    const id = idFrom(created.headers.location);
    const fields = {
      lang: 'vi',
      title: 'Cơ cấu tổ chức',
      slug: 'co-cau-to-chuc',
      body: 'Nội dung.',
      status: 'draft',
    };
    expect(
      (await editor.submit(`/admin/pages/${id}`, `/admin/pages/${id}`, { ...fields, version: '1' }))
        .statusCode,
    ).toBe(303);
    const stale = await editor.submit(`/admin/pages/${id}`, `/admin/pages/${id}`, {
      ...fields,
      version: '1',
      lead: 'Tóm tắt tôi vừa gõ',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Tóm tắt tôi vừa gõ');
    expect(stale.body).toContain('name="version" value="2"');
  });

  it('keeps drafts off the public site', async () => {
    const created = await create({ title: 'Bản nháp riêng', body: 'Chưa công bố.', status: 'draft' });
    expect(created.statusCode).toBe(303);
    expect((await t.app.inject({ url: '/ban-nhap-rieng' })).statusCode).toBe(404);
  });

  it('validates: missing title, JSON that is not a document, slug of a category, reserved slug', async () => {
    const missing = await create({ title: '', body: 'Văn bản đã gõ', status: 'draft' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toMatch(/id="f-title-error">Vui lòng nhập mục này\./);
    expect(missing.body).toContain('Văn bản đã gõ');

    const notDoc = await create({ title: 'Trang lỗi', body: '{"type":"paragraph"}', status: 'draft' });
    expect(notDoc.statusCode).toBe(400);
    expect(notDoc.body).toContain('Nội dung không đúng định dạng của trình soạn thảo');

    const category = await create({ title: 'Tin tức', status: 'draft', body: '' });
    expect(category.statusCode).toBe(400);
    expect(category.body).toContain('trùng với một chuyên mục');

    const reserved = await create({ title: 'Tìm kiếm', slug: 'tim-kiem', status: 'draft', body: '' });
    expect(reserved.statusCode).toBe(400);
    expect(reserved.body).toContain('dành riêng cho hệ thống');
  });

  it('builds a tree, refuses to delete a page with children, deletes a leaf', async () => {
    const parent = idFrom(
      (await create({ title: 'Lãnh đạo tỉnh', status: 'published', body: 'Danh sách.' })).headers.location,
    );
    const child = await create({
      title: 'Chủ tịch UBND tỉnh',
      status: 'published',
      body: 'Tiểu sử.',
      parent_id: String(parent),
    });
    expect(child.statusCode).toBe(303);
    const childId = idFrom(child.headers.location);
    expect((await t.app.inject({ url: '/lanh-dao-tinh/chu-tich-ubnd-tinh' })).statusCode).toBe(200);
    const list = await editor.get('/admin/pages?lang=vi');
    expect(list.body).toContain('/lanh-dao-tinh/chu-tich-ubnd-tinh');

    const refused = await editor.submit(`/admin/pages/${parent}`, `/admin/pages/${parent}/delete`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Không thể xóa: trang còn trang con');

    const deleted = await editor.submit(`/admin/pages/${childId}`, `/admin/pages/${childId}/delete`, {});
    expect(deleted.statusCode).toBe(303);
    expect((await t.app.inject({ url: '/lanh-dao-tinh/chu-tich-ubnd-tinh' })).statusCode).toBe(404);
    const audit = await t.services.db
      .selectFrom('audit_log')
      .select('before')
      .where('action', '=', 'page.delete')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before ?? '{}').title).toBe('Chủ tịch UBND tỉnh');
  });

  it('creates an English version linked to the Vietnamese page', async () => {
    const vi = idFrom(
      (await create({ title: 'Điều kiện tự nhiên', status: 'published', body: 'Khí hậu.' })).headers.location,
    );
    const form = await editor.get(`/admin/pages/${vi}`);
    expect(form.body).toContain(`action="/admin/pages/${vi}/translations"`);
    const added = await editor.post(`/admin/pages/${vi}/translations`, {
      _csrf: csrfToken(form.body),
      lang: 'en',
    });
    expect(added.statusCode).toBe(303);
    const en = idFrom(added.headers.location);
    const edit = await editor.get(`/admin/pages/${en}`);
    const saved = await editor.post(`/admin/pages/${en}`, {
      _csrf: csrfToken(edit.body),
      lang: 'en',
      version: '1',
      title: 'Natural conditions',
      slug: '',
      body: 'Climate.',
      status: 'published',
    });
    expect(saved.statusCode).toBe(303);
    const html = (await t.app.inject({ url: '/en/natural-conditions' })).body;
    expect(html).toContain('Climate.');
    expect(html).toContain('hreflang="vi"');
  });

  it('shows the page list to editors and refuses contributors', async () => {
    expect((await editor.get('/admin/pages?lang=en')).statusCode).toBe(200);
    const contributor = await loginAs(t.app, await createStaff(t.services, 'contributor', siteId));
    expect((await contributor.get('/admin/pages')).statusCode).toBe(403);
  });
});
