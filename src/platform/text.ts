/** Text helpers used across features: NFC normalisation and slugs. */
import { pinyin } from 'pinyin-pro';

/** Normalises user input to Unicode NFC, as stored everywhere in Đình. */
export function nfc(value: string): string {
  return value.normalize('NFC');
}

/** Every string in a parsed JSON, form or query value normalised to NFC; other values kept as they are. */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item) => nfcDeep(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  // Only plain records (JSON, form and query objects, the last with a bare prototype of their
  // own); a Buffer or stream body stays untouched.
  const prototype: object | null = Object.getPrototypeOf(value);
  if (prototype !== null && prototype !== Object.prototype && Object.getPrototypeOf(prototype) !== null)
    return value;
  const copy: Record<string, unknown> = Object.create(prototype);
  for (const [key, item] of Object.entries(value)) copy[key.normalize('NFC')] = nfcDeep(item);
  return copy as T;
}

/** Strips Vietnamese diacritics (đ→d) and other combining marks. */
export function stripDiacritics(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Chinese characters as toneless pinyin syllables, one word each: "省政府" → " sheng zheng fu ". */
function pinyinOf(value: string): string {
  return value.replace(
    /\p{Script=Han}+/gu,
    (han) => ` ${pinyin(han, { toneType: 'none', type: 'array' }).join(' ')} `,
  );
}

/**
 * A URL slug from a title, a name or a hand-typed slug, the one rule for articles, pages and
 * categories: Vietnamese folded to ASCII ("Đà Nẵng" → "da-nang"), Chinese in pinyin
 * ("省政府会议" → "sheng-zheng-fu-hui-yi"), capitals lowered; what has no letters (emoji) gives "".
 */
export function slugify(value: string, maxLength = 120): string {
  const slug = stripDiacritics(pinyinOf(value))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  // Cut at a word boundary when one is near.
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength * 0.6 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, '');
}
