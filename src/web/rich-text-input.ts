import type { Messages } from '../i18n/index.ts';
import { AppError } from '../platform/errors.ts';
import { hasControlCharacters } from '../platform/nfc-input.ts';
import { nfcDeep } from '../platform/text.ts';
import type { RichNode } from './rich-text.tsx';
import { type RichTextProblem, richTextProblem } from './rich-text-schema.ts';

/**
 * The one reading of a rich-text field on write (articles, pages, collection items; admin
 * forms and the API): the editor island posts TipTap JSON, checked against the editor's schema
 * (rich-text-schema.ts); without the island the textarea holds plain text, which becomes
 * paragraphs (split on blank lines; single line breaks are kept). JSON whose strings hold control
 * characters is refused (CONTROL_CHARACTERS), since escaped \u0000 gets past the edge check.
 */
export type BodyResult = { ok: true; body: string } | { ok: false; problem: RichTextProblem };

/** Plain text as paragraphs: blank lines separate them, a single line break is kept. */
export function plainTextDoc(text: string): RichNode {
  const content = text
    .split(/\n[^\S\n]*\n\s*/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block): RichNode => {
      const inline: RichNode[] = [];
      block.split('\n').forEach((line, index) => {
        if (index > 0) inline.push({ type: 'hardBreak' });
        const trimmed = line.trim();
        if (trimmed) inline.push({ type: 'text', text: trimmed });
      });
      return { type: 'paragraph', content: inline };
    });
  return { type: 'doc', content };
}

/** The body to store (TipTap JSON), or what in it the editor's schema refuses. */
export function bodyFromInput(input: string): BodyResult {
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
    if (isJson) {
      // The schema first: its message names the refused link or attribute.
      const problem = richTextProblem(value);
      if (problem) return { ok: false, problem };
      // "\u0000" escaped inside the JSON gets past the edge check of raw text (nfc-input.ts).
      if (hasControlCharacters(value)) throw new AppError('CONTROL_CHARACTERS');
      const doc = value as RichNode;
      return { ok: true, body: JSON.stringify({ ...doc, content: doc.content ?? [] }) };
    }
  }
  return { ok: true, body: JSON.stringify(plainTextDoc(text)) };
}

/** A refused value as the message shows it: at most 80 characters, control characters visible. */
function shown(value: string): string {
  const visible = [...value]
    .map((char) => (/[\p{Cc}]/u.test(char) ? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}` : char))
    .join('');
  return visible.length > 80 ? `${visible.slice(0, 79)}…` : visible;
}

/** The field message naming what was refused, in the person's language. */
export function richTextMessage(t: Messages['richText'], problem: RichTextProblem): string {
  switch (problem.kind) {
    case 'notDocument':
      return t.notDocument;
    case 'tooDeep':
      return t.tooDeep;
    case 'node':
      return t.node(shown(problem.type));
    case 'mark':
      return t.mark(shown(problem.type));
    case 'handler':
      return t.handler(shown(problem.name), shown(problem.owner));
    case 'attribute':
      return t.attribute(shown(problem.name), shown(problem.owner));
    case 'value':
      return t.value(shown(problem.name), shown(problem.owner));
    case 'link':
      return t.link(shown(problem.href));
    case 'placement':
      return t.placement(shown(problem.child), shown(problem.parent));
    case 'empty':
      return t.empty(shown(problem.owner));
  }
}
