import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImport, runImport } from '../../src/modules/legal-documents/import/job.ts';
import { parseList } from '../../src/modules/legal-documents/import/rows.ts';
import { readXlsx, writeCsv, writeXlsx } from '../../src/modules/legal-documents/import/sheet.ts';
import { outboxSettled } from '../../src/platform/outbox.ts';
import { type Client, createStaff, csrfToken, loginAs } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { deflatedZip, docx, pdf } from '../media-fixtures.ts';

/** The bulk import of the legal documents registry (issue 14), on the engine the suite runs. */

let t: TestApp;
let siteId: number;
let chief: Client;
let chiefId: number;
const BASE = '/admin/legal-documents/import';

beforeAll(async () => {
  t = await createTestApp({ scheduler: false });
  siteId = await defaultSiteId(t.services.db);
  const staff = await createStaff(t.services, 'chief_editor', siteId);
  chiefId = staff.id;
  chief = await loginAs(t.app, staff);
});
afterAll(async () => t?.close());

const HEADER = [
  'Loại văn bản',
  'Số ký hiệu',
  'Nhóm văn bản',
  'Cơ quan ban hành',
  'Cấp ban hành',
  'Người ký',
  'Chức vụ',
  'Ngày ban hành',
  'Ngày có hiệu lực',
  'Ngày hết hiệu lực',
  'Lĩnh vực',
  'Trích yếu',
  'Tệp đính kèm',
  'Văn bản liên quan',
];

const row = (over: Partial<Record<string, string>> = {}) => {
  const base: Record<string, string> = {
    'Loại văn bản': 'Quyết định',
    'Số ký hiệu': '21/2026/QĐ-UBND',
    'Nhóm văn bản': 'van ban quy pham phap luat',
    'Cơ quan ban hành': 'Ủy ban nhân dân tỉnh',
    'Cấp ban hành': 'Tỉnh',
    'Người ký': 'Lê Thị Hoa',
    'Chức vụ': 'Phó Chủ tịch',
    'Ngày ban hành': '05/01/2026',
    'Ngày có hiệu lực': '2026-01-15',
    'Ngày hết hiệu lực': '',
    'Lĩnh vực': 'Đất đai; tai chinh – ngan sach',
    'Trích yếu': 'Quy định hạn mức giao đất ở tại nông thôn',
    'Tệp đính kèm': '',
    'Văn bản liên quan': '',
    ...over,
  };
  return HEADER.map((name) => base[name] ?? '');
};

/** A multipart body of the import form: CSRF first, then the files, then the button. */
function multipart(fields: {
  csrf?: string;
  list?: { name: string; bytes: Buffer };
  zip?: { name: string; bytes: Buffer };
  action: 'check' | 'run';
}) {
  const boundary = '----dinh-import-test';
  const parts: Buffer[] = [];
  const field = (name: string, value: string) =>
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  const file = (name: string, f: { name: string; bytes: Buffer }) => {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      f.bytes,
      Buffer.from('\r\n'),
    );
  };
  if (fields.csrf) field('_csrf', fields.csrf);
  if (fields.list) file('list', fields.list);
  if (fields.zip) file('files', fields.zip);
  field('action', fields.action);
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function send(client: Client, fields: Parameters<typeof multipart>[0], withCsrf = true) {
  const page = await client.get(BASE);
  const body = multipart({ ...fields, ...(withCsrf ? { csrf: csrfToken(page.body) } : {}) });
  return client.request({
    method: 'POST',
    url: BASE,
    payload: body.payload,
    headers: { 'content-type': body.contentType },
  });
}

const count = async (table: 'collection_items' | 'media' | 'legal_documents') =>
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
  media: await count('media'),
  side: await count('legal_documents'),
});
async function storedFiles(): Promise<string[]> {
  try {
    return (await readdir(t.services.mediaDir, { recursive: true })).map(String).sort();
  } catch {
    return [];
  }
}

