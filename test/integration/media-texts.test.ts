import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compoundFile, legacyWordFile, wordStreams } from '../../src/demo/doc-writer.ts';
import { demoDocumentFile } from '../../src/demo/document-files.ts';
import { mediaTexts, queueMissingTexts } from '../../src/modules/media/text-extract/media-texts.ts';
import { outboxSettled } from '../../src/platform/outbox.ts';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import {
  createApiToken,
  deflatedZip,
  docxParts,
  filesBelow,
  type UploadFile,
  uploadForm,
} from '../media-fixtures.ts';

/**
 * Files are searched (issue 14): the text of an uploaded PDF or DOCX is read after the upload
 * commits, in an isolated worker, and stored per file; the admin shows the state. Bad files
 * (a scan, a truncated PDF) are accepted but flagged; hostile uploads are refused whole.
 */

let t: TestApp;
let token: string;
let editor: Client;

beforeAll(async () => {
  t = await createTestApp();
  const siteId = await defaultSiteId(t.services.db);
  const user = await createStaff(t.services, 'editor', siteId);
  editor = await loginAs(t.app, user);
  token = await createApiToken(t.services, { siteId, userId: user.id, scopes: ['media:write'] });
});
afterAll(async () => t?.close());

function post(files: UploadFile[], language = 'vi') {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/media',
    headers: { authorization: `Bearer ${token}`, host: 'localhost', 'accept-language': language },
    payload: uploadForm(files),
  });
}

