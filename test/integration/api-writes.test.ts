import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/db/schema.ts';
import { issueToken, type TokenScope } from '../../src/modules/api/tokens.ts';
import { type Client, createStaff, loginAs, type StaffUser } from '../admin-session.ts';
import { createCategory, createSite, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
let siteId: number;
let categoryId: number;
const staff = {} as Record<Role, StaffUser>;

beforeAll(async () => {
  t = await createTestApp();
  siteId = await defaultSiteId(t.services.db);
  categoryId = await createCategory(t.services.db, siteId, { name: 'Tin tức', slug: 'tin-tuc' });
  for (const role of ['admin', 'chief_editor', 'editor', 'contributor'] as Role[])
    staff[role] = await createStaff(t.services, role, siteId);
});
afterAll(async () => t?.close());

async function token(role: Role, scopes: TokenScope[], options: { expiresAt?: string; site?: number } = {}) {
  const issued = await issueToken(t.services, {
    siteId: options.site ?? siteId,
    name: `Khóa thử ${role}`,
    scopes,
    expiresAt: options.expiresAt ?? null,
    actor: { actorId: staff[role].id, actorLabel: staff[role].email, ip: '127.0.0.1' },
  });
  return issued;
}

function call(bearer: string | undefined, options: InjectOptions & { url: string }) {
  return t.app.inject({
    ...options,
    headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...(options.headers ?? {}) },
  });
}

const draft = (title = 'Bài viết qua API') => ({
  title,
  categoryId,
  lead: 'Tóm tắt bài viết.',
  body: 'Đoạn thứ nhất.\n\nĐoạn thứ hai.',
});

