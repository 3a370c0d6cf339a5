import { ColumnHeads } from './column-heads.tsx';
import type { PageContext } from './context.ts';

/**
 * Access keys of the portal shell, after the scheme most government sites use (Thông tư
 * 32/2017 Đ18 encourages shortcuts to the home page, the site map and search). The site map
 * page lists them for readers.
 */
export const accessKeys = { home: '1', sitemap: '3', search: '4', content: 's' } as const;

/**
 * Text size and high contrast for the whole portal, remembered in the browser (prefs.js applies
 * them before the page paints; display-prefs.js wires the buttons). Hidden until the script runs:
 * without JavaScript the browser's own zoom and contrast settings still work.
 */
export function DisplayPrefs({ ctx }: { ctx: PageContext }) {
  const t = ctx.t.shell;
  return (
    <div class="display-prefs" data-display-prefs hidden>
      <fieldset>
        <legend class="visually-hidden">{t.display}</legend>
        <span class="prefs-label" aria-hidden="true">
          {t.textSize}
          {ctx.t.colon}
        </span>
        <button type="button" data-font-size="small" aria-label={t.smaller} aria-pressed="false">
          A−
        </button>
        <button type="button" data-font-size="normal" aria-label={t.normalSize} aria-pressed="false">
          A
        </button>
        <button type="button" data-font-size="large" aria-label={t.larger} aria-pressed="false">
          A+
        </button>
        <button type="button" class="contrast-toggle" data-contrast-toggle aria-pressed="false">
          <span aria-hidden="true">◐ </span>
          {t.highContrast}
        </button>
      </fieldset>
    </div>
  );
}

/** The shortcuts table of the site map page. */
export function ShortcutList({ ctx }: { ctx: PageContext }) {
  const t = ctx.t.shell;
  const rows: [string, string][] = [
    [accessKeys.home, t.home],
    [accessKeys.sitemap, t.sitemap],
    [accessKeys.search, t.searchBox],
    [accessKeys.content.toUpperCase(), t.mainContent],
  ];
  return (
    <section class="shortcuts" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t.shortcutsTitle}</h2>
      <p>{t.shortcutsIntro}</p>
      <table>
        <ColumnHeads labels={[t.shortcutKey, t.shortcutTarget]} />
        <tbody>
          {rows.map(([key, target]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{target}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
