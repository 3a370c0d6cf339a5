import { foldForMatch } from '../../db/text-match.ts';

/**
 * Số ký hiệu: the number/symbol of a document ("123/2025/QĐ-UBND"), parsed for storage and for
 * matching the way people type it ("123/QĐ-UBND", "123/2025", "qd-ubnd 123", "123 qđ ubnd",
 * "Quyết định 123").
 *
 * A Vietnamese number is `serial[/year]/symbol`: the serial (leading zeros carry no meaning:
 * "05" = "5"), the year for normative documents (văn bản quy phạm pháp luật), and the symbol
 * made of the type code and the issuer code joined by "-" ("QĐ-UBND", "TTLT-BTC-BNV"); letters
 * and digits may mix ("QH15"), and administrative letters have no type code ("1234/UBND-KT").
 * People type it with spaces or en dashes around the separators, in lower case, without
 * diacritics, after "số", or with the type written out ("Quyết định số 123").
 *
 * The module stores `serial`, `year` and the plain `symbol` of `parseDocumentNumber` in indexed
 * columns and turns a `numberQuery` into SQL with the meaning of `numberMatches`.
 */

export interface DocumentNumber {
  /** As written, NFC, trimmed, separators tidied ("123 / 2025 / QĐ – UBND" → "123/2025/QĐ-UBND"). */
  text: string;
  /** The serial without leading zeros ("123"), or null when there is none. */
  serial: string | null;
  /** The four-digit year in the number, or null. */
  year: number | null;
  /** The symbol, plain: lower case, no diacritics, đ → d, parts joined by "-" ("qd-ubnd"). */
  symbol: string;
}

/** What a typed query means as a number, when it is one. */
export interface NumberQuery {
  serial: string | null;
  year: number | null;
  /** Plain symbol parts that must all appear among the number's symbol parts ("qd", "ubnd"). */
  symbolParts: string[];
}

/** Type words written out, plain, and the symbol part they stand for ('' = no code: "công văn"). */
const TYPE_WORDS: readonly [string[], string][] = [
  [['thong', 'tu', 'lien', 'tich'], 'ttlt'],
  [['quyet', 'dinh'], 'qd'],
  [['nghi', 'dinh'], 'nd'],
  [['thong', 'tu'], 'tt'],
  [['chi', 'thi'], 'ct'],
  [['nghi', 'quyet'], 'nq'],
  [['ke', 'hoach'], 'kh'],
  [['thong', 'bao'], 'tb'],
  [['huong', 'dan'], 'hd'],
  [['bao', 'cao'], 'bc'],
  [['cong', 'dien'], 'cd'],
  [['to', 'trinh'], 'ttr'],
  [['van', 'ban', 'hop', 'nhat'], 'vbhn'],
  // Công văn and Luật numbers carry no type code ("1234/UBND-KT", "57/2024/QH15").
  [['cong', 'van'], ''],
  [['van', 'ban'], ''],
  [['luat'], ''],
  [['bo', 'luat'], ''],
  [['phap', 'lenh'], ''],
];

/** Words that only introduce the number ("số 123", "số 123 năm 2025"). */
const FILLERS = new Set(['so', 'nam', 'no', 'ky', 'hieu']);

/** Issuer and type codes that contain a vowel, so the no-vowel rule below would miss them. */
const CODES_WITH_VOWELS = new Set([
  'ubnd',
  'ub',
  'ubtvqh',
  'vpubnd',
  'vpub',
  'byt',
  'syt',
  'bca',
  'tu',
  'hu',
]);

const YEAR = /^(19|20)\d\d$/;
const DIGITS = /^\d+$/;

const plain = (text: string) => foldForMatch(text.normalize('NFC'));

const withoutLeadingZeros = (digits: string) => digits.replace(/^0+(?=\d)/, '');

/** Tidies what people type: en/em dashes and minus signs to "-", no spaces around "/" and "-". */
function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words before the number itself: "Quyết định số 123/…", "Luật số 57/…", "Số: 05/…", or a
 * type written out before a slashed number ("Nghị định 45/2025/NĐ-CP").
 */
const INTRODUCTION = /^(?:[\p{L} ]*?\s)?(?:số|so|no\.?)\s*:?\s*(?=\p{N})|^[\p{L} ]+\s(?=\p{N}+\/)/iu;

