import { headWords, isStopWord, wordForms } from './analyzer.ts';

/**
 * Relevance ranking, the same on both engines (docs/adr/0004-search.md): BM25F over the title
 * and lead of a bounded set of candidates, computed here from terms stored with each document.
 * The engines only find candidates; their own ranking functions cost too much on large indexes
 * (FTS5 bm25 scans the whole posting list of every query term to weigh it).
 */

/** Field weights (BM25F boosts): a word in the title counts 2.5 times a word in the lead. */
const TITLE_BOOST = 2.5;
const LEAD_BOOST = 1;
const K1 = 1.2;
const B = 0.75;
/** Term classes: exact form and adjacency add to the plain word's weight. */
const CLASS_WEIGHT: Record<string, number> = { p: 1, z: 1, a: 0.5, b: 0.8 };

/**
 * The head of a document as stored: title and lead lengths (positions), then their words as
 * headWords() gives them.
 */
export function encodeHead(title: string, lead: string): string {
  const t = headWords(title);
  const l = headWords(lead);
  return `${t.positions}\t${l.positions}\t${t.words}\t${l.words}`;
}

/** What a head's word means for the query: the wanted p: and a: terms it gives, its plain form. */
interface WordInfo {
  plain: string;
  stop: boolean;
  /** Indexes of the wanted terms the word gives (usually none). */
  terms: number[];
}

/**
 * The wanted terms (by index) as a head's words give them, and what each distinct word of the
 * candidates means (worked out once per ranking, not once per occurrence).
 */
interface Wanted {
  terms: string[];
  plain: Map<string, number>;
  lower: Map<string, number>;
  /** First plain word → second plain word → b: term. */
  pairs: Map<string, Map<string, number>>;
  han: Map<string, number>;
  words: Map<string, WordInfo>;
}

function wantedTerms(terms: string[]): Wanted {
  const wanted: Wanted = {
    terms,
    plain: new Map(),
    lower: new Map(),
    pairs: new Map(),
    han: new Map(),
    words: new Map(),
  };
  terms.forEach((term, index) => {
    const value = term.slice(2);
    if (term.startsWith('p:')) wanted.plain.set(value, index);
    else if (term.startsWith('a:')) wanted.lower.set(value, index);
    else if (term.startsWith('z:')) wanted.han.set(value, index);
    else if (term.startsWith('b:')) {
      const cut = value.indexOf('_');
      if (cut <= 0) return;
      const first = value.slice(0, cut);
      const seconds = wanted.pairs.get(first) ?? new Map<string, number>();
      seconds.set(value.slice(cut + 1), index);
      wanted.pairs.set(first, seconds);
    }
  });
  return wanted;
}

function wordInfo(word: string, wanted: Wanted): WordInfo {
  let info = wanted.words.get(word);
  if (info === undefined) {
    const { plain } = wordForms(word);
    const terms: number[] = [];
    const p = wanted.plain.get(plain);
    if (p !== undefined) terms.push(p);
    const a = wanted.lower.get(word);
    if (a !== undefined) terms.push(a);
    info = { plain, stop: isStopWord(word), terms };
    wanted.words.set(word, info);
  }
  return info;
}

/**
 * Counts the wanted terms in one field of a head into counts[2 × term + field]: the terms
 * analyze() gives the field, derived from its words (p: plain form, a: exact form, b: adjacent
 * non-function words of a clause, z: Han characters and bigrams).
 */
function countField(words: string, wanted: Wanted, counts: Uint16Array, field: 0 | 1): void {
  if (!words) return;
  const pairs = wanted.pairs.size > 0;
  let previous: string | undefined;
  let start = 0;
  while (start <= words.length) {
    let end = words.indexOf(' ', start);
    if (end === -1) end = words.length;
    const word = words.slice(start, end);
    start = end + 1;
    if (word === '|') {
      previous = undefined;
      continue;
    }
    if (word.startsWith('~')) {
      if (wanted.han.size > 0) {
        const chars = Array.from(word.slice(1));
        for (let i = 0; i < chars.length; i++) {
          const one = wanted.han.get(chars[i]!);
          if (one !== undefined) counts[2 * one + field]!++;
          const two = i + 1 < chars.length ? wanted.han.get(chars[i]! + chars[i + 1]!) : undefined;
          if (two !== undefined) counts[2 * two + field]!++;
        }
      }
      previous = undefined;
      continue;
    }
    const info = wordInfo(word, wanted);
    for (const term of info.terms) counts[2 * term + field]!++;
    if (info.stop) {
      previous = undefined;
      continue;
    }
    if (pairs && previous !== undefined) {
      const b = wanted.pairs.get(previous)?.get(info.plain);
      if (b !== undefined) counts[2 * b + field]!++;
    }
    previous = info.plain;
  }
}

