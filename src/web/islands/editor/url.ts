import { checkedHref } from '../../link-href.ts';

/**
 * Link checks for the editor: the server's rule (src/web/link-href.ts), so the editor never
 * makes a link the server would refuse to store: http(s), mailto, tel, site-relative paths and
 * in-page anchors only.
 */

/** The href to store, or null when the value is not an allowed link (javascript:, data:, /\host, …). */
export function checkLinkUrl(value: unknown): string | null {
  return checkedHref(value) ?? null;
}

/**
 * What a person typed into the link dialog: adds https:// to a bare host ("dinh.gov.vn/a") and
 * mailto: to a bare e-mail address, then checks it.
 */
export function normalizeTypedUrl(value: string): string | null {
  const typed = value.trim();
  if (/^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(typed)) return checkLinkUrl(`mailto:${typed}`);
  if (/^(www\.)?[\p{L}\d-]+(\.[\p{L}\d-]+)*\.[\p{L}]{2,}(:\d+)?([/?#]|$)/u.test(typed)) {
    return checkLinkUrl(`https://${typed}`);
  }
  return checkLinkUrl(typed);
}
