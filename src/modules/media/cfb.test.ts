import { describe, expect, it } from 'vitest';
import { compoundFile, legacyWordFile, wordStreams } from '../../demo/doc-writer.ts';
import { inspectLegacyOffice, legacyWordText, readCompoundFile } from './cfb.mjs';
import { sniffMedia } from './sniff.ts';
import { extractText } from './text-extract/text-extract.ts';

const lines = [
  'QUYẾT ĐỊNH',
  'Về việc ban hành quy chế quản lý cụm công nghiệp Lạc Hồng',
  'Điều 1. Phạm vi điều chỉnh',
];

describe('legacy Word files (.doc)', () => {
  it('are accepted as Word documents by their content', () => {
    const result = sniffMedia(legacyWordFile(lines));
    expect(result).toEqual({
      ok: true,
      sniffed: { type: 'doc', kind: 'document', mime: 'application/msword', ext: 'doc' },
    });
  });

  it('give their text, paragraph by paragraph, from the mini stream and from regular sectors', () => {
    expect(legacyWordText(legacyWordFile(lines), 10_000)).toEqual({
      status: 'done',
      text: `${lines.join('\n')}\n`,
    });
    // A long document: its WordDocument stream is over the 4 KiB cut-off, so it lives in regular sectors.
    const long = Array.from(
      { length: 120 },
      (_, i) => `Khoản ${i + 1}. Nội dung quy định về đất đai số ${i + 1}.`,
    );
    const read = legacyWordText(legacyWordFile(long), 1_000_000);
    expect(read.status === 'done' && read.text.split('\n').slice(0, 120)).toEqual(long);
  });

  it('read Windows-1252 pieces and drop field instructions', () => {
    const file = compoundFile(
      wordStreams([
        { text: 'Xem chi tiết tại \u0013 HYPERLINK "https://x" \u0014cổng thông tin\u0015.\r' },
        { text: 'Annex – “2025”\r', compressed: true },
      ]),
    );
    expect(legacyWordText(file, 10_000)).toEqual({
      status: 'done',
      text: 'Xem chi tiết tại cổng thông tin.\nAnnex – “2025”\n',
    });
  });

  it('stop at the character limit', () => {
    const read = legacyWordText(legacyWordFile(lines), 10);
    expect(read).toEqual({ status: 'done', text: 'QUYẾT ĐỊNH' });
  });

  it('are refused when they carry macros, and other OLE2 files are not taken for Word', () => {
    const withMacros = compoundFile([
      ...wordStreams([{ text: 'Có macro\r' }]),
      { path: ['Macros', 'VBA'], name: 'dir', data: Buffer.from('vba') },
    ]);
    expect(inspectLegacyOffice(withMacros)).toEqual({ kind: 'doc', hasMacros: true });
    expect(sniffMedia(withMacros)).toEqual({ ok: false, reason: 'macro' });
    const workbook = compoundFile([{ name: 'Workbook', data: Buffer.alloc(5000, 1) }]);
    expect(inspectLegacyOffice(workbook)).toEqual({ kind: 'other' });
    expect(sniffMedia(workbook)).toEqual({ ok: false, reason: 'type' });
  });

  it('refuse broken compound files: truncated, a FAT cycle, a directory cycle, a forged size', () => {
    const good = legacyWordFile(lines);
    expect(sniffMedia(good.subarray(0, 700))).toEqual({ ok: false, reason: 'type' });
    expect(legacyWordText(good.subarray(0, 1200), 1000)).toEqual({ status: 'failed', reason: 'unreadable' });

    // The FAT's first entry points at itself: a chain that never ends.
    const cycle = Buffer.from(good);
    const fatAt = 512;
    const directoryStart = cycle.readUInt32LE(48);
    cycle.writeUInt32LE(directoryStart, fatAt + directoryStart * 4);
    expect(readCompoundFile(cycle)).toBeUndefined();

    // The root's child points back to the root.
    const loop = Buffer.from(good);
    const directoryAt = (directoryStart + 1) * 512;
    loop.writeUInt32LE(0, directoryAt + 128 + 72);
    expect(readCompoundFile(loop)).toBeUndefined();

    // A stream claims to be far longer than the file.
    const forged = Buffer.from(good);
    forged.writeUInt32LE(50_000_000, directoryAt + 128 + 120);
    expect(legacyWordText(forged, 1000)).toEqual({ status: 'failed', reason: 'unreadable' });
  });

  it('are read in the extraction worker like PDF and DOCX', async () => {
    const result = await extractText(legacyWordFile(lines), 'doc');
    expect(result).toEqual({ status: 'done', text: lines.join('\n'), pages: null });
    // fEncrypted (0x0100) in the FIB's flags: a password-protected document has no readable text.
    const streams = wordStreams([{ text: 'Mật\r' }]);
    streams[0]?.data.writeUInt16LE(0x0300, 0x0a);
    expect(await extractText(compoundFile(streams), 'doc')).toEqual({
      status: 'failed',
      reason: 'encrypted',
    });
  });
});
