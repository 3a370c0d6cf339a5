/**
 * Reads a ZIP archive's central directory — without extracting anything — and checks what an
 * Office document (DOCX, XLSX) may contain: safe entry names, a bounded number of entries and
 * unpacked size, no entry compressed suspiciously well, local headers that agree with the
 * directory, and the parts the format requires. ZIP64 archives are refused: an Office file
 * small enough to upload never needs them.
 */

/** One entry as the central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

/** Why an archive was refused. */
export type ZipProblem =
  | 'malformed'
  | 'zip64'
  | 'encrypted'
  | 'entry_name'
  | 'duplicate_name'
  | 'too_many_entries'
  | 'too_large'
  | 'ratio'
  | 'header_mismatch';

export type ZipReadResult = { ok: true; entries: ZipEntry[] } | { ok: false; problem: ZipProblem };

export const ZIP_LIMITS = {
  /** Entries in one archive (a long report has a few hundred). */
  entries: 5_000,
  /** Declared unpacked size of all entries together. */
  totalBytes: 100 * 1024 * 1024,
  /** Entries at least this large (unpacked) must not be compressed more than `ratio` : 1. */
  ratioFloorBytes: 1024 * 1024,
  ratio: 100,
} as const;

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA = 0x0001;

/** Where the end-of-central-directory record starts, or -1 (it sits last, before a comment). */
function findEndRecord(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= earliest; at--) {
    if (
      bytes.readUInt32LE(at) === EOCD_SIGNATURE &&
      at + EOCD_SIZE + bytes.readUInt16LE(at + 20) === bytes.length
    )
      return at;
  }
  return -1;
}

/** Does an extra field carry a ZIP64 record? */
function hasZip64Extra(extra: Buffer): boolean {
  for (let at = 0; at + 4 <= extra.length; ) {
    if (extra.readUInt16LE(at) === ZIP64_EXTRA) return true;
    at += 4 + extra.readUInt16LE(at + 2);
  }
  return false;
}

/**
 * A name is safe when it is relative, stays inside the archive and holds no separator or
 * character another tool could read differently: no leading slash, drive letter, `..` or `.`
 * segment, backslash, or control character (NUL included).
 */
export function isSafeEntryName(name: string): boolean {
  if (name === '' || name.length > 512) return false;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(name) || name.includes('\ufffd')) return false;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return false;
  const segments = name.split('/');
  // A trailing slash marks a folder entry; empty segments elsewhere ("a//b") are not names.
  if (segments.at(-1) === '') segments.pop();
  return segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** Reads and checks the central directory of an archive (nothing is decompressed). */
export function readZipDirectory(bytes: Buffer): ZipReadResult {
  const fail = (problem: ZipProblem): ZipReadResult => ({ ok: false, problem });
  if (bytes.length < EOCD_SIZE) return fail('malformed');
  const end = findEndRecord(bytes);
  if (end < 0) return fail('malformed');
  if (end >= 20 && bytes.readUInt32LE(end - 20) === ZIP64_LOCATOR_SIGNATURE) return fail('zip64');
  const disk = bytes.readUInt16LE(end + 4);
  const directoryDisk = bytes.readUInt16LE(end + 6);
  const entriesHere = bytes.readUInt16LE(end + 8);
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return fail('zip64');
  // Split archives are not Office documents.
  if (disk !== 0 || directoryDisk !== 0 || entriesHere !== count) return fail('malformed');
  if (count > ZIP_LIMITS.entries) return fail('too_many_entries');
  if (offset + size !== end) return fail('malformed');
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > end || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) return fail('malformed');
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > end) return fail('malformed');
    const entry: ZipEntry = {
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: new TextDecoder('utf-8', { fatal: false }).decode(
        bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength),
      ),
    };
    const extra = bytes.subarray(
      at + CENTRAL_SIZE + nameLength,
      at + CENTRAL_SIZE + nameLength + extraLength,
    );
    if (
      hasZip64Extra(extra) ||
      entry.compressedSize === 0xffffffff ||
      entry.uncompressedSize === 0xffffffff ||
      entry.localOffset === 0xffffffff
    )
      return fail('zip64');
    if (entry.flags & 0x41) return fail('encrypted');
    if (!isSafeEntryName(entry.name)) return fail('entry_name');
    const folded = entry.name.toLowerCase();
    if (names.has(folded)) return fail('duplicate_name');
    names.add(folded);
    total += entry.uncompressedSize;
    if (total > ZIP_LIMITS.totalBytes) return fail('too_large');
    if (
      entry.uncompressedSize >= ZIP_LIMITS.ratioFloorBytes &&
      entry.uncompressedSize > ZIP_LIMITS.ratio * Math.max(1, entry.compressedSize)
    )
      return fail('ratio');
    const local = checkLocalHeader(bytes, entry, offset);
    if (local) return fail(local);
    entries.push(entry);
    at = next;
  }
  if (at !== end) return fail('malformed');
  return { ok: true, entries };
}

