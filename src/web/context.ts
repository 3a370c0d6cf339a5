import type { LanguageCode } from '../db/schema.ts';
import type { Messages } from '../i18n/index.ts';
import type { Site } from '../platform/sites/site.ts';

/** Everything the shell needs to render a public page. */
export interface PageContext {
  site: Site;
  lang: LanguageCode;
  t: Messages;
  /** CSP nonce for this response's inline scripts. */
  nonce: string;
  /** The request path (without query string). */
  path: string;
  /** Absolute origin of the site, e.g. https://lachong.gov.vn. */
  origin: string;
  menu: NavItem[];
  now: Date;
  /**
   * This page's counterparts in the portal's languages (site-relative paths), set by pages that
   * know them (articles, static pages, categories, homes, site maps). The language switch links
   * to them; a language without one links to its home, marked as such.
   */
  alternates?: Partial<Record<LanguageCode, string>>;
  /**
   * Per configured hostname of the site, the parent domains it shares with another configured
   * hostname (platform/sites/cookie-domain.ts): where the display options may be remembered.
   */
  cookieDomains?: Record<string, string[]>;
}

/** A link in the breadcrumb trail. */
export interface Crumb {
  label: string;
  href?: string;
}

/** One entry of the main menu or the HTML sitemap. */
export interface NavItem {
  label: string;
  href: string;
  children: NavItem[];
}
