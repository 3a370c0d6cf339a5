import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSchedulerTick } from '../../src/modules/articles/scheduler.ts';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

/** The legal documents registry (issue 14) on the collection kit, on the engine the suite runs. */

let t: TestApp;
let siteId: number;
let editor: Client;
let chief: Client;
let englishEditor: Client;
/** Real time while staff sign in (their second factor), then a fixed day the tests move. */
let now: Date | undefined;

beforeAll(async () => {
  t = await createTestApp({ clock: () => now ?? new Date(), scheduler: false });
  siteId = await defaultSiteId(t.services.db);
  editor = await loginAs(t.app, await createStaff(t.services, 'editor', siteId));
  chief = await loginAs(t.app, await createStaff(t.services, 'chief_editor', siteId));
  const english = await createStaff(t.services, 'editor', siteId);
  await t.services.db.updateTable('users').set({ locale: 'en' }).where('id', '=', english.id).execute();
  englishEditor = await loginAs(t.app, english);
  now = new Date('2026-03-01T03:00:00Z');
});
afterAll(async () => t?.close());

const doc = (overrides: Record<string, string> = {}) => ({
  'd.doc_type': 'quyet-dinh',
  'd.number': '123/2025/QĐ-UBND',
  'd.section': 'quy-pham-phap-luat',
  'd.issuer': 'Ủy ban nhân dân tỉnh',
  'd.level': 'province',
  'd.signer': 'Trần Văn An',
  'd.signer_title': 'Chủ tịch',
  'd.issued_on': '2025-06-10',
  'd.effective_on': '2025-06-20',
  'd.expires_on': '',
  'd.fields': 'dat-dai',
  'd.title': 'Quy định bảng giá đất trên địa bàn tỉnh',
  'd.full_text': '',
  'd.validity_override': '',
  'd.validity_reason': '',
  ...overrides,
});

const create = (client: Client, fields: Record<string, string>) =>
  client.submit('/admin/legal-documents/new', '/admin/legal-documents', fields);
