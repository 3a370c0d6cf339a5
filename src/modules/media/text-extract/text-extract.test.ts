import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { demoDocumentFile } from '../../../demo/document-files.ts';
import { sniffMedia } from '../sniff.ts';
import { extractText } from './text-extract.ts';

const TITLE = 'QUYẾT ĐỊNH Ban hành Quy chế tiếp nhận hồ sơ';
const PARAGRAPHS = [
  'Điều 1. Nhân viên bưu điện văn hóa xã được kiểm tra thành phần hồ sơ tại nhà người dân.',
  'Điều 2. Ủy ban nhân dân tỉnh Lạc Hồng; Sở Khoa học và Công nghệ: ỹ ữ ự ẫ ậ ặ ờ ở ợ Đ đ.',
];

const file = (kind: 'pdf' | 'docx', extra: { scanned?: boolean; paragraphs?: string[] } = {}) =>
  demoDocumentFile({ name: `QĐ thử.${kind}`, kind, title: TITLE, paragraphs: PARAGRAPHS, ...extra });

/** Words of a text, whatever line breaks the layout put between them. */
const words = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');

/** A PDF whose one content stream inflates to `megabytes` MB of text operators: tiny file, huge once read. */
function bombPdf(megabytes: number): Buffer {
  const line = Buffer.from(
    'BT /F1 12 Tf 10 10 Td (aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa) Tj ET\n',
    'latin1',
  );
  const raw = Buffer.alloc(megabytes * 1024 * 1024);
  for (let at = 0; at + line.length <= raw.length; at += line.length) line.copy(raw, at);
  const packed = deflateSync(raw, { level: 6 });
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n', 'latin1')];
  const offsets: number[] = [];
  let offset = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(offset);
    const chunk =
      body === null
        ? Buffer.concat([
            Buffer.from(
              `${i + 1} 0 obj\n<< /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`,
              'latin1',
            ),
            packed,
            Buffer.from('\nendstream\nendobj\n', 'latin1'),
          ])
        : Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, 'latin1');
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(xref, 'latin1')]);
}

describe('text extraction in an isolated worker', () => {
  it('reads back the Vietnamese text of a generated PDF with its diacritics, in NFC', async () => {
    const { bytes } = await file('pdf');
    expect(sniffMedia(bytes)).toMatchObject({ ok: true, sniffed: { type: 'pdf' } });
    const result = await extractText(bytes, 'pdf');
    expect(result.status).toBe('done');
    if (result.status !== 'done') return;
    expect(result.pages).toBe(1);
    expect(result.text).toBe(result.text.normalize('NFC'));
    const text = words(result.text);
    expect(text).toContain(TITLE);
    for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
  });

  it('reads back a generated DOCX, one paragraph per line', async () => {
    const { bytes } = await file('docx');
    expect(sniffMedia(bytes)).toMatchObject({ ok: true, sniffed: { type: 'docx' } });
    const result = await extractText(bytes, 'docx');
    expect(result).toMatchObject({ status: 'done' });
    if (result.status !== 'done') return;
    expect(result.text.split(/\n+/)).toEqual([TITLE, ...PARAGRAPHS]);
  });

  it('finds no text in a scanned PDF (outlines only): no_text, with its page count', async () => {
    const { bytes } = await file('pdf', { scanned: true });
    expect(await extractText(bytes, 'pdf')).toEqual({ status: 'no_text', pages: 1 });
  });

  it('fails a truncated PDF and a DOCX that is not one, with a reason', async () => {
    const { bytes } = await file('pdf');
    expect(await extractText(bytes.subarray(0, Math.floor(bytes.length / 3)), 'pdf')).toEqual({
      status: 'failed',
      reason: 'unreadable',
    });
    expect(await extractText(Buffer.from('PK\u0003\u0004 not a zip'), 'docx')).toEqual({
      status: 'failed',
      reason: 'unreadable',
    });
  });

  it('fails a PDF with more pages than the limit, and cuts the text at the character limit', {
    timeout: 30_000,
  }, async () => {
    const long = Array.from({ length: 200 }, (_, i) => `Đoạn ${i + 1}. ${PARAGRAPHS[i % 2]}`);
    const { bytes } = await file('pdf', { paragraphs: long });
    expect(await extractText(bytes, 'pdf', { maxPages: 3 })).toEqual({
      status: 'failed',
      reason: 'too_many_pages',
    });
    const cut = await extractText(bytes, 'pdf', { maxChars: 500 });
    expect(cut.status === 'done' && cut.text.length).toBe(500);
  });

  it('fails a decompression bomb within the time limit, and the process carries on', {
    timeout: 60_000,
  }, async () => {
    const bomb = bombPdf(150);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const started = performance.now();
    const result = await extractText(bomb, 'pdf', { timeoutMs: 4_000, memoryMb: 64 });
    // The limit, plus the worker's start and end.
    expect(performance.now() - started).toBeLessThan(4_000 + 3_000);
    expect(result.status).toBe('failed');
    expect(['timeout', 'memory']).toContain(result.status === 'failed' ? result.reason : '');
    // The next file is read as usual.
    expect((await extractText((await file('docx')).bytes, 'docx')).status).toBe('done');
  });

  it('refuses a file over the byte limit without starting a worker', async () => {
    expect(await extractText(Buffer.alloc(2048), 'pdf', { bytes: 1024 })).toEqual({
      status: 'failed',
      reason: 'too_large',
    });
  });
});
