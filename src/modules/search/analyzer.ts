/**
 * The search analyser, shared by SQLite FTS5 and PostgreSQL (docs/adr/0004-search.md). Both
 * engines index the terms it produces as opaque, whitespace-free strings, so they find the same
 * documents for the same query.
 *
 * Terms carry a class prefix:
 *   p:quoc         every Latin-script word, lower-case, without diacritics (đ→d); English-looking
 *                  (ASCII) words lightly stemmed ("roads" → p:road). Indexed by the engines.
 *   z:学 z:学习     Han characters and adjacent-character bigrams. Indexed by the engines.
 *   x:qu x:quoc    title words' leading letters (plain), for type-ahead. Indexed by the engines.
 *   a:quốc         the exact lower-case word, as written: ranks exact accents and forms higher
 *   b:quoc_phong   two adjacent words of one clause, plain: ranks phrases above scattered words
 * a: and b: terms of titles and leads are stored with each document for ranking (ranking.ts).
 * Filters (site:3, lang:vi, type:article, cat:12) are added by the indexer.
 */

/** Words longer than this are cut (URLs, pasted garbage); index and query cut alike. */
export const MAX_WORD_LENGTH = 40;

export type TokenKind = 'word' | 'han';

/** A token of NFC text, with its place in that text. */
export interface Token {
  kind: TokenKind;
  /** The text as written (NFC). */
  text: string;
  start: number;
  end: number;
  /** A clause break (punctuation, line break) separates it from the previous token. */
  breakBefore: boolean;
}

// Runs of letters, marks and digits; clause punctuation, which breaks phrases. Everything else
// separates tokens without a break. Han runs are split out of letter runs afterwards, and
// "don't" / "1.000,5" are joined back (one character between letters, or between digits).
// The runs are those of /[\p{L}\p{M}\p{N}]+|([.!?;:,()[\]{}"“”«»…。，、；：！？（）|\n\r]+)/gu, found
// by a scan that knows Latin and Vietnamese letters by their code points and asks a Unicode
// pattern about other characters only (several times faster on Vietnamese text).
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const MARK_CHAR = /^\p{M}$/u;
const BREAK_CHARS = new Set(
  Array.from('.!?;:,()[]{}"“”«»…。，、；：！？（）|\n\r', (char) => char.codePointAt(0)!),
);
const HAN_SPLIT = /(\p{Script=Han}+)|[^\p{Script=Han}]+/gu;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;

const OTHER = 0;
const WORD = 1;
const BREAK = 2;
/** Character kinds of ASCII. */
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, code) => {
  if (BREAK_CHARS.has(code)) return BREAK;
  return /[0-9A-Za-z]/.test(String.fromCharCode(code)) ? WORD : OTHER;
});
/** Kinds of other characters met so far, and whether they are marks (bit 4). */
const kindCache = new Map<number, number>();

/** Latin-1 letters, Latin Extended-A/B and Latin Extended Additional (Vietnamese): all letters. */
const isLatinLetter = (code: number) =>
  (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff);
/** Combining Diacritical Marks. */
const isCommonMark = (code: number) => code >= 0x300 && code <= 0x36f;

/** OTHER, WORD or BREAK, plus 4 for a mark. */
function kindOf(code: number): number {
  if (code < 128) return ASCII_KIND[code]!;
  if (isLatinLetter(code)) return WORD;
  if (isCommonMark(code)) return WORD | 4;
  let kind = kindCache.get(code);
  if (kind === undefined) {
    const char = String.fromCodePoint(code);
    if (BREAK_CHARS.has(code)) kind = BREAK;
    else if (WORD_CHAR.test(char)) kind = MARK_CHAR.test(char) ? WORD | 4 : WORD;
    else kind = OTHER;
    if (kindCache.size >= 50_000) kindCache.clear();
    kindCache.set(code, kind);
  }
  return kind;
}

/** The code point at an index (a lone surrogate stands for itself). */
function codeAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  }
  return code;
}

/** A unit that may belong to Han text (then the run is split by script). */
const maybeHan = (unit: number) =>
  (unit >= 0x2e80 && unit <= 0x9fff) ||
  (unit >= 0xf900 && unit <= 0xfaff) ||
  (unit >= 0xd840 && unit <= 0xd87f);

function joinable(previous: Token, gap: string, next: string): boolean {
  if (gap === "'" || gap === '’')
    return LETTER.test(previous.text.at(-1) ?? '') && LETTER.test(next[0] ?? '');
  if (gap === '.' || gap === ',') return DIGIT.test(previous.text.at(-1) ?? '') && DIGIT.test(next[0] ?? '');
  return false;
}

