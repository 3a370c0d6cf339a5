import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';

/**
 * A small PDF writer for the demo's generated documents: A4 pages of lines of text in Be Vietnam
 * Pro, embedded as a subset (CIDFontType2, Identity-H) with a ToUnicode map, so a reader's text
 * extraction returns the Vietnamese text with its diacritics; or, for a "scanned" file, the same
 * lines drawn as filled glyph outlines with no font and so no text layer.
 *
 * Why not pdf-lib: it shapes every line through fontkit's OpenType engine and compresses with a
 * JavaScript deflate, about 100–200 ms a file; seeding ~40 files must stay under 2 s. Here each
 * glyph is looked up by code point (Vietnamese letters are precomposed in the font, so nothing is
 * lost without shaping) and streams are deflated by node:zlib: a few milliseconds a file.
 * The font is the full TTF of @expo-google-fonts/be-vietnam-pro (the @fontsource files are split
 * by Unicode range, so no single one holds every Vietnamese letter).
 */

const require = createRequire(import.meta.url);

export const A4 = { width: 595.28, height: 841.89 } as const;

export type FontStyle = 'regular' | 'bold';

/** One line of text to draw at (x, y) on a page (0-based), baseline in points from the bottom. */
export interface PdfLine {
  text: string;
  style: FontStyle;
  size: number;
  x: number;
  y: number;
  page: number;
}

const FONT_FILES: Record<FontStyle, string> = {
  regular: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  bold: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
};

const loaded = new Map<FontStyle, fontkit.Font>();

/** The font of a style, parsed once per process. */
export function demoFont(style: FontStyle): fontkit.Font {
  let font = loaded.get(style);
  if (!font) {
    font = fontkit.create(readFileSync(require.resolve(FONT_FILES[style])));
    loaded.set(style, font);
  }
  return font;
}

const advances = new Map<string, number>();

/** The width of a text at a size in points (advance widths, no kerning: what the writer draws). */
export function textWidth(text: string, style: FontStyle, size: number): number {
  const font = demoFont(style);
  let units = 0;
  for (const char of text) {
    const key = `${style}${char}`;
    let advance = advances.get(key);
    if (advance === undefined) {
      advance = font.glyphForCodePoint(char.codePointAt(0)!).advanceWidth;
      advances.set(key, advance);
    }
    units += advance;
  }
  return (units * size) / font.unitsPerEm;
}

/** PDF objects, numbered from 1 in the order they are added. */
class Objects {
  readonly bodies: Buffer[] = [];
  reserve(): number {
    this.bodies.push(Buffer.alloc(0));
    return this.bodies.length;
  }
  set(id: number, body: string | Buffer): void {
    this.bodies[id - 1] = Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1');
  }
  add(body: string | Buffer): number {
    const id = this.reserve();
    this.set(id, body);
    return id;
  }
  stream(dictionary: string, data: Buffer, compress = true): number {
    const bytes = compress ? deflateSync(data, { level: 1 }) : data;
    const filter = compress ? '/Filter /FlateDecode ' : '';
    return this.add(
      Buffer.concat([
        Buffer.from(`<< ${filter}/Length ${bytes.length} ${dictionary} >>\nstream\n`, 'latin1'),
        bytes,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    );
  }
}

/** A PDF text string: UTF-16BE with its byte-order mark, in hex. */
const textString = (text: string): string => {
  const units = Buffer.from(text, 'utf16le').swap16();
  return `<FEFF${units.toString('hex').toUpperCase()}>`;
};

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');
const num = (n: number): string => (Math.round(n * 100) / 100).toString();

/** The glyphs a document uses from one font, numbered in the subset as they are met. */
class FontUse {
  readonly subset: fontkit.Subset;
  /** Subset glyph id → the text it stands for (ToUnicode). */
  readonly unicode = new Map<number, string>();
  /** Subset glyph id → advance width in font units. */
  readonly widths = new Map<number, number>();
  private readonly byChar = new Map<string, number>();
  constructor(readonly font: fontkit.Font) {
    this.subset = font.createSubset();
  }
  /** The line as subset glyph ids, 4 hex digits each (Identity-H). */
  encode(text: string): string {
    let out = '';
    for (const char of text) {
      let id = this.byChar.get(char);
      if (id === undefined) {
        const glyph = this.font.glyphForCodePoint(char.codePointAt(0)!);
        id = this.subset.includeGlyph(glyph);
        this.byChar.set(char, id);
        if (glyph.id !== 0) this.unicode.set(id, char);
        this.widths.set(id, glyph.advanceWidth);
      }
      out += hex4(id);
    }
    return out;
  }
}

function encodeSubset(subset: fontkit.Subset): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    subset
      .encodeStream()
      .on('data', (chunk) => chunks.push(chunk))
      .on('end', () => resolve(Buffer.concat(chunks)));
  });
}