const countArticles = async () =>
  Number(
    (
      await t.services.db
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('API authentication', () => {
  it('accepts a token with the right scope and refuses others', async () => {
    const good = await token('chief_editor', ['articles:write']);
    const created = await call(good.token, { method: 'POST', url: '/api/v1/articles', payload: draft() });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'draft', version: 1, title: 'Bài viết qua API' });
    expect(created.json().actions).toEqual(expect.arrayContaining(['submit', 'publish']));
    expect(created.headers['cache-control']).toBe('private, no-store');

    const wrongScope = await token('chief_editor', ['categories:write']);
    const refused = await call(wrongScope.token, {
      method: 'POST',
      url: '/api/v1/articles',
      payload: draft(),
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('FORBIDDEN');

    const otherSite = await createSite(t.services.db, { hostnames: ['so-gd.lachong.gov.vn'] });
    await t.services.sites.reload();
    const foreign = await token('admin', ['articles:write'], { site: otherSite });
    const elsewhere = await call(foreign.token, {
      method: 'POST',
      url: '/api/v1/articles',
      payload: draft(),
    });
    expect(elsewhere.statusCode).toBe(403);
  });

  it('answers 401 without credentials, and to revoked, expired or unknown tokens', async () => {
    const before = await countArticles();
    const none = await call(undefined, { method: 'POST', url: '/api/v1/articles', payload: draft() });
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('UNAUTHORIZED');

    const expired = await token('admin', ['articles:write'], {
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    });
    const unknown = `dinh_${'A'.repeat(43)}`;
    const revoked = await token('admin', ['articles:write']);
    await t.services.db
      .updateTable('api_tokens')
      .set({ revoked_at: new Date().toISOString() })
      .where('id', '=', revoked.id)
      .execute();
    for (const bearer of [expired.token, unknown, revoked.token]) {
      const response = await call(bearer, { method: 'POST', url: '/api/v1/articles', payload: draft() });
      expect(response.statusCode).toBe(401);
    }
    // An invalid body from a caller without credentials still hears 401, not the schema.
    const invalid = await call(undefined, { method: 'POST', url: '/api/v1/articles', payload: { bogus: 1 } });
    expect(invalid.statusCode).toBe(401);
    expect(await countArticles()).toBe(before);
  });

  it('needs the CSRF header for session writes', async () => {
    const client: Client = await loginAs(t.app, staff.editor);
    const refused = await client.request({
      method: 'POST',
      url: '/api/v1/articles',
      payload: draft('Bài của biên tập'),
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('CSRF_INVALID');
    const forged = await client.request({
      method: 'POST',
      url: '/api/v1/articles',
      payload: draft('Bài của biên tập'),
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(forged.statusCode).toBe(403);

    const csrf = (await client.get('/api/v1/csrf-token')).json().token as string;
    const created = await client.request({
      method: 'POST',
      url: '/api/v1/articles',
      payload: draft('Bài của biên tập'),
      headers: { 'x-csrf-token': csrf },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().title).toBe('Bài của biên tập');
  });
});

describe('API validation', () => {
  it('refuses bad bodies with a field list in Vietnamese (English on request) and stores nothing', async () => {
    const { token: bearer } = await token('chief_editor', ['articles:write']);
    const before = await countArticles();
    const payload = { title: '', categoryId: 'một', lang: 'fr', bogus: true };
    const vi = await call(bearer, { method: 'POST', url: '/api/v1/articles', payload });
    expect(vi.statusCode).toBe(400);
    const { error } = vi.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('Một số thông tin gửi lên chưa hợp lệ. Vui lòng kiểm tra các mục được nêu.');
    expect(error.fields).toEqual(
      expect.arrayContaining([
        { path: 'title', message: 'Không được để trống.' },
        { path: 'categoryId', message: 'Phải là một số.' },
        { path: 'lang', message: 'Giá trị không hợp lệ. Chọn một trong: vi, en, zh.' },
        { path: 'bogus', message: 'Trường này không được hỗ trợ.' },
      ]),
    );
    const en = await call(bearer, {
      method: 'POST',
      url: '/api/v1/articles',
      payload: { categoryId: categoryId },
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(en.statusCode).toBe(400);
    expect(en.json().error.fields).toEqual([{ path: 'title', message: 'This field is required.' }]);
    // Rules beyond the shape (the admin form's) answer the same way.
    const category = await call(bearer, {
      method: 'POST',
      url: '/api/v1/articles',
      payload: { ...draft(), categoryId: 999999 },
    });
    expect(category.json().error.fields).toEqual([{ path: 'categoryId', message: expect.any(String) }]);
    const missing = await call(bearer, { method: 'POST', url: '/api/v1/articles' });
    expect(missing.statusCode).toBe(400);
    expect(await countArticles()).toBe(before);
    // A typed slug with accents and capitals is converted, not refused (issue 13, item 16).
    const slug = await call(bearer, {
      method: 'POST',
      url: '/api/v1/articles',
      payload: { ...draft(), slug: 'Không Hợp Lệ' },
    });
    expect(slug.statusCode).toBe(201);
    expect(slug.json().slug).toBe('khong-hop-le');
  });

  it('answers 413 to a body over 1 MB', async () => {
    const { token: bearer } = await token('chief_editor', ['articles:write']);
    const before = await countArticles();
    const response = await call(bearer, {
      method: 'POST',
      url: '/api/v1/articles',
      payload: { ...draft(), body: 'x'.repeat(1_100_000) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await countArticles()).toBe(before);
  });
});

describe('API article writes', () => {
  it('updates with optimistic locking: a stale version is refused with 409', async () => {
    const { token: bearer } = await token('chief_editor', ['articles:write']);
    const created = (
      await call(bearer, { method: 'POST', url: '/api/v1/articles', payload: draft('Bản đầu') })
    ).json();
    const url = `/api/v1/articles/${created.id}`;
    const first = await call(bearer, {
      method: 'PATCH',
      url,
      payload: { version: 1, title: 'Bản sửa lần một' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 2, title: 'Bản sửa lần một', lead: 'Tóm tắt bài viết.' });
    const stale = await call(bearer, {
      method: 'PATCH',
      url,
      payload: { version: 1, title: 'Bản cũ ghi đè' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT');
    const row = await t.services.db
      .selectFrom('articles')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ title: 'Bản sửa lần một', version: 2 });
    const unknownField = await call(bearer, {
      method: 'PATCH',
      url,
      payload: { version: 2, status: 'published' },
    });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.json().error.fields).toEqual([
      { path: 'status', message: 'Trường này không được hỗ trợ.' },
    ]);
    const missing = await call(bearer, {
      method: 'PATCH',
      url: '/api/v1/articles/999999',
      payload: { version: 1 },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('moves articles through the workflow by role, with reasons where needed', async () => {
    const writer = await token('contributor', ['articles:write']);
    const chief = await token('chief_editor', ['articles:write']);
    const created = (
      await call(writer.token, { method: 'POST', url: '/api/v1/articles', payload: draft('Tin phóng viên') })
    ).json();
    const url = `/api/v1/articles/${created.id}/transitions`;
    const publishByWriter = await call(writer.token, { method: 'POST', url, payload: { action: 'publish' } });
    expect(publishByWriter.statusCode).toBe(403);
    const submitted = await call(writer.token, { method: 'POST', url, payload: { action: 'submit' } });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().status).toBe('pending_edit');
    const noReason = await call(chief.token, { method: 'POST', url, payload: { action: 'return' } });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0].path).toBe('reason');
    const badAction = await call(chief.token, { method: 'POST', url, payload: { action: 'delete' } });
    expect(badAction.statusCode).toBe(400);
    const past = await call(chief.token, {
      method: 'POST',
      url,
      payload: { action: 'schedule', at: '2020-01-01T08:00:00+07:00' },
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.fields[0].path).toBe('at');
    const at = new Date(Date.now() + 86_400_000).toISOString();
    const scheduled = await call(chief.token, { method: 'POST', url, payload: { action: 'schedule', at } });
    expect(scheduled.statusCode).toBe(200);
    expect(scheduled.json()).toMatchObject({ status: 'scheduled', publishedAt: at });
    expect((await t.app.inject({ url: `/api/v1/articles/${created.id}` })).statusCode).toBe(404);
    const published = await call(chief.token, { method: 'POST', url, payload: { action: 'publish' } });
    expect(published.statusCode).toBe(200);
    expect(published.json().status).toBe('published');
    const again = await call(chief.token, { method: 'POST', url, payload: { action: 'publish' } });
    expect(again.statusCode).toBe(409);
    expect((await t.app.inject({ url: `/api/v1/articles/${created.id}` })).statusCode).toBe(200);
    const actions = await t.services.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'article')
      .where('entity_id', '=', String(created.id))
      .orderBy('id')
      .execute();
    expect(actions.map((row) => row.action)).toEqual(
      expect.arrayContaining(['article.create', 'article.submit', 'article.schedule', 'article.publish']),
    );
  });
});

describe('API category writes', () => {
  it('creates, updates and deletes categories for administrators and chief editors', async () => {
    const { token: bearer } = await token('admin', ['categories:write']);
    const created = await call(bearer, {
      method: 'POST',
      url: '/api/v1/categories',
      payload: {
        names: { vi: { name: 'Văn hóa – Xã hội' }, en: { name: 'Culture and society' } },
        showInMenu: true,
      },
    });
    expect(created.statusCode).toBe(201);
    const category = created.json();
    expect(category.names).toMatchObject({
      vi: { slug: 'van-hoa-xa-hoi' },
      en: { slug: 'culture-and-society' },
    });
    const url = `/api/v1/categories/${category.id}`;
    const renamed = await call(bearer, {
      method: 'PATCH',
      url,
      payload: { names: { vi: { name: 'Văn hóa' } }, position: 5 },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({
      position: 5,
      names: { vi: { name: 'Văn hóa', slug: 'van-hoa-xa-hoi' } },
    });
    const reserved = await call(bearer, {
      method: 'PATCH',
      url,
      payload: { names: { vi: { name: 'Quản trị', slug: 'admin' } } },
    });
    expect(reserved.statusCode).toBe(400);
    expect(reserved.json().error.fields[0].path).toBe('names.vi.slug');
    const tree = (await t.app.inject({ url: '/api/v1/categories' })).json();
    expect(tree.items.some((item: { id: number }) => item.id === category.id)).toBe(true);

    const editor = await token('editor', ['categories:write']);
    expect((await call(editor.token, { method: 'DELETE', url })).statusCode).toBe(403);
    const inUse = await call(bearer, { method: 'DELETE', url: `/api/v1/categories/${categoryId}` });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error.code).toBe('CONFLICT');
    expect((await call(bearer, { method: 'DELETE', url })).statusCode).toBe(204);
    expect((await call(bearer, { method: 'DELETE', url })).statusCode).toBe(404);
  });
});
