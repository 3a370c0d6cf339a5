import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createStaff, loginAs, type StaffUser } from '../admin-session.ts';
import { createSite, defaultSiteId, mediaRow } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { createApiToken } from '../media-fixtures.ts';

/** /api/v1/legal-documents (issue 14): the list's filters, reads, and writes through the kit. */

let t: TestApp;
let siteId: number;
let chief: StaffUser;
let chiefToken: string;
let editorToken: string;
let articlesToken: string;
let contributorToken: string;
let admin: Client;
let pdfId: number;
/** Real time while staff sign in, then a fixed day. */
let now: Date | undefined;

beforeAll(async () => {
  t = await createTestApp({ clock: () => now ?? new Date(), scheduler: false });
  siteId = await defaultSiteId(t.services.db);
  chief = await createStaff(t.services, 'chief_editor', siteId);
  const editor = await createStaff(t.services, 'editor', siteId);
  const contributor = await createStaff(t.services, 'contributor', siteId);
  const scope = ['legal-documents:write'];
  chiefToken = await createApiToken(t.services, { siteId, userId: chief.id, scopes: scope });
  editorToken = await createApiToken(t.services, { siteId, userId: editor.id, scopes: scope });
  contributorToken = await createApiToken(t.services, { siteId, userId: contributor.id, scopes: scope });
  articlesToken = await createApiToken(t.services, { siteId, userId: chief.id, scopes: ['articles:write'] });
  admin = await loginAs(t.app, await createStaff(t.services, 'admin', siteId));
  pdfId = (
    await t.services.db
      .insertInto('media')
      .values(mediaRow(siteId, { original_name: 'Quyết định 123.pdf', bytes: 20480 }))
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  now = new Date('2026-03-01T03:00:00Z');
});
afterAll(async () => t?.close());

function call(bearer: string | undefined, options: InjectOptions & { url: string }) {
  return t.app.inject({
    ...options,
    headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...(options.headers ?? {}) },
  });
}
const post = (bearer: string | undefined, payload: unknown, url = '/api/v1/legal-documents') =>
  call(bearer, { method: 'POST', url, payload: payload as object });
const patch = (bearer: string, id: number, payload: unknown, query = '') =>
  call(bearer, { method: 'PATCH', url: `/api/v1/legal-documents/${id}${query}`, payload: payload as object });

const doc = (overrides: Record<string, unknown> = {}) => ({
  type: 'quyet-dinh',
  number: '123/2025/QĐ-UBND',
  section: 'quy-pham-phap-luat',
  issuer: 'Ủy ban nhân dân tỉnh',
  level: 'province',
  signer: 'Trần Văn An',
  signerTitle: 'Chủ tịch',
  issuedOn: '2025-06-10',
  effectiveOn: '2025-06-20',
  fields: ['dat-dai'],
  summary: 'Quy định bảng giá đất trên địa bàn tỉnh',
  ...overrides,
});

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
const list = async (query: string, host?: string) => {
  const response = await t.app.inject({
    url: `/api/v1/legal-documents${query}`,
    ...(host ? { headers: { host } } : {}),
  });
  expect(response.statusCode).toBe(200);
  return response.json() as { items: { id: number; number: string }[]; total: number; totalPages: number };
};

let decision: number;
let resolution: number;
let replacement: number;

describe('legal documents API: access', () => {
  it('refuses a write without a token (401), without the scope or the role (403), and writes nothing', async () => {
    const before = await counts();
    const anonymous = await post(undefined, doc());
    expect(anonymous.statusCode).toBe(401);
    const noScope = await post(articlesToken, doc());
    expect(noScope.statusCode).toBe(403);
    const contributor = await post(contributorToken, doc());
    expect(contributor.statusCode).toBe(403);
    expect(contributor.json().error.code).toBe('FORBIDDEN');
    // An editor may write but not publish: asking to is refused before anything is stored.
    const editorPublish = await post(editorToken, doc({ publish: true }));
    expect(editorPublish.statusCode).toBe(403);
    expect(editorPublish.json().error.message).toBe('Bạn không có quyền thực hiện thao tác này.');
    const put = await call(undefined, { method: 'PUT', url: '/api/v1/legal-documents/1', payload: doc() });
    expect(put.statusCode).toBe(401);
    expect(await counts()).toEqual(before);
  });

  it('lists the scope on the token screen', async () => {
    const page = await admin.get('/admin/api-tokens');
    expect(page.body).toContain('value="legal-documents:write"');
  });
});

