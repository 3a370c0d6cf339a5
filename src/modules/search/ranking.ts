import { headWords, wordForms } from './analyzer.ts';

/**
 * Relevance ranking, the same on both engines (docs/adr/0004-search.md): BM25F over the title
 * and lead of a bounded set of candidates, computed here from terms stored with each document.
 * The engines only find candidates; their own ranking functions cost too much on large indexes
 * (FTS5 bm25 scans the whole posting list of every query term to weigh it).
 */

/**
 * Field weights (BM25F boosts): a word in the title counts 2.5 times a word in the lead; the
 * body's exact words (read for small result sets only, see BodyEvidence) half as much.
 */
const TITLE_BOOST = 2.5;
const LEAD_BOOST = 1;
const BODY_BOOST = 0.5;
/**
 * A query word typed with its diacritics ("bão") found only with others ("báo", "bảo") is most
 * likely another word: such plain matches count this much of a match as typed.
 */
const ACCENT_MISMATCH = 0.3;
/** Counts per term: title, lead, body. */
const FIELDS = 3;
const K1 = 1.2;
const B = 0.75;
/** Term classes: exact form and adjacency add to the plain word's weight. */
const CLASS_WEIGHT: Record<string, number> = { p: 1, z: 1, a: 0.5, b: 0.8 };

/**
 * The head of a document as stored: title and lead lengths (positions), their exact words, then
 * their plain words, as headWords() gives them (tab-separated).
 */
export function encodeHead(title: string, lead: string): string {
  const t = headWords(title);
  const l = headWords(lead);
  return `${t.positions}\t${l.positions}\t${t.exact}\t${l.exact}\t${t.plain}\t${l.plain}`;
}

/** Patterns finding the wanted terms in a head, each match naming the term it found. */
interface Wanted {
  terms: string[];
  /** Term indexes by the value a pattern captures: exact words, plain words. */
  exactIndex: Map<string, number>;
  plainIndex: Map<string, number>;
  /** a: terms in the exact words. */
  exact?: RegExp;
  /** p: terms in the plain words (function words carry a "*"). */
  plain?: RegExp;
  /** b: terms: the first word of a pair, when the second follows (a look-ahead per pair). */
  pairs?: RegExp;
  /** The b: term index of each look-ahead, by the pair's capture group. */
  pairTerms: number[];
  han: Map<string, number>;
}

/**
 * Builds the patterns. Terms are letters, marks, digits, ":" and "_" (checked by the caller),
 * nothing a pattern treats specially. Without the u flag and look-behinds, V8 runs such a
 * pattern several times faster; terms are then matched as UTF-16 code units, which is what
 * equality of NFC strings means anyway.
 */
function wantedTerms(terms: string[]): Wanted {
  const wanted: Wanted = {
    terms,
    exactIndex: new Map(),
    plainIndex: new Map(),
    pairTerms: [],
    han: new Map(),
  };
  const exact: string[] = [];
  const plain: string[] = [];
  const pairs: string[] = [];
  terms.forEach((term, index) => {
    const value = term.slice(2);
    if (term.startsWith('a:')) {
      exact.push(value);
      wanted.exactIndex.set(value, index);
    } else if (term.startsWith('p:')) {
      plain.push(value);
      wanted.plainIndex.set(value, index);
    } else if (term.startsWith('z:')) wanted.han.set(value, index);
    else if (term.startsWith('b:')) {
      const cut = value.indexOf('_');
      if (cut <= 0) return;
      pairs.push(`(${value.slice(0, cut)})(?= ${value.slice(cut + 1)}(?:[ \\t]|$))`);
      wanted.pairTerms.push(index);
    }
  });
  const words = (list: string[], prefix = '') =>
    list.length > 0 ? new RegExp(`[ \\t]${prefix}(${list.join('|')})(?=[ \\t]|$)`, 'g') : undefined;
  wanted.exact = words(exact);
  wanted.plain = words(plain, '\\*?');
  if (pairs.length > 0) wanted.pairs = new RegExp(`[ \\t](?:${pairs.join('|')})`, 'g');
  return wanted;
}

interface Head {
  titleLength: number;
  leadLength: number;
}

