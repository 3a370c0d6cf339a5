import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteDefinition } from '../../src/modules/collections/site-options.ts';
import { parseList, templateRows } from '../../src/modules/legal-documents/import/rows.ts';
import { legalDocuments } from '../../src/modules/legal-documents/legal-documents.collection.ts';
import { type Client, createStaff, loginAs, type StaffUser } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp, testEngine } from '../harness.ts';
import { createApiToken } from '../media-fixtures.ts';

/**
 * A site's own lists of the legal documents registry (issue 14: "loại văn bản (configurable
 * list …)"): its administrators add, rename, reorder and retire types, sections and fields at
 * /admin/legal-documents/settings, and the form, the public list and page and the API follow.
 */

let t: TestApp;
let siteId: number;
let admin: Client;
let editor: Client;
let chief: StaffUser;
let chiefToken: string;
let now: Date | undefined;

const BASE = '/admin/legal-documents/settings';

beforeAll(async () => {
  t = await createTestApp({ clock: () => now ?? new Date(), scheduler: false });
  siteId = await defaultSiteId(t.services.db);
  admin = await loginAs(t.app, await createStaff(t.services, 'admin', siteId));
  editor = await loginAs(t.app, await createStaff(t.services, 'editor', siteId));
  chief = await createStaff(t.services, 'chief_editor', siteId);
  chiefToken = await createApiToken(t.services, {
    siteId,
    userId: chief.id,
    scopes: ['legal-documents:write'],
  });
  now = new Date('2026-03-01T03:00:00Z');
});
afterAll(async () => t?.close());

const api = (options: InjectOptions & { url: string }) =>
  t.app.inject({ ...options, headers: { authorization: `Bearer ${chiefToken}` } });

const apiDoc = (overrides: Record<string, unknown> = {}) => ({
  type: 'quyet-dinh',
  number: '10/2026/QC-UBND',
  section: 'quy-pham-phap-luat',
  issuer: 'Ủy ban nhân dân tỉnh',
  level: 'province',
  issuedOn: '2026-01-10',
  effectiveOn: '2026-01-20',
  fields: ['dat-dai'],
  summary: 'Quy chế phối hợp quản lý đất đai',
  publish: true,
  ...overrides,
});

const formDoc = (overrides: Record<string, string> = {}) => ({
  'd.doc_type': 'quyet-dinh',
  'd.number': '20/2026/QĐ-UBND',
  'd.section': 'quy-pham-phap-luat',
  'd.issuer': 'Ủy ban nhân dân tỉnh',
  'd.level': 'province',
  'd.signer': '',
  'd.signer_title': '',
  'd.issued_on': '2026-02-01',
  'd.effective_on': '',
  'd.expires_on': '',
  'd.fields': 'dat-dai',
  'd.title': 'Quy chế làm việc của Ủy ban',
  'd.full_text': '',
  'd.validity_override': '',
  'd.validity_reason': '',
  ...overrides,
});

const counts = async () => {
  const n = async (table: 'legal_document_vocabularies' | 'audit_log' | 'collection_items') =>
    Number(
      (
        await t.services.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    entries: await n('legal_document_vocabularies'),
    audit: await n('audit_log'),
    items: await n('collection_items'),
    rows: JSON.stringify(
      await t.services.db
        .selectFrom('legal_document_vocabularies')
        .selectAll()
        .orderBy('list')
        .orderBy('position')
        .execute(),
    ),
  };
};

const change = (path: string, fields: Record<string, string> = {}) =>
  admin.submit(BASE, `${BASE}${path}`, fields);
const typeOptions = (html: string) =>
  [
    ...(/<select[^>]*name="d\.doc_type"[^>]*>([\s\S]*?)<\/select>/.exec(html)?.[1] ?? '').matchAll(
      /value="([^"]*)"/g,
    ),
  ]
    .map((match) => match[1])
    .filter(Boolean);
const publicTypeOptions = (html: string) =>
  [
    ...(/<select[^>]*name="type"[^>]*>([\s\S]*?)<\/select>/.exec(html)?.[1] ?? '').matchAll(
      /value="([^"]*)"/g,
    ),
  ]
    .map((match) => match[1])
    .filter(Boolean);

let apiDocUrl = '';
let formDocId = 0;

