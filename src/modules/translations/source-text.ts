import { createHash } from 'node:crypto';
import type { ArticleRow, PageRow, TranslatableType } from '../../db/schema.ts';
import { type DiffPart, hasChanges, tokenizeWords, wordDiff } from '../revisions/diff.ts';
import { bodyText } from '../revisions/revisions.ts';

/**
 * The translatable text of an item: what a translator must follow. Changes to anything else
 * (category, cover image, position, workflow state, featured flag) never make a translation stale.
 * Bodies are kept as stored (TipTap JSON), so a new figure or table counts as a change too.
 */
export type TextField =
  | 'title'
  | 'lead'
  | 'body'
  | 'coverAlt'
  | 'coverCaption'
  | 'seoDescription'
  | 'name'
  | 'description';

export type SourceText = Partial<Record<TextField, string>>;

/** The fields of each type, in the order they are compared and shown. */
export const textFields: Record<TranslatableType, TextField[]> = {
  article: ['title', 'lead', 'body', 'coverAlt', 'coverCaption', 'seoDescription'],
  page: ['title', 'lead', 'body', 'seoDescription'],
  category: ['name', 'description'],
};

/** The translatable text of an article. */
export function articleText(
  row: Pick<ArticleRow, 'title' | 'lead' | 'body' | 'cover_alt' | 'cover_caption' | 'seo_description'>,
): SourceText {
  return {
    title: row.title,
    lead: row.lead,
    body: row.body,
    coverAlt: row.cover_alt,
    coverCaption: row.cover_caption,
    seoDescription: row.seo_description,
  };
}

/** The translatable text of a static page. */
export function pageText(row: Pick<PageRow, 'title' | 'lead' | 'body' | 'seo_description'>): SourceText {
  return { title: row.title, lead: row.lead, body: row.body, seoDescription: row.seo_description };
}

/** The translatable text of a category in one language. */
export function categoryText(row: { name: string; description: string }): SourceText {
  return { name: row.name, description: row.description };
}

/** A fingerprint of the text (fields in fixed order), stored with each translation link. */
export function textHash(type: TranslatableType, text: SourceText): string {
  const canonical = JSON.stringify(textFields[type].map((field) => text[field] ?? ''));
  return createHash('sha256').update(canonical).digest('hex');
}

/** Reads a stored SourceText (tolerates a damaged value: nothing to compare then). */
export function parseSourceText(raw: string): SourceText {
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object') return {};
    const text: SourceText = {};
    for (const [key, field] of Object.entries(value as Record<string, unknown>))
      if (typeof field === 'string') text[key as TextField] = field;
    return text;
  } catch {
    return {};
  }
}

/** One field of the source that changed, word by word. */
export interface TextChange {
  field: TextField;
  parts: DiffPart[];
}

export interface TextComparison {
  changes: TextChange[];
  /** The body's layout changed (figure, table, formatting) without a change in its words. */
  structureChanged: boolean;
}

/** Joins tokens as wordDiff does: words by spaces, line breaks kept. */
function joinTokens(tokens: string[]): string {
  return tokens.reduce(
    (text, token) =>
      text === '' || token === '\n' || text.endsWith('\n') ? text + token : `${text} ${token}`,
    '',
  );
}

/**
 * Shortens long unchanged runs to `context` words on each side of a change (an ellipsis marks
 * the cut), so a change stands out in a long body.
 */
export function condenseDiff(parts: DiffPart[], context = 15): DiffPart[] {
  return parts.map((part, index) => {
    if (part.op !== 'equal') return part;
    const tokens = tokenizeWords(part.text);
    if (tokens.length <= context * 2 + 5) return part;
    const head = index > 0 ? tokens.slice(0, context) : [];
    const tail = index < parts.length - 1 ? tokens.slice(-context) : [];
    const text = [joinTokens(head), '…', joinTokens(tail)].filter(Boolean).join(' ');
    return { op: 'equal', text };
  });
}

/** What changed in the source between the version a translation follows and now. */
export function compareText(type: TranslatableType, before: SourceText, after: SourceText): TextComparison {
  const changes: TextChange[] = [];
  let structureChanged = false;
  for (const field of textFields[type]) {
    const old = before[field] ?? '';
    const now = after[field] ?? '';
    if (old === now) continue;
    const parts = field === 'body' ? wordDiff(bodyText(old), bodyText(now)) : wordDiff(old, now);
    if (hasChanges(parts)) changes.push({ field, parts: condenseDiff(parts) });
    else if (field === 'body') structureChanged = true;
  }
  return { changes, structureChanged };
}

/** Every field, in the order a person reads them on a form. */
const fieldOrder: TextField[] = [
  'title',
  'name',
  'lead',
  'description',
  'body',
  'coverAlt',
  'coverCaption',
  'seoDescription',
];

/** Does a field hold words to translate (not empty, not only numbers or punctuation)? */
function hasWords(text: string): boolean {
  return /\p{L}/u.test(text);
}

/**
 * The fields of a translation that still hold the source's text (as "Thêm bản dịch" copied it):
 * every field the source has words in and the translation repeats unchanged (a body by its
 * words, so its figures and tables may stay). Until none is left, the translation must not be
 * sent on or published: that would show one language's text under another language's URL.
 */
export function untranslatedFields(translation: SourceText, source: SourceText): TextField[] {
  const textOf = (text: SourceText, field: TextField) =>
    (field === 'body' ? bodyText(text.body ?? '') : (text[field] ?? '')).trim().normalize('NFC');
  return fieldOrder.filter((field) => {
    const original = textOf(source, field);
    return hasWords(original) && textOf(translation, field) === original;
  });
}

/** Is the translation still the source's text in some field? (See `untranslatedFields`.) */
export function isUntranslatedCopy(translation: SourceText, source: SourceText): boolean {
  return untranslatedFields(translation, source).length > 0;
}
