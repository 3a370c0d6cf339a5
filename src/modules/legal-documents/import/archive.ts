import { crc32, inflateRawSync } from 'node:zlib';
import { readZipDirectory, type ZipProblem } from '../../media/zip-check.ts';

/**
 * Unpacks a ZIP archive in memory after its central directory passed the media module's checks
 * (zip-check.ts: safe relative names, no `..`, no absolute path, bounded entry count, unpacked
 * size and compression ratio). Each entry is inflated with its declared size as the hard limit
 * and its CRC checked, so a directory that lies about sizes cannot blow up memory. Symbolic
 * links (Unix mode in the external attributes) and folders are skipped as entries, links refused.
 */

export type ArchiveResult =
  | { ok: true; files: Map<string, Buffer> }
  | { ok: false; problem: ZipProblem | 'symlink' | 'corrupt' };

const LOCAL_SIZE = 30;

/** Whether the central directory marks an entry as a Unix symbolic link. */
function isSymlink(bytes: Buffer, name: string): boolean {
  // The directory record carries "version made by" (host 3 = Unix) and the external attributes.
  const nameBytes = Buffer.from(name, 'utf8');
  for (let at = bytes.lastIndexOf(nameBytes); at >= 46; at = bytes.lastIndexOf(nameBytes, at - 1)) {
    const record = at - 46;
    if (bytes.readUInt32LE(record) !== 0x02014b50) continue;
    const host = bytes.readUInt8(record + 5);
    const mode = bytes.readUInt32LE(record + 38) >>> 16;
    return host === 3 && (mode & 0o170000) === 0o120000;
  }
  return false;
}

/** The archive's files by their NFC name (folders dropped); or why it was refused. */
export function unpackArchive(bytes: Buffer): ArchiveResult {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return { ok: false, problem: directory.problem };
  const files = new Map<string, Buffer>();
  for (const entry of directory.entries) {
    if (entry.name.endsWith('/')) continue;
    if (isSymlink(bytes, entry.name)) return { ok: false, problem: 'symlink' };
    const at = entry.localOffset;
    const start = at + LOCAL_SIZE + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    const packed = bytes.subarray(start, start + entry.compressedSize);
    let data: Buffer;
    try {
      if (entry.method === 0) data = Buffer.from(packed);
      else if (entry.method === 8)
        data = inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
      else return { ok: false, problem: 'corrupt' };
    } catch {
      return { ok: false, problem: 'corrupt' };
    }
    if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc)
      return { ok: false, problem: 'corrupt' };
    files.set(entry.name.normalize('NFC'), data);
  }
  return { ok: true, files };
}

/** The last part of an entry's path (attachments are matched by file name, folders ignored). */
export function baseName(name: string): string {
  return (name.split('/').at(-1) ?? name).normalize('NFC');
}
