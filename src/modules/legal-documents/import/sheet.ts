import { zipArchive } from '../../../platform/zip-writer.ts';
import { checkOfficeArchive } from '../../media/zip-check.ts';
import { unpackArchive } from './archive.ts';

/**
 * Reads the list of an import — the first sheet of an XLSX workbook, or a CSV file — into rows
 * of cells, and writes the template in both forms. The workbook is unpacked with the archive
 * checks of the media module and its XML read with a few strict patterns (cells, shared
 * strings, inline strings): no formulas are evaluated and nothing is fetched.
 */

/** A cell: its text, or its number when the sheet stores one (an Excel date is a number). */
export type Cell = string | number;

export type SheetResult = { ok: true; rows: Cell[][] } | { ok: false; problem: SheetProblem };
export type SheetProblem = 'not_xlsx' | 'archive' | 'macro' | 'not_utf8' | 'unreadable';

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text with its entities and OOXML's `_xHHHH_` escapes decoded. */
function xmlText(text: string): string {
  return text
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name] ?? '';
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** The text of the `<t>` runs in an element (phonetic runs left out). */
function runsText(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  for (const match of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += xmlText(match[1] ?? '');
  return text;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** The zero-based column of a cell reference ("C7" → 2). */
function columnOf(reference: string): number {
  const letters = /^[A-Z]{1,3}/.exec(reference)?.[0] ?? '';
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column - 1;
}

/** The path of the workbook's first sheet, from the workbook and its relationships. */
function firstSheetPath(files: Map<string, Buffer>): string {
  const workbook = files.get('xl/workbook.xml')?.toString('utf8') ?? '';
  const sheetTag = /<sheet\b[^>]*>/.exec(workbook)?.[0] ?? '';
  const relId = attribute(sheetTag, 'r:id');
  const rels = files.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '';
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (attribute(match[0], 'Id') !== relId) continue;
    const target = attribute(match[0], 'Target') ?? '';
    return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  }
  return 'xl/worksheets/sheet1.xml';
}

/** The first sheet of an XLSX workbook as rows of cells. */
export function readXlsx(bytes: Buffer): SheetResult {
  const office = checkOfficeArchive(bytes);
  if (!office.ok) return { ok: false, problem: office.reason === 'archive' ? 'archive' : 'not_xlsx' };
  if (office.type !== 'xlsx') return { ok: false, problem: 'not_xlsx' };
  if (office.hasMacros) return { ok: false, problem: 'macro' };
  const unpacked = unpackArchive(bytes);
  if (!unpacked.ok) return { ok: false, problem: 'archive' };
  const files = unpacked.files;
  const shared: string[] = [];
  const sharedXml = files.get('xl/sharedStrings.xml')?.toString('utf8') ?? '';
  for (const match of sharedXml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g))
    shared.push(runsText(match[1] ?? ''));
  const sheet = files.get(firstSheetPath(files))?.toString('utf8');
  if (sheet === undefined) return { ok: false, problem: 'unreadable' };
  const rows: Cell[][] = [];
  for (const rowMatch of sheet.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const number = Number(attribute(rowMatch[0], 'r') ?? rows.length + 1);
    const cells: Cell[] = [];
    let next = 0;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = `<c${cellMatch[1] ?? ''}>`;
      const reference = attribute(tag, 'r');
      const column = reference ? columnOf(reference) : next;
      next = column + 1;
      const inner = cellMatch[2] ?? '';
      const type = attribute(tag, 't') ?? 'n';
      const raw = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      let value: Cell = '';
      if (type === 's') value = shared[Number(raw)] ?? '';
      else if (type === 'inlineStr') value = runsText(inner);
      else if (type === 'str' || type === 'e') value = xmlText(raw ?? '');
      else if (type === 'b') value = raw === '1' ? 'TRUE' : 'FALSE';
      else if (raw !== undefined && raw.trim() !== '' && Number.isFinite(Number(raw))) value = Number(raw);
      if (column >= 0 && column < 100) cells[column] = value;
    }
    if (number >= 1 && number <= 1_000_000) rows[number - 1] = Array.from(cells, (cell) => cell ?? '');
  }
  return { ok: true, rows: Array.from(rows, (row) => row ?? []) };
}

/** A CSV file (UTF-8, comma or semicolon, quotes doubled inside quoted cells) as rows. */
export function readCsv(bytes: Buffer): SheetResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'not_utf8' };
  }
  text = text.replace(/^\ufeff/, '');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a binary file is not a list
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) return { ok: false, problem: 'unreadable' };
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: Cell[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return { ok: true, rows };
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"]/g, (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot' }[char]};`);

/** The column letters of a zero-based index (2 → "C"). */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A one-sheet XLSX workbook of text cells (the template). */
export function writeXlsx(rows: string[][], sheetName: string): Buffer {
  const sheetRows = rows
    .map((row, r) => {
      const cells = row
        .map(
          (value, c) =>
            `<c r="${columnName(c)}${r + 1}" t="inlineStr"${r === 0 ? ' s="1"' : ''}><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`,
        )
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const type = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipArchive({
    '[Content_Types].xml': `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    '_rels/.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${type}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${xml}<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${type}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${type}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `${xml}<styleSheet xmlns="${main}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`,
    'xl/worksheets/sheet1.xml': `${xml}<worksheet xmlns="${main}"><sheetData>${sheetRows}</sheetData></worksheet>`,
  });
}

/** The same rows as CSV (UTF-8 with a BOM, so spreadsheet programs read Vietnamese right). */
export function writeCsv(rows: string[][]): Buffer {
  const quote = (value: string) => (/[",\n\r;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return Buffer.from(`\ufeff${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`, 'utf8');
}