/** The local header of an entry must agree with the directory and its data end before the directory. */
function checkLocalHeader(bytes: Buffer, entry: ZipEntry, directoryStart: number): ZipProblem | undefined {
  const at = entry.localOffset;
  if (at + LOCAL_SIZE > directoryStart || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE)
    return 'header_mismatch';
  const nameLength = bytes.readUInt16LE(at + 26);
  const extraLength = bytes.readUInt16LE(at + 28);
  const dataStart = at + LOCAL_SIZE + nameLength + extraLength;
  if (dataStart + entry.compressedSize > directoryStart) return 'header_mismatch';
  const name = bytes.subarray(at + LOCAL_SIZE, at + LOCAL_SIZE + nameLength).toString('utf8');
  if (name !== entry.name || bytes.readUInt16LE(at + 8) !== entry.method) return 'header_mismatch';
  // With a data descriptor (flag bit 3) the local sizes and CRC may be zero; otherwise they must match.
  if ((bytes.readUInt16LE(at + 6) & 0x08) === 0) {
    if (
      bytes.readUInt32LE(at + 14) !== entry.crc ||
      bytes.readUInt32LE(at + 18) !== entry.compressedSize ||
      bytes.readUInt32LE(at + 22) !== entry.uncompressedSize
    )
      return 'header_mismatch';
  }
  return undefined;
}

/** What an Office archive is, or why it is not one. */
export type OfficeCheck =
  | { ok: true; type: 'docx' | 'xlsx'; hasMacros: boolean }
  | { ok: false; reason: 'type' | 'archive'; problem: ZipProblem | 'missing_part' | 'ambiguous' };

/**
 * Checks an archive as a Word or Excel document: a safe directory (above), `[Content_Types].xml`
 * and the main part (`word/document.xml` or `xl/workbook.xml`; part names are case-insensitive).
 * A malformed or unsafe archive is refused as 'archive'; a sound one that is neither as 'type'.
 */
export function checkOfficeArchive(bytes: Buffer): OfficeCheck {
  const read = readZipDirectory(bytes);
  if (!read.ok)
    return { ok: false, reason: read.problem === 'malformed' ? 'type' : 'archive', problem: read.problem };
  const names = new Set(read.entries.map((entry) => entry.name.toLowerCase()));
  const isWord = names.has('word/document.xml');
  const isExcel = names.has('xl/workbook.xml');
  if (!names.has('[content_types].xml') || (!isWord && !isExcel))
    return { ok: false, reason: 'type', problem: 'missing_part' };
  if (isWord && isExcel) return { ok: false, reason: 'type', problem: 'ambiguous' };
  const hasMacros = [...names].some((name) => name.endsWith('vbaproject.bin'));
  return { ok: true, type: isWord ? 'docx' : 'xlsx', hasMacros };
}
