import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxSettled } from '../../src/platform/outbox.ts';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import { createSite, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { createApiToken, pdf, uploadForm } from '../media-fixtures.ts';

/**
 * The registry's editing aids and public extras (issue 14): the admin's suggestions for issuers,
 * signers and related documents; an editor's override of the validity; the English and Chinese
 * lists; downloads with the Vietnamese file name; the print view; the API list's bad filters.
 */

let t: TestApp;
let siteId: number;
let chief: Client;
let editor: Client;
let contributor: Client;
let mediaToken: string;

beforeAll(async () => {
  // The real clock: the outbox's purges are stamped with it (a clock set in the past would hold them).
  t = await createTestApp({ scheduler: false });
  siteId = await defaultSiteId(t.services.db);
  const chiefUser = await createStaff(t.services, 'chief_editor', siteId);
  chief = await loginAs(t.app, chiefUser);
  editor = await loginAs(t.app, await createStaff(t.services, 'editor', siteId));
  contributor = await loginAs(t.app, await createStaff(t.services, 'contributor', siteId));
  mediaToken = await createApiToken(t.services, { siteId, userId: chiefUser.id, scopes: ['media:write'] });
});
afterAll(async () => t?.close());

const doc = (overrides: Record<string, string>) => ({
  'd.doc_type': 'quyet-dinh',
  'd.section': 'quy-pham-phap-luat',
  'd.issuer': 'UBND tỉnh Lạc Hồng',
  'd.level': 'province',
  'd.signer': 'Trần Văn An',
  'd.signer_title': 'Chủ tịch',
  'd.issued_on': '2025-06-10',
  'd.effective_on': '2025-06-20',
  'd.expires_on': '',
  'd.fields': 'dat-dai',
  'd.full_text': '',
  'd.validity_override': '',
  'd.validity_reason': '',
  ...overrides,
});
const idFrom = (location: unknown) => Number(/\/admin\/legal-documents\/(\d+)/.exec(String(location))?.[1]);

async function createPublished(fields: Record<string, string>): Promise<number> {
  const created = await chief.submit('/admin/legal-documents/new', '/admin/legal-documents', doc(fields));
  expect(created.statusCode, created.body).toBe(303);
  const id = idFrom(created.headers.location);
  const published = await chief.submit(
    `/admin/legal-documents/${id}`,
    `/admin/legal-documents/${id}/transition`,
    {
      action: 'publish',
    },
  );
  expect(published.statusCode).toBe(303);
  return id;
}
const itemOf = (id: number) =>
  t.services.db
    .selectFrom('collection_items')
    .select(['slug', 'version', 'data'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
const save = async (id: number, fields: Record<string, string>) =>
  chief.submit(`/admin/legal-documents/${id}`, `/admin/legal-documents/${id}`, {
    ...fields,
    version: String((await itemOf(id)).version),
  });
const lookup = async (client: Client, query: string) => {
  const response = await client.get(`/admin/legal-documents/lookup?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return JSON.parse(response.body).items as { value: string; detail?: string; id?: number; title?: string }[];
};

let decision: number;
let sameNumber: number;
let plan: number;

describe('suggestions in the document form', () => {
  it('suggests issuers and signers the site already names, folded, distinct, with the signer’s one position', async () => {
    decision = await createPublished({ 'd.number': '123/2025/QĐ-UBND', 'd.title': 'Quy định bảng giá đất' });
    // The same number from another issuer: allowed, and told apart by id when picked.
    sameNumber = await createPublished({
      'd.number': '123/2025/QĐ-UBND',
      'd.issuer': 'Sở Tài chính tỉnh Lạc Hồng',
      'd.level': 'department',
      'd.signer': 'Lê Thị Bình',
      'd.signer_title': 'Phó Giám đốc',
      'd.title': 'Hướng dẫn thu phí thẩm định giá',
    });
    plan = await createPublished({
      'd.doc_type': 'ke-hoach',
      'd.number': '45/KH-UBND',
      'd.issued_on': '2026-01-05',
      'd.effective_on': '2026-01-05',
      'd.signer': 'Lê Thị Bình',
      'd.signer_title': 'Giám đốc',
      'd.title': 'Kế hoạch cải cách hành chính năm 2026',
    });
    // Another site's issuer is not suggested here.
    const other = await createSite(t.services.db, { hostnames: ['xa-binh-an.lachong.gov.vn'] });
    await insertForeignDocument(other);

    expect(await lookup(editor, `field=issuer&q=${encodeURIComponent('ubnd tinh')}`)).toEqual([
      { value: 'UBND tỉnh Lạc Hồng' },
    ]);
    expect((await lookup(editor, 'field=issuer&q=LAC+HONG')).map((item) => item.value)).toEqual([
      'Sở Tài chính tỉnh Lạc Hồng',
      'UBND tỉnh Lạc Hồng',
    ]);
    expect(await lookup(editor, `field=issuer&q=${encodeURIComponent('xã Bình An')}`)).toEqual([]);
    // "%" is a letter, not a wildcard.
    expect(await lookup(editor, 'field=issuer&q=%25')).toEqual([]);
    // One position fills chức vụ; a signer with two positions fills none.
    expect(await lookup(editor, 'field=signer&q=tran+van')).toEqual([
      { value: 'Trần Văn An', title: 'Chủ tịch' },
    ]);
    expect(await lookup(editor, `field=signer&q=${encodeURIComponent('bình')}`)).toEqual([
      { value: 'Lê Thị Bình' },
    ]);
  });

  it('suggests documents by number as typed, with the summary and the id', async () => {
    const found = await lookup(editor, `q=${encodeURIComponent('123/QĐ')}`);
    expect(found.map((item) => item.id).sort()).toEqual([decision, sameNumber].sort());
    expect(found.find((item) => item.id === decision)).toEqual({
      value: '123/2025/QĐ-UBND',
      detail: 'Quy định bảng giá đất',
      id: decision,
    });
    expect((await lookup(editor, 'field=number&q=45%2Fkh')).map((item) => item.id)).toEqual([plan]);
    expect(await lookup(editor, 'field=number&q=')).toEqual([]);
  });

  it('keeps the lookup to staff who edit documents, and refuses an unknown field', async () => {
    const anonymous = await t.app.inject({ url: '/admin/legal-documents/lookup?field=issuer&q=ubnd' });
    expect(anonymous.statusCode).toBe(303);
    expect((await contributor.get('/admin/legal-documents/lookup?field=signer&q=tran')).statusCode).toBe(403);
    const unknown = await editor.get('/admin/legal-documents/lookup?field=password&q=a');
    expect(unknown.statusCode).toBe(400);
  });

  it('renders the form’s hooks for the script, and resolves a picked document by its id', async () => {
    const form = await chief.get(`/admin/legal-documents/${plan}`);
    expect(form.body).toContain('data-lookup="/admin/legal-documents/lookup"');
    expect(form.body).toMatch(/<script type="module" src="\/assets\/legal-lookup\.[0-9a-f]{8}\.js"/);
    expect(form.body).toContain('data-lookup-field="number"');
    expect(form.body).toContain('name="rel.id.0"');
    // Typed without a pick, a number two issuers share is ambiguous; picked, it is that document.
    const typed = await save(plan, {
      ...planFields(),
      'rel.kind.0': 'based_on',
      'rel.target.0': '123/2025/QĐ-UBND',
    });
    expect(typed.statusCode).toBe(400);
    expect(typed.body).toContain('aria-invalid="true"');
    const picked = await save(plan, {
      ...planFields(),
      'rel.kind.0': 'based_on',
      'rel.target.0': '123/2025/QĐ-UBND',
      'rel.id.0': String(sameNumber),
    });
    expect(picked.statusCode, picked.body).toBe(303);
    expect(await targetsOf(plan)).toEqual([sameNumber]);
    // A stale id beside a number typed afresh: the number wins.
    const retyped = await save(plan, {
      ...planFields(),
      'rel.kind.0': 'based_on',
      'rel.target.0': '45/KH-UBND',
      'rel.id.0': String(sameNumber),
    });
    expect(retyped.statusCode).toBe(400);
    expect(await targetsOf(plan)).toEqual([sameNumber]);
    // The stored relation comes back with its id, so saving again keeps it.
    const again = await chief.get(`/admin/legal-documents/${plan}`);
    expect(again.body).toContain(`name="rel.id.0" id="f-rel-id-0" value="${sameNumber}"`);
  });
});

const planFields = () =>
  doc({
    'd.doc_type': 'ke-hoach',
    'd.number': '45/KH-UBND',
    'd.issued_on': '2026-01-05',
    'd.effective_on': '2026-01-05',
    'd.signer': 'Lê Thị Bình',
    'd.signer_title': 'Giám đốc',
    'd.title': 'Kế hoạch cải cách hành chính năm 2026',
  });
const targetsOf = async (id: number) =>
  (
    await t.services.db
      .selectFrom('legal_document_relations')
      .select('target_id')
      .where('source_id', '=', id)
      .execute()
  ).map((row) => row.target_id);

/** A document of another site, written as the store writes one (the lookup must not see it). */
async function insertForeignDocument(otherSite: number) {
  const stamp = new Date().toISOString();
  const { id } = await t.services.db
    .insertInto('collection_items')
    .values({
      site_id: otherSite,
      type: 'legal_document',
      lang: 'vi',
      source_id: null,
      source_version: null,
      stale_since: null,
      title: 'Quyết định của xã',
      slug: 'quyet-dinh-cua-xa',
      status: 'published',
      data: JSON.stringify({ signer_title: 'Chủ tịch' }),
      published_at: stamp,
      created_by: null,
      created_at: stamp,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.services.db
    .insertInto('legal_documents')
    .values({
      item_id: id,
      site_id: otherSite,
      type_code: 'quyet-dinh',
      section_code: 'quy-pham-phap-luat',
      number_text: '9/2025/QĐ-UBND',
      number_serial: '9',
      number_year: 2025,
      number_symbol: 'qd-ubnd',
      issuer: 'UBND xã Bình An',
      issuer_plain: 'ubnd xa binh an',
      level: 'commune',
      signer: 'Trần Văn Xã',
      issued_on: '2025-01-01',
      issued_year: 2025,
      effective_on: null,
      expires_on: null,
      summary_plain: 'quyet dinh cua xa',
      validity: 'in_force',
      validity_changes_on: null,
      validity_next: null,
      validity_override: null,
      override_reason: '',
      published: 1,
      updated_at: stamp,
    })
    .execute();
}

describe('an editor’s override of the validity', () => {
  const reason = 'Trung ương đã bãi bỏ nội dung này tại Nghị định mới';

  it('needs a reason, is audited, shows publicly, and removing it restores the computed state', async () => {
    const page = async () => t.app.inject({ url: `/van-ban/${(await itemOf(decision)).slug}` });
    const api = async () => (await t.app.inject({ url: `/api/v1/legal-documents/${decision}` })).json();
    const fields = doc({ 'd.number': '123/2025/QĐ-UBND', 'd.title': 'Quy định bảng giá đất' });
    expect((await page()).body).toContain('Còn hiệu lực');
    const before = await t.services.db.selectFrom('audit_log').select('id').execute();

    const noReason = await save(decision, { ...fields, 'd.validity_override': 'expired' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('aria-invalid="true"');
    expect((await t.services.db.selectFrom('audit_log').select('id').execute()).length).toBe(before.length);

    const overridden = await save(decision, {
      ...fields,
      'd.validity_override': 'expired',
      'd.validity_reason': reason,
    });
    expect(overridden.statusCode, overridden.body).toBe(303);
    const entry = await t.services.db
      .selectFrom('audit_log')
      .select(['action', 'after', 'before', 'actor_label'])
      .where('entity_id', '=', String(decision))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry.action).toBe('legal_document.update');
    expect(JSON.parse(String(entry.after)).data).toMatchObject({
      validity_override: 'expired',
      validity_reason: reason,
    });
    expect(JSON.parse(String(entry.before)).data.validity_override ?? null).toBeNull();
    await outboxSettled();
    const shown = (await page()).body;
    expect(shown).toContain('Hết hiệu lực toàn bộ');
    expect(shown).toContain(`Hiệu lực do biên tập viên xác định: ${reason}`);
    expect((await api()).validity.state).toBe('expired');
    const list = await t.app.inject({ url: '/van-ban?validity=expired' });
    expect(list.body).toContain('>123/2025/QĐ-UBND</a>');

    const restored = await save(decision, fields);
    expect(restored.statusCode).toBe(303);
    await outboxSettled();
    const back = (await page()).body;
    expect(back).toContain('Còn hiệu lực');
    expect(back).not.toContain(reason);
    expect((await api()).validity.state).toBe('in_force');
  });
});

describe('the English and Chinese lists', () => {
  it('list published translations with the filters in that language, and not untranslated documents', async () => {
    for (const [lang, title, listPath, words] of [
      [
        'en',
        'Regulation on land prices',
        '/en/legal-documents',
        ['Keywords or number', 'Issuer', 'Validity', 'In force'],
      ],
      ['zh', '土地价格规定', '/zh/legal-documents', ['关键词或文号', '发布机关', '效力', '有效']],
    ] as const) {
      const made = await chief.submit(
        `/admin/legal-documents/${decision}`,
        `/admin/legal-documents/${decision}/translations`,
        {
          lang,
        },
      );
      expect(made.statusCode, made.body).toBe(303);
      const translation = idFrom(made.headers.location);
      const saved = await chief.submit(
        `/admin/legal-documents/${translation}`,
        `/admin/legal-documents/${translation}`,
        {
          'd.title': title,
          'd.full_text': '',
          version: String((await itemOf(translation)).version),
        },
      );
      expect(saved.statusCode, saved.body).toBe(303);
      const published = await chief.submit(
        `/admin/legal-documents/${translation}`,
        `/admin/legal-documents/${translation}/transition`,
        { action: 'publish' },
      );
      expect(published.statusCode).toBe(303);
      await outboxSettled();
      const page = await t.app.inject({ url: listPath });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(`<html lang="${lang === 'zh' ? 'zh-Hans' : 'en'}"`);
      expect(page.body).toContain(title);
      expect(page.body).toContain('123/2025/QĐ-UBND');
      for (const word of words) expect(page.body, `${lang}: ${word}`).toContain(word);
      // Not translated: not listed in that language.
      expect(page.body).not.toContain('45/KH-UBND');
      expect(page.body).not.toContain('Quy định bảng giá đất');
      const filtered = await t.app.inject({ url: `${listPath}?validity=expired` });
      expect(filtered.body).not.toContain('123/2025/QĐ-UBND');
    }
  });
});

describe('downloads and the print view', () => {
  it('sends the Vietnamese file name (RFC 6266 filename*) with an ASCII fallback', async () => {
    const upload = await t.app.inject({
      method: 'POST',
      url: '/api/v1/media',
      headers: { authorization: `Bearer ${mediaToken}`, host: 'localhost' },
      payload: uploadForm([
        { name: 'Quyết định số 7 về đất đai.pdf', bytes: pdf(), type: 'application/pdf' },
      ]),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const fileId = upload.json().items[0].id as number;
    const id = await createPublished({
      'd.number': '7/2026/QĐ-UBND',
      'd.issued_on': '2026-02-01',
      'd.effective_on': '2026-02-15',
      'd.title': 'Quy định hạn mức giao đất ở',
      'd.files': String(fileId),
      'd.full_text': '',
    });
    const slug = (await itemOf(id)).slug;
    const page = await t.app.inject({ url: `/van-ban/${slug}` });
    const href = `/van-ban/${slug}/tep/${fileId}`;
    expect(page.body).toContain(`href="${href}"`);
    const download = await t.app.inject({ url: href });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Quyet dinh so 7 ve dat dai.pdf"; filename*=UTF-8''${encodeURIComponent('Quyết định số 7 về đất đai.pdf')}`,
    );
    expect(download.rawPayload.equals(pdf())).toBe(true);
    // Not a file of this document.
    expect(
      (await t.app.inject({ url: `/van-ban/${(await itemOf(plan)).slug}/tep/${fileId}` })).statusCode,
    ).toBe(404);

    // The print view: a button the script reveals, and each file's full address for paper.
    expect(page.body).toMatch(
      /<button type="button" class="legal-print" data-print="true" hidden>In văn bản<\/button>/,
    );
    expect(page.body).toMatch(/<script type="module" src="\/assets\/legal-print\.[0-9a-f]{8}\.js"/);
    expect(page.body).toContain(`<span class="print-only"> http://localhost:3000${href}</span>`);
  });
});