describe('legal documents API: writes', () => {
  it('creates through the kit with a token: 201, revision, audit naming the token, published by a chief editor', async () => {
    const before = await counts();
    const response = await post(chiefToken, doc({ files: [pdfId], publish: true }));
    expect(response.statusCode).toBe(201);
    const body = response.json();
    decision = body.id;
    expect(body).toMatchObject({
      number: '123/2025/QĐ-UBND',
      status: 'published',
      type: { code: 'quyet-dinh', name: 'Quyết định' },
      level: { code: 'province', name: 'Tỉnh' },
      signerTitle: 'Chủ tịch',
      issuedOn: '2025-06-10',
      effectiveOn: '2025-06-20',
      validity: { state: 'in_force', name: 'Còn hiệu lực' },
      fields: [{ code: 'dat-dai', name: 'Đất đai' }],
      summary: 'Quy định bảng giá đất trên địa bàn tỉnh',
    });
    expect(body.url).toMatch(/\/van-ban\/quy-dinh-bang-gia-dat/);
    expect(body.files).toEqual([
      {
        id: pdfId,
        name: 'Quyết định 123.pdf',
        type: 'application/pdf',
        size: 20480,
        url: expect.stringMatching(new RegExp(`/van-ban/[a-z0-9-]+/tep/${pdfId}$`)),
      },
    ]);
    const after = await counts();
    expect(after.items).toBe(before.items + 1);
    expect(after.side).toBe(before.side + 1);
    const audit = await t.services.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'actor_label'])
      .where('entity_id', '=', String(decision))
      .where('entity_type', '=', 'legal_document')
      .orderBy('id')
      .execute();
    expect(audit.map((row) => row.action)).toEqual(['legal_document.create', 'legal_document.publish']);
    expect(audit[0]!.actor_id).toBe(chief.id);
    expect(audit[0]!.actor_label).toMatch(/\(api-token:\d+\)$/);
    const revisions = await t.services.db
      .selectFrom('revisions')
      .select('note')
      .where('entity_type', '=', 'collection_item')
      .where('entity_id', '=', decision)
      .execute();
    expect(revisions.map((row) => row.note)).toContain('create');
  });

  it('keeps an editor’s document a draft, out of the public list and reads', async () => {
    const response = await post(
      editorToken,
      doc({
        // A draft acting on a published document stays out of that document's public relations.
        relations: [{ kind: 'amends', target: decision }],
        number: '7/2026/CT-UBND',
        type: 'chi-thi',
        section: 'chi-dao-dieu-hanh',
        issuedOn: '2026-01-05',
        effectiveOn: null,
      }),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ status: 'draft', url: null });
    expect(response.json().relations).toEqual([
      expect.objectContaining({ kind: 'amends', direction: 'outgoing', id: decision }),
    ]);
    const id = response.json().id;
    expect((await t.app.inject({ url: `/api/v1/legal-documents/${id}` })).statusCode).toBe(404);
    expect((await list('?q=7/CT-UBND')).items).toEqual([]);
  });

  it('creates relations by number and by id, shown both ways', async () => {
    const created = await post(
      chiefToken,
      doc({
        type: 'nghi-quyet',
        number: '45/2024/NQ-HĐND',
        issuer: 'Hội đồng nhân dân tỉnh',
        section: 'chi-dao-dieu-hanh',
        level: 'province',
        fields: ['tai-chinh'],
        issuedOn: '2024-12-10',
        effectiveOn: '2025-01-01',
        summary: 'Nghị quyết về dự toán ngân sách năm 2025',
        publish: true,
      }),
    );
    expect(created.statusCode).toBe(201);
    resolution = created.json().id;
    const replacing = await post(
      chiefToken,
      doc({
        number: '200/2026/QĐ-UBND',
        issuedOn: '2026-01-10',
        effectiveOn: '2026-01-20',
        summary: 'Quy định mới về bảng giá đất',
        relations: [
          { kind: 'replaces', target: '123/QĐ-UBND' },
          { kind: 'based_on', target: resolution, note: 'Điều 3' },
        ],
        publish: true,
      }),
    );
    expect(replacing.statusCode).toBe(201);
    replacement = replacing.json().id;
    expect(replacing.json().relations).toEqual([
      expect.objectContaining({ kind: 'replaces', direction: 'outgoing', id: decision, name: 'Thay thế' }),
      expect.objectContaining({ kind: 'based_on', direction: 'outgoing', id: resolution, note: 'Điều 3' }),
    ]);
    const replaced = (await t.app.inject({ url: `/api/v1/legal-documents/${decision}` })).json();
    expect(replaced.relations).toEqual([
      expect.objectContaining({
        kind: 'replaces',
        direction: 'incoming',
        id: replacement,
        name: 'Bị thay thế bởi',
        number: '200/2026/QĐ-UBND',
        url: expect.stringContaining('/van-ban/'),
      }),
    ]);
    // Replaced on 2026-01-20, before the test's today: no longer in force.
    expect(replaced.validity.state).toBe('expired');
  });

  it('updates with the version (409 when stale), keeping relations not sent', async () => {
    const current = (await t.app.inject({ url: `/api/v1/legal-documents/${replacement}` })).json();
    const stored = await t.services.db
      .selectFrom('collection_items')
      .select('version')
      .where('id', '=', replacement)
      .executeTakeFirstOrThrow();
    const before = await counts();
    const stale = await patch(chiefToken, replacement, { summary: 'Khác', version: stored.version - 1 });
    expect(stale.statusCode).toBe(409);
    expect(await counts()).toEqual(before);
    const updated = await patch(chiefToken, replacement, {
      summary: 'Quy định bảng giá đất giai đoạn 2026–2030',
      version: stored.version,
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      summary: 'Quy định bảng giá đất giai đoạn 2026–2030',
      version: stored.version + 1,
      status: 'published',
    });
    expect(updated.json().relations).toEqual(current.relations);
    const audit = await t.services.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', String(replacement))
      .where('entity_type', '=', 'legal_document')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.action).toBe('legal_document.update');
    // PUT replaces the whole: relations not sent are removed.
    const put = await call(chiefToken, {
      method: 'PUT',
      url: `/api/v1/legal-documents/${replacement}`,
      payload: doc({
        number: '200/2026/QĐ-UBND',
        issuedOn: '2026-01-10',
        effectiveOn: '2026-01-20',
        summary: 'Quy định bảng giá đất giai đoạn 2026–2030',
        relations: [{ kind: 'replaces', target: decision }],
        version: stored.version + 1,
      }),
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().relations.map((r: { id: number }) => r.id)).toEqual([decision]);
  });
});

