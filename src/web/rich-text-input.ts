import { AppError } from '../platform/errors.ts';
import { hasControlCharacters } from '../platform/nfc-input.ts';
import { nfcDeep } from '../platform/text.ts';
import type { RichNode } from './rich-text.tsx';

/**
 * The body as TipTap JSON: a stored or edited document is taken as is; text that is not JSON
 * becomes paragraphs (blank lines between them, single line breaks kept). Undefined when the
 * text is JSON but not a document; CONTROL_CHARACTERS when the JSON's strings hold control characters.
 */
export function bodyFromInput(input: string): string | undefined {
  const text = input.trim();
  if (text.startsWith('{')) {
    let value: unknown;
    let isJson = true;
    try {
      // Escaped characters (\u0301) come out of JSON.parse decomposed: normalise after parsing.
      value = nfcDeep(JSON.parse(text));
    } catch {
      isJson = false;
    }
    // "\u0000" escaped inside the JSON gets past the edge check of raw text (nfc-input.ts).
    if (isJson && hasControlCharacters(value)) throw new AppError('CONTROL_CHARACTERS');
    if (isJson) {
      const doc = value as RichNode | null;
      if (doc?.type !== 'doc' || (doc.content !== undefined && !Array.isArray(doc.content))) return undefined;
      return JSON.stringify(doc);
    }
  }
  const paragraphs = text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return JSON.stringify({
    type: 'doc',
    content: paragraphs.map((paragraph) => ({
      type: 'paragraph',
      content: paragraph
        .split('\n')
        .flatMap((line, index) => [
          ...(index > 0 ? [{ type: 'hardBreak' }] : []),
          ...(line.trim() ? [{ type: 'text', text: line.trim() }] : []),
        ]),
    })),
  });
}
