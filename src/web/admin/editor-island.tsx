import type { LanguageCode } from '../../db/schema.ts';
import { assetUrl, hasAsset } from '../assets.ts';

/**
 * Loads the rich-text editor island, which turns every `<textarea data-rich-editor>` of the page
 * into the TipTap editor. Every form with a rich body (articles, static pages) includes it; `lang`
 * is the staff member's admin language, which names the toolbar and dialogs. The page links the
 * island's stylesheet itself, so both come from their fingerprinted URLs.
 */
export function EditorIsland({ lang }: { lang: LanguageCode }) {
  if (!hasAsset('build/editor.js')) return null; // not bundled yet (scripts/build.mjs)
  return (
    <>
      <link rel="stylesheet" href={assetUrl('editor.css')} />
      <script type="module" src={assetUrl('build/editor.js')} data-editor-lang={lang} />
    </>
  );
}
