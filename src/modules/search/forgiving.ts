import { tokenize, wordForms } from './analyzer.ts';

/**
 * Terms that let a search forgive how people type (docs/adr/0004-search.md, "Compact spellings
 * and abbreviations"). They are indexed position-free beside a document's words (SQLite: the FTS
 * `meta` column; PostgreSQL: the match vector), so a query needs no rewriting:
 *
 * - compact spellings: two or three adjacent capitalised words of one clause, joined
 *   ("Hạ Long" → p:halong, "Hồ Chí Minh" → p:hochiminh, "Đắk Lắk" → p:daklak);
 * - abbreviations both ways: a document with "UBND" also holds the words of "ủy ban nhân dân",
 *   and one with "Ủy ban nhân dân" also holds p:ubnd.
 */

/** Built-in abbreviations: the abbreviation and what it stands for (one or more spellings). */
export const BUILT_IN_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['UBND', 'ủy ban nhân dân'],
  ['HĐND', 'hội đồng nhân dân'],
  ['TP', 'thành phố'],
  ['TPHCM', 'thành phố Hồ Chí Minh'],
  ['TPHCM', 'TP Hồ Chí Minh'],
  ['KCN', 'khu công nghiệp'],
  ['CCHC', 'cải cách hành chính'],
  ['ATGT', 'an toàn giao thông'],
  ['THPT', 'trung học phổ thông'],
  ['THCS', 'trung học cơ sở'],
  ['BHXH', 'bảo hiểm xã hội'],
  ['BHYT', 'bảo hiểm y tế'],
  ['MTTQ', 'mặt trận tổ quốc'],
  ['CSGT', 'cảnh sát giao thông'],
  ['PCCC', 'phòng cháy chữa cháy'],
  ['ATTP', 'an toàn thực phẩm'],
  ['NTM', 'nông thôn mới'],
  ['DVC', 'dịch vụ công'],
  ['CNTT', 'công nghệ thông tin'],
  ['HTX', 'hợp tác xã'],
  ['BCH', 'ban chấp hành'],
  ['GDĐT', 'giáo dục và đào tạo'],
  ['KHCN', 'khoa học và công nghệ'],
  ['TNMT', 'tài nguyên và môi trường'],
  ['VHTTDL', 'văn hóa thể thao và du lịch'],
  ['NĐ', 'nghị định'],
  ['QĐ', 'quyết định'],
];

/** Words joined into one compact spelling at most. */
const MAX_JOIN = 3;
/** Joined syllables longer than this are not a name people type run together. */
const MAX_JOINED_LENGTH = 18;

/** An abbreviation list ready for matching: plain words of each side. */
export interface AbbreviationIndex {
  /** Plain abbreviation → plain words of each expansion. */
  byShort: Map<string, string[][]>;
  /** First plain word of an expansion → [its plain words, the plain abbreviation]. */
  byFirstWord: Map<string, [string[], string][]>;
}

/** The plain (unaccented, lower-case) words of a text, as the index spells them. */
export const plainWords = (text: string): string[] =>
  tokenize(text.normalize('NFC')).flatMap((token) =>
    token.kind === 'word' ? [wordForms(token.text).plain].filter(Boolean) : [],
  );

/** Builds the lookup of an abbreviation list (built-in first, then a site's own entries). */
export function abbreviationIndex(entries: ReadonlyArray<readonly [string, string]>): AbbreviationIndex {
  const byShort = new Map<string, string[][]>();
  const byFirstWord = new Map<string, [string[], string][]>();
  for (const [short, long] of entries) {
    const abbreviation = plainWords(short).join('');
    const words = plainWords(long);
    if (!abbreviation || words.length === 0) continue;
    byShort.set(abbreviation, [...(byShort.get(abbreviation) ?? []), words]);
    const first = words[0]!;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), [words, abbreviation]]);
  }
  return { byShort, byFirstWord };
}

const builtIn = abbreviationIndex(BUILT_IN_ABBREVIATIONS);

/** The built-in abbreviations, with a site's own entries added. */
export function abbreviationsWith(extra: ReadonlyArray<readonly [string, string]> = []): AbbreviationIndex {
  return extra.length === 0 ? builtIn : abbreviationIndex([...BUILT_IN_ABBREVIATIONS, ...extra]);
}

const UPPER_START = /^\p{Lu}/u;

/** The extra p: terms of some texts (title, lead, body), position-free. */
export function forgivingTerms(texts: string[], abbreviations: AbbreviationIndex = builtIn): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    const words: { plain: string; capital: boolean; breakBefore: boolean }[] = [];
    for (const token of tokenize(text.normalize('NFC'))) {
      if (token.kind !== 'word') {
        words.push({ plain: '', capital: false, breakBefore: true });
        continue;
      }
      const plain = wordForms(token.text).plain;
      if (!plain) continue;
      words.push({ plain, capital: UPPER_START.test(token.text), breakBefore: token.breakBefore });
    }
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      if (!word.plain) continue;
      // Compact spellings of names: capitalised words side by side in one clause.
      if (word.capital) {
        let joined = word.plain;
        for (let next = index + 1; next < Math.min(words.length, index + MAX_JOIN); next++) {
          const following = words[next]!;
          if (!following.capital || following.breakBefore || !following.plain) break;
          joined += following.plain;
          if (joined.length > MAX_JOINED_LENGTH) break;
          out.add(`p:${wordForms(joined).plain}`);
        }
      }
      for (const expansion of abbreviations.byShort.get(word.plain) ?? [])
        for (const part of expansion) out.add(`p:${part}`);
      for (const [expansion, short] of abbreviations.byFirstWord.get(word.plain) ?? []) {
        // Clause breaks do not matter here ("TP. Hồ Chí Minh").
        let at = index;
        let matched = 0;
        while (matched < expansion.length && at < words.length) {
          const candidate = words[at]!;
          at++;
          if (!candidate.plain) continue;
          if (candidate.plain !== expansion[matched]) break;
          matched++;
        }
        if (matched === expansion.length) out.add(`p:${short}`);
      }
    }
  }
  return [...out];
}
