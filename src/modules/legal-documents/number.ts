/**
 * Số ký hiệu: the number/symbol of a document ("123/2025/QĐ-UBND"), parsed for storage and for
 * matching the way people type it ("123/QĐ-UBND", "123/2025", "qd-ubnd 123", "123 qđ ubnd").
 * CONTRACT (issue 14): the signatures below are shared by the module (h14-core) and the parser
 * (h14-demo, which replaces this first implementation).
 */

export interface DocumentNumber {
  /** As written, NFC, trimmed: "123/2025/QĐ-UBND". */
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

const plain = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

/** Parses a stored number; null when the text holds no number at all. */
export function parseDocumentNumber(text: string): DocumentNumber | null {
  const clean = text.normalize('NFC').trim();
  const parts = clean.split('/').map((part) => part.trim());
  const serial = /^\d+$/.test(parts[0] ?? '') ? String(Number(parts[0])) : null;
  const year = parts.find((part, index) => index > 0 && /^(19|20)\d\d$/.test(part));
  const symbol = parts.filter((part, index) => index > 0 && part !== year).join('-');
  if (!serial && !symbol) return null;
  return {
    text: clean,
    serial,
    year: year ? Number(year) : null,
    symbol: plain(symbol)
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .join('-'),
  };
}

/** Reads a query as a number query, or null when it does not look like one. */
export function numberQuery(text: string): NumberQuery | null {
  const words = plain(text.normalize('NFC'))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const serial = words.find((word) => /^\d+$/.test(word) && !/^(19|20)\d\d$/.test(word));
  if (!serial) return null;
  const year = words.find((word) => /^(19|20)\d\d$/.test(word));
  return {
    serial: String(Number(serial)),
    year: year ? Number(year) : null,
    symbolParts: words.filter((word) => !/^\d+$/.test(word)),
  };
}

/** Whether a number answers a query (the reference for the SQL filter). */
export function numberMatches(query: NumberQuery, number: DocumentNumber): boolean {
  if (query.serial !== null && query.serial !== number.serial) return false;
  if (query.year !== null && query.year !== number.year) return false;
  const parts = number.symbol.split('-');
  return query.symbolParts.every((part) => parts.includes(part));
}
