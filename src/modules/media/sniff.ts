/**
 * File types recognised by their content (magic bytes), never by the client's name or declared
 * MIME type. Office documents are ZIP archives: their central directory must list
 * `[Content_Types].xml` and parts under `word/` (DOCX) or `xl/` (XLSX).
 */

export type MediaType = 'jpeg' | 'png' | 'webp' | 'gif' | 'pdf' | 'docx' | 'xlsx';

export interface SniffedType {
  type: MediaType;
  kind: 'image' | 'document';
  mime: string;
  /** Extension of the stored key (documents) — chosen by Đình from the content. */
  ext: string;
}

/** Why content was not recognised: unknown type, or an Office file carrying macros. */
export type SniffRefusal = 'type' | 'macro';

export type SniffResult = { ok: true; sniffed: SniffedType } | { ok: false; reason: SniffRefusal };

export const MEDIA_TYPES: Record<MediaType, SniffedType> = {
  jpeg: { type: 'jpeg', kind: 'image', mime: 'image/jpeg', ext: 'jpg' },
  png: { type: 'png', kind: 'image', mime: 'image/png', ext: 'png' },
  webp: { type: 'webp', kind: 'image', mime: 'image/webp', ext: 'webp' },
  gif: { type: 'gif', kind: 'image', mime: 'image/gif', ext: 'gif' },
  pdf: { type: 'pdf', kind: 'document', mime: 'application/pdf', ext: 'pdf' },
  docx: {
    type: 'docx',
    kind: 'document',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ext: 'docx',
  },
  xlsx: {
    type: 'xlsx',
    kind: 'document',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ext: 'xlsx',
  },
};

const startsWith = (bytes: Buffer, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const GIF87 = ascii('GIF87a');
const GIF89 = ascii('GIF89a');
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const PDF = ascii('%PDF-');
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
const MAX_ZIP_COMMENT = 0xffff;
const MAX_ENTRIES = 10_000;

/**
 * The entry names of a ZIP archive, read from its central directory (not from local headers,
 * which can lie). Undefined when the archive is malformed, truncated or ZIP64.
 */
export function zipEntryNames(bytes: Buffer): string[] | undefined {
  if (bytes.length < EOCD_MIN) return undefined;
  // The end-of-central-directory record sits at the end, before an optional comment.
  const earliest = Math.max(0, bytes.length - EOCD_MIN - MAX_ZIP_COMMENT);
  let eocd = -1;
  for (let at = bytes.length - EOCD_MIN; at >= earliest; at--) {
    if (
      bytes.readUInt32LE(at) === EOCD_SIGNATURE &&
      at + EOCD_MIN + bytes.readUInt16LE(at + 20) === bytes.length
    ) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const entries = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) return undefined;
  if (entries > MAX_ENTRIES || offset + size > eocd) return undefined;
  const names: string[] = [];
  let at = offset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > offset + size || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) return undefined;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const end = at + 46 + nameLength;
    if (end > offset + size) return undefined;
    names.push(bytes.toString('utf8', at + 46, end));
    at = end + extraLength + commentLength;
  }
  return names;
}

function sniffOffice(bytes: Buffer): SniffResult {
  const names = zipEntryNames(bytes);
  if (!names?.includes('[Content_Types].xml')) return { ok: false, reason: 'type' };
  const lower = names.map((name) => name.toLowerCase());
  const word = lower.some((name) => name.startsWith('word/'));
  const excel = lower.some((name) => name.startsWith('xl/'));
  if (word === excel) return { ok: false, reason: 'type' };
  if (lower.some((name) => name.endsWith('vbaproject.bin'))) return { ok: false, reason: 'macro' };
  return { ok: true, sniffed: MEDIA_TYPES[word ? 'docx' : 'xlsx'] };
}

/** Recognises an accepted file type from its bytes. */
export function sniffMedia(bytes: Buffer): SniffResult {
  const known = (type: MediaType): SniffResult => ({ ok: true, sniffed: MEDIA_TYPES[type] });
  if (startsWith(bytes, JPEG)) return known('jpeg');
  if (startsWith(bytes, PNG)) return known('png');
  if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) return known('gif');
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return known('webp');
  if (startsWith(bytes, PDF)) return known('pdf');
  if (startsWith(bytes, ZIP_LOCAL)) return sniffOffice(bytes);
  return { ok: false, reason: 'type' };
}