function toUnicodeCMap(unicode: Map<number, string>): Buffer {
  const entries = [...unicode].sort((a, b) => a[0] - b[0]);
  const blocks: string[] = [];
  // At most 100 entries per bfchar block.
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(
      `${block.length} beginbfchar\n${block
        .map(
          ([id, text]) =>
            `<${hex4(id)}> <${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}>`,
        )
        .join('\n')}\nendbfchar`,
    );
  }
  return Buffer.from(
    `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n${blocks.join('\n')}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n`,
    'latin1',
  );
}

/** Writes the font objects of a used font and returns the Type0 font's object number. */
async function writeFont(objects: Objects, use: FontUse): Promise<number> {
  const { font } = use;
  const scale = 1000 / font.unitsPerEm;
  const file = await encodeSubset(use.subset);
  const tag = createHash('sha256')
    .update(file)
    .digest()
    .subarray(0, 6)
    .map((byte) => 65 + (byte % 26));
  const name = `${Buffer.from(tag).toString('latin1')}+${(font.postscriptName ?? 'BeVietnamPro').replace(/[^A-Za-z0-9-]/g, '')}`;
  const fontFile = objects.stream(`/Length1 ${file.length}`, file);
  const box = font.bbox;
  const descriptor = objects.add(
    `<< /Type /FontDescriptor /FontName /${name} /Flags 32 /FontBBox [${[box.minX, box.minY, box.maxX, box.maxY].map((v) => num(v * scale)).join(' ')}] /ItalicAngle 0 /Ascent ${num(font.ascent * scale)} /Descent ${num(font.descent * scale)} /CapHeight ${num(font.capHeight * scale)} /StemV 80 /FontFile2 ${fontFile} 0 R >>`,
  );
  const widths = [...use.widths]
    .sort((a, b) => a[0] - b[0])
    .map(([id, width]) => `${id} [${num(width * scale)}]`)
    .join(' ');
  const cidFont = objects.add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /W [${widths}] /CIDToGIDMap /Identity >>`,
  );
  const toUnicode = objects.stream('', toUnicodeCMap(use.unicode));
  return objects.add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
  );
}

interface PathCommand {
  command: string;
  args: number[];
}

/** The glyph outlines of a line as PDF path operators, filled (a scan: no text operators). */
function outlineOperators(line: PdfLine): string {
  const font = demoFont(line.style);
  const scale = line.size / font.unitsPerEm;
  const ops: string[] = [];
  let pen = line.x;
  for (const char of line.text) {
    const glyph = font.glyphForCodePoint(char.codePointAt(0)!);
    // The commands exist at run time (fontkit's Path), not in its type declarations.
    const commands = (glyph.path as unknown as { commands: PathCommand[] }).commands;
    const px = (x: number) => num(pen + x * scale);
    const py = (y: number) => num(line.y + y * scale);
    let current = [0, 0];
    for (const { command, args } of commands) {
      const a = args as [number, number, number, number, number, number];
      if (command === 'moveTo') {
        ops.push(`${px(a[0])} ${py(a[1])} m`);
        current = [a[0], a[1]];
      } else if (command === 'lineTo') {
        ops.push(`${px(a[0])} ${py(a[1])} l`);
        current = [a[0], a[1]];
      } else if (command === 'quadraticCurveTo') {
        // A quadratic Bézier as the cubic PDF draws.
        const [x0, y0] = current as [number, number];
        const c1 = [x0 + (2 / 3) * (a[0] - x0), y0 + (2 / 3) * (a[1] - y0)] as const;
        const c2 = [a[2] + (2 / 3) * (a[0] - a[2]), a[3] + (2 / 3) * (a[1] - a[3])] as const;
        ops.push(`${px(c1[0])} ${py(c1[1])} ${px(c2[0])} ${py(c2[1])} ${px(a[2])} ${py(a[3])} c`);
        current = [a[2], a[3]];
      } else if (command === 'bezierCurveTo') {
        ops.push(`${px(a[0])} ${py(a[1])} ${px(a[2])} ${py(a[3])} ${px(a[4])} ${py(a[5])} c`);
        current = [a[4], a[5]];
      } else if (command === 'closePath') ops.push('h');
    }
    if (commands.length > 0) ops.push('f');
    pen += glyph.advanceWidth * scale;
  }
  return ops.join('\n');
}

/** Writes the PDF: lines as text (with fonts) or, when `scanned`, as outlines on grey paper. */
export async function writePdf(input: {
  title: string;
  lines: PdfLine[];
  scanned: boolean;
}): Promise<Buffer> {
  const objects = new Objects();
  const catalog = objects.reserve();
  const pagesId = objects.reserve();
  const pageCount = Math.max(1, ...input.lines.map((line) => line.page + 1));
  const uses: Partial<Record<FontStyle, FontUse>> = {};
  const contents: string[][] = Array.from({ length: pageCount }, () =>
    input.scanned ? [`0.96 0.95 0.93 rg 0 0 ${A4.width} ${A4.height} re f`, '0.12 0.12 0.12 rg'] : [],
  );
  for (const line of input.lines) {
    const page = contents[line.page]!;
    if (input.scanned) {
      page.push(outlineOperators(line));
      continue;
    }
    uses[line.style] ??= new FontUse(demoFont(line.style));
    const glyphs = uses[line.style]!.encode(line.text);
    page.push(
      `BT /F${line.style === 'bold' ? 2 : 1} ${num(line.size)} Tf ${num(line.x)} ${num(line.y)} Td <${glyphs}> Tj ET`,
    );
  }
  const fontEntries: string[] = [];
  for (const [style, use] of Object.entries(uses) as [FontStyle, FontUse][]) {
    fontEntries.push(`/F${style === 'bold' ? 2 : 1} ${await writeFont(objects, use)} 0 R`);
  }
  const resources = fontEntries.length > 0 ? `<< /Font << ${fontEntries.join(' ')} >> >>` : '<< >>';
  const pageIds = contents.map((ops) => {
    const content = objects.stream('', Buffer.from(ops.join('\n'), 'latin1'));
    return objects.add(
      `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources ${resources} /Contents ${content} 0 R >>`,
    );
  });
  objects.set(
    pagesId,
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`,
  );
  objects.set(catalog, `<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  const info = objects.add(`<< /Title ${textString(input.title)} /Producer ${textString('Đình demo')} >>`);
  // Header with a binary comment (marks the file as binary), objects, cross-reference table, trailer.
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.bodies.forEach((body, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const id = createHash('md5').update(Buffer.concat(parts)).digest('hex').toUpperCase();
  const xref = [
    'xref',
    `0 ${offsets.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((at) => `${at.toString().padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${offsets.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R /ID [<${id}> <${id}>] >>`,
    'startxref',
    String(offset),
    '%%EOF',
    '',
  ].join('\n');
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}
