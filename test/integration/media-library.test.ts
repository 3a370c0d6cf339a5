import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createStaff, csrfToken, loginAs } from '../admin-session.ts';
import { createArticle, createCategory, createPage, defaultSiteId, mediaRow } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { adminUpload, docx, jpegWithGps, pdf, png } from '../media-fixtures.ts';

let t: TestApp;
let siteId: number;
let admin: Client;
let editor: Client;
let contributor: Client;
let contributorId: number;

beforeAll(async () => {
  t = await createTestApp();
  siteId = await defaultSiteId(t.services.db);
  admin = await loginAs(t.app, await createStaff(t.services, 'admin', siteId));
  editor = await loginAs(t.app, await createStaff(t.services, 'editor', siteId));
  const contributorUser = await createStaff(t.services, 'contributor', siteId);
  contributorId = contributorUser.id;
  contributor = await loginAs(t.app, contributorUser);
  // The library: a photo with alt text, a chart without, two documents, a contributor's photo.
  const uploads = [
    await adminUpload(admin, [{ name: 'Ảnh hiện trường.jpg', bytes: await jpegWithGps(1000, 700) }], {
      alt: 'Đoàn công tác kiểm tra đê',
    }),
    await adminUpload(
      editor,
      [
        { name: 'bieu-do.png', bytes: await png() },
        { name: 'Quyết định số 12.pdf', bytes: pdf() },
        { name: 'Báo cáo tổng kết.docx', bytes: docx() },
      ],
      { caption: 'Hội nghị tổng kết' },
    ),
    await adminUpload(editor, [{ name: 'anh-phu.png', bytes: await png(60, 40) }], { alt: 'Ảnh phụ' }),
    await adminUpload(contributor, [{ name: 'hop-bao.png', bytes: await png(50, 40) }]),
  ];
  if (uploads.some((response) => response.statusCode !== 200)) throw new Error('Seeding the library failed');
});
afterAll(async () => t?.close());

const mediaDir = () => path.join(t.dataDir, 'media');

const auditActions = async (action: string) =>
  t.services.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();

