/**
 * Writes legacy Word (.doc) files: an OLE2 compound file (version 3, 512-byte sectors, small
 * streams in the mini stream) holding a `WordDocument` stream with a Word 97 FIB and a `1Table`
 * stream with the piece table. Enough for Word, LibreOffice and Đình's own reader (cfb.mjs) to
 * find the text; used for the demo's older documents and by the tests, which also build broken
 * and macro-carrying variants from the same parts.
 */

const SECTOR = 512;
const MINI = 64;
const CUTOFF = 4096;
const FREE = 0xffffffff;
const END = 0xfffffffe;
const FAT_MARK = 0xfffffffd;

export interface CompoundStream {
  /** Storages above the stream, outermost first. */
  path?: string[];
  name: string;
  data: Buffer;
}

interface Node {
  name: string;
  type: 1 | 2 | 5;
  children: Node[];
  data?: Buffer;
  id?: number;
  start?: number;
  size?: number;
}

/** CFB order of siblings: shorter names first, then by upper-case code units. */
const compareNames = (a: Node, b: Node): number =>
  a.name.length - b.name.length || (a.name.toUpperCase() < b.name.toUpperCase() ? -1 : 1);

const pad = (data: Buffer, unit: number): Buffer =>
  data.length % unit === 0 ? data : Buffer.concat([data, Buffer.alloc(unit - (data.length % unit))]);

/** Chains `count` sectors from `first` in a FAT held as numbers. */
function chainInto(table: number[], first: number, count: number): void {
  for (let i = 0; i < count; i++) table[first + i] = i === count - 1 ? END : first + i + 1;
}

/** An OLE2 compound file holding the given streams (storages made as their paths need). */
export function compoundFile(streams: CompoundStream[]): Buffer {
  const root: Node = { name: 'Root Entry', type: 5, children: [] };
  for (const stream of streams) {
    let parent = root;
    for (const name of stream.path ?? []) {
      let storage = parent.children.find((child) => child.name === name && child.type === 1);
      if (!storage) {
        storage = { name, type: 1, children: [] };
        parent.children.push(storage);
      }
      parent = storage;
    }
    parent.children.push({ name: stream.name, type: 2, children: [], data: stream.data });
  }
  const nodes: Node[] = [];
  const number = (node: Node) => {
    node.id = nodes.length;
    nodes.push(node);
    node.children.sort(compareNames);
    for (const child of node.children) number(child);
  };
  number(root);

  // Small streams go to the mini stream, the others to regular sectors.
  const miniParts: Buffer[] = [];
  const miniFat: number[] = [];
  const bigParts: Buffer[] = [];
  let bigSectors = 0;
  const bigStarts = new Map<Node, number>();
  for (const node of nodes.filter((entry) => entry.type === 2)) {
    const data = node.data ?? Buffer.alloc(0);
    node.size = data.length;
    if (data.length === 0) node.start = END;
    else if (data.length < CUTOFF) {
      const count = Math.ceil(data.length / MINI);
      node.start = miniFat.length;
      chainInto(miniFat, miniFat.length, count);
      miniParts.push(pad(data, MINI));
    } else {
      bigStarts.set(node, bigSectors);
      bigSectors += Math.ceil(data.length / SECTOR);
      bigParts.push(pad(data, SECTOR));
    }
  }
  const miniStream = Buffer.concat(miniParts);
  const miniStreamSectors = Math.ceil(miniStream.length / SECTOR);
  const miniFatSectors = Math.ceil((miniFat.length * 4) / SECTOR);
  const directorySectors = Math.ceil((nodes.length * 128) / SECTOR);
  const payload = directorySectors + miniFatSectors + miniStreamSectors + bigSectors;
  let fatSectors = 1;
  while (fatSectors * (SECTOR / 4) < fatSectors + payload) fatSectors++;
  if (fatSectors > 109) throw new Error('compound file too large for this writer');

  // Sector layout: FAT, directory, mini FAT, mini stream, big streams.
  const fat: number[] = [];
  for (let i = 0; i < fatSectors; i++) fat[i] = FAT_MARK;
  const directoryStart = fatSectors;
  chainInto(fat, directoryStart, directorySectors);
  const miniFatStart = directoryStart + directorySectors;
  chainInto(fat, miniFatStart, miniFatSectors);
  const miniStreamStart = miniFatStart + miniFatSectors;
  chainInto(fat, miniStreamStart, miniStreamSectors);
  const bigStart = miniStreamStart + miniStreamSectors;
  for (const [node, offset] of bigStarts) {
    node.start = bigStart + offset;
    chainInto(fat, node.start, Math.ceil((node.size ?? 0) / SECTOR));
  }
  root.start = miniStreamSectors > 0 ? miniStreamStart : END;
  root.size = miniStream.length;

  const fatBytes = Buffer.alloc(fatSectors * SECTOR, 0xff);
  fat.forEach((value, i) => {
    fatBytes.writeUInt32LE(value, i * 4);
  });
  const miniFatBytes = Buffer.alloc(miniFatSectors * SECTOR, 0xff);
  miniFat.forEach((value, i) => {
    miniFatBytes.writeUInt32LE(value, i * 4);
  });

  const directory = Buffer.alloc(directorySectors * SECTOR);
  for (let i = nodes.length; i < directorySectors * 4; i++) {
    directory.writeUInt32LE(FREE, i * 128 + 68);
    directory.writeUInt32LE(FREE, i * 128 + 72);
    directory.writeUInt32LE(FREE, i * 128 + 76);
  }
  for (const node of nodes) {
    const at = (node.id ?? 0) * 128;
    directory.write(node.name, at, 62, 'utf16le');
    directory.writeUInt16LE((node.name.length + 1) * 2, at + 64);
    directory[at + 66] = node.type;
    directory[at + 67] = 1;
    // Siblings as a chain to the right: a valid search tree, all black.
    directory.writeUInt32LE(FREE, at + 68);
    directory.writeUInt32LE(FREE, at + 72);
    directory.writeUInt32LE(node.children[0]?.id ?? FREE, at + 76);
    directory.writeUInt32LE(node.start ?? 0, at + 116);
    directory.writeUInt32LE(node.size ?? 0, at + 120);
  }
  for (const node of nodes)
    node.children.forEach((child, i) => {
      const next = node.children[i + 1];
      if (next) directory.writeUInt32LE(next.id ?? FREE, (child.id ?? 0) * 128 + 72);
    });

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(fatSectors, 44);
  header.writeUInt32LE(directoryStart, 48);
  header.writeUInt32LE(CUTOFF, 56);
  header.writeUInt32LE(miniFatSectors > 0 ? miniFatStart : END, 60);
  header.writeUInt32LE(miniFatSectors, 64);
  header.writeUInt32LE(END, 68);
  header.fill(0xff, 76);
  for (let i = 0; i < fatSectors; i++) header.writeUInt32LE(i, 76 + i * 4);

  return Buffer.concat([header, fatBytes, directory, miniFatBytes, pad(miniStream, SECTOR), ...bigParts]);
}