describe('legal documents bulk import', () => {
  it('is for editors only: anonymous to the login, a contributor 403, a forged form refused', async () => {
    const anonymous = await t.app.inject({ url: BASE, headers: { host: 'localhost' } });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toContain('/admin/login');
    const contributor = await loginAs(t.app, await createStaff(t.services, 'contributor', siteId));
    expect((await contributor.get(BASE)).statusCode).toBe(403);
    expect((await contributor.get(`${BASE}/template.xlsx`)).statusCode).toBe(403);
    const before = await counts();
    const forged = await send(
      chief,
      { list: { name: 'ds.csv', bytes: writeCsv([HEADER, row()]) }, action: 'run' },
      false,
    );
    expect(forged.statusCode).toBe(403);
    expect(await counts()).toEqual(before);
    // The list links to the import.
    expect((await chief.get('/admin/legal-documents')).body).toContain(`href="${BASE}"`);
  });

  it('offers the templates, which read back cleanly', async () => {
    const page = await chief.get(BASE);
    expect(page.body).toContain('Tệp danh sách (XLSX hoặc CSV)');
    expect(page.body).toContain('Tệp đính kèm (ZIP)');
    const xlsx = await chief.get(`${BASE}/template.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('.xlsx');
    const sheet = readXlsx(xlsx.rawPayload);
    expect(sheet.ok && sheet.rows[0]?.[1]).toBe('Số ký hiệu');
    const csv = await chief.get(`${BASE}/template.csv`);
    expect(csv.body).toContain('Loại văn bản,Số ký hiệu');
    const before = await counts();
    for (const list of [
      { name: 'mẫu.xlsx', bytes: xlsx.rawPayload },
      { name: 'mẫu.csv', bytes: csv.rawPayload },
    ]) {
      const checked = await send(chief, { list, action: 'check' });
      expect(checked.statusCode).toBe(200);
      expect(checked.body).toContain('Không có lỗi: 1 văn bản sẵn sàng để nhập');
    }
    expect(await counts()).toEqual(before);
  });

  it('reads real Excel dates and names without diacritics', () => {
    const parsed = parseList(
      [HEADER, row({ 'Ngày ban hành': 46027 as unknown as string, 'Cấp ban hành': 'TINH' })],
      new Set(),
      'vi',
    );
    expect(parsed.ok && parsed.rows[0]?.raw.issued_on).toBe('2026-01-05');
    expect(parsed.ok && parsed.rows[0]?.raw.level).toBe('province');
    expect(parsed.ok && parsed.problems).toEqual([]);
  });

  it('dry run lists every row’s problems by row and column and writes nothing; fixed, it imports', async () => {
    const zip = deflatedZip({ 'qd-21.pdf': pdf(), 'tài liệu/hướng dẫn.docx': docx('Hướng dẫn thi hành') });
    const good = row({ 'Tệp đính kèm': 'qd-21.pdf' });
    const second = row({
      'Số ký hiệu': '22/2026/QĐ-UBND',
      'Trích yếu': 'Bãi bỏ quy định hạn mức cũ',
      'Tệp đính kèm': 'hướng dẫn.docx',
      'Văn bản liên quan': 'căn cứ: 21/2026/QĐ-UBND',
    });
    const bad = row({
      'Loại văn bản': 'Sắc lệnh',
      'Số ký hiệu': '21/2026/QĐ-UBND',
      'Ngày ban hành': '31/02/2026',
      'Trích yếu': '',
      'Tệp đính kèm': 'không-có.pdf',
      'Văn bản liên quan': 'bãi bỏ: 999/2001/QĐ-UBND',
    });
    const datesOut = row({ 'Số ký hiệu': '23/2026/QĐ-UBND', 'Ngày có hiệu lực': '01/01/2026' });
    const duplicate = row({ 'Trích yếu': 'Trùng số' });
    const before = await counts();
    const files = await storedFiles();
    const refused = await send(chief, {
      list: {
        name: 'danh sách.xlsx',
        bytes: writeXlsx([HEADER, good, second, bad, datesOut, duplicate], 'DS'),
      },
      zip: { name: 'tệp.zip', bytes: zip },
      action: 'run',
    });
    expect(refused.statusCode).toBe(422);
    const body = refused.body;
    expect(body).toContain('chưa có gì được lưu');
    expect(body).toMatch(
      /<td>4<\/td><td>Loại văn bản<\/td><td>Không có giá trị “Sắc lệnh” trong danh mục.<\/td>/,
    );
    expect(body).toMatch(/<td>4<\/td><td>Ngày ban hành<\/td><td>Ngày “31\/02\/2026” không hợp lệ/);
    expect(body).toMatch(/<td>4<\/td><td>Trích yếu<\/td><td>Chưa điền.<\/td>/);
    expect(body).toMatch(
      /<td>4<\/td><td>Tệp đính kèm<\/td><td>Không có tệp “không-có.pdf” trong tệp ZIP.<\/td>/,
    );
    expect(body).toMatch(/<td>5<\/td><td>Ngày có hiệu lực<\/td>/);
    expect(body).toMatch(/<td>6<\/td><td>Số ký hiệu<\/td>/);
    expect(await counts()).toEqual(before);
    expect(await storedFiles()).toEqual(files);

    // Fixed: the bad rows go, the import runs as a job.
    const done = await send(chief, {
      list: { name: 'danh sách.xlsx', bytes: writeXlsx([HEADER, good, second], 'DS') },
      zip: { name: 'tệp.zip', bytes: zip },
      action: 'run',
    });
    expect(done.statusCode).toBe(303);
    const progressUrl = String(done.headers.location);
    expect(progressUrl).toMatch(/\/admin\/legal-documents\/import\/\d+$/);
    await outboxSettled();
    const progress = await chief.get(progressUrl);
    expect(progress.body).toContain('Đã nhập 2 văn bản.');
    const after = await counts();
    expect(after.side).toBe(before.side + 2);
    expect(after.media).toBe(before.media + 2);
    const audit = await t.services.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'legal_document.import')
      .execute();
    expect(audit).toHaveLength(1);
    const list = await t.app.inject({ url: '/van-ban?q=21%2F2026', headers: { host: 'localhost' } });
    expect(list.body).toContain('21/2026/QĐ-UBND');
    const item = await t.services.db
      .selectFrom('collection_items')
      .select(['slug', 'data'])
      .where('title', '=', 'Bãi bỏ quy định hạn mức cũ')
      .executeTakeFirstOrThrow();
    const fileId = (JSON.parse(item.data) as { files: number[] }).files[0];
    const download = await t.app.inject({
      url: `/van-ban/${item.slug}/tep/${fileId}`,
      headers: { host: 'localhost' },
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain(encodeURIComponent('hướng dẫn.docx'));
    const relation = await t.services.db.selectFrom('legal_document_relations').select('kind').execute();
    expect(relation.map((r) => r.kind)).toContain('based_on');
  });

  it('is all or nothing when a row fails at run time: no document, no media row, no file', async () => {
    const rows = [
      row({ 'Số ký hiệu': '31/2026/QĐ-UBND', 'Tệp đính kèm': 'a.pdf' }),
      row({ 'Số ký hiệu': '32/2026/QĐ-UBND', 'Trích yếu': 'Văn bản thứ hai' }),
    ];
    const parsed = parseList([HEADER, ...rows], new Set(['a.pdf']), 'vi');
    if (!parsed.ok) throw new Error('unexpected');
    const actor = { actorId: chiefId, actorLabel: 'test', ip: '127.0.0.1', role: 'chief_editor' as const };
    const id = await createImport(t.services, {
      siteId,
      actor,
      lang: 'vi',
      fileName: 'ds.csv',
      rows: parsed.rows,
      archive: new Map([['a.pdf', pdf()]]),
      start: false,
    });
    // Meanwhile an editor enters the second row's number by hand.
    const conflict = await createImport(t.services, {
      siteId,
      actor,
      lang: 'vi',
      fileName: 'tay.csv',
      rows: [parsed.rows[1]!],
      archive: new Map(),
      start: false,
    });
    await runImport(t.services, conflict);
    const before = await counts();
    await runImport(t.services, id);
    expect(await counts()).toEqual(before);
    const failed = await t.services.db
      .selectFrom('legal_document_imports')
      .select(['status', 'error'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(failed.status).toBe('failed');
    expect(failed.error).toContain('Dòng 3, Số ký hiệu');
    expect((await storedFiles()).some((file) => file.includes('.part-'))).toBe(false);
    const page = await chief.get(`${BASE}/${id}`);
    expect(page.body).toContain('Nhập không thành công, không văn bản nào được lưu');
  });

  it('refuses path tricks in the ZIP, a fake XLSX, an empty sheet and too many rows, in Vietnamese', async () => {
    const before = await counts();
    const files = await storedFiles();
    const list = { name: 'ds.csv', bytes: writeCsv([HEADER, row({ 'Tệp đính kèm': 'evil.pdf' })]) };
    for (const name of ['../evil.pdf', '/etc/evil.pdf']) {
      const response = await send(chief, {
        list,
        zip: { name: 'tệp.zip', bytes: deflatedZip({ [name]: pdf() }) },
        action: 'run',
      });
      expect(response.statusCode).toBe(422);
      expect(response.body).toContain('tên tệp không an toàn');
    }
    const fake = await send(chief, { list: { name: 'ds.xlsx', bytes: pdf() }, action: 'check' });
    expect(fake.body).toContain('không phải bảng tính Excel');
    const empty = await send(chief, {
      list: { name: 'ds.xlsx', bytes: writeXlsx([], 'DS') },
      action: 'check',
    });
    expect(empty.body).toContain('Danh sách không có dòng văn bản nào.');
    const many = Array.from({ length: 5001 }, (_, i) => row({ 'Số ký hiệu': `${i + 1}/2026/QĐ-UBND` }));
    const tooMany = await send(chief, {
      list: { name: 'ds.csv', bytes: writeCsv([HEADER, ...many]) },
      action: 'check',
    });
    expect(tooMany.body).toContain('vượt quá giới hạn 5000 dòng');
    const bomb = await send(chief, {
      list,
      zip: { name: 'bom.zip', bytes: deflatedZip({ 'evil.pdf': Buffer.alloc(20 * 1024 * 1024) }) },
      action: 'check',
    });
    expect(bomb.body).toContain('nén bất thường');
    const huge = await send(chief, {
      list: { name: 'ds.csv', bytes: Buffer.alloc(11 * 1024 * 1024, 0x61) },
      action: 'check',
    });
    expect(huge.statusCode).toBe(422);
    expect(huge.body).toContain('Tệp quá lớn (tối đa 10 MB).');
    expect(await counts()).toEqual(before);
    expect(await storedFiles()).toEqual(files);
  });
});
