import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDocumentFile } from '../../src/demo/document-files.ts';
import { mediaTexts } from '../../src/modules/media/text-extract/media-texts.ts';
import { enqueue, inTransaction, outboxSettled } from '../../src/platform/outbox.ts';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { createApiToken, type UploadFile, uploadForm } from '../media-fixtures.ts';

/**
 * Files are searched (issue 14): a legal document's search entry holds the text of its attached
 * PDF, so the site search and the API find it by a phrase found only in the file and name the
 * file; a scan is not found (and flagged); "Văn bản" is a search type with its own filters.
 */

let t: TestApp;
let token: string;
let chief: Client;

beforeAll(async () => {
  t = await createTestApp({ scheduler: false });
  const siteId = await defaultSiteId(t.services.db);
  const user = await createStaff(t.services, 'chief_editor', siteId);
  chief = await loginAs(t.app, user);
  token = await createApiToken(t.services, { siteId, userId: user.id, scopes: ['media:write'] });
});
afterAll(async () => t?.close());

const PHRASE = 'Tổ công tác liên ngành kiểm tra định kỳ các bến thủy nội địa vào quý hai';
const SCAN_PHRASE = 'Phương án phòng chống sạt lở bờ sông khu vực xóm chài';

async function upload(files: UploadFile[]): Promise<number[]> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/media',
    headers: { authorization: `Bearer ${token}`, host: 'localhost' },
    payload: uploadForm(files),
  });
  expect(response.statusCode).toBe(201);
  return (response.json().items as { id: number }[]).map((file) => file.id);
}

const doc = (overrides: Record<string, string>) => ({
  'd.doc_type': 'quyet-dinh',
  'd.section': 'quy-pham-phap-luat',
  'd.issuer': 'Ủy ban nhân dân tỉnh',
  'd.level': 'province',
  'd.signer': 'Trần Văn An',
  'd.signer_title': 'Chủ tịch',
  'd.issued_on': '2025-06-10',
  'd.effective_on': '2025-06-20',
  'd.expires_on': '',
  'd.fields': 'giao-thong',
  'd.full_text': '',
  'd.validity_override': '',
  'd.validity_reason': '',
  ...overrides,
});

async function createPublished(fields: Record<string, string>): Promise<number> {
  const created = await chief.submit('/admin/legal-documents/new', '/admin/legal-documents', doc(fields));
  expect(created.statusCode).toBe(303);
  const id = Number(/\/admin\/legal-documents\/(\d+)/.exec(String(created.headers.location))?.[1]);
  const published = await chief.submit(
    `/admin/legal-documents/${id}`,
    `/admin/legal-documents/${id}/transition`,
    {
      action: 'publish',
    },
  );
  expect(published.statusCode).toBe(303);
  await outboxSettled();
  return id;
}

const search = (query: string) =>
  t.app.inject({ method: 'GET', url: `/tim-kiem?${query}`, headers: { host: 'localhost' } });

/** The documents' pages, as links in the results (titles get their matched words marked). */
const FIRST = 'href="/van-ban/ve-viec-ban-hanh-quy-che-quan-ly-ben-bai"';
const SECOND = 'href="/van-ban/ke-hoach-ung-pho-thien-tai-nam-2025"';

let pdfId: number;
let docId: number;

