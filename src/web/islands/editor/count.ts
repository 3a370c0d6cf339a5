import type { EditorStrings } from './strings.ts';

/**
 * Word and character counts for the editor's status line. Vietnamese is written in syllables
 * separated by spaces, so a "word" here is a whitespace-separated run with at least one letter
 * or digit (a lone dash or bullet does not count). Characters are Unicode code points after NFC
 * normalisation, not counting line breaks between blocks.
 */
export function countWords(text: string): number {
  let words = 0;
  for (const token of text.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(token)) words += 1;
  return words;
}

export function countCharacters(text: string): number {
  return Array.from(text.normalize('NFC').replace(/\n/g, '')).length;
}

/** The status line shown (and announced) under the editor, in the staff member's language. */
export function countLabel(text: string, t: Pick<EditorStrings, 'count'>): string {
  return t.count(countWords(text), countCharacters(text));
}
