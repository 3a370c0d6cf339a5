import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { stripDiacritics } from '../../platform/text.ts';
import { isStopWord, tokenize, wordForms } from './analyzer.ts';
import { countResults, type SearchRequest } from './search.service.ts';

/**
 * "Có phải bạn muốn tìm: …" (docs/adr/0004-search.md, "Spelling"). Asked only when a query finds
 * nothing or little, so the common query pays nothing. Each word that finds nothing on its own
 * is corrected against the index itself: first the Telex left-overs (tone keys s f r x j typed
 * after the word, doubled letters: "quocs" → quoc, "phonng" → phong, "hoij" → hoi), then the
 * Vietnamese syllables one edit away (a letter left out, added, changed or two swapped). The
 * first candidate the index holds wins; the whole corrected query must find more than the
 * original, or nothing is offered.
 */

/** At or below this many results, a correction is looked for. */
export const FEW_RESULTS = 2;
/** Count queries one suggestion may cost at most (each stops at its first match). */
const MAX_PROBES = 80;

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?';
/** An unaccented Vietnamese syllable (a loose pattern: the index has the last word). */
const SYLLABLE = new RegExp(`^${ONSET}(?:[aeiouy]{1,3})(?:ng|nh|ch|c|m|n|p|t)?$`);
const LETTERS = 'abcdeghiklmnopqrstuvxy';
const TELEX_TONES = /^(.*[aeiouy].*?)[sfrxj]$/;

/** Telex left-overs removed: the tone key after the word, doubled letters (dd, aa, ee, oo, w). */
export function telexCandidates(word: string): string[] {
  const out: string[] = [];
  const add = (value: string) => {
    if (value && value !== word && !out.includes(value)) out.push(value);
  };
  const toneless = word.match(TELEX_TONES)?.[1] ?? word;
  const single = (value: string) => value.replace(/([a-z])\1+/g, '$1');
  add(single(toneless));
  add(toneless);
  add(single(word));
  // "w" as the Telex key of ư, ơ, ă: "truwowngf" → truong.
  add(single(toneless.replace(/w/g, '')));
  return out.filter((value) => SYLLABLE.test(value));
}

/** Vietnamese syllables one edit away: a letter changed, left out, two swapped, one added. */
export function oneEditCandidates(word: string): string[] {
  const out = new Set<string>();
  for (let i = word.length - 1; i >= 0; i--)
    for (const letter of LETTERS) out.add(word.slice(0, i) + letter + word.slice(i + 1));
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i + 1 < word.length; i++)
    out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let i = 0; i <= word.length; i++)
    for (const letter of LETTERS) out.add(word.slice(0, i) + letter + word.slice(i));
  out.delete(word);
  return [...out].filter((value) => SYLLABLE.test(value));
}

/** A better query for a request that found nothing or little, or undefined. */
export async function suggestSpelling(
  db: Kysely<DB>,
  request: SearchRequest,
  found: number,
): Promise<{ q: string; count: number } | undefined> {
  if (found > FEW_RESULTS || typeof request.q !== 'string') return undefined;
  const words = tokenize(request.q.normalize('NFC')).flatMap((token) =>
    token.kind === 'word' ? [stripDiacritics(wordForms(token.text).lower)] : [],
  );
  if (words.length === 0 || words.length > 6) return undefined;
  let probes = 0;
  const finds = async (q: string) => {
    probes++;
    return (await countResults(db, { ...request, q, sort: 'date' }, 1)) > 0;
  };
  const corrected = [...words];
  let changed = false;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (!/^[a-z]{2,12}$/.test(word) || isStopWord(word)) continue;
    if (probes >= MAX_PROBES) break;
    const telex = telexCandidates(word);
    // A word that is no syllable may still match (English stemming reads "quocs" as quoc):
    // its Telex form, when it matches, is what was meant.
    if (await finds(word)) {
      if (SYLLABLE.test(word)) continue;
      for (const candidate of telex) {
        if (await finds(candidate)) {
          corrected[index] = candidate;
          changed = true;
          break;
        }
      }
      continue;
    }
    for (const candidate of [...telex, ...oneEditCandidates(word)]) {
      if (probes >= MAX_PROBES) break;
      if (await finds(candidate)) {
        corrected[index] = candidate;
        changed = true;
        break;
      }
    }
  }
  if (!changed) return undefined;
  const q = corrected.join(' ');
  const count = await countResults(db, { ...request, q });
  return count > found ? { q, count } : undefined;
}
