/**
 * Link checks for the editor. The same rule as the server renderer's `safeHref`
 * (src/web/rich-text.tsx): http(s), mailto, tel, site-relative paths and in-page anchors only.
 */
const PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];

/** The href to store, or null when the value is not an allowed link (javascript:, data:, …). */
export function checkLinkUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const href = value.trim();
  if (href === '') return null;
  if (href.startsWith('/') && !href.startsWith('//')) return href;
  if (href.startsWith('#') && href.length > 1) return href;
  try {
    const url = new URL(href);
    return PROTOCOLS.includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
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