describe('legal documents API: roles', () => {
  it('lets an editor change a draft but not a published document, as the admin form does', async () => {
    const draft = await post(
      editorToken,
      doc({ number: '8/2026/KH-UBND', type: 'ke-hoach', issuedOn: '2026-01-08', effectiveOn: null }),
    );
    expect(draft.statusCode).toBe(201);
    const changed = await patch(editorToken, draft.json().id, {
      summary: 'Kế hoạch cải cách hành chính năm 2026',
      version: draft.json().version,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ status: 'draft', version: draft.json().version + 1 });
    const before = await counts();
    const published = (await t.app.inject({ url: `/api/v1/legal-documents/${resolution}` })).json();
    const version = (
      await t.services.db
        .selectFrom('collection_items')
        .select('version')
        .where('id', '=', resolution)
        .executeTakeFirstOrThrow()
    ).version;
    const forbidden = await patch(editorToken, resolution, { summary: 'Sửa trái phép', version }, '?lang=en');
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.message).toBe('You are not allowed to do this.');
    expect(await counts()).toEqual(before);
    expect((await t.app.inject({ url: `/api/v1/legal-documents/${resolution}` })).json().summary).toBe(
      published.summary,
    );
  });
});

describe('legal documents API: bad input refused, nothing written', () => {
  const refused = async (
    response: Awaited<ReturnType<typeof post>>,
    status: number,
    path: string,
    message?: string | RegExp,
  ) => {
    expect(response.statusCode).toBe(status);
    const error = response.json().error;
    const field = (error.fields as { path: string; message: string }[] | undefined)?.find(
      (entry) => entry.path === path,
    );
    expect(field, JSON.stringify(error)).toBeDefined();
    if (message) expect(field!.message).toMatch(message);
  };

  it('refuses each bad body with the field and a localised message', async () => {
    const before = await counts();
    const fresh = { number: '9/2026/QĐ-UBND', issuedOn: '2026-02-01', effectiveOn: '2026-02-10' };
    const nul = await post(chiefToken, doc({ ...fresh, summary: 'a\u0000b' }));
    expect(nul.statusCode).toBe(400);
    await refused(
      await post(chiefToken, doc({ ...fresh, effectiveOn: '2026-01-01' })),
      400,
      'effectiveOn',
      'Ngày có hiệu lực không được trước ngày ban hành.',
    );
    await refused(
      await post(chiefToken, doc({ ...fresh, effectiveOn: '2026-01-01' }), '/api/v1/legal-documents?lang=en'),
      400,
      'effectiveOn',
      'The date of entry into force cannot be before the date of issue.',
    );
    await refused(
      await call(chiefToken, {
        method: 'POST',
        url: '/api/v1/legal-documents',
        payload: doc({ ...fresh, effectiveOn: '2026-01-01' }),
        headers: { 'accept-language': 'zh' },
      }),
      400,
      'effectiveOn',
      '生效日期不得早于发布日期。',
    );
    await refused(await post(chiefToken, doc({ ...fresh, expiresOn: '2026-02-05' })), 400, 'expiresOn');
    await refused(await post(chiefToken, doc({ ...fresh, issuedOn: '2026-02-30' })), 400, 'issuedOn');
    // The same number from the same issuer in the same year: 409 with the existing one's address.
    await refused(
      await post(chiefToken, doc({ summary: 'Bản trùng số' })),
      409,
      'number',
      new RegExp(`/admin/legal-documents/${decision}$`),
    );
    await refused(await post(chiefToken, doc({ ...fresh, files: [9_999_999_999] })), 400, 'files.0');
    await refused(await post(chiefToken, doc({ ...fresh, files: [999_999] })), 400, 'files');
    await refused(
      await post(chiefToken, doc({ ...fresh, relations: [{ kind: 'amends', target: 2_147_483_648 }] })),
      400,
      'relations.0.target',
    );
    await refused(
      await post(chiefToken, doc({ ...fresh, relations: [{ kind: 'amends', target: 999_999 }] })),
      400,
      'relations.0.target',
    );
    await refused(
      await post(chiefToken, doc({ ...fresh, relations: [{ kind: 'amends', target: '1/2001/XX-YY' }] })),
      400,
      'relations.0.target',
    );
    await refused(
      await post(chiefToken, doc({ ...fresh, colour: 'đỏ' })),
      400,
      'colour',
      'Trường này không được hỗ trợ.',
    );
    await refused(await post(chiefToken, doc({ ...fresh, type: 'thư-tình' })), 400, 'type');
    expect(await counts()).toEqual(before);
  });

  it('refuses a relation to itself and a cycle of replacements on update', async () => {
    const before = await counts();
    const version = async (id: number) =>
      (
        await t.services.db
          .selectFrom('collection_items')
          .select('version')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).version;
    await refused(
      await patch(chiefToken, resolution, {
        relations: [{ kind: 'amends', target: resolution }],
        version: await version(resolution),
      }),
      400,
      'relations.0.target',
      'Văn bản không thể liên quan đến chính nó.',
    );
    // The replacement replaces the decision: the decision replacing it closes a cycle.
    await refused(
      await patch(chiefToken, decision, {
        relations: [{ kind: 'replaces', target: replacement }],
        version: await version(decision),
      }),
      400,
      'relations.0.target',
    );
    expect(await counts()).toEqual(before);
    const outOfRange = await patch(chiefToken, 1, { version: 1 }, '').then(() =>
      call(chiefToken, {
        method: 'PATCH',
        url: '/api/v1/legal-documents/99999999999',
        payload: { version: 1 },
      }),
    );
    expect(outOfRange.statusCode).toBe(400);
  });
});