describe(`a site's own legal document lists on ${testEngine}`, () => {
  it('is for administrators only, with CSRF', async () => {
    const anonymous = await t.app.inject({ url: BASE });
    expect(anonymous.statusCode).toBe(303);
    expect(String(anonymous.headers.location)).toMatch(/^\/admin\/login/);
    expect((await editor.get(BASE)).statusCode).toBe(403);
    const csrf = /name="_csrf" value="([^"]+)"/.exec((await editor.get('/admin/account')).body)?.[1] ?? '';
    const before = await counts();
    const post = await editor.post(`${BASE}/type`, { _csrf: csrf, code: 'quy-che', name_vi: 'Quy chế' });
    expect(post.statusCode).toBe(403);
    expect((await admin.post(`${BASE}/type`, { code: 'quy-che', name_vi: 'Quy chế' })).statusCode).toBe(403);
    expect(
      (await admin.post(`${BASE}/type`, { _csrf: 'forged', code: 'quy-che', name_vi: 'Quy chế' })).statusCode,
    ).toBe(403);
    expect(await counts()).toEqual(before);

    const page = await admin.get(BASE);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Loại văn bản');
    expect(page.body).toContain('Nghị định');
    expect(page.body).toContain('Cổng đang dùng danh sách mặc định');
    // Linked from the registry's admin list, for administrators only.
    expect((await admin.get('/admin/legal-documents')).body).toContain(`href="${BASE}"`);
    expect((await editor.get('/admin/legal-documents')).body).not.toContain(`href="${BASE}"`);
  });

  it('refuses bad input with a Vietnamese message and changes nothing', async () => {
    // Prime the kit's memo of the site's options, so a wrong write would show.
    await admin.get('/admin/legal-documents/new');
    const before = await counts();
    const cases: [string, Record<string, string>, string][] = [
      ['/type', { code: 'quy-che', name_vi: '   ' }, 'Vui lòng nhập tên tiếng Việt.'],
      ['/type', { code: 'quyet-dinh', name_vi: 'Quyết định mới' }, 'Danh sách này đã có mục với mã này.'],
      ['/type', { code: 'Quy Chế', name_vi: 'Quy chế' }, 'Mã chỉ gồm chữ thường không dấu'],
      ['/type', { code: 'quy-che', name_vi: 'Nghị Định' }, 'Danh sách này đã có mục với tên tiếng Việt này.'],
      ['/type', { code: 'quy-che', name_vi: 'Q'.repeat(151) }, 'Tối đa 150 ký tự.'],
      ['/type', { code: 'quy-che', name_vi: 'Quy\u0000chế' }, 'ký tự điều khiển'],
      ['/type', { code: 'quy-che', name_vi: 'Quy chế', name_zh: '规\u0000章' }, 'ký tự điều khiển'],
      ['/type', { code: '', name_vi: 'Quy chế' }, 'Vui lòng nhập mã.'],
      ['/type/khong-co/retire', {}, 'Không tìm thấy mục này trong danh sách'],
      ['/section/khong-co/delete', {}, 'Không tìm thấy mục này trong danh sách'],
    ];
    for (const [path, fields, message] of cases) {
      const response = await change(path, fields);
      expect(response.statusCode, path + JSON.stringify(fields)).toBe(400);
      expect(response.body, JSON.stringify(fields)).toContain(message);
    }
    expect(await counts()).toEqual(before);
    expect((await change('/nope', { code: 'a', name_vi: 'A' })).statusCode).toBe(404);
  });

  it('adds a type that the admin form, the public filter and the API then take', async () => {
    const before = await counts();
    const added = await change('/type', {
      code: 'quy-che',
      name_vi: ' Quy  chế ',
      name_en: 'Regulation',
      name_zh: '',
    });
    expect(added.statusCode).toBe(303);
    const after = await counts();
    // The default list is stored first (10 types), then the new one; one audit entry.
    expect(after.entries).toBe(before.entries + 11);
    expect(after.audit).toBe(before.audit + 1);
    const row = await t.services.db
      .selectFrom('legal_document_vocabularies')
      .selectAll()
      .where('code', '=', 'quy-che')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      site_id: siteId,
      list: 'type',
      name_vi: 'Quy chế',
      name_en: 'Regulation',
      name_zh: 'Quy chế',
      position: 11,
    });
    const audit = await t.services.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ action: 'legal_document.vocabulary.add', entity_id: 'type:quy-che' });

    expect(typeOptions((await admin.get('/admin/legal-documents/new')).body)).toContain('quy-che');
    expect(publicTypeOptions((await t.app.inject({ url: '/van-ban' })).body)).toContain('quy-che');
    // The site search's filter of the type offers it too (and accepts it as a filter value).
    const search = await t.app.inject({ url: '/tim-kiem?q=quy&type=legal_document&doc_type=quy-che' });
    expect(search.statusCode).toBe(200);
    expect(search.body).toMatch(/<select[^>]*id="search-facet-doc_type"[\s\S]*?value="quy-che"[^>]*selected/);

    const created = await api({
      method: 'POST',
      url: '/api/v1/legal-documents',
      payload: apiDoc({ type: 'quy-che' }),
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().type).toEqual({ code: 'quy-che', name: 'Quy chế' });
    apiDocUrl = new URL(created.json().url).pathname;
    const listed = await t.app.inject({ url: '/api/v1/legal-documents?type=quy-che' });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.map((item: { number: string }) => item.number)).toEqual(['10/2026/QC-UBND']);
    const unknown = await t.app.inject({ url: '/api/v1/legal-documents?type=khong-co' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('khong-co');

    const form = await admin.submit(
      '/admin/legal-documents/new',
      '/admin/legal-documents',
      formDoc({ 'd.doc_type': 'quy-che' }),
    );
    expect(form.statusCode).toBe(303);
    formDocId = Number(/\/admin\/legal-documents\/(\d+)/.exec(String(form.headers.location))?.[1]);
    expect(formDocId).toBeGreaterThan(0);
  });

  it("lets the bulk import name the site's own type, which the default list does not know", async () => {
    const [header, example] = templateRows();
    const typeAt = header!.indexOf('Loại văn bản');
    const cells = [header!, example!.map((cell, i) => (i === typeAt ? 'quy chế' : cell))];
    const site = await siteDefinition(t.services.db, siteId, legalDocuments);
    const parsed = parseList(cells, new Set(), 'vi', site.fields);
    expect(parsed.ok && parsed.problems).toEqual([]);
    expect(parsed.ok && parsed.rows[0]?.raw['doc_type']).toBe('quy-che');
    const withDefaults = parseList(cells, new Set(), 'vi');
    expect(withDefaults.ok && withDefaults.problems.map((problem) => problem.column)).toEqual([
      'Loại văn bản',
    ]);
  });

  it('shows a new name on the public page at once, and reorders', async () => {
    expect((await t.app.inject({ url: apiDocUrl })).body).toContain('Quy chế');
    const renamed = await admin.submit(`${BASE}/type/quy-che`, `${BASE}/type/quy-che`, {
      name_vi: 'Quy chế nội bộ',
      name_en: 'Internal regulation',
      name_zh: '内部规章',
    });
    expect(renamed.statusCode).toBe(303);
    expect((await t.app.inject({ url: apiDocUrl })).body).toContain('Quy chế nội bộ');
    expect(
      (await t.app.inject({ url: '/api/v1/legal-documents?type=quy-che&lang=vi' })).json().items[0].type.name,
    ).toBe('Quy chế nội bộ');

    expect(typeOptions((await admin.get('/admin/legal-documents/new')).body).at(-1)).toBe('quy-che');
    expect((await change('/type/quy-che/up')).statusCode).toBe(303);
    const order = typeOptions((await admin.get('/admin/legal-documents/new')).body);
    expect(order.at(-2)).toBe('quy-che');
    expect(order.at(-1)).toBe('huong-dan');
  });

  it('retires a type: gone from new entries, kept and named on the documents that have it', async () => {
    expect((await change('/type/quy-che/retire')).statusCode).toBe(303);
    expect(typeOptions((await admin.get('/admin/legal-documents/new')).body)).not.toContain('quy-che');
    // The document that has it still offers and keeps it.
    const edit = await admin.get(`/admin/legal-documents/${formDocId}`);
    expect(typeOptions(edit.body)).toContain('quy-che');
    const resaved = await admin.submit(
      `/admin/legal-documents/${formDocId}`,
      `/admin/legal-documents/${formDocId}`,
      formDoc({ 'd.doc_type': 'quy-che', 'd.title': 'Quy chế làm việc của Ủy ban (sửa)' }),
    );
    expect(resaved.statusCode).toBe(303);
    expect((await t.app.inject({ url: apiDocUrl })).body).toContain('Quy chế nội bộ');

    const before = await counts();
    const refused = await admin.submit(
      '/admin/legal-documents/new',
      '/admin/legal-documents',
      formDoc({ 'd.doc_type': 'quy-che', 'd.number': '30/2026/QĐ-UBND' }),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Vui lòng chọn một giá trị trong danh sách.');
    const viaApi = await api({
      method: 'POST',
      url: '/api/v1/legal-documents',
      payload: apiDoc({ type: 'quy-che', number: '31/2026/QC-UBND' }),
    });
    expect(viaApi.statusCode).toBe(400);
    expect((await counts()).items).toBe(before.items);
  });

  it('refuses to delete a code in use, and deletes one that no document has', async () => {
    const before = await counts();
    const refused = await change('/type/quy-che/delete');
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Không xóa được: mục này đang được 2 văn bản sử dụng');
    expect(await counts()).toEqual(before);

    const deleted = await change('/type/chi-thi/delete');
    expect(deleted.statusCode).toBe(303);
    expect(typeOptions((await admin.get('/admin/legal-documents/new')).body)).not.toContain('chi-thi');
    expect((await t.app.inject({ url: '/api/v1/legal-documents?type=chi-thi' })).statusCode).toBe(400);
  });
});