/** Splits NFC text into word and Han tokens, noting clause breaks. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pendingBreak = false;
  let index = 0;
  while (index < text.length) {
    const code = codeAt(text, index);
    const kind = kindOf(code) & 3;
    if (kind === OTHER) {
      index += code > 0xffff ? 2 : 1;
      continue;
    }
    // The run: characters of the same kind.
    let start = index;
    while (index < text.length) {
      const next = codeAt(text, index);
      if ((kindOf(next) & 3) !== kind) break;
      index += next > 0xffff ? 2 : 1;
    }
    const previous = tokens.at(-1);
    if (kind === BREAK) {
      // A lone "." or "," between digits is part of a number, not a break.
      if (
        index - start === 1 &&
        previous?.end === start &&
        joinable(previous, text[start]!, text.slice(start + 1, start + 2))
      )
        continue;
      pendingBreak = true;
      continue;
    }
    // Combining marks with no letter before them are not a word.
    while (start < index && kindOf(codeAt(text, start)) & 4) start += codeAt(text, start) > 0xffff ? 2 : 1;
    if (start === index) continue;
    const value = text.slice(start, index);
    let han = false;
    for (let unit = start; unit < index && !han; unit++) han = maybeHan(text.charCodeAt(unit));
    if (previous && previous.kind === 'word' && !han) {
      const gapStart = previous.end;
      if (start - gapStart === 1 && joinable(previous, text[gapStart]!, value)) {
        previous.text = text.slice(previous.start, start + value.length);
        previous.end = start + value.length;
        pendingBreak = false;
        continue;
      }
    }
    if (!han) {
      tokens.push({ kind: 'word', text: value, start, end: start + value.length, breakBefore: pendingBreak });
      pendingBreak = false;
      continue;
    }
    for (const part of value.matchAll(HAN_SPLIT)) {
      const partStart = start + part.index;
      // Marks right after a Han character are not a word.
      const partText = part[1] === undefined ? part[0].replace(LEADING_MARKS, '') : part[0];
      if (!partText) continue;
      const partOffset = partStart + part[0].length - partText.length;
      tokens.push({
        kind: part[1] !== undefined ? 'han' : 'word',
        text: partText,
        start: partOffset,
        end: partOffset + partText.length,
        breakBefore: pendingBreak,
      });
      pendingBreak = false;
    }
  }
  return tokens;
}

const LEADING_MARKS = /^\p{M}+/u;

/** Full-width ASCII (common in Chinese text) to ASCII. */
function foldWidth(value: string): string {
  return value.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/** Lower-case NFC without diacritics; đ→d. */
export function stripMarks(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').normalize('NFC');
}

function cut(value: string): string {
  if (value.length <= MAX_WORD_LENGTH) return value;
  const chars = Array.from(value);
  return chars.length <= MAX_WORD_LENGTH ? value : chars.slice(0, MAX_WORD_LENGTH).join('');
}

const VOWEL = /[aeiouy]/;

/** Measure-1 consonant-vowel-consonant ending ("hop", "mak"): Porter adds the e back. */
function shortCvc(stem: string): boolean {
  return /^[^aeiou]*[aeiouy][^aeiouwxy]$/.test(stem);
}

/**
 * Light English stemming (Porter step 1a and 1b): plurals, -ed, -ing. It only ever changes words
 * ending in s, d or g after a vowel-ing, which no Vietnamese syllable does, so unaccented
 * Vietnamese passes through unchanged.
 */
export function stemEnglish(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.length > 4 ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  else if (!w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && w.endsWith('s')) w = w.slice(0, -1);
  if (w.endsWith('eed')) return w.length > 4 ? w.slice(0, -1) : w;
  for (const suffix of ['ing', 'ed']) {
    if (!w.endsWith(suffix)) continue;
    const base = w.slice(0, -suffix.length);
    if (base.length < 2 || !VOWEL.test(base)) return w;
    if (/(at|bl|iz)$/.test(base)) return `${base}e`;
    if (/([^aeiouslz])\1$/.test(base)) return base.slice(0, -1);
    if (shortCvc(base)) return `${base}e`;
    return base;
  }
  return w;
}

/** A word's forms: exact lower-case, and the plain form that matching uses. */
export interface WordForms {
  lower: string;
  /** Without diacritics, not stemmed (type-ahead prefixes use it). */
  folded: string;
  /** Without diacritics, stemmed if English-looking: what matching uses. */
  plain: string;
  accented: boolean;
}

// Texts repeat their words: each distinct spelling is normalised once (a few MB at most).
const formsCache = new Map<string, WordForms>();
const FORMS_CACHE_SIZE = 50_000;

/** Normalises one word token (NFC input) to its index forms. */
export function wordForms(text: string): WordForms {
  let forms = formsCache.get(text);
  if (forms === undefined) {
    forms = computeWordForms(text);
    if (formsCache.size >= FORMS_CACHE_SIZE) formsCache.clear();
    formsCache.set(text, forms);
  }
  return forms;
}

function computeWordForms(text: string): WordForms {
  let lower = foldWidth(text).toLowerCase();
  if (/^[\p{N}.,]+$/u.test(lower)) lower = lower.replace(/[.,]/g, '');
  else lower = lower.replace(/['’]s$/, '').replace(/['’]/g, '');
  lower = cut(lower);
  const folded = stripMarks(lower);
  const accented = folded !== lower;
  const plain = !accented && /^[a-z]+$/.test(lower) ? stemEnglish(lower) : folded;
  return { lower, folded, plain, accented };
}

/** Terms at each position of a text (several terms may share one position). */
export type PositionedTerms = string[][];

export interface AnalyzeOptions {
  /** Also emit x: leading-letter terms for type-ahead (titles). */
  prefixes?: boolean;
  /** Emit a: exact-form terms (default true). */
  accents?: boolean;
  /** Emit b: bigrams (default true). */
  bigrams?: boolean;
  /** Stop after this many tokens. */
  maxTokens?: number;
}

/** Type-ahead needs at least this many letters of the last word. */
export const MIN_PREFIX = 2;
/** Longer words are matched on their first MAX_PREFIX letters while typing. */
export const MAX_PREFIX = 12;

function prefixTerms(forms: WordForms, out: Set<string>): void {
  const chars = Array.from(forms.folded);
  for (let length = 1; length <= Math.min(chars.length, MAX_PREFIX); length++) {
    if (length >= MIN_PREFIX || length === chars.length) out.add(`x:${chars.slice(0, length).join('')}`);
  }
  out.add(`x:${forms.plain}`);
}

export interface Analysis {
  positions: PositionedTerms;
  /** x: terms (position-free), when asked for. */
  prefixes: string[];
}

/** Analyses a field's text into index terms. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const tokens = tokenize(text.normalize('NFC'));
  const limit = Math.min(tokens.length, options.maxTokens ?? Number.POSITIVE_INFINITY);
  const positions: PositionedTerms = [];
  const prefixes = new Set<string>();
  let previousPlain: string | undefined;
  for (let index = 0; index < limit; index++) {
    const token = tokens[index]!;
    if (token.kind === 'han') {
      const chars = Array.from(token.text);
      for (let i = 0; i < chars.length; i++) {
        const here = [`z:${chars[i]}`];
        if (i + 1 < chars.length) here.push(`z:${chars[i]}${chars[i + 1]}`);
        positions.push(here);
        if (options.prefixes) for (const term of here) prefixes.add(`x:${term.slice(2)}`);
      }
      previousPlain = undefined;
      continue;
    }
    const forms = wordForms(token.text);
    if (!forms.plain) continue;
    if (token.breakBefore) previousPlain = undefined;
    const here = [`p:${forms.plain}`];
    if (options.accents !== false) here.push(`a:${forms.lower}`);
    // Function words make no bigrams (they would only add noise to ranking).
    if (isStopWord(forms.lower)) {
      previousPlain = undefined;
    } else {
      if (previousPlain !== undefined && options.bigrams !== false)
        here.push(`b:${previousPlain}_${forms.plain}`);
      previousPlain = forms.plain;
    }
    positions.push(here);
    if (options.prefixes) prefixTerms(forms, prefixes);
  }
  return { positions, prefixes: [...prefixes] };
}

/**
 * A field's words as ranking keeps them (ranking.ts), from which the terms analyze() gives the
 * field follow: `exact`, the exact lower-case form of each word (a: terms); `plain`, the plain
 * form of each word (p:), "*" before a function word, "|" where a clause breaks (so that two
 * words side by side in it are a b: pair), and each Han run as one "~" token (z:). Both are
 * space-separated; `positions` counts the field's positions.
 */
export function headWords(text: string): { exact: string; plain: string; positions: number } {
  const exact: string[] = [];
  const plain: string[] = [];
  let positions = 0;
  for (const token of tokenize(text.normalize('NFC'))) {
    if (token.kind === 'han') {
      plain.push(`~${token.text}`);
      positions += Array.from(token.text).length;
      continue;
    }
    const forms = wordForms(token.text);
    if (!forms.plain) continue;
    if (token.breakBefore && plain.length > 0 && plain.at(-1) !== '|') plain.push('|');
    exact.push(forms.lower);
    plain.push(isStopWord(forms.lower) ? `*${forms.plain}` : forms.plain);
    positions++;
  }
  return { exact: exact.join(' '), plain: plain.join(' '), positions };
}

/**
 * Function words that do not narrow a query by themselves (exact lower-case forms). Vietnamese
 * ones only with their accents, and English ones only where no Vietnamese syllable is spelt the
 * same ("an", "to", "the" are Vietnamese too), so unaccented Vietnamese never hits this list.
 */
const STOP_WORDS = new Set([
  ...['và', 'của', 'các', 'những', 'là', 'được', 'với', 'có', 'một', 'để', 'thì', 'mà', 'về', 'từ'],
  ...['tại', 'đến', 'này', 'đó', 'đã', 'sẽ', 'đang', 'cũng', 'như', 'vào', 'bị', 'lại', 'rằng', 'hoặc'],
  ...['of', 'and', 'or', 'is', 'are', 'was', 'were', 'for', 'with', 'from', 'by', 'this', 'its', 'as'],
  ...['has', 'have', 'been'],
]);

/** Is the word (exact lower-case form) a function word? */
export function isStopWord(lower: string): boolean {
  return STOP_WORDS.has(lower);
}
