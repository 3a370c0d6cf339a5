import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkOfficeArchive } from '../modules/media/zip-check.ts';
import { demoDocumentFile } from './document-files.ts';

const base = {
  title: 'KẾ HOẠCH Chuyển đổi số năm 2026',
  paragraphs: ['Mục tiêu: 100% hồ sơ được tiếp nhận trực tuyến; người dân không phải đi lại.'],
};

/** The decoded content of every FlateDecode stream in a PDF we wrote. */
function streams(pdf: Buffer): string[] {
  const out: string[] = [];
  const text = pdf.toString('latin1');
  for (const match of text.matchAll(/\/Length (\d+)[^>]*>>\nstream\n/g)) {
    const start = match.index! + match[0].length;
    out.push(inflateSync(pdf.subarray(start, start + Number(match[1]))).toString('latin1'));
  }
  return out;
}

describe('demo document files', () => {
  it('writes a PDF with an embedded subset font, a ToUnicode map and text operators', async () => {
    const { name, bytes } = await demoDocumentFile({ name: 'Ke\u0302́ hoạch.pdf', kind: 'pdf', ...base });
    expect(name).toBe('Kế hoạch.pdf');
    const text = bytes.toString('latin1');
    expect(text.startsWith('%PDF-1.7')).toBe(true);
    expect(text).toMatch(/\/FontFile2 \d+ 0 R/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+BeVietnamPro-Regular/);
    expect(text).toMatch(/\/ToUnicode \d+ 0 R/);
    const decoded = streams(bytes);
    expect(decoded.some((stream) => stream.includes('beginbfchar'))).toBe(true);
    expect(decoded.some((stream) => / Tj ET/.test(stream))).toBe(true);
  });

  it('writes a scanned PDF with outlines only: no font, no text operator', async () => {
    const { bytes } = await demoDocumentFile({ name: 'scan.pdf', kind: 'pdf', scanned: true, ...base });
    expect(bytes.toString('latin1')).not.toContain('/Font');
    const content = streams(bytes).join('\n');
    expect(content).not.toMatch(/\bTj\b|\bBT\b/);
    expect(content).toMatch(/ c\n/);
  });

  it('writes a DOCX that the upload check accepts as Word, without macros', async () => {
    const { bytes } = await demoDocumentFile({ name: 'kế hoạch.docx', kind: 'docx', ...base });
    expect(checkOfficeArchive(bytes)).toEqual({ ok: true, type: 'docx', hasMacros: false });
  });
});