describe('legal documents API: list and read', () => {
  it('finds a number however it is typed', async () => {
    for (const q of ['123/QĐ-UBND', '123/2025', 'qd-ubnd 123', '123 qđ ubnd', '123/2025/QĐ-UBND']) {
      const found = await list(`?q=${encodeURIComponent(q)}`);
      expect(
        found.items.map((item) => item.id),
        q,
      ).toEqual([decision]);
    }
    // Words of the summary when no number answers.
    expect((await list(`?q=${encodeURIComponent('dự toán ngân sách')}`)).items.map((i) => i.id)).toEqual([
      resolution,
    ]);
  });

  it('filters as the public list does, sorted by date of issue, paged', async () => {
    const ids = async (query: string) => (await list(query)).items.map((item) => item.id);
    expect(await ids('')).toEqual([replacement, decision, resolution]);
    expect(await ids('?type=nghi-quyet')).toEqual([resolution]);
    expect(await ids('?section=chi-dao-dieu-hanh')).toEqual([resolution]);
    expect(await ids(`?issuer=${encodeURIComponent('hoi dong nhan dan tinh')}`)).toEqual([resolution]);
    expect(await ids('?level=commune')).toEqual([]);
    expect(await ids('?field=dat-dai')).toEqual([replacement, decision]);
    expect(await ids('?year=2025')).toEqual([decision]);
    expect(await ids('?validity=expired')).toEqual([decision]);
    expect(await ids('?validity=in_force&field=dat-dai')).toEqual([replacement]);
    const paged = await list('?perPage=1&page=2');
    expect(paged).toMatchObject({ total: 3, totalPages: 3, page: 2, perPage: 1 });
    expect(paged.items.map((item) => item.id)).toEqual([decision]);
    const tooMany = await t.app.inject({ url: '/api/v1/legal-documents?perPage=1000' });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.fields[0].path).toBe('perPage');
    expect((await t.app.inject({ url: '/api/v1/legal-documents?validity=maybe' })).statusCode).toBe(400);
    // Only published translations are listed in another language.
    expect(await ids('?lang=en')).toEqual([]);
    expect((await t.app.inject({ url: `/api/v1/legal-documents/${decision}?lang=en` })).statusCode).toBe(404);
  });

  it('answers per site, by Host', async () => {
    await createSite(t.services.db, { hostnames: ['xa-an-binh.lachong.gov.vn'] });
    await t.services.sites.reload();
    expect((await list('', 'xa-an-binh.lachong.gov.vn')).items).toEqual([]);
    const other = await t.app.inject({
      url: `/api/v1/legal-documents/${decision}`,
      headers: { host: 'xa-an-binh.lachong.gov.vn' },
    });
    expect(other.statusCode).toBe(404);
  });
});

describe('legal documents API: OpenAPI', () => {
  it('documents the list, the read and the writes with their scope', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    const list = doc.paths['/api/v1/legal-documents'];
    const one = doc.paths['/api/v1/legal-documents/{id}'];
    expect(Object.keys(list).sort()).toEqual(['get', 'post']);
    expect(Object.keys(one).sort()).toEqual(['get', 'patch', 'put']);
    expect(list.get.security).toEqual([]);
    expect(list.get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining([
        'q',
        'section',
        'type',
        'issuer',
        'level',
        'field',
        'year',
        'validity',
        'page',
        'perPage',
        'lang',
      ]),
    );
    expect(list.post.security[0]).toEqual({ bearerAuth: ['legal-documents:write'] });
    expect(Object.keys(list.post.requestBody.content['application/json'].schema.properties)).toEqual(
      expect.arrayContaining(['number', 'issuedOn', 'relations', 'files', 'publish']),
    );
    expect(one.patch.responses['409']).toBeDefined();
  });
});
