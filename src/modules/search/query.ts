import { stripDiacritics } from '../../platform/text.ts';
import {
  isStopWord,
  MAX_PREFIX,
  MIN_PREFIX,
  type Token,
  tokenize,
  type WordForms,
  wordForms,
} from './analyzer.ts';

/**
 * Turns what a person typed into index terms. The result is data, not engine syntax: the
 * engine adapters in src/db/search-sql.ts quote every term, so quotes, *, -, NEAR, AND, OR,
 * parentheses and backslashes are just text here.
 */

/** Characters of the query that are kept (the header's search box allows 200). */
export const MAX_QUERY_LENGTH = 200;
/** Words and Han characters considered; the rest is ignored. */
export const MAX_QUERY_TOKENS = 24;
/** Terms a document must hold. */
export const MAX_REQUIRED_TERMS = 12;
/** Terms that only raise the score. */
export const MAX_OPTIONAL_TERMS = 16;
/** Quoted phrases, and words in each. */
export const MAX_PHRASES = 4;
export const MAX_PHRASE_WORDS = 8;

export interface SearchQuery {
  /** Terms every result must hold (AND). */
  required: string[];
  /** Terms that raise the score when present: exact accents, adjacent words. */
  optional: string[];
  /** Quoted phrases: their words must be adjacent, in order (plain terms). */
  phrases: string[][];
  /** The required words as title words (x: terms): title matches of any age are ranked too. */
  titleTerms: string[];
  /** What to highlight in titles and snippets: plain word forms and Han runs. */
  highlight: { words: string[]; han: string[] };
  /** The cleaned text, shown back to the reader and used in links. */
  text: string;
  /** The text without diacritics (offered when nothing matched). */
  unaccented: string;
  /** Words and Han runs, in order (for "fewer words" suggestions). */
  parts: string[];
  /** Was any part quoted as a phrase? */
  hasPhrase: boolean;
  /** The exact text of each b: term's two words as typed, lower-case ("quốc phòng"). */
  exactPairs: Map<string, string>;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const QUOTES = /["“”„«»]/;
const ALL_QUOTES = /["“”„«»]/g;

/**
 * Makes any input a short, well-formed NFC string: non-strings become '', lone surrogates
 * U+FFFD, control and format characters are dropped, whitespace collapsed, length capped.
 */
export function cleanQueryText(raw: unknown): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== 'string') return '';
  const text = value
    .slice(0, MAX_QUERY_LENGTH * 4)
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\p{Cf}/gu, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(text);
  return chars.length > MAX_QUERY_LENGTH ? chars.slice(0, MAX_QUERY_LENGTH).join('').trim() : text;
}

interface QueryToken {
  token: Token;
  forms?: WordForms;
  phrase: boolean;
  /** Which quoted or unquoted stretch of the text it is in. */
  segment: number;
  /** Adjacent to the previous token in the same clause and segment. */
  joined: boolean;
}

/** Tokens of the cleaned text; quoted segments are phrases. */
function queryTokens(text: string): QueryToken[] {
  const segments = text.split(QUOTES);
  const out: QueryToken[] = [];
  segments.forEach((segment, index) => {
    const phrase = index % 2 === 1 && index < segments.length - 1;
    tokenize(segment).forEach((token, position) => {
      if (out.length >= MAX_QUERY_TOKENS) return;
      const forms = token.kind === 'word' ? wordForms(token.text) : undefined;
      if (forms && !forms.plain) return;
      out.push({ token, forms, phrase, segment: index, joined: position > 0 && !token.breakBefore });
    });
  });
  return out;
}

function hanBigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return [`z:${chars[0]}`];
  return chars.slice(0, -1).map((char, index) => `z:${char}${chars[index + 1]}`);
}

/** Builds the term groups for a query. An empty `required` means there is nothing to search. */
export function buildQuery(raw: unknown): SearchQuery {
  const text = cleanQueryText(raw);
  const tokens = queryTokens(text);
  const hasContent = tokens.some((item) => !item.forms || !isStopWord(item.forms.lower));
  const required = new Set<string>();
  const optional = new Set<string>();
  const words = new Set<string>();
  const han: string[] = [];
  const parts: string[] = [];
  const phrases: string[][] = [];
  const exactPairs = new Map<string, string>();
  let phrase: string[] = [];
  const endPhrase = () => {
    if (phrase.length >= 2 && phrases.length < MAX_PHRASES) phrases.push(phrase.slice(0, MAX_PHRASE_WORDS));
    phrase = [];
  };
  let previous: QueryToken | undefined;
  for (const item of tokens) {
    parts.push(item.token.text);
    if (!item.phrase || !item.forms || !item.joined) endPhrase();
    if (item.phrase && item.forms) phrase.push(`p:${item.forms.plain}`);
    if (!item.forms) {
      for (const term of hanBigrams(item.token.text)) required.add(term);
      han.push(item.token.text);
      previous = undefined;
      continue;
    }
    const { forms } = item;
    const stop = isStopWord(forms.lower);
    words.add(forms.plain);
    (hasContent && stop ? optional : required).add(`p:${forms.plain}`);
    optional.add(`a:${forms.lower}`);
    if (!item.joined || stop) previous = undefined;
    if (stop) continue;
    // As in the index: function words make no bigrams; bigrams only raise the score.
    if (previous?.forms) {
      const pair = `b:${previous.forms.plain}_${forms.plain}`;
      optional.add(pair);
      if (!exactPairs.has(pair)) exactPairs.set(pair, `${previous.forms.lower} ${forms.lower}`);
    }
    previous = item;
  }
  endPhrase();
  const requiredList = [...required].slice(0, MAX_REQUIRED_TERMS);
  return {
    required: requiredList,
    titleTerms: requiredList.filter((term) => /^[pz]:/.test(term)).map((term) => `x:${term.slice(2)}`),
    optional: [...optional].filter((term) => !required.has(term)).slice(0, MAX_OPTIONAL_TERMS),
    phrases,
    highlight: { words: [...words], han },
    text,
    unaccented: stripDiacritics(text),
    parts,
    hasPhrase: tokens.some((item) => item.phrase),
    exactPairs,
  };
}

/**
 * Terms for type-ahead: every word must start a word of the title. The last word counts only
 * from MIN_PREFIX letters; long words match on their first MAX_PREFIX letters.
 */
export function buildSuggestQuery(raw: unknown): string[] {
  const text = cleanQueryText(raw);
  const tokens = queryTokens(text.replace(ALL_QUOTES, ' '));
  const terms = new Set<string>();
  tokens.forEach((item, index) => {
    if (!item.forms) {
      for (const term of hanBigrams(item.token.text)) terms.add(`x:${term.slice(2)}`);
      return;
    }
    const chars = Array.from(item.forms.folded);
    const last = index === tokens.length - 1;
    if (last && chars.length < MIN_PREFIX) return;
    terms.add(`x:${chars.slice(0, MAX_PREFIX).join('')}`);
  });
  return [...terms].slice(0, MAX_REQUIRED_TERMS);
}
