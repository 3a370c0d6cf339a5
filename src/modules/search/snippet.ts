import { tokenize, wordForms } from './analyzer.ts';
import type { SearchQuery } from './query.ts';

/**
 * Highlighting in TypeScript, from the stored original text, so the reader sees the words as
 * written (with their diacritics) whatever form the query took. The result is text segments;
 * the page renders marked ones as <mark> through Preact, which escapes them.
 */
export interface Segment {
  text: string;
  mark?: boolean;
}

interface Span {
  start: number;
  end: number;
  /** Which query word or Han run it matched (for choosing the best window). */
  key: string;
}

/** Where the query's words and Han runs occur in the text. */
function matches(text: string, highlight: SearchQuery['highlight']): Span[] {
  const words = new Set(highlight.words);
  const spans: Span[] = [];
  if (words.size > 0) {
    // Texts repeat their words a lot: wordForms normalises each distinct one once.
    for (const token of tokenize(text)) {
      if (token.kind !== 'word') continue;
      const { plain } = wordForms(token.text);
      if (words.has(plain)) spans.push({ start: token.start, end: token.end, key: plain });
    }
  }
  for (const run of highlight.han) {
    if (!run) continue;
    for (let at = text.indexOf(run); at !== -1; at = text.indexOf(run, at + run.length)) {
      spans.push({ start: at, end: at + run.length, key: run });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function toSegments(text: string, spans: Span[], from: number, to: number): Segment[] {
  const segments: Segment[] = [];
  let at = from;
  for (const span of spans) {
    if (span.end <= from || span.start >= to) continue;
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    if (start > at) segments.push({ text: text.slice(at, start) });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < to) segments.push({ text: text.slice(at, to) });
  return segments;
}

/** How many distinct query words (and Han runs) the text holds. */
export function matchedWords(text: string, query: Pick<SearchQuery, 'highlight'>): number {
  return new Set(matches(text, query.highlight).map((span) => span.key)).size;
}

/** The whole text with the query's words marked (titles). */
export function highlightText(text: string, query: Pick<SearchQuery, 'highlight'>): Segment[] {
  return toSegments(text, matches(text, query.highlight), 0, text.length);
}

/** Moves an offset back to a word start (not more than 20 characters). */
function wordStart(text: string, at: number): number {
  const floor = Math.max(0, at - 20);
  let index = at;
  while (index > floor && !/\s/.test(text[index - 1] ?? ' ')) index--;
  return index === floor && floor > 0 ? at : index;
}

/** Moves an offset forward to a word end (not more than 20 characters). */
function wordEnd(text: string, at: number): number {
  const ceiling = Math.min(text.length, at + 20);
  let index = at;
  while (index < ceiling && !/\s/.test(text[index] ?? ' ')) index++;
  return index === ceiling && ceiling < text.length ? at : index;
}

/**
 * A passage of about `length` characters around the densest cluster of query words, with
 * them marked, and "…" where the text was cut. Undefined when the text holds none of them.
 */
export function snippetOf(
  text: string,
  query: Pick<SearchQuery, 'highlight'>,
  length = 220,
): Segment[] | undefined {
  const spans = matches(text, query.highlight);
  if (spans.length === 0) return undefined;
  // Pick the window (starting a little before a match) holding the most distinct words.
  let best = { start: 0, score: -1 };
  for (let i = 0; i < spans.length; i++) {
    const start = Math.max(0, spans[i]!.start - Math.floor(length / 5));
    const keys = new Set<string>();
    let hits = 0;
    for (let j = i; j < spans.length && spans[j]!.end <= start + length; j++) {
      keys.add(spans[j]!.key);
      hits++;
    }
    const score = keys.size * 1000 + hits;
    if (score > best.score) best = { start, score };
  }
  let from = best.start === 0 ? 0 : wordStart(text, best.start);
  let to = Math.min(text.length, from + length);
  if (to < text.length) to = wordEnd(text, to);
  if (to === text.length && from > 0) from = wordStart(text, Math.max(0, to - length));
  const segments = toSegments(text, spans, from, to);
  if (from > 0) segments.unshift({ text: '…' });
  if (to < text.length) segments.push({ text: '…' });
  return segments;
}

/** The start of a text, cut at a word, when nothing in it matched. */
export function openingOf(text: string, length = 220): Segment[] {
  if (text.length <= length) return text ? [{ text }] : [];
  return [{ text: text.slice(0, wordEnd(text, length)) }, { text: '…' }];
}
