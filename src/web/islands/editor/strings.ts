import { editorEn, editorVi, editorZh } from '../../../i18n/admin/editor.ts';
import type { Messages } from '../../../i18n/vi.ts';

/** The editor's texts in one language (src/i18n/admin/editor.ts). */
export type EditorStrings = Messages['editor'];

const catalogues: Record<string, EditorStrings> = { vi: editorVi, en: editorEn, zh: editorZh };

/**
 * The language the server chose for this staff member: `data-editor-lang` on the island's script
 * (src/web/admin/editor-island.tsx), else the page's own language, else Vietnamese.
 */
export function editorLanguage(doc: Document = document): string {
  const chosen = doc.querySelector<HTMLElement>('[data-editor-lang]')?.dataset['editorLang'];
  const tag = (chosen || doc.documentElement.lang || 'vi').toLowerCase().split('-')[0] ?? 'vi';
  return tag in catalogues ? tag : 'vi';
}

let current: EditorStrings | undefined;

/** The editor's texts for this page (read once). */
export function strings(): EditorStrings {
  current ??= catalogues[editorLanguage()] ?? editorVi;
  return current;
}
