import type { LanguageCode } from '../db/schema.ts';
import type { Messages } from '../i18n/index.ts';
import type { NavItem } from '../modules/navigation/navigation.ts';
import type { Site } from '../modules/sites/site.ts';

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
}

/** A link in the breadcrumb trail. */
export interface Crumb {
  label: string;
  href?: string;
}