/** One run of text in the piece table; `compressed` stores it as Windows-1252 bytes. */
export interface TextPiece {
  text: string;
  compressed?: boolean;
}

/** Windows-1252's letters in 0x80–0x9F that Word's compressed pieces use most. */
const CP1252: Record<string, number> = {
  '€': 0x80,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
};

function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((char) => {
      const code = CP1252[char] ?? char.charCodeAt(0);
      if (code > 0xff || (code >= 0x80 && code < 0xa0 && !(char in CP1252)))
        throw new Error(`not in Windows-1252: ${char}`);
      return code;
    }),
  );
}

/** The WordDocument and 1Table streams of a Word 97 document with the given text. */
export function wordStreams(pieces: TextPiece[]): CompoundStream[] {
  const TEXT_AT = 0x400;
  const encoded = pieces.map((piece) =>
    piece.compressed ? windows1252(piece.text) : Buffer.from(piece.text, 'utf16le'),
  );
  const fib = Buffer.alloc(TEXT_AT);
  fib.writeUInt16LE(0xa5ec, 0);
  fib.writeUInt16LE(0x00c1, 2);
  fib.writeUInt16LE(0x0200, 0x0a); // fWhichTblStm: the table stream is 1Table
  fib.writeUInt16LE(14, 0x20); // csw
  fib.writeUInt16LE(22, 0x3e); // cslw
  const characters = pieces.reduce((sum, piece) => sum + piece.text.length, 0);
  fib.writeInt32LE(characters, 0x40 + 3 * 4); // ccpText
  fib.writeUInt16LE(0x5d, 0x98); // cbRgFcLcb: Word 97's 93 pairs

  // Piece table: a Prc (to be skipped) then the Pcdt.
  const cps: number[] = [0];
  const descriptors: Buffer[] = [];
  let fc = TEXT_AT;
  pieces.forEach((piece, i) => {
    cps.push((cps.at(-1) ?? 0) + piece.text.length);
    const pcd = Buffer.alloc(8);
    pcd.writeUInt32LE(piece.compressed ? (fc * 2) | 0x40000000 : fc, 2);
    descriptors.push(pcd);
    fc += encoded[i]?.length ?? 0;
  });
  const plc = Buffer.concat([
    ...cps.map((cp) => {
      const bytes = Buffer.alloc(4);
      bytes.writeUInt32LE(cp);
      return bytes;
    }),
    ...descriptors,
  ]);
  const pcdtHead = Buffer.alloc(5);
  pcdtHead[0] = 0x02;
  pcdtHead.writeUInt32LE(plc.length, 1);
  const clx = Buffer.concat([Buffer.from([0x01, 0x02, 0x00, 0x00, 0x00]), pcdtHead, plc]);
  const table = Buffer.concat([Buffer.alloc(16), clx]);
  fib.writeUInt32LE(16, 0x9a + 33 * 8); // fcClx
  fib.writeUInt32LE(clx.length, 0x9a + 33 * 8 + 4); // lcbClx

  return [
    { name: 'WordDocument', data: Buffer.concat([fib, ...encoded]) },
    { name: '1Table', data: table },
  ];
}

/** A legacy Word document whose paragraphs are the given lines. */
export function legacyWordFile(paragraphs: string[]): Buffer {
  const text = `${paragraphs.map((line) => line.normalize('NFC')).join('\r')}\r`;
  return compoundFile(wordStreams([{ text }]));
}
