import { createHash } from 'node:crypto';
import { type FileHandle, open } from 'node:fs/promises';

/**
 * A small ustar writer and reader: the backup archive is a plain tar file that `tar -tf` can list.
 * Only regular files; names up to 255 bytes (prefix + name); sizes past 8 GiB in base-256.
 */

const BLOCK = 512;
const CHUNK = 1 << 20;

function writeOctal(header: Buffer, value: number, offset: number, length: number): void {
  header.write(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length, 'ascii');
}

function writeSize(header: Buffer, size: number): void {
  if (size < 0o77777777777) {
    writeOctal(header, size, 124, 12);
    return;
  }
  // GNU base-256: the high bit of the first byte set, the number big-endian in the rest.
  header[124] = 0x80;
  let rest = BigInt(size);
  for (let index = 135; index > 124; index--) {
    header[index] = Number(rest & 0xffn);
    rest >>= 8n;
  }
}

function readSize(header: Buffer): number {
  if ((header[124] ?? 0) & 0x80) {
    let size = 0n;
    for (let index = 125; index < 136; index++) size = (size << 8n) | BigInt(header[index] ?? 0);
    return Number(size);
  }
  return Number.parseInt(header.toString('ascii', 124, 136).replace(/\0.*$/s, '').trim() || '0', 8);
}

/** Splits a path into ustar's prefix (≤ 155 bytes) and name (≤ 100 bytes). */
function splitName(name: string): { prefix: string; base: string } {
  if (Buffer.byteLength(name) <= 100) return { prefix: '', base: name };
  for (let cut = name.indexOf('/'); cut !== -1; cut = name.indexOf('/', cut + 1)) {
    const prefix = name.slice(0, cut);
    const base = name.slice(cut + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(base) <= 100) return { prefix, base };
  }
  throw new Error(`Name too long for the archive: ${name}`);
}

function checksum(header: Buffer): number {
  let sum = 0;
  for (let index = 0; index < BLOCK; index++) sum += index >= 148 && index < 156 ? 32 : (header[index] ?? 0);
  return sum;
}

function headerFor(name: string, size: number, mtime: Date): Buffer {
  const header = Buffer.alloc(BLOCK);
  const { prefix, base } = splitName(name);
  header.write(base, 0, 100, 'utf8');
  writeOctal(header, 0o600, 100, 8);
  writeOctal(header, 0, 108, 8);
  writeOctal(header, 0, 116, 8);
  writeSize(header, size);
  writeOctal(header, Math.floor(mtime.getTime() / 1000), 136, 12);
  header.write('0', 156, 1, 'ascii');
  header.write('ustar\0', 257, 6, 'ascii');
  header.write('00', 263, 2, 'ascii');
  header.write(prefix, 345, 155, 'utf8');
  header.write(`${checksum(header).toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return header;
}

/** Writes entries one after the other into an open file; returns each entry's SHA-256. */
export function tarWriter(handle: FileHandle) {
  const mtime = new Date();
  const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
  return {
    /** Adds an entry from memory. */
    async add(name: string, bytes: Buffer): Promise<string> {
      await handle.write(Buffer.concat([headerFor(name, bytes.length, mtime), bytes, padding(bytes.length)]));
      return createHash('sha256').update(bytes).digest('hex');
    },
    /** Adds an entry copied from another file (that nobody writes meanwhile). */
    async addFile(name: string, source: string, size: number): Promise<string> {
      const input = await open(source, 'r');
      const hash = createHash('sha256');
      try {
        await handle.write(headerFor(name, size, mtime));
        const buffer = Buffer.alloc(CHUNK);
        for (let position = 0; position < size; ) {
          const { bytesRead } = await input.read(buffer, 0, Math.min(CHUNK, size - position), position);
          if (bytesRead === 0) throw new Error(`${source} became shorter while it was archived`);
          const chunk = buffer.subarray(0, bytesRead);
          hash.update(chunk);
          await handle.write(chunk);
          position += bytesRead;
        }
        await handle.write(padding(size));
      } finally {
        await input.close();
      }
      return hash.digest('hex');
    },
    /** Ends the archive with two empty blocks. */
    async finish(): Promise<void> {
      await handle.write(Buffer.alloc(BLOCK * 2));
    },
  };
}

export interface TarEntry {
  name: string;
  size: number;
}

/** Thrown when the file is not a tar archive or ends early. */
export class TarFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TarFormatError';
  }
}

/**
 * Reads every regular file of an archive in order. `visit` returns a consumer for the entry's
 * bytes (called chunk by chunk, then with `end`), or undefined to skip reading it.
 */
export async function readTar(
  handle: FileHandle,
  visit: (
    entry: TarEntry,
  ) => { data(chunk: Buffer): void | Promise<void>; end(): void | Promise<void> } | undefined,
): Promise<void> {
  const header = Buffer.alloc(BLOCK);
  const buffer = Buffer.alloc(CHUNK);
  let position = 0;
  for (;;) {
    const { bytesRead } = await handle.read(header, 0, BLOCK, position);
    if (bytesRead < BLOCK) throw new TarFormatError('the archive ends in the middle of a header');
    if (header.every((byte) => byte === 0)) return;
    const stored = Number.parseInt(header.toString('ascii', 148, 156).replace(/\0.*$/s, '').trim(), 8);
    if (stored !== checksum(header) || header.toString('ascii', 257, 262) !== 'ustar')
      throw new TarFormatError(`no valid tar header at byte ${position}`);
    const base = header.toString('utf8', 0, 100).replace(/\0.*$/s, '');
    const prefix = header.toString('utf8', 345, 500).replace(/\0.*$/s, '');
    const name = prefix ? `${prefix}/${base}` : base;
    const size = readSize(header);
    const type = String.fromCharCode(header[156] ?? 0);
    position += BLOCK;
    const consumer = type === '0' || type === '\0' ? visit({ name, size }) : undefined;
    if (consumer) {
      for (let done = 0; done < size; ) {
        const read = await handle.read(buffer, 0, Math.min(CHUNK, size - done), position + done);
        if (read.bytesRead === 0) throw new TarFormatError(`the archive ends inside ${name}`);
        await consumer.data(buffer.subarray(0, read.bytesRead));
        done += read.bytesRead;
      }
      await consumer.end();
    }
    position += Math.ceil(size / BLOCK) * BLOCK;
  }
}
