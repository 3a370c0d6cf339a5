import type { LanguageCode } from '../../../db/schema.ts';
import type { FieldDef, Localized } from '../../collections/definition.ts';
import type { RawValues } from '../../collections/fields.ts';
import type { ExtraValues } from '../../collections/type-hooks.ts';
import { legalDocuments } from '../legal-documents.collection.ts';
import { relationNames } from '../messages.ts';
import { fold } from '../store.ts';
import { RELATION_KINDS } from '../vocabulary.ts';
import type { Cell } from './sheet.ts';
import { tr } from './texts.ts';

/**
 * The columns of the import list and how a row becomes the raw values of the document form
 * (collections/fields.ts): dates as dd/mm/yyyy, ISO or Excel dates; types, sections, levels and
 * fields by code or Vietnamese name (case and diacritics ignored); several fields and files
 * separated by ";"; relations as "bãi bỏ: 12/2020/QĐ-UBND".
 */

/** Rows one import takes at most. */
export const MAX_ROWS = 5_000;

/** A column: the document field it fills (or the relations), its Vietnamese header, other headers accepted. */
interface Column {
  key: string;
  header: string;
  aliases?: string[];
  example: string;
}

export const COLUMNS: Column[] = [
  { key: 'doc_type', header: 'Loại văn bản', example: 'Quyết định' },
  { key: 'number', header: 'Số ký hiệu', aliases: ['Số hiệu'], example: '123/2025/QĐ-UBND' },
  { key: 'section', header: 'Nhóm văn bản', example: 'Văn bản quy phạm pháp luật' },
  { key: 'issuer', header: 'Cơ quan ban hành', example: 'Ủy ban nhân dân tỉnh' },
  { key: 'level', header: 'Cấp ban hành', example: 'Tỉnh' },
  { key: 'signer', header: 'Người ký', example: 'Nguyễn Văn Bình' },
  { key: 'signer_title', header: 'Chức vụ', aliases: ['Chức vụ người ký'], example: 'Chủ tịch' },
  { key: 'issued_on', header: 'Ngày ban hành', example: '15/01/2026' },
  { key: 'effective_on', header: 'Ngày có hiệu lực', example: '01/02/2026' },
  { key: 'expires_on', header: 'Ngày hết hiệu lực', example: '' },
  { key: 'fields', header: 'Lĩnh vực', example: 'Đất đai; Tài chính – Ngân sách' },
  {
    key: 'title',
    header: 'Trích yếu',
    aliases: ['Tiêu đề', 'Trích yếu/tiêu đề'],
    example: 'Ban hành quy định mẫu về quản lý văn bản (dòng ví dụ, hãy thay bằng văn bản thật)',
  },
  { key: 'files', header: 'Tệp đính kèm', example: '' },
  { key: 'relations', header: 'Văn bản liên quan', aliases: ['Quan hệ'], example: '' },
];

/** The rows of the template: the headers and one example. */
export function templateRows(): string[][] {
  return [COLUMNS.map((column) => column.header), COLUMNS.map((column) => column.example)];
}

export interface Problem {
  /** The row in the sheet (1 = the header row); 0 for the whole file. */
  line: number;
  column: string;
  message: string;
}

export interface PlannedRow {
  line: number;
  raw: RawValues;
  extra: ExtraValues;
  /** The attachments' file names (NFC), in order. */
  files: string[];
}

const findField = (fields: readonly FieldDef[], name: string): FieldDef | undefined =>
  fields.find((field) => field.name === name);

const columnLabel = (key: string): string => COLUMNS.find((column) => column.key === key)?.header ?? key;

/** The header of the column that shows a form input's error ("d.number" → "Số ký hiệu"). */
export function columnOfInput(input: string): string {
  if (input.startsWith('rel.')) return columnLabel('relations');
  return columnLabel(input.replace(/^d\./, ''));
}

