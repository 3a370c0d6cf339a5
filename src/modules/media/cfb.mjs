// @ts-check
/**
 * Legacy Word (.doc) files: a reader for the OLE2 compound file that holds them (the "Compound
 * File Binary" format: a FAT of sectors, a mini stream for small streams, a directory tree) and
 * for the text of a Word 97–2003 document (its piece table). Used twice: by the upload check, to
 * tell a Word file from other OLE2 containers (Excel, PowerPoint, Outlook) and to refuse one that
 * carries macros, and by the text extraction worker. Plain JavaScript (typed by cfb.d.mts) so the
 * worker thread can import it from src/ as it is.
 *
 * Every read is bounded: sector chains are followed at most once per sector (a cycle is a broken
 * file), the directory holds at most MAX_ENTRIES entries, and nothing is read past the buffer.
 */

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const MAX_ENTRIES = 4096;
/** Storages that hold a VBA project: Word's `Macros`, Excel's `_VBA_PROJECT_CUR`, and `VBA`. */
const MACRO_STORAGES = new Set(['macros', '_vba_project_cur', 'vba']);

/** Windows-1252's 0x80–0x9F (Node's own decoder treats the label as Latin-1); the rest is Latin-1. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** @param {Uint8Array} bytes */
const windows1252 = (bytes) => {
  let text = '';
  for (const byte of bytes)
    text += byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
};

class BrokenFile extends Error {}

/** @param {boolean} condition */
const check = (condition) => {
  if (!condition) throw new BrokenFile();
};

/**
 * @typedef {{ name: string, type: 'storage' | 'stream' | 'root', path: string[], start: number, size: number }} CfbEntry
 * @typedef {{ entries: CfbEntry[], stream: (entry: CfbEntry) => Buffer }} CompoundFile
 */

/** @param {Uint8Array} data @returns {boolean} */
export function isCompoundFile(data) {
  return data.length >= 512 && CFB_SIGNATURE.every((byte, i) => data[i] === byte);
}

/**
 * Reads the directory of a compound file; `undefined` when the file is not one or is broken.
 * @param {Uint8Array} data
 * @returns {CompoundFile | undefined}
 */
