import { ColumnHeads } from './column-heads.tsx';
import type { PageContext } from './context.ts';

/**
 * Access keys of the portal shell, after the scheme most government sites use (Thông tư
 * 32/2017 Đ18 encourages shortcuts to the home page, the site map and search). The site map
 * page lists them for readers.
 */
export const accessKeys = { home: '1', sitemap: '3', search: '4', content: 's' } as const;

/**
 * Text size and high contrast for the whole portal, remembered in the browser and shared by the
 * sites whose configured hostnames have a parent domain the browser accepts
 * (platform/sites/cookie-domain.ts), which the help text says, or says they are not (prefs.js applies
 * them before the page paints; display-prefs.js wires the buttons). Hidden until the script runs:
 * without JavaScript the browser's own zoom and contrast settings still work. Each size button's
 * accessible name starts with its visible letters ("A+ (Tăng cỡ chữ)") so voice control users can
 * say what they see (WCAG 2.5.3).
 */
export function DisplayPrefs({ ctx }: { ctx: PageContext }) {
  const t = ctx.t.shell;
  // The page is cached for all the site's hostnames: the script picks this host's domains and,
  // when the browser takes none of them (localhost, an IP address), says the options stay here.
  const domains = ctx.cookieDomains ?? {};
  const canShare = Object.keys(domains).length > 0;
  return (
    <div class="display-prefs" data-display-prefs data-cookie-domains={JSON.stringify(domains)} hidden>
      <fieldset aria-describedby="display-prefs-help">
        <legend class="visually-hidden">{t.display}</legend>
        <p id="display-prefs-help" class="visually-hidden" data-local-text={t.displayLocal}>
          {canShare ? t.displayShared : t.displayLocal}
        </p>
        <span class="prefs-label" aria-hidden="true">
          {t.textSize}
          {ctx.t.colon}
        </span>
        <button type="button" data-font-size="small" aria-pressed="false">
          A−
          <span class="visually-hidden"> ({t.smaller})</span>
        </button>
        <button type="button" data-font-size="normal" aria-pressed="false">
          A<span class="visually-hidden"> ({t.normalSize})</span>
        </button>
        <button type="button" data-font-size="large" aria-pressed="false">
          A+
          <span class="visually-hidden"> ({t.larger})</span>
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
      {/* What each browser reads natively; access-keys.js adds Alt + key and Alt + Shift + key everywhere. */}
      <dl class="shortcut-modifiers">
        {t.shortcutsBrowsers.map(([browsers, keys]) => (
          <div key={browsers}>
            <dt>{browsers}</dt>
            <dd>{keys}</dd>
          </div>
        ))}
      </dl>
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
