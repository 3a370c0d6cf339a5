import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import {
  docx,
  filesBelow,
  hasGpsPointer,
  jpegWithGps,
  pdf,
  png,
  adminUpload as upload,
  uploadForm,
} from '../media-fixtures.ts';

let t: TestApp;
let admin: Client;
let editor: Client;
let contributor: Client;
let contributorId: number;

beforeAll(async () => {
  t = await createTestApp();
  const siteId = await defaultSiteId(t.services.db);
  admin = await loginAs(t.app, await createStaff(t.services, 'admin', siteId));
  editor = await loginAs(t.app, await createStaff(t.services, 'editor', siteId));
  const contributorUser = await createStaff(t.services, 'contributor', siteId);
  contributorId = contributorUser.id;
  contributor = await loginAs(t.app, contributorUser);
});
afterAll(async () => t?.close());

const mediaDir = () => path.join(t.dataDir, 'media');
const storedFiles = () => filesBelow(mediaDir());

const mediaCount = async () =>
  Number(
    (
      await t.services.db
        .selectFrom('media')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const latest = () =>
  t.services.db.selectFrom('media').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();

const auditActions = async (action: string) =>
  t.services.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();

describe('media library: uploads', () => {
  it('re-encodes a photo to WebP variants without its EXIF and GPS data', async () => {
    const photo = await jpegWithGps(1000, 700);
    const input = await sharp(photo).metadata();
    expect(hasGpsPointer(input.exif)).toBe(true);
    expect(photo.includes(Buffer.from('secret-description'))).toBe(true);

    const response = await upload(
      admin,
      [{ name: 'Ảnh hiện trường.jpg', bytes: photo, type: 'image/jpeg' }],
      {
        alt: 'Đoàn công tác kiểm tra đê',
        credit: 'Ảnh: Trần An',
      },
    );
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Đã tải lên 1 tệp.');
    const row = await latest();
    expect(row).toMatchObject({
      kind: 'image',
      original_name: 'Ảnh hiện trường.jpg',
      alt: 'Đoàn công tác kiểm tra đê',
      credit: 'Ảnh: Trần An',
      mime: 'image/webp',
      width: 1000,
      height: 700,
    });
    const variants = JSON.parse(row.variants) as { key: string; width: number }[];
    expect(variants.map((variant) => variant.width)).toEqual([480, 800, 1000]);
    for (const variant of variants) {
      expect(variant.key).toMatch(/^images\/\d{4}\/\d{2}\/[0-9a-f-]{36}-\d+\.webp$/);
      const bytes = await readFile(path.join(mediaDir(), variant.key));
      const meta = await sharp(bytes).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.exif).toBeUndefined();
      expect(bytes.includes(Buffer.from('secret-description'))).toBe(false);
      expect(bytes.includes(Buffer.from('Secret owner'))).toBe(false);
    }
    const served = await t.app.inject({ url: `/media/${variants[0]!.key}` });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    const audit = (await auditActions('media.upload')).at(-1)!;
    expect(audit.entity_id).toBe(String(row.id));
    expect(JSON.parse(audit.after!)).toMatchObject({ name: 'Ảnh hiện trường.jpg', kind: 'image' });
  });

  it('takes several files at once: PNG, PDF and DOCX, documents under generated keys', async () => {
    const files = [
      { name: 'bieu-do.png', bytes: await png() },
      { name: 'Quyết định số 12.pdf', bytes: pdf() },
      { name: 'Báo cáo tổng kết.docx', bytes: docx() },
    ];
    const before = await mediaCount();
    const response = await upload(editor, files, { caption: 'Hội nghị tổng kết' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Đã tải lên 3 tệp.');
    expect(await mediaCount()).toBe(before + 3);
    const rows = await t.services.db.selectFrom('media').selectAll().orderBy('id', 'desc').limit(3).execute();
    const [word, report, chart] = rows;
    expect(chart).toMatchObject({
      kind: 'image',
      original_name: 'bieu-do.png',
      caption: 'Hội nghị tổng kết',
    });
    expect(report).toMatchObject({
      kind: 'document',
      mime: 'application/pdf',
      original_name: 'Quyết định số 12.pdf',
    });
    expect(word).toMatchObject({
      kind: 'document',
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      original_name: 'Báo cáo tổng kết.docx',
      caption: 'Hội nghị tổng kết',
    });
    expect(report!.storage_key).toMatch(/^documents\/\d{4}\/\d{2}\/[0-9a-f-]{36}\.pdf$/);
    expect(word!.storage_key).toMatch(/^documents\/\d{4}\/\d{2}\/[0-9a-f-]{36}\.docx$/);
    expect(await readFile(path.join(mediaDir(), word!.storage_key))).toEqual(files[2]!.bytes);
    // The PNG has no alternative text yet: the result says so and links to its screen.
    expect(response.body).toContain(`/admin/media/${chart!.id}`);
    expect(response.body).toContain('Hãy bổ sung mô tả thay thế');
  });

  it('refuses an HTML page named .jpg: clear message, nothing stored, audited', async () => {
    const [count, files] = [await mediaCount(), await storedFiles()];
    const html = Buffer.from('<!doctype html><html><script>alert(document.cookie)</script></html>');
    const response = await upload(contributor, [{ name: 'anh-dep.jpg', bytes: html, type: 'image/jpeg' }]);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Loại tệp không được hỗ trợ');
    expect(response.body).toContain('anh-dep.jpg');
    expect(await mediaCount()).toBe(count);
    expect(await storedFiles()).toEqual(files);
    const refusal = (await auditActions('media.upload_refused')).at(-1)!;
    expect(JSON.parse(refusal.after!)).toMatchObject({ name: 'anh-dep.jpg', reason: 'type' });
    expect(refusal.actor_id).toBe(contributorId);
  });

  it('refuses oversized files with 413: an image over 20 MB, any file over 30 MB', async () => {
    const [count, files] = [await mediaCount(), await storedFiles()];
    const header = await png(8, 8);
    const bigImage = Buffer.concat([header, Buffer.alloc(21 * 1024 * 1024)]);
    const image = await upload(editor, [{ name: 'lon.png', bytes: bigImage }]);
    expect(image.statusCode).toBe(413);
    expect(image.body).toContain('Ảnh lớn hơn 20 MB.');
    const huge = Buffer.concat([pdf(), Buffer.alloc(31 * 1024 * 1024)]);
    const document = await upload(editor, [{ name: 'rat-lon.pdf', bytes: huge }]);
    expect(document.statusCode).toBe(413);
    expect(document.body).toContain('Tệp lớn hơn 30 MB.');
    expect(await mediaCount()).toBe(count);
    expect(await storedFiles()).toEqual(files);
    const reasons = (await auditActions('media.upload_refused')).map((row) => JSON.parse(row.after!).reason);
    expect(reasons).toEqual(expect.arrayContaining(['image_too_large', 'file_too_large']));
  });

  it('stores a file named with path tricks under a generated key, keeping only a clean name', async () => {
    const response = await upload(
      editor,
      [{ name: '../../etc/passwd.jpg', bytes: await jpegWithGps(40, 30) }],
      {
        alt: 'Ảnh thử',
      },
    );
    expect(response.statusCode).toBe(200);
    const row = await latest();
    expect(row.original_name).toBe('passwd.jpg');
    expect(row.storage_key).toMatch(/^images\/\d{4}\/\d{2}\/[0-9a-f-]{36}-40\.webp$/);
    expect(existsSync(path.join(t.dataDir, 'etc'))).toBe(false);
    expect((await storedFiles()).every((file) => file.startsWith(mediaDir()))).toBe(true);
  });

  it('refuses an upload without a valid CSRF token (403) and stores nothing', async () => {
    const count = await mediaCount();
    const files = [{ name: 'a.png', bytes: await png(10, 10) }];
    const missing = await editor.request({ method: 'POST', url: '/admin/media', payload: uploadForm(files) });
    expect(missing.statusCode).toBe(403);
    const forged = await editor.request({
      method: 'POST',
      url: '/admin/media',
      payload: uploadForm(files, {}, 'forged-token'),
    });
    expect(forged.statusCode).toBe(403);
    const api = await editor.request({ method: 'POST', url: '/api/v1/media', payload: uploadForm(files) });
    expect(api.statusCode).toBe(403);
    expect(api.json()).toMatchObject({ error: { code: 'CSRF_INVALID' } });
    expect(await mediaCount()).toBe(count);
  });

  it('accepts the script upload (API, session, x-csrf-token header) and reports per file', async () => {
    const page = await contributor.get('/admin/media');
    const token = /data-csrf="([^"]+)"/.exec(page.body)?.[1];
    expect(token).toBeTruthy();
    expect(page.body).toMatch(/src="\/assets\/media-upload\.[0-9a-f]{8}\.js"/);
    const response = await contributor.request({
      method: 'POST',
      url: '/api/v1/media',
      headers: { 'x-csrf-token': token! },
      payload: uploadForm([
        { name: 'hop-bao.png', bytes: await png(50, 40) },
        { name: 'giả.pdf', bytes: Buffer.from('not a pdf at all') },
      ]),
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ kind: 'image', name: 'hop-bao.png', alt: '' });
    expect(body.refused).toEqual([expect.objectContaining({ name: 'giả.pdf', reason: 'type' })]);
    const after = await contributor.get(`/admin/media?uploaded=${body.items[0].id}`);
    expect(after.body).toContain('Đã tải lên 1 tệp.');
  });
});
