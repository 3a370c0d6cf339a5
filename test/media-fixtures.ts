import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { AppServices } from '../src/platform/services.ts';
import { type ZipEntries, type ZipOptions, zipArchive } from '../src/platform/zip-writer.ts';
import { type Client, csrfToken } from './admin-session.ts';

/** Test files for the media library, made on the fly (no binary fixtures in the repository). */

/** A ZIP archive (stored, not compressed) with a proper central directory. */
export function zip(entries: ZipEntries): Buffer {
  return zipArchive(entries, { method: 'store' });
}

/**
 * A ZIP archive as Word and Excel write them: entries deflated, with an honest central
 * directory. `declare` overrides what the directory says about an entry (a forged archive).
 */
export function deflatedZip(entries: ZipEntries, declare: ZipOptions['declare'] = {}): Buffer {
  return zipArchive(entries, { method: 'deflate', declare });
}

const CONTENT_TYPES = (main: string, type: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main}" ContentType="${type}"/></Types>`;
const RELS = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`;

/** The parts of a minimal valid Word document. */
export function docxParts(text = 'Báo cáo tổng kết năm'): Record<string, string> {
  return {
    '[Content_Types].xml': CONTENT_TYPES(
      'word/document.xml',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    ),
    '_rels/.rels': RELS('word/document.xml'),
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
  };
}

/** A minimal valid Word document (entries stored, not compressed). */
export function docx(text = 'Báo cáo tổng kết năm'): Buffer {
  return zip(docxParts(text));
}

/** A minimal spreadsheet package (enough for content sniffing). */
export function xlsx(): Buffer {
  return zip({
    '[Content_Types].xml': CONTENT_TYPES(
      'xl/workbook.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    ),
    '_rels/.rels': RELS('xl/workbook.xml'),
    'xl/workbook.xml':
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
  });
}

/** A small one-page PDF. */
export function pdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  );
}

/** A JPEG carrying EXIF (description, copyright) and GPS coordinates, like a phone photo. */
export async function jpegWithGps(width = 1000, height = 700): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#3a7d44' } })
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { ImageDescription: 'secret-description', Copyright: 'Secret owner' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '21/1 1/1 30/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '105/1 50/1 0/1',
      },
    })
    .toBuffer();
}

/** Does an EXIF block contain a GPS IFD pointer (tag 0x8825)? */
export function hasGpsPointer(exif: Buffer | undefined): boolean {
  return (
    exif !== undefined &&
    (exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25])))
  );
}

export async function png(width = 320, height = 200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 200, g: 30, b: 30, alpha: 1 } } })
    .png()
    .toBuffer();
}

export interface UploadFile {
  name: string;
  bytes: Buffer;
  type?: string;
}

/** A multipart form: the CSRF field first (as the admin form renders it), files, then fields. */
export function uploadForm(
  files: UploadFile[],
  fields: Record<string, string> = {},
  csrf?: string,
): FormData {
  const form = new FormData();
  if (csrf) form.append('_csrf', csrf);
  for (const file of files) {
    form.append(
      'files',
      new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }),
      file.name,
    );
  }
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

/** Creates an API token directly (only its SHA-256 is stored) and returns the secret. */
export async function createApiToken(
  services: AppServices,
  input: { siteId: number; userId: number; scopes: string[] },
): Promise<string> {
  const token = `dinh_${randomBytes(24).toString('base64url')}`;
  await services.db
    .insertInto('api_tokens')
    .values({
      site_id: input.siteId,
      name: 'Kiểm thử',
      token_hash: createHash('sha256').update(token).digest('hex'),
      scopes: JSON.stringify(input.scopes),
      created_by: input.userId,
      created_at: new Date().toISOString(),
      last_used_at: null,
      expires_at: null,
      revoked_at: null,
    })
    .execute();
  return token;
}

/** Uploads through the admin form (the CSRF field first, as the page renders it). */
export async function adminUpload(client: Client, files: UploadFile[], fields: Record<string, string> = {}) {
  const page = await client.get('/admin/media');
  return client.request({
    method: 'POST',
    url: '/admin/media',
    payload: uploadForm(files, fields, csrfToken(page.body)),
  });
}

/** Every file below a folder (the media folder of a test app). */
export async function filesBelow(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return [];
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}