describe('the API list’s bad filters', () => {
  it('refuses each bad value with 400, naming the parameter, in the caller’s language', async () => {
    for (const query of [
      'section=khong-co',
      'type=sac-lenh',
      'level=galaxy',
      'field=xyz',
      'year=20x5',
      'year=1850',
      'validity=maybe',
    ]) {
      const vi = await t.app.inject({ url: `/api/v1/legal-documents?${query}` });
      expect(vi.statusCode, query).toBe(400);
      const [parameter] = query.split('=');
      expect(
        vi.json().error.fields.map((f: { path: string }) => f.path),
        query,
      ).toEqual([parameter]);
      const en = await t.app.inject({
        url: `/api/v1/legal-documents?${query}`,
        headers: { 'accept-language': 'en' },
      });
      expect(en.statusCode).toBe(400);
      expect(en.json().error.message).not.toBe(vi.json().error.message);
    }
    const long = await t.app.inject({ url: `/api/v1/legal-documents?issuer=${'a'.repeat(201)}` });
    expect(long.statusCode).toBe(400);
    // Each good filter of the public list is accepted and narrows.
    const issuer = await t.app.inject({
      url: `/api/v1/legal-documents?issuer=${encodeURIComponent('so tai chinh tinh lac hong')}`,
    });
    expect(issuer.json().items.map((item: { id: number }) => item.id)).toEqual([sameNumber]);
    const q = await t.app.inject({
      url: `/api/v1/legal-documents?q=${encodeURIComponent('45 kh ubnd')}&year=2026&type=ke-hoach`,
    });
    expect(q.json().items.map((item: { id: number }) => item.id)).toEqual([plan]);
  });
});