describe('legal documents in the site search', () => {
  it('finds a document by a phrase only in its PDF, naming the file with a snippet (page and API)', async () => {
    const pdf = await demoDocumentFile({
      name: 'QĐ 123-2025 kiểm tra bến thủy.pdf',
      kind: 'pdf',
      title: 'QUYẾT ĐỊNH',
      paragraphs: [PHRASE],
    });
    [pdfId] = (await upload([pdf])) as [number];
    await outboxSettled();
    docId = await createPublished({
      'd.number': '123/2025/QĐ-UBND',
      'd.title': 'Về việc ban hành quy chế quản lý bến bãi',
      'd.files': String(pdfId),
    });
    const page = await search(`q=${encodeURIComponent('bến thủy nội địa quý hai')}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(FIRST);
    expect(page.body).toContain('Trong tệp:');
    expect(page.body).toContain('QĐ 123-2025 kiểm tra bến thủy.pdf');
    expect(page.body).toMatch(/<mark>thủy<\/mark> <mark>nội<\/mark> <mark>địa<\/mark>/);
    // Its issue date with its label, not the day it was published on the portal.
    expect(page.body).toMatch(/Ngày ban hành: <time datetime="2025-06-10">10\/06\/2025<\/time>/);
    const english = await t.app.inject({
      method: 'GET',
      url: `/en/search?lang=vi&q=${encodeURIComponent('bến thủy nội địa')}`,
      headers: { host: 'localhost' },
    });
    expect(english.body).toContain('In the file:');
    expect(english.body).toMatch(/Date of issue: <time datetime="2025-06-10">10\/06\/2025<\/time>/);
    const api = await t.app.inject({
      method: 'GET',
      url: `/api/v1/search?q=${encodeURIComponent('bến thủy nội địa quý hai')}`,
      headers: { host: 'localhost' },
    });
    expect(api.statusCode).toBe(200);
    const [item] = api.json().items;
    expect(item.type).toBe('legal_document');
    expect(item.file.name).toBe('QĐ 123-2025 kiểm tra bến thủy.pdf');
    expect(item.file.url).toMatch(/\/van-ban\/[^/]+\/tep\/\d+$/);
    expect(item.snippet).toContain('bến thủy nội địa');
  });

  it('reindexes the document when its file is read after it was indexed', async () => {
    // As if the document were published before the extraction ended.
    await t.services.db
      .updateTable('media_texts')
      .set({ status: 'pending', text: '' })
      .where('media_id', '=', pdfId)
      .execute();
    await inTransaction(t.services, (trx) =>
      enqueue(trx, { kind: 'search.reindex', type: 'legal_document', id: docId }),
    );
    await outboxSettled();
    expect((await search(`q=${encodeURIComponent('bến thủy nội địa quý hai')}`)).body).not.toContain(
      'Trong tệp:',
    );
    await inTransaction(t.services, (trx) => enqueue(trx, { kind: 'media.extractText', mediaId: pdfId }));
    await outboxSettled();
    expect((await mediaTexts(t.services.db, [pdfId])).get(pdfId)?.status).toBe('done');
    const page = await search(`q=${encodeURIComponent('bến thủy nội địa quý hai')}`);
    expect(page.body).toContain('QĐ 123-2025 kiểm tra bến thủy.pdf');
    // The media screen names the document among the file's uses.
    const media = await chief.get(`/admin/media/${pdfId}`);
    expect(media.body).toContain('Về việc ban hành quy chế quản lý bến bãi');
  });

  it('does not find a scanned PDF by its words, and the admin flags it "not searchable"', async () => {
    const scan = await demoDocumentFile({
      name: 'Bản chụp phương án.pdf',
      kind: 'pdf',
      title: 'PHƯƠNG ÁN',
      paragraphs: [SCAN_PHRASE],
      scanned: true,
    });
    const [scanId] = (await upload([scan])) as [number];
    await outboxSettled();
    await createPublished({
      'd.number': '45/2025/KH-UBND',
      'd.doc_type': 'ke-hoach',
      'd.section': 'chi-dao-dieu-hanh',
      'd.title': 'Kế hoạch ứng phó thiên tai năm 2025',
      'd.files': String(scanId),
    });
    expect((await mediaTexts(t.services.db, [scanId])).get(scanId)?.status).toBe('no_text');
    const page = await search(`q=${encodeURIComponent('sạt lở bờ sông xóm chài')}`);
    expect(page.body).not.toContain(SECOND);
    const form = await chief.get(`/admin/media/${scanId}`);
    expect(form.body).toContain('Không có lớp chữ: không tìm kiếm được');
  });

  it('offers "Văn bản" as a type with section, type and validity filters that narrow the results', async () => {
    const q = encodeURIComponent('ủy ban nhân dân tỉnh');
    const all = await search(`q=${q}&type=legal_document`);
    expect(all.body).toContain('<option value="legal_document" selected');
    for (const id of ['search-facet-section', 'search-facet-doc_type', 'search-facet-validity'])
      expect(all.body).toContain(`id="${id}"`);
    expect(all.body).toContain('Văn bản quy phạm pháp luật');
    expect(all.body).toContain('Còn hiệu lực');
    const sections = await search(`q=${q}&type=legal_document&section=chi-dao-dieu-hanh`);
    expect(sections.body).toContain(SECOND);
    expect(sections.body).not.toContain(FIRST);
    const types = await search(`q=${q}&type=legal_document&doc_type=quyet-dinh`);
    expect(types.body).toContain(FIRST);
    expect(types.body).not.toContain(SECOND);
    const inForce = await search(`q=${q}&type=legal_document&validity=in_force`);
    expect(inForce.body).toContain(FIRST);
    const expired = await search(`q=${q}&type=legal_document&validity=expired`);
    expect(expired.body).not.toContain(FIRST);
    // A filter of another type is ignored without its type; an unknown value is ignored too.
    const noType = await search(`q=${q}&section=chi-dao-dieu-hanh`);
    expect(noType.body).toContain(FIRST);
    expect(noType.body).not.toContain('id="search-facet-section"');
  });
});

describe('new documents outside the list', () => {
  it('shows "Văn bản mới" on the home page in three languages, newest first, with number, date and link', async () => {
    const home = await t.app.inject({ url: '/', headers: { host: 'localhost' } });
    expect(home.statusCode).toBe(200);
    const block = /<section class="home-legal"[\s\S]*?<\/section>/.exec(home.body)?.[0] ?? '';
    expect(block).toContain('Văn bản mới');
    expect(block).toContain('href="/van-ban"');
    expect(block).toContain('123/2025/QĐ-UBND');
    expect(block).toContain('<time datetime="2025-06-10">10/06/2025</time>');
    expect(block).toContain(`${FIRST}>Về việc ban hành quy chế quản lý bến bãi</a>`);
    expect(block).toContain('href="/van-ban/rss.xml"');
    // en/zh show the documents that have a translation: none yet, so no block.
    const english = await t.app.inject({ url: '/en/', headers: { host: 'localhost' } });
    expect(english.body).not.toContain('class="home-legal"');
    // A new document appears at once (the page cache is purged by the publication).
    await createPublished({
      'd.number': '7/2025/CT-UBND',
      'd.doc_type': 'chi-thi',
      'd.section': 'chi-dao-dieu-hanh',
      'd.issued_on': '2025-09-01',
      'd.effective_on': '2025-09-01',
      'd.title': 'Chỉ thị về tăng cường an toàn giao thông đường thủy',
    });
    const again = await t.app.inject({ url: '/', headers: { host: 'localhost' } });
    const items = /<ul class="home-legal-list">([\s\S]*?)<\/ul>/.exec(again.body)?.[1] ?? '';
    expect(items.indexOf('7/2025/CT-UBND')).toBeGreaterThanOrEqual(0);
    expect(items.indexOf('7/2025/CT-UBND')).toBeLessThan(items.indexOf('123/2025/QĐ-UBND'));
  });

  it('offers an RSS feed per section, linked from the filtered list; an unknown section is 404', async () => {
    const feed = await t.app.inject({
      url: '/van-ban/rss/chi-dao-dieu-hanh.xml',
      headers: { host: 'localhost' },
    });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('application/rss+xml');
    expect(feed.body).toContain('<title>Cổng thông tin điện tử — Văn bản chỉ đạo điều hành</title>');
    expect(feed.body).toContain('7/2025/CT-UBND: Chỉ thị về tăng cường an toàn giao thông đường thủy');
    expect(feed.body).toContain('45/2025/KH-UBND');
    expect(feed.body).not.toContain('123/2025/QĐ-UBND');
    expect(feed.body).toContain('<pubDate>Sun, 31 Aug 2025 17:00:00 GMT</pubDate>');
    const normative = await t.app.inject({
      url: '/van-ban/rss/quy-pham-phap-luat.xml',
      headers: { host: 'localhost' },
    });
    expect(normative.body).toContain('123/2025/QĐ-UBND');
    expect(normative.body).not.toContain('7/2025/CT-UBND');
    const unknown = await t.app.inject({ url: '/van-ban/rss/khong-co.xml', headers: { host: 'localhost' } });
    expect(unknown.statusCode).toBe(404);
    const list = await t.app.inject({
      url: '/van-ban?section=chi-dao-dieu-hanh',
      headers: { host: 'localhost' },
    });
    expect(list.body).toContain('href="/van-ban/rss/chi-dao-dieu-hanh.xml"');
    expect(list.body).toContain('RSS nhóm này');
  });
});
