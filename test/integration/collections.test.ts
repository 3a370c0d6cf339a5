import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
let siteId: number;
let editor: Client;
let chief: Client;
let englishEditor: Client;

beforeAll(async () => {
  t = await createTestApp();
  siteId = await defaultSiteId(t.services.db);
  editor = await loginAs(t.app, await createStaff(t.services, 'editor', siteId));
  chief = await loginAs(t.app, await createStaff(t.services, 'chief_editor', siteId));
  const english = await createStaff(t.services, 'editor', siteId);
  await t.services.db.updateTable('users').set({ locale: 'en' }).where('id', '=', english.id).execute();
  englishEditor = await loginAs(t.app, english);
});
afterAll(async () => t?.close());

const leader = (overrides: Record<string, string> = {}) => ({
  'd.full_name': 'Trần Thị Minh Hương',
  'd.position': 'Chủ tịch UBND tỉnh',
  'd.biography': 'Sinh năm 1975, quê quán phường Hồng Sơn.',
  'd.duties': 'Lãnh đạo, điều hành chung hoạt động của UBND tỉnh.',
  'd.display_order': '1',
  'd.term_start': '2024-11-15',
  'd.term_end': '',
  'd.photo': '',
  ...overrides,
});

const create = (client: Client, fields: Record<string, string>) =>
  client.submit('/admin/leaders/new', '/admin/leaders', fields);
