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
const RUN = /[\p{L}\p{M}\p{N}]+|([.!?;:,()[\]{}"“”«»…。，、；：！？（）|\n\r]+)/gu;
const MAYBE_HAN = /[\u2E80-\u9FFF\uF900-\uFAFF\uD840-\uD87F]/;
const HAN_SPLIT = /(\p{Script=Han}+)|[^\p{Script=Han}]+/gu;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const LEADING_MARKS = /^\p{M}+/u;

function joinable(previous: Token, gap: string, next: string): boolean {
  const before = previous.text.at(-1) ?? '';
  const after = next[0] ?? '';
  if (gap === "'" || gap === '’') return LETTER.test(before) && LETTER.test(after);
  if (gap === '.' || gap === ',') return DIGIT.test(before) && DIGIT.test(after);
  return false;
}

/** Splits NFC text into word and Han tokens, noting clause breaks. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pendingBreak = false;
  for (const match of text.matchAll(RUN)) {
    let start = match.index;
    let value = match[0];
    const previous = tokens.at(-1);
    if (match[1] === undefined && LEADING_MARKS.test(value)) {
      // Combining marks with no letter before them are not a word.
      const trimmed = value.replace(LEADING_MARKS, '');
      start += value.length - trimmed.length;
      value = trimmed;
      if (!value) continue;
    }
    if (match[1] !== undefined) {
      // A lone "." or "," between digits is part of a number, not a break.
      if (
        value.length === 1 &&
        previous?.end === start &&
        joinable(previous, value, text.slice(start + 1, start + 2))
      )
        continue;
      pendingBreak = true;
      continue;
    }
    if (previous && previous.kind === 'word' && !MAYBE_HAN.test(value)) {
      const gapStart = previous.end;
      if (start - gapStart === 1 && joinable(previous, text[gapStart]!, value)) {
        previous.text = text.slice(previous.start, start + value.length);
        previous.end = start + value.length;
        pendingBreak = false;
        continue;
      }
    }
    if (!MAYBE_HAN.test(value)) {
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