/** Parses a stored number; null when the text holds no number at all. */
export function parseDocumentNumber(text: string): DocumentNumber | null {
  const clean = tidy(text).replace(INTRODUCTION, '');
  if (!clean) return null;
  let serial: string | null = null;
  let year: number | null = null;
  let symbolText: string;
  if (clean.includes('/')) {
    const parts = clean.split('/').filter(Boolean);
    if (DIGITS.test(parts[0] ?? '')) serial = withoutLeadingZeros(parts.shift() as string);
    const yearIndex = parts.findIndex((part) => YEAR.test(part));
    if (yearIndex >= 0) year = Number(parts.splice(yearIndex, 1)[0]);
    symbolText = parts.join('-');
  } else {
    // No slash: "QĐ 123", "123 QĐ-UBND": the first run of digits is the serial.
    const words = clean.split(/[\s-]+/).filter(Boolean);
    const index = words.findIndex((word) => DIGITS.test(word));
    if (index >= 0) serial = withoutLeadingZeros(words.splice(index, 1)[0] as string);
    symbolText = words.join('-');
  }
  const symbol = plain(symbolText)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('-');
  if (serial === null && !symbol) return null;
  return { text: clean, serial, year, symbol };
}

/** A word that reads as a symbol code ("qd", "ubnd", "qh15"), not as a Vietnamese word. */
function isCode(original: string, folded: string): boolean {
  if (/\d/.test(folded) && /[a-z]/.test(folded)) return true;
  // Typed in capitals without other diacritics than Đ ("UBND", "QĐ"), as symbols are written.
  const capitals = original.length >= 2 && original === original.toUpperCase() && /\p{Lu}/u.test(original);
  if (capitals && plain(original.replace(/Đ/g, 'D')) === original.replace(/Đ/g, 'D').toLowerCase())
    return true;
  if (CODES_WITH_VOWELS.has(folded)) return true;
  return folded.length <= 8 && !/[aeiouy]/.test(folded);
}

type Token =
  | { kind: 'slash' }
  | { kind: 'digits'; value: string }
  | { kind: 'word'; original: string; folded: string };

function tokens(text: string): Token[] {
  const found = tidy(text).match(/[\p{L}\p{N}]+|\//gu) ?? [];
  return found.map((token): Token => {
    if (token === '/') return { kind: 'slash' };
    if (DIGITS.test(token)) return { kind: 'digits', value: token };
    return { kind: 'word', original: token, folded: plain(token) };
  });
}

/**
 * Reads a query as a number query, or null when it does not look like one: it needs a serial,
 * and every word must be a type written out, a filler ("số", "năm") or a symbol code, so
 * "nông thôn mới" or "quy chế 123" are searched as words instead.
 */
export function numberQuery(text: string): NumberQuery | null {
  const list = tokens(text);
  const symbolParts: string[] = [];
  const numbers: { value: string; beforeSlash: boolean; afterSlash: boolean }[] = [];
  for (let index = 0; index < list.length; index++) {
    const token = list[index] as Token;
    if (token.kind === 'slash') continue;
    if (token.kind === 'digits') {
      numbers.push({
        value: token.value,
        beforeSlash: list[index + 1]?.kind === 'slash',
        afterSlash: list[index - 1]?.kind === 'slash',
      });
      continue;
    }
    const typeWord = TYPE_WORDS.find(([words]) =>
      words.every((word, offset) => {
        const next = list[index + offset];
        return next?.kind === 'word' && next.folded === word;
      }),
    );
    if (typeWord) {
      if (typeWord[1]) symbolParts.push(typeWord[1]);
      index += typeWord[0].length - 1;
    } else if (FILLERS.has(token.folded)) {
      // "số 123 năm 2025"
    } else if (isCode(token.original, token.folded)) {
      symbolParts.push(token.folded);
    } else {
      return null;
    }
  }
  // The serial is the number before the first "/", else the first that is not a year.
  const serialAt = numbers.findIndex((number) => number.beforeSlash && !number.afterSlash);
  const serialIndex = serialAt >= 0 ? serialAt : numbers.findIndex((number) => !YEAR.test(number.value));
  if (serialIndex < 0) return null;
  const rest = numbers.filter((_, index) => index !== serialIndex);
  if (rest.length > 1 || (rest[0] && !YEAR.test(rest[0].value))) return null;
  return {
    serial: withoutLeadingZeros((numbers[serialIndex] as { value: string }).value),
    year: rest[0] ? Number(rest[0].value) : null,
    symbolParts: [...new Set(symbolParts)],
  };
}

/** Whether a number answers a query (the reference for the SQL filter). */
export function numberMatches(query: NumberQuery, number: DocumentNumber): boolean {
  if (query.serial !== null && query.serial !== number.serial) return false;
  if (query.year !== null && query.year !== number.year) return false;
  const parts = number.symbol.split('-');
  return query.symbolParts.every((part) => parts.includes(part));
}

/**
 * The key two documents share when one is a duplicate of the other: same issuer, serial, year
 * and symbol. The year is the number's own or, for numbers without one ("1587/KH-UBND"), the
 * year of issue, so a serial that restarts every year is no duplicate of last year's.
 */
export function duplicateKey(number: DocumentNumber, issuerPlain: string, issuedYear: number): string {
  const issuer = plain(issuerPlain).replace(/\s+/g, ' ').trim();
  return [issuer, number.serial ?? '', number.year ?? issuedYear, number.symbol].join('|');
}