describe('media library: editing, use and deletion', () => {
  it('lets a contributor edit only their own files, and requires alt text for images', async () => {
    const own = await t.services.db
      .selectFrom('media')
      .selectAll()
      .where('created_by', '=', contributorId)
      .where('kind', '=', 'image')
      .executeTakeFirstOrThrow();
    const other = await t.services.db
      .selectFrom('media')
      .selectAll()
      .where('created_by', '!=', contributorId)
      .executeTakeFirstOrThrow();
    const otherPage = await contributor.get(`/admin/media/${other.id}`);
    expect(otherPage.statusCode).toBe(200);
    expect(otherPage.body).toContain('Bạn chỉ sửa được thông tin của tệp do chính mình tải lên.');
    const refused = await contributor.submit(`/admin/media/${own.id}`, `/admin/media/${other.id}`, {
      alt: 'Đổi trộm',
      caption: '',
      credit: '',
    });
    expect(refused.statusCode).toBe(403);

    const missingAlt = await contributor.submit(`/admin/media/${own.id}`, `/admin/media/${own.id}`, {
      alt: '   ',
      caption: 'Chú thích đã nhập',
      credit: '',
    });
    expect(missingAlt.statusCode).toBe(400);
    expect(missingAlt.body).toContain('Ảnh cần có mô tả thay thế.');
    expect(missingAlt.body).toContain('Chú thích đã nhập');
    expect(missingAlt.body).toContain('aria-invalid="true"');

    const saved = await contributor.submit(`/admin/media/${own.id}`, `/admin/media/${own.id}`, {
      alt: 'Họp báo quý III',
      caption: 'Chú thích',
      credit: 'Ảnh: Cổng',
    });
    expect(saved.statusCode).toBe(303);
    expect((await contributor.get(saved.headers.location as string)).body).toContain('Đã lưu thông tin tệp.');
    const updated = (await auditActions('media.update')).at(-1)!;
    expect(JSON.parse(updated.before!)).toMatchObject({ alt: '' });
    expect(JSON.parse(updated.after!)).toMatchObject({ alt: 'Họp báo quý III' });
  });

  it('does not let a contributor delete, even their own file', async () => {
    const own = await t.services.db
      .selectFrom('media')
      .selectAll()
      .where('created_by', '=', contributorId)
      .executeTakeFirstOrThrow();
    const page = await contributor.get(`/admin/media/${own.id}`);
    expect(page.body).not.toContain(`/admin/media/${own.id}/delete`);
    const response = await contributor.post(`/admin/media/${own.id}/delete`, { _csrf: csrfToken(page.body) });
    expect(response.statusCode).toBe(403);
    expect(
      await t.services.db.selectFrom('media').select('id').where('id', '=', own.id).executeTakeFirst(),
    ).toBeTruthy();
  });

  it('shows where a file is used and refuses to delete it; deletes an unused one with its files', async () => {
    const images = await t.services.db
      .selectFrom('media')
      .selectAll()
      .where('kind', '=', 'image')
      .orderBy('id')
      .limit(3)
      .execute();
    const [cover, figure, unused] = images as [(typeof images)[0], (typeof images)[0], (typeof images)[0]];
    const document = await t.services.db
      .selectFrom('media')
      .selectAll()
      .where('kind', '=', 'document')
      .executeTakeFirstOrThrow();
    const categoryId = await createCategory(t.services.db, siteId, { name: 'Tin hoạt động' });
    await createArticle(t.services.db, siteId, categoryId, {
      title: 'Kiểm tra đê điều',
      cover_media_id: cover.id,
    });
    const body = JSON.stringify({
      type: 'doc',
      content: [{ type: 'figure', attrs: { mediaId: figure.id, alt: 'Ảnh', caption: '' } }],
    });
    const article = await createArticle(t.services.db, siteId, categoryId, {
      title: 'Bài có ảnh',
      body,
      status: 'draft',
    });
    await t.services.db
      .insertInto('article_media')
      .values({ article_id: article, media_id: figure.id })
      .execute();
    const link = JSON.stringify({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'Tải văn bản',
              marks: [{ type: 'link', attrs: { href: `/media/${document.storage_key}` } }],
            },
          ],
        },
      ],
    });
    await createPage(t.services.db, siteId, { title: 'Văn bản chỉ đạo', body: link });
    // A figure of another id that merely starts with the same digits is not a use.
    await createArticle(t.services.db, siteId, categoryId, {
      title: 'Không liên quan',
      body: JSON.stringify({
        type: 'doc',
        content: [{ type: 'figure', attrs: { mediaId: Number(`${unused.id}99`) } }],
      }),
    });

    const coverPage = await editor.get(`/admin/media/${cover.id}`);
    expect(coverPage.body).toContain('Kiểm tra đê điều');
    expect(coverPage.body).toContain('Ảnh bìa');
    const figurePage = await editor.get(`/admin/media/${figure.id}`);
    expect(figurePage.body).toContain('Trong nội dung');
    expect(figurePage.body).toContain('Đính kèm bài viết');
    expect((await editor.get(`/admin/media/${document.id}`)).body).toContain('Văn bản chỉ đạo');

    for (const used of [cover, figure, document]) {
      const page = await editor.get(`/admin/media/${used.id}`);
      const response = await editor.post(`/admin/media/${used.id}/delete`, { _csrf: csrfToken(page.body) });
      expect(response.statusCode).toBe(409);
      expect(response.body).toContain('Không xóa được: tệp đang được dùng ở');
      expect(
        await t.services.db.selectFrom('media').select('id').where('id', '=', used.id).executeTakeFirst(),
      ).toBeTruthy();
    }
    expect((await auditActions('media.delete_refused')).length).toBeGreaterThanOrEqual(3);

    const unusedPage = await editor.get(`/admin/media/${unused.id}`);
    expect(unusedPage.body).toContain('Tệp chưa được sử dụng ở đâu.');
    const keys = (JSON.parse(unused.variants) as { key: string }[]).map((variant) => variant.key);
    expect(keys.every((key) => existsSync(path.join(mediaDir(), key)))).toBe(true);
    const deleted = await editor.post(`/admin/media/${unused.id}/delete`, {
      _csrf: csrfToken(unusedPage.body),
    });
    expect(deleted.statusCode).toBe(303);
    expect(
      await t.services.db.selectFrom('media').select('id').where('id', '=', unused.id).executeTakeFirst(),
    ).toBeUndefined();
    expect(keys.some((key) => existsSync(path.join(mediaDir(), key)))).toBe(false);
    const audit = (await auditActions('media.delete')).at(-1)!;
    expect(audit.entity_id).toBe(String(unused.id));
    expect((await editor.get(deleted.headers.location as string)).body).toContain('Đã xóa tệp');
  });
});

