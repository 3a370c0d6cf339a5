import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/modules/audit/audit.ts';
import { type Client, createStaff, csrfToken, loginAs } from '../admin-session.ts';
import { createCategory, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
let admin: Client;
let siteId: number;

beforeAll(async () => {
  t = await createTestApp();
  siteId = await defaultSiteId(t.services.db);
  await createCategory(t.services.db, siteId, { name: 'Tin tức', slug: 'tin-tuc' });
  admin = await loginAs(t.app, await createStaff(t.services, 'admin', siteId, 'quan.tri@lachong.gov.vn'));
});
afterAll(async () => t?.close());

/** Posts the token form with repeated `scopes` fields. */
async function issue(fields: Array<[string, string]>) {
  const page = await admin.get('/admin/api-tokens');
  const body = new URLSearchParams([['_csrf', csrfToken(page.body)], ...fields]);
  return admin.request({
    method: 'POST',
    url: '/admin/api-tokens',
    payload: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}

const TOKEN = /dinh_[A-Za-z0-9_-]{43}/;

describe('API tokens screen', () => {
  it('is in the navigation of administrators only', async () => {
    const page = await admin.get('/admin/api-tokens');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('href="/admin/api-tokens"');
    expect(page.body).toContain('Khóa API');
    const editor = await loginAs(t.app, await createStaff(t.services, 'editor', siteId));
    expect((await editor.get('/admin/api-tokens')).statusCode).toBe(403);
    expect((await editor.get('/admin')).body).not.toContain('/admin/api-tokens');
  });

  it('shows a new token once, stores only its hash, and the token works', async () => {
    const response = await issue([
      ['name', 'Đồng bộ <một cửa>'],
      ['scopes', 'articles:write'],
      ['scopes', 'media:write'],
    ]);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('private, no-store');
    const token = TOKEN.exec(response.body)?.[0];
    expect(token).toBeDefined();
    expect(response.body).toContain('Đồng bộ &lt;một cửa>');

    const row = await t.services.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('name', '=', 'Đồng bộ <một cửa>')
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(createHash('sha256').update(token!).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token!);
    expect(JSON.parse(row.scopes)).toEqual(['articles:write', 'media:write']);
    expect(row.site_id).toBe(siteId);

    // Shown once: the list never shows it again.
    const list = await admin.get('/admin/api-tokens');
    expect(list.body).not.toContain(token!);
    expect(list.body).not.toMatch(TOKEN);
    expect(list.body).toContain('Chưa dùng');

    const category = await t.services.db.selectFrom('categories').select('id').executeTakeFirstOrThrow();
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/articles',
      headers: { authorization: `Bearer ${token}` },
      payload: { title: 'Tin đồng bộ', categoryId: category.id },
    });
    expect(created.statusCode).toBe(201);
    expect((await admin.get('/admin/api-tokens')).body).not.toContain('Chưa dùng');

    const audit = await t.services.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'api_token.issue')
      .executeTakeFirstOrThrow();
    expect(audit.actor_label).toBe('quan.tri@lachong.gov.vn');
    expect(`${audit.before}${audit.after}`).not.toContain(token!);
    expect(audit.after).not.toContain(row.token_hash);
    const articleAudit = await t.services.db
      .selectFrom('audit_log')
      .select('actor_label')
      .where('action', '=', 'article.create')
      .executeTakeFirstOrThrow();
    expect(articleAudit.actor_label).toBe(`quan.tri@lachong.gov.vn (api-token:${row.id})`);
  });

  it('revokes a token: audited, and the token answers 401 from then on', async () => {
    const response = await issue([
      ['name', 'Khóa sẽ thu hồi'],
      ['scopes', 'categories:write'],
      ['expires_on', '2099-12-31'],
    ]);
    const token = TOKEN.exec(response.body)?.[0];
    const row = await t.services.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('name', '=', 'Khóa sẽ thu hồi')
      .executeTakeFirstOrThrow();
    expect(row.expires_at).toBe('2099-12-31T17:00:00.000Z');
    const tree = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/categories',
        headers: { authorization: `Bearer ${token}` },
        payload: { names: { vi: { name: `Chuyên mục ${Math.random()}` } } },
      });
    expect((await tree()).statusCode).toBe(201);

    const page = await admin.get('/admin/api-tokens');
    const revoked = await admin.post(`/admin/api-tokens/${row.id}/revoke`, { _csrf: csrfToken(page.body) });
    expect(revoked.statusCode).toBe(303);
    expect(revoked.headers.location).toBe('/admin/api-tokens?done=revoked');
    expect((await admin.get('/admin/api-tokens?done=revoked')).body).toContain('Đã thu hồi khóa');
    expect((await tree()).statusCode).toBe(401);
    const audit = await t.services.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'api_token.revoke')
      .where('entity_id', '=', String(row.id))
      .executeTakeFirst();
    expect(audit).toBeDefined();
    expect((await verifyAudit(t.services.db)).ok).toBe(true);

    // Without the form's CSRF token nothing is revoked.
    const other = await t.services.db
      .selectFrom('api_tokens')
      .select('id')
      .where('revoked_at', 'is', null)
      .executeTakeFirstOrThrow();
    const forged = await admin.post(`/admin/api-tokens/${other.id}/revoke`, { _csrf: 'forged' });
    expect(forged.statusCode).toBe(403);
  });

  it('validates the form, keeps what was typed, and issues nothing', async () => {
    const before = await t.services.db.selectFrom('api_tokens').select('id').execute();
    const response = await issue([
      ['name', ''],
      ['scopes', 'everything:write'],
      ['expires_on', '2001-01-01'],
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Vui lòng đặt tên cho khóa.');
    expect(response.body).toContain('Vui lòng chọn ít nhất một phạm vi quyền.');
    expect(response.body).toContain('Hạn dùng phải là một ngày trong tương lai');
    expect(response.body).toContain('value="2001-01-01"');
    expect(response.body).not.toMatch(TOKEN);
    const after = await t.services.db.selectFrom('api_tokens').select('id').execute();
    expect(after.length).toBe(before.length);
  });
});