const idFrom = (location: unknown) => Number(/\/admin\/legal-documents\/(\d+)/.exec(String(location))?.[1]);
const count = async (
  table: 'collection_items' | 'legal_documents' | 'legal_document_relations' | 'audit_log',
) =>
  Number(
    (
      await t.services.db
        .selectFrom(table)
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const counts = async () => ({
  items: await count('collection_items'),
  side: await count('legal_documents'),
  relations: await count('legal_document_relations'),
  audit: await count('audit_log'),
});
const publish = (client: Client, id: number) =>
  client.submit(`/admin/legal-documents/${id}`, `/admin/legal-documents/${id}/transition`, {
    action: 'publish',
  });
const save = (client: Client, id: number, fields: Record<string, string>) =>
  client.submit(`/admin/legal-documents/${id}`, `/admin/legal-documents/${id}`, fields);
const validityOf = async (id: number) =>
  await t.services.db
    .selectFrom('legal_documents')
    .select(['validity', 'validity_changes_on', 'validity_next'])
    .where('item_id', '=', id)
    .executeTakeFirstOrThrow();

let first: number;

describe('legal documents', () => {
  it('keeps the admin to staff who may edit: anonymous redirected, a role without rights refused', async () => {
    const anonymous = await t.app.inject({ url: '/admin/legal-documents/new' });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toContain('/admin/login');
    const lookup = await t.app.inject({ url: '/admin/legal-documents/lookup?q=123' });
    expect(lookup.statusCode).toBe(303);
    const contributor = await loginAs(t.app, await createStaff(t.services, 'contributor', siteId));
    expect((await contributor.get('/admin/legal-documents/new')).statusCode).toBe(403);
    expect((await contributor.get('/admin/legal-documents/lookup?q=123')).statusCode).toBe(403);
    // Without the CSRF token nothing is written.
    const before = await counts();
    const forged = await editor.post('/admin/legal-documents', doc());
    expect(forged.statusCode).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('creates a document through the form with its side row, and publishes it directly', async () => {
    const created = await create(editor, doc());
    expect(created.statusCode).toBe(303);
    first = idFrom(created.headers.location);
    const side = await t.services.db
      .selectFrom('legal_documents')
      .selectAll()
      .where('item_id', '=', first)
      .executeTakeFirstOrThrow();
    expect(side).toMatchObject({
      number_serial: '123',
      number_year: 2025,
      number_symbol: 'qd-ubnd',
      issuer_plain: 'uy ban nhan dan tinh',
      published: 0,
      validity: 'in_force',
    });
    const fields = await t.services.db
      .selectFrom('legal_document_fields')
      .selectAll()
      .where('item_id', '=', first)
      .execute();
    expect(fields.map((row) => row.field_code)).toEqual(['dat-dai']);
    // An editor may not publish; the chief editor publishes without the approval step.
    expect((await publish(editor, first)).statusCode).toBe(409);
    expect((await publish(chief, first)).statusCode).toBe(303);
    expect((await validityOf(first)).validity).toBe('in_force');
  });

  it('refuses dates out of order and a duplicate number, in the staff member’s language, writing nothing', async () => {
    const before = await counts();
    const effective = await create(
      editor,
      doc({ 'd.number': '9/2025/QĐ-UBND', 'd.effective_on': '2025-06-01' }),
    );
    expect(effective.statusCode).toBe(400);
    expect(effective.body).toContain('Ngày có hiệu lực không được trước ngày ban hành.');
    const expiry = await create(editor, doc({ 'd.number': '9/2025/QĐ-UBND', 'd.expires_on': '2025-06-15' }));
    expect(expiry.statusCode).toBe(400);
    expect(expiry.body).toContain('Ngày hết hiệu lực phải sau ngày có hiệu lực.');
    // The same number from the same issuer in the same year, typed differently.
    const duplicate = await create(
      editor,
      doc({ 'd.number': ' 0123/2025/QĐ-UBND ', 'd.issuer': 'UỶ BAN NHÂN DÂN TỈNH'.normalize('NFD') }),
    );
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.body).toContain('Cơ quan này đã ban hành văn bản cùng số ký hiệu trong năm');
    expect(duplicate.body).toContain(`href="/admin/legal-documents/${first}"`);
    // The kit's several-choice and several-attachment fields check every value.
    const field = await create(editor, doc({ 'd.number': '11/2025/QĐ-UBND', 'd.fields': 'khong-co' }));
    expect(field.statusCode).toBe(400);
    expect(field.body).toContain('Vui lòng chọn một giá trị trong danh sách.');
    const file = await create(editor, { ...doc({ 'd.number': '12/2025/QĐ-UBND' }), 'd.files': '424242' });
    expect(file.statusCode).toBe(400);
    expect(file.body).toContain('Tệp được chọn không có trong thư viện.');
    const english = await create(
      englishEditor,
      doc({ 'd.effective_on': '2025-01-01', 'd.number': '10/2025/QĐ-UBND' }),
    );
    expect(english.body).toContain('The date of entry into force cannot be before the date of issue.');
    expect(await counts()).toEqual(before);
    // Another issuer may use the same number.
    const other = await create(
      editor,
      doc({ 'd.issuer': 'Sở Tài chính', 'd.level': 'department', 'd.number': '123/2025/QĐ-STC' }),
    );
    expect(other.statusCode).toBe(303);
  });

  it('refuses a relation to itself and a cycle of replacements', async () => {
    const second = idFrom(
      (
        await create(editor, {
          ...doc({
            'd.number': '45/2026/QĐ-UBND',
            'd.issued_on': '2026-02-01',
            'd.effective_on': '2026-04-01',
          }),
          'rel.kind.0': 'replaces',
          'rel.target.0': '123/QĐ-UBND',
        })
      ).headers.location,
    );
    expect(second).toBeGreaterThan(0);
    expect(await count('legal_document_relations')).toBe(1);
    const before = await counts();
    // The first is published: its editor is the chief editor.
    const self = await save(chief, first, {
      ...doc(),
      'rel.kind.0': 'amends',
      'rel.target.0': '123/2025/QĐ-UBND',
    });
    expect(self.statusCode).toBe(400);
    expect(self.body).toContain('Văn bản không thể liên quan đến chính nó.');
    // The first now replaces the second, which replaces the first: refused.
    const cycle = await chief.submit(`/admin/legal-documents/${first}`, `/admin/legal-documents/${first}`, {
      ...doc(),
      'rel.kind.0': 'replaces',
      'rel.target.0': '45/2026/QĐ-UBND',
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.body).toContain('Quan hệ thay thế này tạo thành vòng');
    const missing = await save(editor, second, {
      ...doc({ 'd.number': '45/2026/QĐ-UBND', 'd.issued_on': '2026-02-01' }),
      'rel.kind.0': 'amends',
      'rel.target.0': '999/2020/NQ-HĐND',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Không tìm thấy văn bản có số ký hiệu này.');
    expect(await counts()).toEqual(before);
  });

  it('changes the validity of a repealed document on the repeal’s effective date, through the scheduler tick', async () => {
    const repeal = idFrom(
      (
        await create(editor, {
          ...doc({
            'd.number': '7/2026/QĐ-UBND',
            'd.issued_on': '2026-02-20',
            'd.effective_on': '2026-03-10',
            'd.title': 'Bãi bỏ quy định bảng giá đất',
          }),
          'rel.kind.0': 'repeals',
          'rel.target.0': '123 qđ ubnd',
        })
      ).headers.location,
    );
    // A draft acts on nothing.
    expect((await validityOf(first)).validity).toBe('in_force');
    expect((await publish(chief, repeal)).statusCode).toBe(303);
    expect(await validityOf(first)).toEqual({
      validity: 'in_force',
      validity_changes_on: '2026-03-10',
      validity_next: 'expired',
    });
    const page = await t.app.inject({ url: '/van-ban?q=123%2FQĐ-UBND' });
    expect(page.body).toContain('Còn hiệu lực');
    // The day before: nothing changes. On the effective date (Vietnam time): repealed, pages purged.
    now = new Date('2026-03-09T10:00:00Z');
    await runSchedulerTick(t.services, now);
    expect((await validityOf(first)).validity).toBe('in_force');
    now = new Date('2026-03-09T17:30:00Z');
    await runSchedulerTick(t.services, now);
    expect(await validityOf(first)).toEqual({
      validity: 'expired',
      validity_changes_on: null,
      validity_next: null,
    });
    const after = await t.app.inject({ url: '/van-ban?q=123%2FQĐ-UBND' });
    expect(after.body).toContain('Hết hiệu lực toàn bộ');
  });

  it('finds a number however it is typed, and combines filters in a shareable address', async () => {
    for (const q of ['123/QĐ-UBND', '123/2025', 'qd-ubnd 123', '123 qđ ubnd', '123/2025/QĐ-UBND']) {
      const page = await t.app.inject({ url: `/van-ban?q=${encodeURIComponent(q)}` });
      expect(page.statusCode, q).toBe(200);
      expect(page.body, q).toContain('>123/2025/QĐ-UBND</a>');
      expect(page.body, q).not.toContain('>7/2026/QĐ-UBND</a>');
    }
    const words = await t.app.inject({ url: `/van-ban?q=${encodeURIComponent('bang gia dat')}` });
    expect(words.body).toContain('>123/2025/QĐ-UBND</a>');
    const combined = await t.app.inject({ url: '/van-ban?type=quyet-dinh&year=2026&validity=in_force' });
    expect(combined.body).toContain('>7/2026/QĐ-UBND</a>');
    expect(combined.body).not.toContain('>123/2025/QĐ-UBND</a>');
    const field = await t.app.inject({ url: '/van-ban?field=y-te' });
    expect(field.body).toContain('Không có văn bản nào phù hợp.');
    const lookup = await editor.get(`/admin/legal-documents/lookup?q=${encodeURIComponent('qd-ubnd 123')}`);
    expect(lookup.statusCode).toBe(200);
    expect(JSON.parse(lookup.body).items.map((item: { value: string }) => item.value)).toEqual([
      '123/2025/QĐ-UBND',
    ]);
  });

  it('shows the relations both ways on the document pages, with JSON-LD Legislation and Dublin Core', async () => {
    const slug = (
      await t.services.db
        .selectFrom('collection_items')
        .select('slug')
        .where('id', '=', first)
        .executeTakeFirstOrThrow()
    ).slug;
    const page = await t.app.inject({ url: `/van-ban/${slug}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Văn bản liên quan');
    expect(page.body).toContain('Bị bãi bỏ bởi');
    expect(page.body).toContain('7/2026/QĐ-UBND');
    // 45/2026/QĐ-UBND is a draft that replaces it: a draft is not public, not even its number.
    expect(page.body).not.toContain('45/2026/QĐ-UBND');
    expect(page.body).toContain('"@type":"Legislation"');
    expect(page.body).toContain('name="DC.identifier" content="123/2025/QĐ-UBND"');
    expect(page.body).toContain(`rel="canonical"`);
    const repealSlug = (
      await t.services.db
        .selectFrom('legal_documents as d')
        .innerJoin('collection_items as i', 'i.id', 'd.item_id')
        .select('i.slug')
        .where('d.number_text', '=', '7/2026/QĐ-UBND')
        .executeTakeFirstOrThrow()
    ).slug;
    const repealPage = await t.app.inject({ url: `/van-ban/${repealSlug}` });
    expect(repealPage.body).toContain('Bãi bỏ');
    expect(repealPage.body).toContain('123/2025/QĐ-UBND');
  });
});
