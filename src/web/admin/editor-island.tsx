import { existsSync } from 'node:fs';
import path from 'node:path';
import type { LanguageCode } from '../../db/schema.ts';
import { projectRoot } from '../../platform/paths.ts';

let built: boolean | undefined;

/** Whether the editor island was bundled (scripts/build.mjs; absent before the first build). */
function editorIslandBuilt(): boolean {
  built ??= existsSync(path.join(projectRoot(), 'dist/public/editor.js'));
  return built;
}

/**
 * Loads the rich-text editor island, which turns every `<textarea data-rich-editor>` of the page
 * into the TipTap editor. Every form with a rich body (articles, static pages) includes it; `lang`
 * is the staff member's admin language, which names the toolbar and dialogs.
 */
export function EditorIsland({ lang }: { lang: LanguageCode }) {
  return editorIslandBuilt() ? (
    <script type="module" src="/assets/build/editor.js" data-editor-lang={lang} />
  ) : null;
}
