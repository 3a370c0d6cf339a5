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

/** The head terms of a document as stored: title and lead lengths, then their terms. */
export function encodeHead(title: string[][], lead: string[][]): string {
  return `${title.length}\t${lead.length}\t${title.flat().join(' ')}\t${lead.flat().join(' ')}`;
}

interface Head {
  titleLength: number;
  leadLength: number;
  /** term → [count in title, count in lead], query terms only. */
  counts: Map<string, [number, number]>;
}

/** A pattern finding any of the wanted terms as a whole token (terms are letters, `:` and `_`). */
function termPattern(wanted: string[]): RegExp {
  return new RegExp(`(?<=[ \\t])(?:${wanted.join('|')})(?=[ \\t]|$)`, 'gu');
}

/** Counts the wanted terms in a stored head in one pass, without splitting it. */
function decodeHead(encoded: string, pattern: RegExp): Head {
  const firstTab = encoded.indexOf('\t');
  const secondTab = encoded.indexOf('\t', firstTab + 1);
  const thirdTab = encoded.indexOf('\t', secondTab + 1);
  const counts = new Map<string, [number, number]>();
  if (firstTab < 0 || secondTab < 0 || thirdTab < 0) return { titleLength: 0, leadLength: 0, counts };
  pattern.lastIndex = secondTab;
  for (let match = pattern.exec(encoded); match; match = pattern.exec(encoded)) {
    const entry = counts.get(match[0]) ?? [0, 0];
    entry[match.index < thirdTab ? 0 : 1]++;
    counts.set(match[0], entry);
  }
  return {
    titleLength: Number(encoded.slice(0, firstTab)) || 0,
    leadLength: Number(encoded.slice(firstTab + 1, secondTab)) || 0,
    counts,
  };
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
  const wanted = [...new Set(terms)].filter((term) => /^[\p{L}\p{M}\p{N}:_]+$/u.test(term));
  if (wanted.length === 0) return candidates.map((candidate) => candidate.id).sort((a, b) => b - a);
  const pattern = termPattern(wanted);
  const heads = candidates.map((candidate) => ({
    id: candidate.id,
    head: decodeHead(candidate.head, pattern),
  }));
  const count = Math.max(1, heads.length);
  const averageTitle = Math.max(1, heads.reduce((sum, item) => sum + item.head.titleLength, 0) / count);
  const averageLead = Math.max(1, heads.reduce((sum, item) => sum + item.head.leadLength, 0) / count);
  const documentFrequency = new Map<string, number>();
  for (const { head } of heads) {
    for (const term of head.counts.keys())
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const scored = heads.map(({ id, head }) => {
    let score = 0;
    const titleNorm = 1 - B + (B * head.titleLength) / averageTitle;
    const leadNorm = 1 - B + (B * head.leadLength) / averageLead;
    for (const [term, [inTitle, inLead]] of head.counts) {
      const frequency = (TITLE_BOOST * inTitle) / titleNorm + (LEAD_BOOST * inLead) / leadNorm;
      const df = documentFrequency.get(term) ?? 1;
      const idf = Math.log(1 + (count - df + 0.5) / (df + 0.5));
      score += (CLASS_WEIGHT[term[0] ?? 'p'] ?? 1) * idf * ((frequency * (K1 + 1)) / (frequency + K1));
    }
    return { id, score };
  });
  scored.sort((a, b) => b.score - a.score || b.id - a.id);
  return scored.map((item) => item.id);
}