describe('media library: search, filters and pages', () => {
  it('searches names, alt text and captions without accents', async () => {
    const byName = await editor.get('/admin/media?q=hien+truong');
    expect(byName.body).toContain('Ảnh hiện trường.jpg');
    expect(byName.body).not.toContain('bieu-do.png');
    const byAlt = await editor.get(`/admin/media?q=${encodeURIComponent('ĐOÀN CÔNG TÁC')}`);
    expect(byAlt.body).toContain('Ảnh hiện trường.jpg');
    const byCaption = await editor.get('/admin/media?q=hoi+nghi+tong+ket');
    expect(byCaption.body).toContain('bieu-do.png');
    expect(byCaption.body).toContain('Báo cáo tổng kết.docx');
    expect((await editor.get('/admin/media?q=khong+co+tep+nay')).body).toContain('Không có tệp nào phù hợp.');
  });

  it('filters by kind, uploader, date and missing alt text', async () => {
    const documents = await editor.get('/admin/media?kind=document');
    expect(documents.body).toContain('Báo cáo tổng kết.docx');
    expect(documents.body).not.toContain('bieu-do.png');
    const mine = await editor.get(`/admin/media?uploader=${contributorId}`);
    expect(mine.body).toContain('hop-bao.png');
    expect(mine.body).not.toContain('Báo cáo tổng kết.docx');
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    expect((await editor.get(`/admin/media?from=${today}&to=${today}`)).body).toContain('bieu-do.png');
    expect((await editor.get('/admin/media?to=2001-01-01')).body).toContain('Không có tệp nào phù hợp.');
    const missing = await editor.get('/admin/media?kind=missing-alt');
    expect(missing.body).toContain('bieu-do.png');
    expect(missing.body).not.toContain('Ảnh hiện trường.jpg');
    // Nonsense filter values are ignored, and what was typed is kept in the form.
    const odd = await editor.get('/admin/media?kind=exe&from=hôm-qua&page=-3&q=%3Cscript%3E');
    expect(odd.statusCode).toBe(200);
    expect(odd.body).toContain('value="&lt;script>"');
  });

  it('pages through a large library, keeping the filters', async () => {
    const now = new Date().toISOString();
    await t.services.db
      .insertInto('media')
      .values(
        Array.from({ length: 30 }, (_, i) =>
          mediaRow(siteId, {
            original_name: `cong-van-${i}.pdf`,
            storage_key: `documents/2020/01/00000000-0000-4000-8000-${String(i).padStart(12, '0')}.pdf`,
            created_at: now,
          }),
        ),
      )
      .execute();
    const first = await editor.get('/admin/media?kind=document');
    expect(first.body).toContain('Trang 1/2');
    expect(first.body).toContain('href="/admin/media?kind=document&amp;page=2"');
    const second = await editor.get('/admin/media?kind=document&page=2');
    expect(second.body).toContain('Trang 2/2');
    expect(second.body).toContain('Trang trước');
  });

  it('appears in the admin menu for every role', async () => {
    for (const client of [admin, editor, contributor]) {
      expect((await client.get('/admin')).body).toContain('href="/admin/media"');
    }
  });
});
