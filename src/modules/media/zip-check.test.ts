import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deflatedZip, docx, docxParts, xlsx, zip } from '../../../test/media-fixtures.ts';
import { checkOfficeArchive, isSafeEntryName, readZipDirectory, ZIP_LIMITS } from './zip-check.ts';

const MB = 1024 * 1024;
const problemOf = (bytes: Buffer) => {
  const result = readZipDirectory(bytes);
  return result.ok ? 'ok' : result.problem;
};

describe('readZipDirectory', () => {
  it('reads a real minimal DOCX (deflated) and its entries, which inflate to what was written', () => {
    const parts = docxParts('Kế hoạch phòng chống lụt bão');
    const archive = deflatedZip(parts);
    const result = readZipDirectory(archive);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entries.map((entry) => entry.name)).toEqual(Object.keys(parts));
    // The offsets the reader found are the real ones: the data inflates back to the part.
    const document = result.entries.find((entry) => entry.name === 'word/document.xml')!;
    const start = document.localOffset + 30 + archive.readUInt16LE(document.localOffset + 26);
    const data = inflateRawSync(archive.subarray(start, start + document.compressedSize));
    expect(data.toString('utf8')).toBe(parts['word/document.xml']);
    expect(checkOfficeArchive(archive)).toEqual({ ok: true, type: 'docx', hasMacros: false });
    expect(checkOfficeArchive(xlsx())).toEqual({ ok: true, type: 'xlsx', hasMacros: false });
  });

  it('refuses entry names that leave the archive or could be read differently', () => {
    for (const name of [
      '../../etc/passwd',
      'word/../../x.xml',
      '/etc/passwd',
      'C:/Windows/win.ini',
      'c:x.xml',
      'word\\..\\..\\x.xml',
      'word/x\u0000.xml',
      'word/x\u001b.xml',
      'word//document.xml',
      './word/document.xml',
      '',
    ]) {
      expect(isSafeEntryName(name), JSON.stringify(name)).toBe(false);
    }
    for (const name of ['word/document.xml', '[Content_Types].xml', 'word/', 'xl/media/ảnh 1.png'])
      expect(isSafeEntryName(name), name).toBe(true);
    const traversal = deflatedZip({ ...docxParts(), '../../etc/cron.d/dinh': '* * * * * root true' });
    expect(problemOf(traversal)).toBe('entry_name');
    expect(checkOfficeArchive(traversal)).toMatchObject({ ok: false, reason: 'archive' });
    expect(problemOf(zip({ ...docxParts(), 'word\\media\\a.png': 'x' }))).toBe('entry_name');
  });

  it('refuses a DOCX with an entry that unpacks to 200 MB of zeros, from the directory alone', () => {
    const bomb = deflatedZip({ ...docxParts(), 'word/media/zero.bin': Buffer.alloc(200 * MB) });
    expect(bomb.length).toBeLessThan(MB);
    expect(problemOf(bomb)).toBe('too_large');
    expect(checkOfficeArchive(bomb)).toMatchObject({ ok: false, reason: 'archive' });
  }, 30_000);

  it('refuses a large entry compressed more than 100:1, and many small entries past the cap', () => {
    const dense = deflatedZip({ ...docxParts(), 'word/media/zero.bin': Buffer.alloc(20 * MB) });
    expect(problemOf(dense)).toBe('ratio');
    // Small entries compress as well as they like: the ratio matters only for large ones.
    expect(problemOf(deflatedZip({ ...docxParts(), 'word/blank.xml': Buffer.alloc(64 * 1024) }))).toBe('ok');
    const many: Record<string, string> = { ...docxParts() };
    for (let i = 0; i <= ZIP_LIMITS.entries; i++) many[`word/p${i}.xml`] = '';
    expect(problemOf(zip(many))).toBe('too_many_entries');
  });

  it('refuses local headers that disagree with the directory, and ZIP64 markers', () => {
    const lying = deflatedZip(docxParts(), { 'word/document.xml': { localName: 'word/evil.xml' } });
    expect(problemOf(lying)).toBe('header_mismatch');
    const sizes = deflatedZip(docxParts(), { '_rels/.rels': { uncompressedSize: 1 } });
    // The directory says 1 byte; the local header was written with the same forged size, so
    // change only the directory's copy.
    const directorySize = Buffer.from(sizes);
    const central = directorySize.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    directorySize.writeUInt32LE(2, central + 24);
    expect(problemOf(directorySize)).toBe('header_mismatch');
    const zip64 = Buffer.from(docx());
    zip64.writeUInt16LE(0xffff, zip64.length - 12);
    expect(problemOf(zip64)).toBe('zip64');
    expect(problemOf(Buffer.alloc(0))).toBe('malformed');
    expect(problemOf(docx().subarray(0, 120))).toBe('malformed');
  });

  it('refuses an archive without the main part as not an Office document', () => {
    const noDocument = deflatedZip({ '[Content_Types].xml': '<Types/>', 'word/styles.xml': '<w:styles/>' });
    expect(problemOf(noDocument)).toBe('ok');
    expect(checkOfficeArchive(noDocument)).toMatchObject({
      ok: false,
      reason: 'type',
      problem: 'missing_part',
    });
    const noTypes = deflatedZip({ 'word/document.xml': '<w:document/>' });
    expect(checkOfficeArchive(noTypes)).toMatchObject({ ok: false, reason: 'type' });
  });

  it('refuses two entries whose names differ only in case', () => {
    expect(problemOf(zip({ ...docxParts(), 'WORD/DOCUMENT.XML': '<evil/>' }))).toBe('duplicate_name');
  });
});
