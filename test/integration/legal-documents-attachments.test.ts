import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createStaff, csrfToken, loginAs } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { adminUpload, deflatedZip, docx, docxParts, filesBelow, pdf } from '../media-fixtures.ts';

/**
 * The attachments field of the collection kit's form, on the legal documents registry: files
 * uploaded in the form's own (multipart) post, detaching, and searching the library by name.
 */

let t: TestApp;
let siteId: number;
let editor: Client;
let chief: Client;

beforeAll(async () => {
  t = await createTestApp({ scheduler: false });
  siteId = await defaultSiteId(t.services.db);
  editor = await loginAs(t.app, await createStaff(t.services, 'editor', siteId));
  chief = await loginAs(t.app, await createStaff(t.services, 'chief_editor', siteId));
});
afterAll(async () => t?.close());

const doc = (overrides: Record<string, string> = {}) => ({
  'd.doc_type': 'quyet-dinh',
  'd.number': '45/2025/QĐ-UBND',
  'd.section': 'quy-pham-phap-luat',
  'd.issuer': 'Ủy ban nhân dân tỉnh',
  'd.level': 'province',
  'd.signer': 'Trần Văn An',
  'd.signer_title': 'Chủ tịch',
  'd.issued_on': '2025-06-10',
  'd.effective_on': '2025-06-20',
  'd.fields': 'dat-dai',
  'd.title': 'Quy định về quản lý đất đai trên địa bàn tỉnh',
  ...overrides,
});