export function readCompoundFile(data) {
  if (!isCompoundFile(data)) return undefined;
  try {
    return parse(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  } catch (error) {
    if (error instanceof BrokenFile || error instanceof RangeError) return undefined;
    throw error;
  }
}

/** @param {Buffer} bytes @returns {CompoundFile} */
function parse(bytes) {
  check(bytes.readUInt16LE(28) === 0xfffe);
  const sectorShift = bytes.readUInt16LE(30);
  check(sectorShift === 9 || sectorShift === 12);
  const sectorSize = 1 << sectorShift;
  const miniSize = 1 << bytes.readUInt16LE(32);
  check(miniSize === 64);
  const cutoff = bytes.readUInt32LE(56);
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize);
  check(sectorCount > 0);
  /** @param {number} n */
  const sectorAt = (n) => {
    check(n < sectorCount);
    const start = (n + 1) * sectorSize;
    return bytes.subarray(start, start + sectorSize);
  };

  // The FAT's own sectors: 109 in the header, then DIFAT sectors (each ends with the next one).
  /** @type {number[]} */
  const fatSectors = [];
  for (let i = 0; i < 109; i++) {
    const sector = bytes.readUInt32LE(76 + i * 4);
    if (sector !== FREE && sector !== END_OF_CHAIN) fatSectors.push(sector);
  }
  let difat = bytes.readUInt32LE(68);
  const difatSeen = new Set();
  while (difat !== END_OF_CHAIN && difat !== FREE) {
    check(!difatSeen.has(difat));
    difatSeen.add(difat);
    const sector = sectorAt(difat);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector; i++) {
      const entry = sector.readUInt32LE(i * 4);
      if (entry !== FREE && entry !== END_OF_CHAIN) fatSectors.push(entry);
    }
    difat = sector.readUInt32LE(perSector * 4);
  }
  check(fatSectors.length > 0 && fatSectors.length <= sectorCount);
  const fat = Buffer.concat(fatSectors.map(sectorAt));
  /** @param {number} n */
  const nextOf = (n) => {
    check(n * 4 + 4 <= fat.length);
    return fat.readUInt32LE(n * 4);
  };

  /** @param {number} first @param {number} limit sectors at most */
  const chain = (first, limit) => {
    /** @type {number[]} */
    const sectors = [];
    const seen = new Set();
    for (let n = first; n !== END_OF_CHAIN; n = nextOf(n)) {
      check(n < sectorCount && !seen.has(n) && sectors.length < limit);
      seen.add(n);
      sectors.push(n);
    }
    return sectors;
  };
  /** @param {number} first @param {number} size */
  const regularStream = (first, size) => {
    const sectors = chain(first, Math.ceil(size / sectorSize) + 1);
    const joined = Buffer.concat(sectors.map(sectorAt));
    check(joined.length >= size);
    return joined.subarray(0, size);
  };

  const directory = Buffer.concat(chain(bytes.readUInt32LE(48), sectorCount).map(sectorAt));
  const total = Math.min(Math.floor(directory.length / 128), MAX_ENTRIES);
  /** @param {number} i */
  const raw = (i) => {
    check(i < total);
    const at = i * 128;
    const nameBytes = Math.min(directory.readUInt16LE(at + 64), 64);
    const name = directory.toString('utf16le', at, at + Math.max(0, nameBytes - 2));
    const kind = directory[at + 66];
    return {
      name,
      kind,
      left: directory.readUInt32LE(at + 68),
      right: directory.readUInt32LE(at + 72),
      child: directory.readUInt32LE(at + 76),
      start: directory.readUInt32LE(at + 116),
      // Version 3 files keep only the low 32 bits; the high half may hold garbage.
      size:
        sectorShift === 9 ? directory.readUInt32LE(at + 120) : Number(directory.readBigUInt64LE(at + 120)),
    };
  };
  const root = raw(0);
  check(root.kind === 5);

  // The mini stream lives in the root entry's regular chain; its sectors are chained by the mini FAT.
  const miniStream = root.size > 0 ? regularStream(root.start, root.size) : Buffer.alloc(0);
  const miniFatStart = bytes.readUInt32LE(60);
  const miniFat =
    miniFatStart === END_OF_CHAIN || miniFatStart === FREE
      ? Buffer.alloc(0)
      : Buffer.concat(chain(miniFatStart, sectorCount).map(sectorAt));
  /** @param {number} first @param {number} size */
  const miniStreamOf = (first, size) => {
    /** @type {Buffer[]} */
    const parts = [];
    const seen = new Set();
    let read = 0;
    for (let n = first; n !== END_OF_CHAIN && read < size; ) {
      check(!seen.has(n) && n * 4 + 4 <= miniFat.length && (n + 1) * miniSize <= miniStream.length);
      seen.add(n);
      parts.push(miniStream.subarray(n * miniSize, (n + 1) * miniSize));
      read += miniSize;
      n = miniFat.readUInt32LE(n * 4);
    }
    const joined = Buffer.concat(parts);
    check(joined.length >= size);
    return joined.subarray(0, size);
  };

  /** @type {CfbEntry[]} */
  const entries = [{ name: root.name, type: 'root', path: [], start: root.start, size: root.size }];
  const visited = new Set([0]);
  /** @param {number} first @param {string[]} path */
  const walk = (first, path) => {
    /** @type {number[]} */
    const pending = [first];
    while (pending.length > 0) {
      const i = /** @type {number} */ (pending.pop());
      if (i === FREE) continue;
      check(!visited.has(i));
      visited.add(i);
      const entry = raw(i);
      pending.push(entry.left, entry.right);
      if (entry.kind === 1) {
        entries.push({ name: entry.name, type: 'storage', path, start: 0, size: 0 });
        walk(entry.child, [...path, entry.name]);
      } else if (entry.kind === 2) {
        entries.push({ name: entry.name, type: 'stream', path, start: entry.start, size: entry.size });
      }
    }
  };
  walk(root.child, []);

  return {
    entries,
    stream(entry) {
      check(entry.type === 'stream' && entry.size <= bytes.length);
      if (entry.size === 0) return Buffer.alloc(0);
      return entry.size < cutoff
        ? miniStreamOf(entry.start, entry.size)
        : regularStream(entry.start, entry.size);
    },
  };
}

/**
 * What an OLE2 upload is: a Word document (with or without macros), another Office file, or a
 * broken one.
 * @param {Uint8Array} data
 * @returns {{ kind: 'doc', hasMacros: boolean } | { kind: 'other' } | { kind: 'broken' }}
 */
export function inspectLegacyOffice(data) {
  const file = readCompoundFile(data);
  if (!file) return { kind: 'broken' };
  const top = file.entries.filter((entry) => entry.path.length === 0);
  const word = top.find((entry) => entry.type === 'stream' && entry.name === 'WordDocument');
  if (!word) return { kind: 'other' };
  const hasMacros = file.entries.some(
    (entry) => entry.type === 'storage' && MACRO_STORAGES.has(entry.name.toLowerCase()),
  );
  return { kind: 'doc', hasMacros };
}