const EXACT = 0;
const PLAIN = 1;
const PAIR = 2;

/**
 * Counts a pattern's terms in "title<tab>lead" of a head into counts[offset + 2 × term + field]
 * (matches start at the gap before the word).
 */
function countPattern(
  kind: typeof EXACT | typeof PLAIN | typeof PAIR,
  wanted: Wanted,
  text: string,
  from: number,
  split: number,
  counts: Uint16Array,
  offset: number,
): void {
  const pattern = kind === EXACT ? wanted.exact : kind === PLAIN ? wanted.plain : wanted.pairs;
  if (!pattern) return;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    let term: number | undefined;
    if (kind === EXACT) term = wanted.exactIndex.get(match[1]!);
    else if (kind === PLAIN) term = wanted.plainIndex.get(match[1]!);
    else {
      for (let group = 1; group < match.length && term === undefined; group++)
        if (match[group] !== undefined) term = wanted.pairTerms[group - 1];
    }
    if (term !== undefined) counts[offset + FIELDS * term + (match.index < split ? 0 : 1)]!++;
  }
}

/**
 * Reads a stored head: its lengths, and the counts of the wanted terms in title and lead into
 * counts[offset + FIELDS × term + (0 title, 1 lead)].
 */
function decodeHead(encoded: string, wanted: Wanted, counts: Uint16Array, offset: number): Head {
  const first = encoded.indexOf('\t');
  const second = encoded.indexOf('\t', first + 1);
  const third = encoded.indexOf('\t', second + 1);
  const fourth = encoded.indexOf('\t', third + 1);
  const fifth = encoded.indexOf('\t', fourth + 1);
  if (first < 0 || second < 0 || third < 0 || fourth < 0 || fifth < 0)
    return { titleLength: 0, leadLength: 0 };
  countPattern(EXACT, wanted, encoded.slice(0, fourth), second, third, counts, offset);
  countPattern(PLAIN, wanted, encoded, fourth, fifth, counts, offset);
  countPattern(PAIR, wanted, encoded, fourth, fifth, counts, offset);
  if (wanted.han.size > 0) countHan(encoded, fourth, fifth, wanted, counts, offset);
  return {
    titleLength: Number(encoded.slice(0, first)) || 0,
    leadLength: Number(encoded.slice(first + 1, second)) || 0,
  };
}

/** z: terms: each Han character and each two adjacent ones of a "~" run. */
function countHan(
  encoded: string,
  from: number,
  split: number,
  wanted: Wanted,
  counts: Uint16Array,
  offset: number,
): void {
  for (let at = encoded.indexOf('~', from); at !== -1; at = encoded.indexOf('~', at + 1)) {
    let end = at + 1;
    while (end < encoded.length && encoded[end] !== ' ' && encoded[end] !== '\t') end++;
    const chars = Array.from(encoded.slice(at + 1, end));
    const field = at < split ? 0 : 1;
    for (let i = 0; i < chars.length; i++) {
      const one = wanted.han.get(chars[i]!);
      if (one !== undefined) counts[offset + FIELDS * one + field]!++;
      const two = i + 1 < chars.length ? wanted.han.get(chars[i]! + chars[i + 1]!) : undefined;
      if (two !== undefined) counts[offset + FIELDS * two + field]!++;
    }
    at = end;
  }
}

/** Counts of the given terms in a stored head, in its title and its lead (terms found only). */
export function headTermCounts(encoded: string, terms: string[]): Map<string, [number, number]> {
  const counts = new Uint16Array(FIELDS * terms.length);
  decodeHead(encoded, wantedTerms(terms), counts, 0);
  const found = new Map<string, [number, number]>();
  terms.forEach((term, index) => {
    const inTitle = counts[FIELDS * index]!;
    const inLead = counts[FIELDS * index + 1]!;
    if (inTitle + inLead > 0) found.set(term, [inTitle, inLead]);
  });
  return found;
}

export interface Candidate {
  id: number;
  head: string;
  /** The opening of the body, lower-case NFC, when read (see BodyEvidence). */
  body?: string | undefined;
}

