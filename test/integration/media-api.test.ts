import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, loginAs } from '../admin-session.ts';
import { createArticle, createCategory, createSite, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import {
  createApiToken,
  docx,
  jpegWithGps,
  pdf,
  png,
  type UploadFile,
  uploadForm,
} from '../media-fixtures.ts';

let t: TestApp;
let siteId: number;
let editorToken: string;
let readOnlyToken: string;
let contributorToken: string;
let otherSiteToken: string;
let otherSiteId: number;

beforeAll(async () => {
  t = await createTestApp();
  siteId = await defaultSiteId(t.services.db);
  const editor = await createStaff(t.services, 'editor', siteId);
  const contributor = await createStaff(t.services, 'contributor', siteId);
  editorToken = await createApiToken(t.services, { siteId, userId: editor.id, scopes: ['media:write'] });
  readOnlyToken = await createApiToken(t.services, { siteId, userId: editor.id, scopes: ['articles:write'] });
  contributorToken = await createApiToken(t.services, {
    siteId,
    userId: contributor.id,
    scopes: ['media:write'],
  });
  otherSiteId = await createSite(t.services.db, { hostnames: ['so-khac.example.gov.vn'] });
  await t.services.sites.reload();
  otherSiteToken = await createApiToken(t.services, {
    siteId: otherSiteId,
    userId: editor.id,
    scopes: ['media:write'],
  });
});
afterAll(async () => t?.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}`, host: 'localhost' });

function post(token: string | undefined, files: UploadFile[], fields: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/media',
    headers: token ? bearer(token) : { host: 'localhost' },
    payload: uploadForm(files, fields),
  });
}

function call(method: 'PATCH' | 'DELETE' | 'GET', url: string, token?: string, payload?: unknown) {
  return t.app.inject({
    method,
    url,
    headers: token ? bearer(token) : { host: 'localhost' },
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

describe('media API', () => {
  let photoId: number;
  let contributorPhotoId: number;

  it('uploads with a Bearer token carrying media:write (no CSRF needed)', async () => {
    const response = await post(
      editorToken,
      [
        { name: 'Đê sông Hồng.jpg', bytes: await jpegWithGps(900, 600) },
        { name: 'Kế hoạch.docx', bytes: docx() },
      ],
      { alt: 'Tuyến đê sông Hồng', credit: 'Ảnh: Sở' },
    );
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.refused).toEqual([]);
    const [photo, document] = body.items;
    expect(photo).toMatchObject({
      kind: 'image',
      name: 'Đê sông Hồng.jpg',
      alt: 'Tuyến đê sông Hồng',
      credit: 'Ảnh: Sở',
      mime: 'image/webp',
      width: 800,
      height: 533,
    });
    expect(photo.url).toMatch(/^\/media\/images\/.+-800\.webp$/);
    expect(photo.srcset).toMatch(/-480\.webp 480w, .+-800\.webp 800w, .+-900\.webp 900w$/);
    expect(document).toMatchObject({
      kind: 'document',
      name: 'Kế hoạch.docx',
      srcset: '',
      width: null,
      alt: '',
    });
    expect(document.url).toMatch(/^\/media\/documents\/\d{4}\/\d{2}\/[0-9a-f-]{36}\.docx$/);
    photoId = photo.id;
    const audit = await t.services.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'media.upload')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.actor_label).toMatch(/api-token:\d+/);

    const own = await post(contributorToken, [{ name: 'cua-toi.png', bytes: await png(30, 30) }]);
    expect(own.statusCode).toBe(201);
    contributorPhotoId = own.json().items[0].id;
  });

  it('checks the token: none → 401, without the scope or for another site → 403', async () => {
    const files = [{ name: 'a.pdf', bytes: pdf() }];
    expect((await post(undefined, files)).statusCode).toBe(401);
    const noScope = await post(readOnlyToken, files);
    expect(noScope.statusCode).toBe(403);
    expect(noScope.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect((await post(otherSiteToken, files)).statusCode).toBe(403);
    expect((await call('PATCH', `/api/v1/media/${photoId}`, readOnlyToken, { alt: 'x' })).statusCode).toBe(
      403,
    );
    expect((await call('DELETE', `/api/v1/media/${photoId}`, readOnlyToken)).statusCode).toBe(403);
  });

  it('refuses wrong types and oversized files with JSON errors per file', async () => {
    const fake = await post(editorToken, [
      { name: 'hoa-don.pdf', bytes: Buffer.from('<html>hóa đơn</html>') },
    ]);
    expect(fake.statusCode).toBe(400);
    expect(fake.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', files: [{ name: 'hoa-don.pdf', reason: 'type' }] },
    });
    expect(fake.json().error.message).toContain('Loại tệp không được hỗ trợ');
    const big = Buffer.concat([await png(4, 4), Buffer.alloc(21 * 1024 * 1024)]);
    const large = await post(editorToken, [{ name: 'to.png', bytes: big }]);
    expect(large.statusCode).toBe(413);
    expect(large.json()).toMatchObject({
      error: { code: 'PAYLOAD_TOO_LARGE', files: [{ reason: 'image_too_large' }] },
    });
    const english = await t.app.inject({
      method: 'POST',
      url: '/api/v1/media',
      headers: { ...bearer(editorToken), 'accept-language': 'en' },
      payload: uploadForm([{ name: 'x.jpg', bytes: Buffer.from('GIF') }]),
    });
    expect(english.json().error.message).toContain('This file type is not supported');
    const empty = await post(editorToken, []);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.files).toEqual([expect.objectContaining({ reason: 'no_files' })]);
  });

  it('lets only staff of the site read the library: 401 without a session or token, 403 elsewhere', async () => {
    for (const url of ['/api/v1/media', `/api/v1/media/${photoId}`]) {
      const anonymous = await call('GET', url);
      expect(anonymous.statusCode, url).toBe(401);
      expect(anonymous.json().error.code).toBe('UNAUTHORIZED');
      expect(anonymous.body).not.toContain('Đê sông Hồng');
      expect((await call('GET', url, readOnlyToken)).statusCode, url).toBe(403);
      expect((await call('GET', url, otherSiteToken)).statusCode, url).toBe(403);
    }
    // Staff of another site, signed in, see nothing of this one.
    const elsewhere = await createStaff(t.services, 'admin', otherSiteId);
    const client = await loginAs(t.app, elsewhere);
    const foreign = await client.get('/api/v1/media');
    expect(foreign.statusCode).toBe(403);
    expect(foreign.body).not.toContain('Đê sông Hồng');
    // Staff of this site, signed in, see every file with its original name; never cached publicly.
    const colleague = await loginAs(t.app, await createStaff(t.services, 'contributor', siteId));
    const own = await colleague.get('/api/v1/media');
    expect(own.statusCode).toBe(200);
    expect(own.json().items.map((item: { name: string }) => item.name)).toContain('Đê sông Hồng.jpg');
    expect(own.headers['cache-control']).toMatch(/^private/);
  });

  it('lists for staff, with kind, search and pages', async () => {
    const all = await call('GET', '/api/v1/media', editorToken);
    expect(all.statusCode).toBe(200);
    expect(all.headers.etag).toBeTruthy();
    const body = all.json();
    expect(body).toMatchObject({ page: 1, perPage: 24, total: 3 });
    expect(Object.keys(body.items[0]).sort()).toEqual(
      [
        'alt',
        'bytes',
        'caption',
        'createdAt',
        'credit',
        'height',
        'id',
        'kind',
        'mime',
        'name',
        'srcset',
        'url',
        'width',
      ].sort(),
    );
    const images = (await call('GET', '/api/v1/media?kind=image', editorToken)).json();
    expect(images.items.every((item: { kind: string }) => item.kind === 'image')).toBe(true);
    expect(images.total).toBe(2);
    const found = (await call('GET', '/api/v1/media?q=de+song+hong', editorToken)).json();
    expect(found.items.map((item: { id: number }) => item.id)).toEqual([photoId]);
    const paged = (await call('GET', '/api/v1/media?perPage=1&page=2', editorToken)).json();
    expect(paged).toMatchObject({ page: 2, perPage: 1, total: 3 });
    expect(paged.items).toHaveLength(1);
    const bad = await call('GET', '/api/v1/media?page=0&kind=exe', editorToken);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    const one = await call('GET', `/api/v1/media/${photoId}`, editorToken);
    expect(one.json()).toMatchObject({ id: photoId, name: 'Đê sông Hồng.jpg' });
    expect((await call('GET', '/api/v1/media/999999', editorToken)).statusCode).toBe(404);
    const revalidated = await t.app.inject({
      url: '/api/v1/media',
      headers: { ...bearer(editorToken), 'if-none-match': String(all.headers.etag) },
    });
    expect(revalidated.statusCode).toBe(304);
  });

  it('patches alt text, caption and credit, with the rules of the policy', async () => {
    const patched = await call('PATCH', `/api/v1/media/${photoId}`, editorToken, {
      caption: 'Đê hữu Hồng mùa lũ',
      credit: 'Ảnh: Trung tâm',
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      caption: 'Đê hữu Hồng mùa lũ',
      credit: 'Ảnh: Trung tâm',
      alt: 'Tuyến đê sông Hồng',
    });
    const emptyAlt = await call('PATCH', `/api/v1/media/${photoId}`, editorToken, { alt: '  ' });
    expect(emptyAlt.statusCode).toBe(400);
    expect(emptyAlt.json().error.fields).toEqual([{ path: 'alt', message: 'Ảnh cần có mô tả thay thế.' }]);
    const unknown = await call('PATCH', `/api/v1/media/${photoId}`, editorToken, { storage_key: '../../x' });
    expect(unknown.statusCode).toBe(400);
    const long = await call('PATCH', `/api/v1/media/${photoId}`, editorToken, { credit: 'x'.repeat(201) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields[0].path).toBe('credit');
    // Contributors edit their own files only.
    expect(
      (await call('PATCH', `/api/v1/media/${photoId}`, contributorToken, { caption: 'x' })).statusCode,
    ).toBe(403);
    const own = await call('PATCH', `/api/v1/media/${contributorPhotoId}`, contributorToken, { alt: 'Logo' });
    expect(own.statusCode).toBe(200);
    const audit = await t.services.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'media.update')
      .where('entity_id', '=', String(contributorPhotoId))
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after!)).toEqual({ alt: 'Logo' });
  });

  it('deletes: contributors never, files in use answer 409 with their uses, unused ones go', async () => {
    expect((await call('DELETE', `/api/v1/media/${contributorPhotoId}`, contributorToken)).statusCode).toBe(
      403,
    );
    const categoryId = await createCategory(t.services.db, siteId, { name: 'Thời sự' });
    await createArticle(t.services.db, siteId, categoryId, { title: 'Mùa lũ', cover_media_id: photoId });
    const inUse = await call('DELETE', `/api/v1/media/${photoId}`, editorToken);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json()).toMatchObject({
      error: { code: 'CONFLICT', uses: [{ type: 'article', title: 'Mùa lũ', how: 'cover' }] },
    });
    const gone = await call('DELETE', `/api/v1/media/${contributorPhotoId}`, editorToken);
    expect(gone.statusCode).toBe(204);
    expect((await call('GET', `/api/v1/media/${contributorPhotoId}`, editorToken)).statusCode).toBe(404);
    expect((await call('DELETE', `/api/v1/media/${contributorPhotoId}`, editorToken)).statusCode).toBe(404);
  });

  it('is described in the OpenAPI document', async () => {
    const document = (await call('GET', '/api/v1/openapi.json')).json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/media', '/api/v1/media/{id}']),
    );
    expect(document.paths['/api/v1/media'].post['x-access']).toMatchObject({ scope: 'media:write' });
  });
});