/** Posts the document form as the browser sends it: the CSRF field first, then fields, then files. */
async function postForm(
  client: Client,
  formUrl: string,
  action: string,
  fields: Record<string, string | string[]>,
  files: { name: string; bytes: Buffer; type: string }[] = [],
) {
  const page = await client.get(formUrl);
  const form = new FormData();
  form.append('_csrf', csrfToken(page.body));
  for (const [name, value] of Object.entries(fields))
    for (const one of Array.isArray(value) ? value : [value]) form.append(name, one);
  for (const file of files)
    form.append('d.files.upload', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  return client.request({ method: 'POST', url: action, payload: form });
}

const mediaCount = async () =>
  Number(
    (
      await t.services.db
        .selectFrom('media')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const attachedTo = async (id: number) => {
  const row = await t.services.db
    .selectFrom('collection_items')
    .select('data')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return (JSON.parse(row.data) as { files?: number[] }).files ?? [];
};
const idFrom = (location: unknown) => Number(/\/admin\/legal-documents\/(\d+)/.exec(String(location))?.[1]);
const PDF_TYPE = 'application/pdf';

describe('attachments in the collection form', () => {
  let id: number;
  let pdfId: number;

  it('creates a document with a PDF uploaded in the same post, attached and downloadable', async () => {
    const created = await postForm(editor, '/admin/legal-documents/new', '/admin/legal-documents', doc(), [
      { name: 'Quyết định 45.pdf', bytes: pdf(), type: PDF_TYPE },
    ]);
    expect(created.statusCode).toBe(303);
    id = idFrom(created.headers.location);
    const files = await attachedTo(id);
    expect(files).toHaveLength(1);
    pdfId = files[0] as number;
    const media = await t.services.db
      .selectFrom('media')
      .selectAll()
      .where('id', '=', pdfId)
      .executeTakeFirstOrThrow();
    expect(media).toMatchObject({ original_name: 'Quyết định 45.pdf', kind: 'document', site_id: siteId });
    // Its text is queued for extraction like any upload to the library.
    const queued = await t.services.db
      .selectFrom('outbox')
      .select('kind')
      .where('payload', 'like', `%${pdfId}%`)
      .execute();
    expect(queued.length).toBeGreaterThan(0);
    // The edit form lists it, ticked, with its type and size.
    const form = await editor.get(`/admin/legal-documents/${id}`);
    expect(form.body).toMatch(/<form[^>]*enctype="multipart\/form-data"/);
    expect(form.body).toMatch(new RegExp(`name="d.files" value="${pdfId}" checked`));
    expect(form.body).toContain('Quyết định 45.pdf');
    expect(form.body).toContain('PDF · ');
    // Published, it is downloadable from the public page.
    const page = await chief.get(`/admin/legal-documents/${id}`);
    const published = await chief.request({
      method: 'POST',
      url: `/admin/legal-documents/${id}/transition`,
      payload: { _csrf: csrfToken(page.body), action: 'publish' },
    });
    expect(published.statusCode).toBe(303);
    const slug = (
      await t.services.db
        .selectFrom('collection_items')
        .select('slug')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).slug;
    const item = await t.app.inject({ url: `/van-ban/${slug}` });
    expect(item.body).toContain(`/van-ban/${slug}/tep/${pdfId}`);
    const download = await t.app.inject({ url: `/van-ban/${slug}/tep/${pdfId}` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toContain('application/pdf');
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(download.headers['content-disposition']).toMatch(/^attachment; /);
    expect(String(download.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    // The inline viewer shows the registry's own address, under the file's Vietnamese name,
    // framable by the portal's pages only.
    expect(item.body).toMatch(
      new RegExp(`<iframe class="pdf-viewer" src="/van-ban/${slug}/tep/${pdfId}\\?xem=1"`),
    );
    expect(item.body).not.toContain('src="/media/documents/');
    const viewer = await t.app.inject({ url: `/van-ban/${slug}/tep/${pdfId}?xem=1` });
    expect(viewer.statusCode).toBe(200);
    expect(viewer.headers['content-disposition']).toBe(
      `inline; filename="Quyet dinh 45.pdf"; filename*=UTF-8''${encodeURIComponent('Quyết định 45.pdf')}`,
    );
    expect(viewer.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'self'");
    expect(viewer.headers['x-content-type-options']).toBe('nosniff');
    // Another address of the same file is not framable.
    const other = await t.app.inject({ url: `/van-ban/${slug}/tep/${pdfId}?xem=1&x=1` });
    expect(String(other.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  });

  it('refuses a renamed program and a DOCX with macros, storing nothing and keeping what was typed', async () => {
    const before = { media: await mediaCount(), files: (await filesBelow(t.services.mediaDir)).length };
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200)]);
    const refused = await postForm(
      editor,
      '/admin/legal-documents/new',
      '/admin/legal-documents',
      doc({ 'd.number': '46/2025/QĐ-UBND', 'd.title': 'Quy định về phí bến xe khách' }),
      [
        { name: 'phu-luc.pdf', bytes: exe, type: PDF_TYPE },
        { name: 'Ke hoach.pdf', bytes: pdf(), type: PDF_TYPE },
      ],
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('phu-luc.pdf');
    expect(refused.body).toMatch(/class="field-error" id="f-d-files-error">[^<]*phu-luc\.pdf: [^<]+/);
    expect(refused.body).toContain('value="46/2025/QĐ-UBND"');
    expect(refused.body).toContain('Quy định về phí bến xe khách');
    // Not even the good file of the same post is stored.
    expect(await mediaCount()).toBe(before.media);
    expect((await filesBelow(t.services.mediaDir)).length).toBe(before.files);

    const withMacros = await postForm(
      chief,
      `/admin/legal-documents/${id}`,
      `/admin/legal-documents/${id}`,
      {
        ...doc(),
        'd.files': String(pdfId),
        version: '2',
      },
      [{ name: 'Phụ lục.docx', bytes: macroDocx(), type: 'application/octet-stream' }],
    );
    expect(withMacros.statusCode).toBe(400);
    expect(withMacros.body).toContain('Tài liệu có chứa macro nên không được nhận');
    expect(await mediaCount()).toBe(before.media);
    expect(await attachedTo(id)).toEqual([pdfId]);
  });

  it('detaches a file when its box is unticked, and lists no library file it was not asked for', async () => {
    const other = await adminUpload(editor, [
      { name: 'Báo cáo quý.docx', bytes: docx(), type: 'application/octet-stream' },
    ]);
    expect(other.statusCode).toBeLessThan(400);
    const form = await chief.get(`/admin/legal-documents/${id}`);
    expect(form.body).not.toContain('Báo cáo quý.docx');
    const version = /name="version" value="(\d+)"/.exec(form.body)?.[1] ?? '';
    // A search by name posts the form back with the matching files to tick, saving nothing.
    const found = await postForm(chief, `/admin/legal-documents/${id}`, `/admin/legal-documents/${id}`, {
      ...doc({ 'd.title': 'Tiêu đề đang sửa' }),
      'd.files': String(pdfId),
      'd.files.find': 'báo cáo',
      version,
      _find: '1',
    });
    expect(found.statusCode).toBe(200);
    const otherId = /name="d.files" value="(\d+)"(?! checked)/.exec(found.body)?.[1];
    expect(otherId).toBeDefined();
    expect(found.body).toContain('Báo cáo quý.docx');
    expect(found.body).toContain('Tiêu đề đang sửa');
    expect(await attachedTo(id)).toEqual([pdfId]);
    // Moving the second file up posts the form back in the new order, saving nothing.
    const moved = await postForm(chief, `/admin/legal-documents/${id}`, `/admin/legal-documents/${id}`, {
      ...doc(),
      'd.files': [String(pdfId), String(otherId)],
      version,
      _move: `files:${otherId}:up`,
    });
    expect(moved.statusCode).toBe(200);
    const order = [...moved.body.matchAll(/name="d.files" value="(\d+)" checked/g)].map((match) => match[1]);
    expect(order).toEqual([String(otherId), String(pdfId)]);
    expect(moved.body).toContain('aria-label="Đưa “Quyết định 45.pdf” lên trên"');
    expect(await attachedTo(id)).toEqual([pdfId]);
    const reordered = await postForm(chief, `/admin/legal-documents/${id}`, `/admin/legal-documents/${id}`, {
      ...doc(),
      'd.files': [String(otherId), String(pdfId)],
      version,
    });
    expect(reordered.statusCode).toBe(303);
    expect(await attachedTo(id)).toEqual([Number(otherId), pdfId]);
    const nextVersion =
      /name="version" value="(\d+)"/.exec((await chief.get(`/admin/legal-documents/${id}`)).body)?.[1] ?? '';
    // Ticking the found file and unticking the PDF: the PDF is detached, the other attached.
    const saved = await postForm(chief, `/admin/legal-documents/${id}`, `/admin/legal-documents/${id}`, {
      ...doc(),
      'd.files': String(otherId),
      version: nextVersion,
    });
    expect(saved.statusCode).toBe(303);
    expect(await attachedTo(id)).toEqual([Number(otherId)]);
    // Still in the library.
    expect(await mediaCount()).toBeGreaterThan(0);
  });
});

/** A DOCX whose package declares a macro project (vbaProject.bin): what Word saves as .docm. */
function macroDocx(): Buffer {
  const parts = docxParts();
  return deflatedZip({
    ...parts,
    '[Content_Types].xml': (parts['[Content_Types].xml'] ?? '').replace(
      'wordprocessingml.document.main+xml',
      'ms-word.document.macroEnabled.main+xml',
    ),
    'word/vbaProject.bin': Buffer.from('Attribute VB_Name = "ThisDocument"'),
  });
}