/**
 * What to look for, word for word, in the bodies of candidates that come with one: the exact
 * text of a: terms ("bão") and of b: terms ("quốc phòng"), by term. Bodies are read only when
 * there are few candidates (search.service.ts), so that an exact match in the body outranks a
 * document where the word appears only with other diacritics.
 */
export type BodyEvidence = Map<string, string>;

/**
 * The evidence as one pattern over words: each distinct word of the a: and b: texts is a group,
 * so that a word is counted once and a pair (two adjacent matches) is found even where its first
 * word is also wanted alone.
 */
interface BodyWords {
  pattern: RegExp;
  /** a: term index by word (group) index. */
  wordTerms: Map<number, number>;
  /** b: term index by "first second" word indexes. */
  pairTerms: Map<string, number>;
}

function bodyWords(evidence: BodyEvidence, unique: string[]): BodyWords | undefined {
  const words: string[] = [];
  const wordIndex = (word: string) => {
    const at = words.indexOf(word);
    return at >= 0 ? at : words.push(word) - 1;
  };
  const wordTerms = new Map<number, number>();
  const pairTerms = new Map<string, number>();
  for (const [term, text] of evidence) {
    const index = unique.indexOf(term);
    // Evidence is words of letters, marks and digits (query terms), nothing a pattern treats specially.
    if (index < 0 || !/^[\p{L}\p{M}\p{N}]+(?: [\p{L}\p{M}\p{N}]+)?$/u.test(text)) continue;
    const [first, second] = text.split(' ') as [string, string | undefined];
    if (second === undefined) wordTerms.set(wordIndex(first), index);
    else pairTerms.set(`${wordIndex(first)} ${wordIndex(second)}`, index);
  }
  if (words.length === 0) return undefined;
  const groups = words.map((word) => `(${evidenceSource(word)})`).join('|');
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${groups})(?![\\p{L}\\p{M}\\p{N}])`, 'gu'),
    wordTerms,
    pairTerms,
  };
}

/** Whole-word occurrences of the evidence in a body, into counts[offset + FIELDS × term + 2]; returns its words. */
function countBody(body: string, evidence: BodyWords, counts: Uint16Array, offset: number): number {
  const { pattern, wordTerms, pairTerms } = evidence;
  let previous = -1;
  let previousEnd = -2;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
    let word = -1;
    for (let group = 1; group < match.length && word < 0; group++)
      if (match[group] !== undefined) word = group - 1;
    const alone = wordTerms.get(word);
    if (alone !== undefined) counts[offset + FIELDS * alone + 2]!++;
    // A pair: this word right after the previous match, one space between.
    const pair = match.index === previousEnd + 1 ? pairTerms.get(`${previous} ${word}`) : undefined;
    if (pair !== undefined && body[previousEnd] === ' ') counts[offset + FIELDS * pair + 2]!++;
    previous = word;
    previousEnd = match.index + match[0].length;
  }
  let words = 1;
  for (let at = body.indexOf(' '); at !== -1; at = body.indexOf(' ', at + 1)) words++;
  return words;
}

/** Lower-case letters and the precomposed forms with Vietnamese diacritics they stand for. */
const VARIANTS: Record<string, string> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  d: 'dđ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
};

/**
 * A pattern for a word as typed: with diacritics it stands for itself; without them for any of
 * its accented forms ("quoc" finds "quốc"), as the engines match it.
 */
function evidenceSource(word: string): string {
  return wordForms(word).accented
    ? word
    : Array.from(word, (char) => (VARIANTS[char] ? `[${VARIANTS[char]}]` : char)).join('');
}

/**
 * For each p: term, the index of its word's a: term (the form as typed), and whether the word was
 * typed with diacritics: then plain matches beyond the exact ones are the same letters with
 * other marks (another word).
 */
function wordPartners(terms: string[]): Map<number, { exact: number; accented: boolean }> {
  const partners = new Map<number, { exact: number; accented: boolean }>();
  terms.forEach((term, index) => {
    if (!term.startsWith('a:')) return;
    const forms = wordForms(term.slice(2));
    const plain = terms.indexOf(`p:${forms.plain}`);
    if (plain >= 0) partners.set(plain, { exact: index, accented: forms.accented });
  });
  return partners;
}

/**
 * Orders candidates by BM25F: term weights by class, inverse document frequency within the
 * candidates, saturating term frequency, length-normalised per field. Title and lead come from
 * the stored heads; the body counts only when candidates carry it, and then only for the exact
 * words and pairs of `evidence`. Ties (and documents that match in the body only, which score 0
 * without evidence) go newest first: ids are recency keys.
 */
export function rankCandidates(
  terms: string[],
  candidates: Candidate[],
  evidence: BodyEvidence = new Map(),
): number[] {
  const unique = [...new Set(terms)].filter((term) => /^[\p{L}\p{M}\p{N}:_]+$/u.test(term));
  if (unique.length === 0) return candidates.map((candidate) => candidate.id).sort((a, b) => b - a);
  const wanted = wantedTerms(unique);
  const width = FIELDS * unique.length;
  const counts = new Uint16Array(width * candidates.length);
  const heads = candidates.map((candidate, index) =>
    decodeHead(candidate.head, wanted, counts, index * width),
  );
  const words = bodyWords(evidence, unique);
  const bodyLengths = candidates.map((candidate, index) =>
    words && candidate.body !== undefined ? countBody(candidate.body, words, counts, index * width) : 0,
  );
  const partners = wordPartners(unique);
  // Bodies are searched for exact forms only: those count for the plain word too.
  for (let offset = 0; offset < counts.length; offset += width) {
    for (const [plain, { exact }] of partners)
      counts[offset + FIELDS * plain + 2] = counts[offset + FIELDS * exact + 2]!;
  }
  const count = Math.max(1, heads.length);
  const average = (lengths: number[]) =>
    Math.max(1, lengths.reduce((sum, length) => sum + length, 0) / count);
  const averageTitle = average(heads.map((head) => head.titleLength));
  const averageLead = average(heads.map((head) => head.leadLength));
  const withBody = bodyLengths.filter((length) => length > 0);
  const averageBody = Math.max(
    1,
    withBody.reduce((sum, length) => sum + length, 0) / Math.max(1, withBody.length),
  );
  const weights = unique.map(() => 0);
  for (let offset = 0; offset < counts.length; offset += width) {
    for (let term = 0; term < unique.length; term++) {
      const at = offset + FIELDS * term;
      if (counts[at]! + counts[at + 1]! + counts[at + 2]! > 0) weights[term]!++;
    }
  }
  // Term weight: class weight × inverse document frequency within the candidates.
  unique.forEach((term, index) => {
    const df = weights[index]!;
    weights[index] = (CLASS_WEIGHT[term[0] ?? 'p'] ?? 1) * Math.log(1 + (count - df + 0.5) / (df + 0.5));
  });
  const scored = candidates.map((candidate, index) => {
    const head = heads[index]!;
    const offset = index * width;
    let score = 0;
    const titleNorm = 1 - B + (B * head.titleLength) / averageTitle;
    const leadNorm = 1 - B + (B * head.leadLength) / averageLead;
    const bodyNorm = 1 - B + (B * bodyLengths[index]!) / averageBody;
    for (let term = 0; term < unique.length; term++) {
      const at = offset + FIELDS * term;
      let inTitle = counts[at]!;
      let inLead = counts[at + 1]!;
      const inBody = counts[at + 2]!;
      const partner = partners.get(term);
      if (partner?.accented) {
        // Stored counts of the word typed with diacritics: exact ones in full, others discounted.
        const sameTitle = counts[offset + FIELDS * partner.exact]!;
        const sameLead = counts[offset + FIELDS * partner.exact + 1]!;
        inTitle = sameTitle + ACCENT_MISMATCH * (inTitle - sameTitle);
        inLead = sameLead + ACCENT_MISMATCH * (inLead - sameLead);
      }
      if (inTitle + inLead + inBody === 0) continue;
      const frequency =
        (TITLE_BOOST * inTitle) / titleNorm +
        (LEAD_BOOST * inLead) / leadNorm +
        (BODY_BOOST * inBody) / bodyNorm;
      score += weights[term]! * ((frequency * (K1 + 1)) / (frequency + K1));
    }
    return { id: candidate.id, score };
  });
  scored.sort((a, b) => b.score - a.score || b.id - a.id);
  return scored.map((item) => item.id);
}