/**
 * @param {string} text the document's characters, in order
 * @returns {string} readable text: paragraphs on their own lines, field codes and anchors dropped
 */
function readable(text) {
  let out = '';
  let depth = 0;
  /** Inside a field, its instruction (between 0x13 and 0x14) is not text. */
  let instruction = false;
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code === 0x13) {
      depth++;
      instruction = true;
    } else if (code === 0x14) instruction = false;
    else if (code === 0x15) {
      depth = Math.max(0, depth - 1);
      instruction = false;
    } else if (instruction && depth > 0) continue;
    else if (code === 0x0d || code === 0x0b || code === 0x0c) out += '\n';
    else if (code === 0x07) out += '\t';
    else if (code === 0x09 || code >= 0x20) out += char;
  }
  return out;
}

/**
 * The text of a Word 97–2003 document from its piece table, at most `maxChars` characters.
 * @param {Uint8Array} data
 * @param {number} maxChars
 * @returns {{ status: 'done', text: string } | { status: 'failed', reason: 'encrypted' | 'unreadable' }}
 */
export function legacyWordText(data, maxChars) {
  const file = readCompoundFile(data);
  if (!file) return { status: 'failed', reason: 'unreadable' };
  try {
    const find = (/** @type {string} */ name) =>
      file.entries.find((entry) => entry.path.length === 0 && entry.type === 'stream' && entry.name === name);
    const wordEntry = find('WordDocument');
    check(wordEntry !== undefined);
    const word = file.stream(/** @type {CfbEntry} */ (wordEntry));
    check(word.length >= 0x22 && word.readUInt16LE(0) === 0xa5ec);
    const flags = word.readUInt16LE(0x0a);
    if (flags & 0x0100) return { status: 'failed', reason: 'encrypted' };
    const tableEntry = find(flags & 0x0200 ? '1Table' : '0Table');
    check(tableEntry !== undefined);
    const table = file.stream(/** @type {CfbEntry} */ (tableEntry));

    const csw = word.readUInt16LE(0x20);
    const lwAt = 0x22 + csw * 2 + 2;
    const cslw = word.readUInt16LE(lwAt - 2);
    check(cslw >= 4);
    const ccpText = word.readInt32LE(lwAt + 3 * 4);
    const fcLcbAt = lwAt + cslw * 4 + 2;
    const pairs = word.readUInt16LE(fcLcbAt - 2);
    // fcClx/lcbClx: the 34th pair of FibRgFcLcb97.
    check(pairs > 33);
    const fcClx = word.readUInt32LE(fcLcbAt + 33 * 8);
    const lcbClx = word.readUInt32LE(fcLcbAt + 33 * 8 + 4);
    check(fcClx + lcbClx <= table.length && lcbClx > 0);
    const clx = table.subarray(fcClx, fcClx + lcbClx);

    // Skip the Prc entries (property modifiers) to the Pcdt that holds the piece table.
    let at = 0;
    while (clx[at] === 0x01) at += 3 + clx.readInt16LE(at + 1);
    check(clx[at] === 0x02);
    const lcb = clx.readUInt32LE(at + 1);
    const plc = clx.subarray(at + 5, at + 5 + lcb);
    check(plc.length === lcb && (lcb - 4) % 12 === 0);
    const pieces = (lcb - 4) / 12;
    const cp = (/** @type {number} */ i) => plc.readUInt32LE(i * 4);
    let text = '';
    const wanted = Math.min(Math.max(ccpText, 0), maxChars);
    for (let i = 0; i < pieces && text.length < wanted; i++) {
      const count = Math.min(cp(i + 1) - cp(i), wanted - text.length);
      check(count >= 0);
      const pcd = (pieces + 1) * 4 + i * 8;
      const fcValue = plc.readUInt32LE(pcd + 2);
      const compressed = (fcValue & 0x40000000) !== 0;
      const fc = fcValue & 0x3fffffff;
      if (compressed) {
        const start = fc / 2;
        check(start + count <= word.length);
        text += windows1252(word.subarray(start, start + count));
      } else {
        check(fc + count * 2 <= word.length);
        text += word.toString('utf16le', fc, fc + count * 2);
      }
    }
    return { status: 'done', text: readable(text) };
  } catch (error) {
    if (error instanceof BrokenFile || error instanceof RangeError)
      return { status: 'failed', reason: 'unreadable' };
    throw error;
  }
}
