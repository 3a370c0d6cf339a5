import { describe, expect, it } from 'vitest';
import { docx, jpegWithGps, pdf, png, xlsx, zip } from '../../../test/media-fixtures.ts';
import { sniffMedia } from './sniff.ts';

const typeOf = (bytes: Buffer) => {
  const result = sniffMedia(bytes);
  return result.ok ? result.sniffed.type : result.reason;
};

describe('sniffMedia', () => {
  it('recognises images by their magic bytes', async () => {
    expect(typeOf(await jpegWithGps(20, 10))).toBe('jpeg');
    expect(typeOf(await png(10, 10))).toBe('png');
    expect(typeOf(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toBe('gif');
    expect(typeOf(Buffer.from('GIF87a\x01\x00\x01\x00', 'latin1'))).toBe('gif');
    expect(typeOf(Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('webp');
  });

  it('recognises PDF, DOCX and XLSX documents', () => {
    expect(typeOf(pdf())).toBe('pdf');
    expect(typeOf(docx())).toBe('docx');
    expect(typeOf(xlsx())).toBe('xlsx');
    const result = sniffMedia(docx());
    expect(result.ok && result.sniffed).toMatchObject({ kind: 'document', ext: 'docx' });
  });

  it('refuses what only looks right by name or by a loose prefix', () => {
    expect(typeOf(Buffer.from('<!doctype html><script>alert(1)</script>'))).toBe('type');
    expect(typeOf(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('type');
    expect(typeOf(Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1'))).toBe('type');
    expect(typeOf(Buffer.from(' %PDF-1.4'))).toBe('type');
    expect(typeOf(Buffer.alloc(0))).toBe('type');
    expect(typeOf(Buffer.from('MZ\x90\x00', 'latin1'))).toBe('type');
  });

  it('accepts a ZIP only with [Content_Types].xml and Word or Excel parts in its central directory', () => {
    expect(typeOf(zip({ 'readme.txt': 'xin chào' }))).toBe('type');
    expect(typeOf(zip({ '[Content_Types].xml': '<Types/>', 'other/x.xml': '<x/>' }))).toBe('type');
    expect(typeOf(zip({ '[Content_Types].xml': '<Types/>', 'word/a.xml': '', 'xl/b.xml': '' }))).toBe('type');
    expect(
      typeOf(zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '', 'xl/workbook.xml': '' })),
    ).toBe('type');
    expect(typeOf(zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w/>' }))).toBe('docx');
  });

  it('refuses macro-enabled Office files', () => {
    const macro = zip({
      '[Content_Types].xml': '<Types/>',
      'word/document.xml': '<w/>',
      'word/vbaProject.bin': Buffer.from([1, 2, 3]),
    });
    expect(typeOf(macro)).toBe('macro');
  });

  it('refuses truncated or forged archives', () => {
    const archive = docx();
    expect(typeOf(archive.subarray(0, archive.length - 10))).toBe('type');
    // A local header alone (no central directory) is not an Office document.
    expect(typeOf(archive.subarray(0, 200))).toBe('type');
    // A directory offset of 0xffffffff claims ZIP64, which an Office upload never needs.
    const forged = Buffer.from(archive);
    forged.writeUInt32LE(0xffffffff, forged.length - 6);
    expect(typeOf(forged)).toBe('archive');
  });
});