/** An option by its code or any of its names, case and diacritics ignored. */
function findOption(options: { value: string; label: Localized }[], text: string): string | undefined {
  const wanted = fold(text);
  return options.find(
    (option) =>
      fold(option.value) === wanted ||
      Object.values(option.label).some((name) => typeof name === 'string' && fold(name) === wanted),
  )?.value;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as an ISO date: dd/mm/yyyy (or d-m-yyyy, d.m.yyyy), yyyy-mm-dd, or an Excel date number. */
export function isoDate(cell: Cell): string | undefined {
  if (typeof cell === 'number') {
    // Excel counts days from 1899-12-30 (its 1900 leap-year bug included).
    if (!Number.isFinite(cell) || cell < 1 || cell > 100_000) return undefined;
    const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(cell) * 86_400_000);
    return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  }
  const text = cell.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : vn
      ? [Number(vn[3]), Number(vn[2]), Number(vn[1])]
      : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  // A day the calendar has (not 31/02).
  if (year < 1900 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const cellText = (cell: Cell | undefined): string =>
  (typeof cell === 'number' ? String(cell) : (cell ?? '')).normalize('NFC').trim();

const splitList = (text: string): string[] =>
  text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);

/** The relation kind of a name ("bãi bỏ", "Bãi bỏ một phần", "repeals"), and whether in part. */
function relationKind(name: string): { kind: string; partial: boolean } | undefined {
  let wanted = fold(name);
  const partial = /\bmot phan$/.test(wanted);
  if (partial) wanted = wanted.replace(/\s*mot phan$/, '');
  for (const kind of RELATION_KINDS) {
    const names = Object.values(relationNames[kind].outgoing).map((text) => fold(String(text)));
    if (fold(kind) === wanted || names.includes(wanted) || names.some((n) => n.split(',')[0] === wanted))
      return { kind, partial };
  }
  return undefined;
}

export type ParsedList =
  | { ok: true; rows: PlannedRow[]; problems: Problem[] }
  | { ok: false; problems: Problem[] };

/**
 * The header row's columns, the rows as form values and every problem the cells alone show.
 * `fields` is the site's declaration (its own types, sections and fields: `siteDefinition`); a
 * retired option is not offered to new documents, so a row naming one is refused when saved.
 */
export function parseList(
  cells: Cell[][],
  archive: ReadonlySet<string>,
  lang: LanguageCode,
  fields: readonly FieldDef[] = legalDocuments.fields,
): ParsedList {
  const fieldDef = (name: string) => findField(fields, name);
  const whole = tr('whole', lang);
  const headerIndex = cells.findIndex((row) => row.some((cell) => cellText(cell) !== ''));
  if (headerIndex < 0)
    return { ok: false, problems: [{ line: 0, column: whole, message: tr('empty', lang) }] };
  const headers = cells[headerIndex]!.map((cell) => fold(cellText(cell)));
  const positions = new Map<string, number>();
  const missing: Problem[] = [];
  for (const column of COLUMNS) {
    const names = [column.header, ...(column.aliases ?? [])].map(fold);
    const at = headers.findIndex((header) => names.includes(header));
    if (at >= 0) positions.set(column.key, at);
    else if (column.key !== 'relations' && column.key !== 'files' && column.key !== 'expires_on')
      missing.push({
        line: headerIndex + 1,
        column: column.header,
        message: tr('columnMissing', lang, { name: column.header }),
      });
  }
  if (missing.length > 0) return { ok: false, problems: missing };
  const body = cells
    .map((row, index) => ({ row, line: index + 1 }))
    .slice(headerIndex + 1)
    .filter(({ row }) => row.some((cell) => cellText(cell) !== ''));
  if (body.length === 0)
    return { ok: false, problems: [{ line: 0, column: whole, message: tr('empty', lang) }] };
  if (body.length > MAX_ROWS)
    return {
      ok: false,
      problems: [{ line: 0, column: whole, message: tr('tooMany', lang, { n: body.length, max: MAX_ROWS }) }],
    };
  const problems: Problem[] = [];
  const rows: PlannedRow[] = [];
  for (const { row, line } of body) {
    const cell = (key: string): Cell => {
      const at = positions.get(key);
      return at === undefined ? '' : (row[at] ?? '');
    };
    const say = (key: string, message: string) => problems.push({ line, column: columnLabel(key), message });
    const raw: RawValues = {};
    for (const column of COLUMNS) {
      const field = fieldDef(column.key);
      if (!field) continue;
      const value = cell(column.key);
      const text = cellText(value);
      if (field.kind === 'date') {
        const date = text === '' ? '' : isoDate(value);
        if (date === undefined) say(column.key, tr('badDate', lang, { value: text }));
        raw[field.name] = date ?? '';
      } else if (field.kind === 'choice' || field.kind === 'choices') {
        const found: string[] = [];
        for (const part of field.kind === 'choices' ? splitList(text) : text ? [text] : []) {
          const code = findOption(field.options, part);
          if (code) found.push(code);
          else say(column.key, tr('unknownValue', lang, { value: part }));
        }
        raw[field.name] = found.join('\n');
      } else if (field.kind !== 'attachments') raw[field.name] = text;
      if (field.required && text === '') say(column.key, tr('required', lang));
    }
    const files = splitList(cellText(cell('files'))).map((name) => name.normalize('NFC'));
    for (const name of files) if (!archive.has(name)) say('files', tr('fileMissing', lang, { name }));
    const max = (fieldDef('files') as { max?: number } | undefined)?.max ?? 10;
    if (files.length > max) say('files', tr('tooManyFiles', lang, { max }));
    const extra: ExtraValues = { 'rel.present': '1' };
    splitList(cellText(cell('relations'))).forEach((part, index) => {
      const colon = part.indexOf(':');
      const kind = colon > 0 ? relationKind(part.slice(0, colon)) : undefined;
      const target = colon > 0 ? part.slice(colon + 1).trim() : '';
      if (!kind || target === '') {
        say('relations', tr('relationFormat', lang));
        return;
      }
      extra[`rel.kind.${index}`] = kind.kind;
      extra[`rel.target.${index}`] = target;
      extra[`rel.partial.${index}`] = kind.partial ? '1' : '';
      extra[`rel.note.${index}`] = '';
    });
    raw.full_text = '';
    raw.validity_override = '';
    raw.validity_reason = '';
    rows.push({ line, raw, extra, files });
  }
  return { ok: true, rows, problems };
}
