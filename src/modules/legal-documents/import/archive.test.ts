import { describe, expect, it } from 'vitest';
import { zipArchive } from '../../../platform/zip-writer.ts';
import { unpackArchive } from './archive.ts';
import { isoDate } from './rows.ts';
import { readCsv, readXlsx, writeXlsx } from './sheet.ts';

describe('import archive and sheets', () => {
  it('unpacks files under their NFC names and refuses a symbolic link', () => {
    const decomposed = 'quyết định.pdf'.normalize('NFD');
    const archive = zipArchive({ [decomposed]: Buffer.from('%PDF-1.7 x'), 'link.pdf': 'target' });
    const files = unpackArchive(archive);
    expect(files.ok && [...files.files.keys()]).toEqual(['quyết định.pdf', 'link.pdf']);
    // Mark the second entry as a Unix symlink in its central record.
    const record = archive.lastIndexOf(Buffer.from('link.pdf')) - 46;
    archive.writeUInt8(3, record + 5);
    archive.writeUInt32LE((0o120777 << 16) >>> 0, record + 38);
    expect(unpackArchive(archive)).toEqual({ ok: false, problem: 'symlink' });
  });

  it('refuses an entry that inflates past its declared size', () => {
    const archive = zipArchive(
      { 'a.pdf': Buffer.alloc(5000, 1) },
      { declare: { 'a.pdf': { uncompressedSize: 10 } } },
    );
    expect(unpackArchive(archive).ok).toBe(false);
  });

  it('reads dates as people type them, and Excel date numbers', () => {
    expect(isoDate('5/1/2026')).toBe('2026-01-05');
    expect(isoDate('2026-01-05')).toBe('2026-01-05');
    expect(isoDate(46027)).toBe('2026-01-05');
    expect(isoDate('31/02/2026')).toBeUndefined();
    expect(isoDate('hôm qua')).toBeUndefined();
  });

  it('reads CSV quoting and semicolons, and its own XLSX back', () => {
    const csv = readCsv(Buffer.from('\ufeffa;b\r\n"x;""y""";z\n'));
    expect(csv.ok && csv.rows).toEqual([
      ['a', 'b'],
      ['x;"y"', 'z'],
    ]);
    expect(readCsv(Buffer.from([0xff, 0xfe, 0x00]))).toEqual({ ok: false, problem: 'not_utf8' });
    const xlsx = readXlsx(writeXlsx([['Số ký hiệu', 'A & <b>'], ['1/2026/QĐ-UBND']], 'DS'));
    expect(xlsx.ok && xlsx.rows).toEqual([['Số ký hiệu', 'A & <b>'], ['1/2026/QĐ-UBND']]);
  });
});
