/**
 * File types recognised by their content (magic bytes), never by the client's name or declared
 * MIME type. Office documents are ZIP archives: their central directory is checked without
 * extracting (zip-check.ts) and must list `[Content_Types].xml` and the main part of a DOCX or XLSX.
 * A legacy Word file (.doc) is an OLE2 compound file whose directory is read (cfb.mjs): it must hold
 * a `WordDocument` stream and no VBA storage.
 */

import { inspectLegacyOffice, isCompoundFile } from './cfb.mjs';
import { checkOfficeArchive } from './zip-check.ts';

export type MediaType = 'jpeg' | 'png' | 'webp' | 'gif' | 'pdf' | 'docx' | 'doc' | 'xlsx';

export interface SniffedType {
  type: MediaType;
  kind: 'image' | 'document';
  mime: string;
  /** Extension of the stored key (documents) — chosen by Đình from the content. */
  ext: string;
}

/** Why content was refused: unknown type, an Office file carrying macros, or an unsafe archive. */
export type SniffRefusal = 'type' | 'macro' | 'archive';

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
  doc: { type: 'doc', kind: 'document', mime: 'application/msword', ext: 'doc' },
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

function sniffOffice(bytes: Buffer): SniffResult {
  const checked = checkOfficeArchive(bytes);
  if (!checked.ok) return { ok: false, reason: checked.reason };
  if (checked.hasMacros) return { ok: false, reason: 'macro' };
  return { ok: true, sniffed: MEDIA_TYPES[checked.type] };
}

function sniffLegacyOffice(bytes: Buffer): SniffResult {
  const inspected = inspectLegacyOffice(bytes);
  if (inspected.kind !== 'doc') return { ok: false, reason: 'type' };
  if (inspected.hasMacros) return { ok: false, reason: 'macro' };
  return { ok: true, sniffed: MEDIA_TYPES.doc };
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
  if (isCompoundFile(bytes)) return sniffLegacyOffice(bytes);
  return { ok: false, reason: 'type' };
}
