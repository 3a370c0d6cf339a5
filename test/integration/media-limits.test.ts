import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import {
  createApiToken,
  deflatedZip,
  docx,
  docxParts,
  filesBelow,
  png,
  type UploadFile,
  uploadForm,
} from '../media-fixtures.ts';

/**
 * Upload limits that protect the server: decompression-bomb images are refused from their
 * header, before any pixel is decoded (finding 14), and Office archives are inspected through
 * their central directory without extracting anything (finding 15).
 */

let t: TestApp;
let token: string;

beforeAll(async () => {
  t = await createTestApp();
  const siteId = await defaultSiteId(t.services.db);
  const editor = await createStaff(t.services, 'editor', siteId);
  token = await createApiToken(t.services, { siteId, userId: editor.id, scopes: ['media:write'] });
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

const mediaRows = async () =>
  Number(
    (
      await t.services.db
        .selectFrom('media')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const storedFiles = () => filesBelow(path.join(t.dataDir, 'media'));

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A grey PNG of width × height black pixels: tiny on disk, huge once decoded. */
function bombPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const raw = Buffer.alloc((width + 1) * height); // filter byte 0 and a black row, height times
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('image decompression bombs', () => {
  it('refuses a 10000 × 9999 PNG from its header, quickly, with its dimensions, storing nothing', async () => {
    const bomb = bombPng(10000, 9999);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const rowsBefore = await mediaRows();
    const filesBefore = await storedFiles();
    const started = performance.now();
    const response = await post([{ name: 'bom.png', bytes: bomb }]);
    const elapsed = performance.now() - started;
    console.info(`bomb PNG (${bomb.length} bytes, 10000 × 9999) answered in ${elapsed.toFixed(0)} ms`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe(
      'Ảnh 10000 × 9999 điểm ảnh vượt giới hạn 40 triệu điểm ảnh. Hãy thu nhỏ ảnh rồi tải lên lại.',
    );
    expect(response.json().error.files[0]).toMatchObject({ name: 'bom.png', reason: 'dimensions' });
    expect(elapsed).toBeLessThan(1500);
    expect(await mediaRows()).toBe(rowsBefore);
    expect(await storedFiles()).toEqual(filesBefore);
  });

  it('gives the same message in English and Chinese', async () => {
    const bomb = bombPng(8000, 6000);
    const en = await post([{ name: 'bom.png', bytes: bomb }], 'en');
    expect(en.json().error.message).toContain('8000 × 6000 pixels');
    expect(en.json().error.message).toContain('40 million pixels');
    const zh = await post([{ name: 'bom.png', bytes: bomb }], 'zh');
    expect(zh.json().error.message).toContain('8000 × 6000');
  });

  it('still accepts ordinary images, several at once', async () => {
    const files = await Promise.all(
      [1, 2, 3].map(async (n) => ({ name: `anh-${n}.png`, bytes: await png(600 + n, 400) })),
    );
    const responses = await Promise.all(files.map((file) => post([file])));
    for (const response of responses) expect(response.statusCode).toBe(201);
  });
});

describe('Office archives', () => {
  it('refuses a DOCX whose entry would unpack to 200 MB of zeros', async () => {
    // The directory and local header both say 200 MB (the real thing is in zip-check.test.ts:
    // nothing is unpacked, so what counts is what the archive declares).
    const bomb = deflatedZip(
      { ...docxParts(), 'word/media/zero.bin': Buffer.alloc(1024) },
      { 'word/media/zero.bin': { uncompressedSize: 200 * 1024 * 1024 } },
    );
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const rowsBefore = await mediaRows();
    const response = await post([{ name: 'bao-cao.docx', bytes: bomb }]);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.files[0]).toMatchObject({ name: 'bao-cao.docx', reason: 'archive' });
    expect(response.json().error.message).toContain('DOCX');
    expect(await mediaRows()).toBe(rowsBefore);
  });

  it('refuses a DOCX with a path-traversal entry, and accepts a real one', async () => {
    const traversal = deflatedZip({
      '[Content_Types].xml': Buffer.from('<Types/>'),
      'word/document.xml': Buffer.from('<w:document/>'),
      '../../etc/cron.d/x': Buffer.from('* * * * * root true'),
    });
    const refused = await post([{ name: 'ke-hoach.docx', bytes: traversal }]);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.files[0].reason).toBe('archive');
    const accepted = await post([{ name: 'ke-hoach.docx', bytes: docx() }]);
    expect(accepted.statusCode).toBe(201);
  });
});
