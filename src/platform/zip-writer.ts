import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Writes a ZIP archive in memory: local headers, the central directory and its end record,
 * names in UTF-8 (flag bit 11). Used at run time for the demo's generated Word files and by the
 * tests for the archives they upload (stored, deflated, or forged with `declare`).
 */

export type ZipEntries = Record<string, string | Buffer>;

export interface ZipOptions {
  /** 'deflate' (method 8) as Word and Excel write them, or 'store' (method 0). */
  method?: 'store' | 'deflate';
  /** Overrides what the directory says about an entry (tests: a forged archive). */
  declare?: Record<string, { uncompressedSize?: number; localName?: string }>;
}

export function zipArchive(entries: ZipEntries, options: ZipOptions = {}): Buffer {
  const { method = 'deflate', declare = {} } = options;
  const code = method === 'deflate' ? 8 : 0;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const packed = method === 'deflate' ? deflateRawSync(data, { level: 6 }) : data;
    const nameBytes = Buffer.from(name, 'utf8');
    const localName = Buffer.from(declare[name]?.localName ?? name, 'utf8');
    const size = declare[name]?.uncompressedSize ?? data.length;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(code, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(localName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(code, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, localName, packed);
    centrals.push(central, nameBytes);
    offset += local.length + localName.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = Object.keys(entries).length;
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