const mediaCount = async () =>
  Number(
    (
      await t.services.db
        .selectFrom('media')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const storedFiles = () => filesBelow(path.join(t.dataDir, 'media'));

const TITLE = 'QUYẾT ĐỊNH về việc tiếp nhận hồ sơ qua bưu chính công ích';
const PHRASE = 'Nhân viên bưu điện văn hóa xã được kiểm tra thành phần hồ sơ tại nhà người dân';

async function generated(kind: 'pdf' | 'docx', scanned = false) {
  return demoDocumentFile({
    name: `Quyết định 12.${kind}`,
    kind,
    title: TITLE,
    paragraphs: [PHRASE],
    scanned,
  });
}

async function uploadedIds(files: UploadFile[]): Promise<number[]> {
  const response = await post(files);
  expect(response.statusCode).toBe(201);
  return (response.json().items as { id: number }[]).map((file) => file.id);
}

describe('text of uploaded documents', () => {
  it('reads a PDF and a DOCX after the upload, with Vietnamese diacritics, for mediaTexts()', async () => {
    const [pdf, docx] = [await generated('pdf'), await generated('docx')];
    const ids = await uploadedIds([pdf, docx]);
    await outboxSettled();
    const texts = await mediaTexts(t.services.db, ids);
    for (const id of ids) {
      const text = texts.get(id)!;
      expect(text.status).toBe('done');
      expect(text.text.replace(/\s+/g, ' ')).toContain(PHRASE);
      expect(text.text).toBe(text.text.normalize('NFC'));
    }
    expect(texts.get(ids[0]!)!.pages).toBe(1);
    const page = await editor.get(`/admin/media/${ids[0]}`);
    expect(page.body).toContain('Đã trích xuất nội dung (1 trang): tìm kiếm được');
  });

  it('flags a scanned PDF "not searchable" and a truncated one with its error, in the list and the file page', async () => {
    const scan = await generated('pdf', true);
    const whole = await generated('pdf');
    const truncated = { name: 'hỏng.pdf', bytes: whole.bytes.subarray(0, 2000) };
    const [scanId, brokenId] = await uploadedIds([scan, truncated]);
    await outboxSettled();
    const texts = await mediaTexts(t.services.db, [scanId!, brokenId!]);
    expect(texts.get(scanId!)).toMatchObject({ status: 'no_text', pages: 1 });
    expect(texts.get(brokenId!)).toMatchObject({ status: 'failed', reason: 'unreadable' });
    const list = await editor.get('/admin/media');
    expect(list.body).toContain('Không có lớp chữ: không tìm kiếm được');
    expect(list.body).toContain('Lỗi: tệp bị hỏng hoặc không đọc được');
    const english = await editor.request({
      method: 'GET',
      url: `/admin/media/${scanId}`,
      headers: { 'accept-language': 'en' },
    });
    expect(english.statusCode).toBe(200);
  });

  it('shows "extracting" while the text is pending, and queues documents that have no row yet', async () => {
    const ids = await uploadedIds([await generated('docx')]);
    await outboxSettled();
    // As if uploaded before extraction existed: no text row.
    await t.services.db.deleteFrom('media_texts').where('media_id', '=', ids[0]!).execute();
    expect((await mediaTexts(t.services.db, ids)).size).toBe(0);
    expect(await queueMissingTexts(t.services)).toBeGreaterThanOrEqual(1);
    await outboxSettled();
    expect((await mediaTexts(t.services.db, ids)).get(ids[0]!)?.status).toBe('done');
    await t.services.db
      .updateTable('media_texts')
      .set({ status: 'pending' })
      .where('media_id', '=', ids[0]!)
      .execute();
    const page = await editor.get(`/admin/media/${ids[0]}`);
    expect(page.body).toContain('Đang trích xuất nội dung');
    // Deleting the file deletes its text.
    await t.services.db.deleteFrom('media').where('id', '=', ids[0]!).execute();
    expect((await mediaTexts(t.services.db, ids)).size).toBe(0);
  });
});

describe('hostile uploads are refused whole', () => {
  it('refuses a DOCX with macros (vbaProject.bin, docm content type) and stores nothing', async () => {
    const [count, files] = [await mediaCount(), await storedFiles()];
    const parts = docxParts();
    const macro = deflatedZip({
      ...parts,
      '[Content_Types].xml': parts['[Content_Types].xml']!.replace(
        'wordprocessingml.document.main+xml',
        'ms-word.document.macroEnabled.main+xml',
      ),
      'word/vbaProject.bin': Buffer.from('Attribute VB_Name = "ThisDocument"'),
    });
    const response = await post([{ name: 'kế hoạch.docx', bytes: macro }]);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.files[0]).toMatchObject({ name: 'kế hoạch.docx', reason: 'macro' });
    expect(response.json().error.message).toContain('Tài liệu có chứa macro nên không được nhận');
    expect(await mediaCount()).toBe(count);
    expect(await storedFiles()).toEqual(files);
  });

  it('accepts a legacy Word file (.doc) and reads its text, but refuses one carrying macros', async () => {
    const [id] = await uploadedIds([
      { name: 'Quyết định 12 (bản cũ).doc', bytes: legacyWordFile([TITLE, PHRASE]) },
    ]);
    await outboxSettled();
    const text = (await mediaTexts(t.services.db, [id!])).get(id!)!;
    expect(text.status).toBe('done');
    expect(text.text).toContain(PHRASE);
    const stored = await t.services.db
      .selectFrom('media')
      .select(['mime', 'storage_key'])
      .where('id', '=', id!)
      .executeTakeFirstOrThrow();
    expect(stored.mime).toBe('application/msword');
    expect(stored.storage_key.endsWith('.doc')).toBe(true);

    const [count, files] = [await mediaCount(), await storedFiles()];
    const macro = compoundFile([
      ...wordStreams([{ text: `${PHRASE}\r` }]),
      {
        path: ['Macros', 'VBA'],
        name: 'ThisDocument',
        data: Buffer.from('Attribute VB_Name = "ThisDocument"'),
      },
    ]);
    const response = await post([{ name: 'kế hoạch.doc', bytes: macro }]);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.files[0]).toMatchObject({ name: 'kế hoạch.doc', reason: 'macro' });
    // An Excel 97 workbook is an OLE2 file too, but not an accepted type.
    const workbook = compoundFile([{ name: 'Workbook', data: Buffer.alloc(5000, 7) }]);
    const other = await post([{ name: 'bảng.doc', bytes: workbook }]);
    expect(other.json().error.files[0]).toMatchObject({ name: 'bảng.doc', reason: 'type' });
    expect(await mediaCount()).toBe(count);
    expect(await storedFiles()).toEqual(files);
  });

  it('refuses a ZIP with ../ and absolute paths, in Vietnamese', async () => {
    const count = await mediaCount();
    for (const name of ['../../etc/passwd', '/etc/passwd', 'word/../../x.xml', 'C:/Windows/x.xml']) {
      const archive = deflatedZip({ ...docxParts(), [name]: Buffer.from('x') });
      const response = await post([{ name: 'báo cáo.docx', bytes: archive }]);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.files[0].reason).toBe('archive');
    }
    expect(await mediaCount()).toBe(count);
  });

  it('refuses a 200 MB file with 413 and a Vietnamese message, nothing stored, no temporary left', async () => {
    const [count, files] = [await mediaCount(), await storedFiles()];
    const boundary = '----dinh-test-boundary';
    const size = 200 * 1024 * 1024;
    const chunk = Buffer.alloc(1024 * 1024);
    async function* body() {
      yield Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="rất lớn.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`,
      );
      for (let sent = 0; sent < size; sent += chunk.length) yield chunk;
      yield Buffer.from(`\r\n--${boundary}--\r\n`);
    }
    const started = performance.now();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/media',
      headers: {
        authorization: `Bearer ${token}`,
        host: 'localhost',
        'accept-language': 'vi',
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: Readable.from(body()),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.message).toContain('Tệp lớn hơn 30 MB.');
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(await mediaCount()).toBe(count);
    const after = await storedFiles();
    expect(after).toEqual(files);
    expect(after.some((file) => file.includes('.part-'))).toBe(false);
  });

  it('accepts a PDF bomb but its extraction fails with a reason, and the server keeps answering', async () => {
    // 2,500 empty pages (a few bytes each): over the page limit, refused before any page is read.
    const count = 2_500;
    const kids = Array.from({ length: count }, (_, i) => `${i + 3} 0 R`).join(' ');
    const pageObjects = Array.from(
      { length: count },
      (_, i) => `${i + 3} 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\n`,
    ).join('');
    const pages = Buffer.from(
      `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[${kids}]/Count ${count}>>endobj\n${pageObjects}trailer<</Root 1 0 R>>\n%%EOF\n`,
      'latin1',
    );
    const [id] = await uploadedIds([{ name: 'bom.pdf', bytes: pages }]);
    await outboxSettled();
    const text = (await mediaTexts(t.services.db, [id!])).get(id!);
    expect(text?.status).toBe('failed');
    expect(text?.reason).toBe('too_many_pages');
    const page = await editor.get(`/admin/media/${id}`);
    expect(page.body).toContain('Lỗi: tệp có quá nhiều trang');
    expect(
      (await t.app.inject({ method: 'GET', url: '/healthz', headers: { host: 'localhost' } })).statusCode,
    ).toBe(200);
  });
});
