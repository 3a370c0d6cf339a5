import type { JSONContent } from '@tiptap/core';

/** An empty document: one empty paragraph (a doc needs at least one block). */
export const EMPTY_DOC: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };

/**
 * The document stored in the textarea: an empty one for an empty textarea or a doc without
 * blocks (what the server's parseRichText gives for anything malformed), null when the value is
 * not a document at all (then the editor leaves the textarea alone rather than lose it).
 */
export function initialContent(raw: string): JSONContent | null {
  if (raw.trim() === '') return EMPTY_DOC;
  try {
    const value = JSON.parse(raw) as JSONContent | null;
    if (!value || typeof value !== 'object' || value.type !== 'doc') return null;
    if (!Array.isArray(value.content) || value.content.length === 0) return EMPTY_DOC;
    return value;
  } catch {
    return null;
  }
}