const idFrom = (location: unknown) => Number(/\/admin\/leaders\/(\d+)/.exec(String(location))?.[1]);
const counts = async () => ({
  items: Number(
    (
      await t.services.db
        .selectFrom('collection_items')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
  audit: Number(
    (
      await t.services.db
        .selectFrom('audit_log')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
  revisions: Number(
    (
      await t.services.db
        .selectFrom('revisions')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
});
const transition = (client: Client, id: number, action: string) =>
  client.submit(`/admin/leaders/${id}`, `/admin/leaders/${id}/transition`, { action });

describe('collection kit: leaders', () => {
  it('refuses bad input with localised messages and changes nothing', async () => {
    const before = await counts();
    const cases: [Record<string, string>, string][] = [
      [{ 'd.full_name': '' }, 'Vui lòng nhập mục này.'],
      [{ 'd.full_name': 'Trần\u0000Hương' }, 'Nội dung có ký tự điều khiển không hợp lệ'],
      [{ 'd.display_order': '99999999999' }, 'Vui lòng nhập một số từ 0 đến 999.'],
      [{ 'd.display_order': '2147483648' }, 'Vui lòng nhập một số từ 0 đến 999.'],
      [{ 'd.term_start': '2025-02-30' }, 'Vui lòng nhập ngày theo dạng ngày/tháng/năm hợp lệ.'],
      [{ 'd.photo': '424242' }, 'Tệp được chọn không có trong thư viện.'],
    ];
    for (const [overrides, message] of cases) {
      const response = await create(editor, leader(overrides));
      expect(response.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(response.body).toContain(message);
    }
    const english = await create(englishEditor, leader({ 'd.full_name': '' }));
    expect(english.statusCode).toBe(400);
    expect(english.body).toContain('Please fill in this field.');
    expect(await counts()).toEqual(before);
  });

  it('stores NFC, records a revision and an audit entry with the item, and goes through approval to the public', async () => {
    const before = await counts();
    const decomposed = 'Trần Thị Minh Hương'.normalize('NFD');
    const created = await create(editor, leader({ 'd.full_name': decomposed }));
    expect(created.statusCode).toBe(303);
    const id = idFrom(created.headers.location);
    const row = await t.services.db
      .selectFrom('collection_items')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.title).toBe('Trần Thị Minh Hương'.normalize('NFC'));
    expect(row.slug).toBe('tran-thi-minh-huong');
    expect(row.status).toBe('draft');
    expect(await counts()).toEqual({
      items: before.items + 1,
      audit: before.audit + 1,
      revisions: before.revisions + 1,
    });

    // A draft is not public.
    expect((await t.app.inject({ url: '/lanh-dao/tran-thi-minh-huong' })).statusCode).toBe(404);

    // The editor submits; only the chief editor approves.
    expect((await transition(editor, id, 'submit')).statusCode).toBe(303);
    const refused = await transition(editor, id, 'approve');
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Bạn không có quyền thực hiện thao tác này.');
    expect((await transition(chief, id, 'approve')).statusCode).toBe(303);

    const list = await t.app.inject({ url: '/lanh-dao' });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('href="/lanh-dao/tran-thi-minh-huong"');
    const detail = await t.app.inject({ url: '/lanh-dao/tran-thi-minh-huong' });
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain('<h1>Trần Thị Minh Hương</h1>');
    expect(detail.body).toContain('Lãnh đạo, điều hành chung');

    const actions = await t.services.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'leader')
      .where('entity_id', '=', String(id))
      .orderBy('id')
      .execute();
    expect(actions.map((entry) => entry.action)).toEqual([
      'leader.create',
      'leader.submit',
      'leader.approve',
    ]);
    const notes = await t.services.db
      .selectFrom('revisions')
      .select('note')
      .where('entity_type', '=', 'collection_item')
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute();
    expect(notes.map((entry) => entry.note)).toEqual(['create', 'submit', 'approve']);

    // Search finds it and links to the item; the sitemap lists it.
    const search = await t.app.inject({ url: '/tim-kiem?q=minh+huong' });
    expect(search.body).toContain('href="/lanh-dao/tran-thi-minh-huong"');
    const sitemap = await t.app.inject({ url: '/sitemap.xml' });
    expect(sitemap.body).toContain('/lanh-dao/tran-thi-minh-huong</loc>');
    const feed = await t.app.inject({ url: '/lanh-dao/rss.xml' });
    expect(feed.headers['content-type']).toContain('application/rss+xml');
    expect(feed.body).toContain('<link>http://localhost:3000/lanh-dao/tran-thi-minh-huong</link>');
  });

  it('links translations to their source and flags them stale when the source text changes', async () => {
    const created = await create(
      editor,
      leader({
        'd.full_name': 'Lê Quang Vinh',
        'd.position': 'Phó Chủ tịch UBND tỉnh',
        'd.display_order': '2',
      }),
    );
    const id = idFrom(created.headers.location);
    const translated = await editor.submit(`/admin/leaders/${id}`, `/admin/leaders/${id}/translations`, {
      lang: 'en',
    });
    expect(translated.statusCode).toBe(303);
    const enId = idFrom(translated.headers.location);
    const saved = await editor.submit(`/admin/leaders/${enId}`, `/admin/leaders/${enId}`, {
      'd.full_name': 'Le Quang Vinh',
      'd.position': 'Vice Chairman of the Provincial People’s Committee',
      'd.biography': 'Born in 1974 in Cua Lac Ward.',
      'd.duties': 'In charge of economic affairs.',
      version: '1',
    });
    expect(saved.statusCode).toBe(303);
    for (const itemId of [id, enId]) {
      await transition(editor, itemId, 'submit');
      expect((await transition(chief, itemId, 'approve')).statusCode).toBe(303);
    }
    const english = await t.app.inject({ url: '/en/leadership/le-quang-vinh' });
    expect(english.statusCode).toBe(200);
    expect(english.body).toContain('Vice Chairman');
    expect(english.body).toContain('hreflang="vi" href="http://localhost:3000/lanh-dao/le-quang-vinh"');

    // A shared field (order) does not make the translation stale; a per-language one does.
    const stale = async () =>
      (
        await t.services.db
          .selectFrom('collection_items')
          .select('stale_since')
          .where('id', '=', enId)
          .executeTakeFirstOrThrow()
      ).stale_since;
    const source = await t.services.db
      .selectFrom('collection_items')
      .select('version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await chief.submit(`/admin/leaders/${id}`, `/admin/leaders/${id}`, {
      ...leader({
        'd.full_name': 'Lê Quang Vinh',
        'd.position': 'Phó Chủ tịch UBND tỉnh',
        'd.display_order': '3',
      }),
      version: String(source.version),
    });
    expect(await stale()).toBeNull();
    const moved = await t.services.db
      .selectFrom('collection_items')
      .select('position')
      .where('id', '=', enId)
      .executeTakeFirstOrThrow();
    expect(moved.position).toBe(3);
    const again = await t.services.db
      .selectFrom('collection_items')
      .select('version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const changed = await chief.submit(`/admin/leaders/${id}`, `/admin/leaders/${id}`, {
      ...leader({
        'd.full_name': 'Lê Quang Vinh',
        'd.position': 'Phó Chủ tịch Thường trực UBND tỉnh',
        'd.display_order': '3',
      }),
      version: String(again.version),
    });
    expect(changed.statusCode).toBe(303);
    expect(await stale()).not.toBeNull();
    const page = await chief.get(`/admin/leaders/${enId}`);
    expect(page.body).toContain('Bản gốc tiếng Việt đã thay đổi');
    const en = await t.services.db
      .selectFrom('collection_items')
      .select('version')
      .where('id', '=', enId)
      .executeTakeFirstOrThrow();
    await chief.submit(`/admin/leaders/${enId}`, `/admin/leaders/${enId}`, {
      'd.full_name': 'Le Quang Vinh',
      'd.position': 'Standing Vice Chairman of the Provincial People’s Committee',
      'd.biography': 'Born in 1974 in Cua Lac Ward.',
      'd.duties': 'In charge of economic affairs.',
      version: String(en.version),
      synced: '1',
    });
    expect(await stale()).toBeNull();
  });

  it('refuses a stale version (lost update) without writing anything', async () => {
    const created = await create(editor, leader({ 'd.full_name': 'Hoàng Đức Long', 'd.display_order': '4' }));
    const id = idFrom(created.headers.location);
    const before = await counts();
    const response = await editor.submit(`/admin/leaders/${id}`, `/admin/leaders/${id}`, {
      ...leader({ 'd.full_name': 'Hoàng Đức Long (sửa)' }),
      version: '99',
    });
    expect(response.statusCode).toBe(409);
    expect(await counts()).toEqual(before);
  });

  it('serves the published items in the API, documented in OpenAPI', async () => {
    const list = await t.app.inject({ url: '/api/v1/leaders?lang=vi' });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { title: string; fields: Record<string, unknown> }[];
    expect(items.map((item) => item.title)).toContain('Trần Thị Minh Hương');
    expect(items[0]?.fields).toHaveProperty('position');
    const bad = await t.app.inject({ url: '/api/v1/leaders/99999999999' });
    expect(bad.statusCode).toBe(400);
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/leaders', '/api/v1/leaders/{id}']),
    );
  });
});