interface Head {
  titleLength: number;
  leadLength: number;
  /** [title, lead] count of each wanted term, by term index. */
  counts: Uint16Array;
}

/** Reads a stored head: lengths, and the counts of the wanted terms in title and lead. */
function decodeHead(encoded: string, wanted: Wanted): Head {
  const first = encoded.indexOf('\t');
  const second = encoded.indexOf('\t', first + 1);
  const third = encoded.indexOf('\t', second + 1);
  const counts = new Uint16Array(2 * wanted.terms.length);
  if (first < 0 || second < 0 || third < 0) return { titleLength: 0, leadLength: 0, counts };
  countField(encoded.slice(second + 1, third), wanted, counts, 0);
  countField(encoded.slice(third + 1), wanted, counts, 1);
  return {
    titleLength: Number(encoded.slice(0, first)) || 0,
    leadLength: Number(encoded.slice(first + 1, second)) || 0,
    counts,
  };
}

/** Counts of the given terms in a stored head, in its title and its lead (terms found only). */
export function headTermCounts(encoded: string, terms: string[]): Map<string, [number, number]> {
  const { counts } = decodeHead(encoded, wantedTerms(terms));
  const found = new Map<string, [number, number]>();
  terms.forEach((term, index) => {
    const inTitle = counts[2 * index]!;
    const inLead = counts[2 * index + 1]!;
    if (inTitle + inLead > 0) found.set(term, [inTitle, inLead]);
  });
  return found;
}

export interface Candidate {
  id: number;
  head: string;
}

/**
 * Orders candidates by BM25F: term weights by class, inverse document frequency within the
 * candidates, saturating term frequency, length-normalised per field. Ties (and documents that
 * match in the body only, which score 0) go newest first: ids are recency keys.
 */
export function rankCandidates(terms: string[], candidates: Candidate[]): number[] {
  const unique = [...new Set(terms)].filter((term) => /^[\p{L}\p{M}\p{N}:_]+$/u.test(term));
  if (unique.length === 0) return candidates.map((candidate) => candidate.id).sort((a, b) => b - a);
  const wanted = wantedTerms(unique);
  const heads = candidates.map((candidate) => decodeHead(candidate.head, wanted));
  const count = Math.max(1, heads.length);
  const averageTitle = Math.max(1, heads.reduce((sum, head) => sum + head.titleLength, 0) / count);
  const averageLead = Math.max(1, heads.reduce((sum, head) => sum + head.leadLength, 0) / count);
  const weights = unique.map(() => 0);
  for (const head of heads) {
    for (let term = 0; term < unique.length; term++)
      if (head.counts[2 * term]! + head.counts[2 * term + 1]! > 0) weights[term]!++;
  }
  // Term weight: class weight × inverse document frequency within the candidates.
  unique.forEach((term, index) => {
    const df = weights[index]!;
    weights[index] = (CLASS_WEIGHT[term[0] ?? 'p'] ?? 1) * Math.log(1 + (count - df + 0.5) / (df + 0.5));
  });
  const scored = candidates.map((candidate, index) => {
    const head = heads[index]!;
    let score = 0;
    const titleNorm = 1 - B + (B * head.titleLength) / averageTitle;
    const leadNorm = 1 - B + (B * head.leadLength) / averageLead;
    for (let term = 0; term < unique.length; term++) {
      const inTitle = head.counts[2 * term]!;
      const inLead = head.counts[2 * term + 1]!;
      if (inTitle + inLead === 0) continue;
      const frequency = (TITLE_BOOST * inTitle) / titleNorm + (LEAD_BOOST * inLead) / leadNorm;
      score += weights[term]! * ((frequency * (K1 + 1)) / (frequency + K1));
    }
    return { id: candidate.id, score };
  });
  scored.sort((a, b) => b.score - a.score || b.id - a.id);
  return scored.map((item) => item.id);
}
