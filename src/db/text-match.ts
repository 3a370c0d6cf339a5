import { type RawBuilder, sql } from 'kysely';

/**
 * Text matching outside search (API filters, the audit log viewer, the media library): one fold,
 * the same on both engines (ADR 0014). Matching ignores case and diacritics — "dac khu",
 * "Đặc khu" and "ĐẶC KHU" find each other — because most people type Vietnamese without accents.
 *
 * The fold is a table from one code point to at most one: A–Z and the Latin letters with
 * diacritics (Vietnamese and its neighbours in Latin-1, Extended-A/B and Extended Additional) to
 * their lower-case base letter, Đ/đ to d, and combining marks (text stored before NFC) to nothing.
 * SQL applies it with translate(), built into PostgreSQL and registered on SQLite with
 * PostgreSQL's meaning (connection.ts), so the two engines run the same SQL with the same table.
 * Neither lower() nor ILIKE is used: on SQLite they fold ASCII only, on PostgreSQL they follow the
 * server's locale.
 */

const LATIN_RANGES: [number, number][] = [
  [0x00c0, 0x024f],
  [0x1e00, 0x1eff],
];

function buildFoldTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (let code = 0x41; code <= 0x5a; code++)
    table.set(String.fromCharCode(code), String.fromCharCode(code + 32));
  for (const [start, end] of LATIN_RANGES) {
    for (let code = start; code <= end; code++) {
      const letter = String.fromCodePoint(code);
      const base = letter.normalize('NFD').replace(/\p{M}/gu, '');
      if (base !== letter && /^[A-Za-z]$/.test(base)) table.set(letter, base.toLowerCase());
    }
  }
  table.set('Đ', 'd');
  table.set('đ', 'd');
  for (let code = 0x0300; code <= 0x036f; code++) table.set(String.fromCharCode(code), '');
  return table;
}

const FOLD_TABLE = buildFoldTable();
const mapped = [...FOLD_TABLE].filter(([, to]) => to !== '');
const removed = [...FOLD_TABLE].filter(([, to]) => to === '');
/** translate()'s second and third arguments: characters past the end of `to` are removed. */
const TRANSLATE_FROM = [...mapped, ...removed].map(([from]) => from).join('');
const TRANSLATE_TO = mapped.map(([, to]) => to).join('');

/** PostgreSQL's translate(): each character of `from` becomes the one at its place in `to`, or goes. */
export function translateText(value: string, from: string, to: string): string {
  const table = from === TRANSLATE_FROM && to === TRANSLATE_TO ? FOLD_TABLE : tableOf(from, to);
  let out = '';
  for (const char of value) {
    const replacement = table.get(char);
    out += replacement ?? char;
  }
  return out;
}

function tableOf(from: string, to: string): Map<string, string> {
  const table = new Map<string, string>();
  const targets = [...to];
  [...from].forEach((char, index) => {
    if (!table.has(char)) table.set(char, targets[index] ?? '');
  });
  return table;
}

/** The fold in JavaScript, equal to what SQL computes for a column. */
export function foldForMatch(value: string): string {
  return translateText(value, TRANSLATE_FROM, TRANSLATE_TO);
}

/** A column or expression folded in SQL. */
export function foldedSql(column: string | RawBuilder<string>): RawBuilder<string> {
  const target = typeof column === 'string' ? sql.ref(column) : column;
  return sql<string>`translate(${target}, ${TRANSLATE_FROM}, ${TRANSLATE_TO})`;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** `column` contains `text`, ignoring case and diacritics; `text` is literal (% and _ match themselves). */
export function textContains(column: string | RawBuilder<string>, text: string): RawBuilder<boolean> {
  return sql<boolean>`${foldedSql(column)} like ${`%${escapeLike(foldForMatch(text))}%`} escape '\\'`;
}

/** `column` starts with `text`, ignoring case and diacritics. */
export function textStartsWith(column: string | RawBuilder<string>, text: string): RawBuilder<boolean> {
  return sql<boolean>`${foldedSql(column)} like ${`${escapeLike(foldForMatch(text))}%`} escape '\\'`;
}
