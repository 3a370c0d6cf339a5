/**
 * The one rule for links in rich text, shared by the server renderer (rich-text.tsx), the
 * validation of stored bodies (rich-text-schema.ts) and the editor island (islands/editor/url.ts):
 * http(s), mailto and tel addresses, site-relative paths and in-page anchors. Refused:
 * javascript:, data:, vbscript: and every other scheme; protocol-relative `//host`; any
 * backslash (browsers read `/\host` as `//host`); control characters.
 */

const PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]/u;

/** The href as it may be stored and rendered, or undefined when it is not an allowed link. */
export function checkedHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const href = value.trim();
  if (href === '' || UNSAFE_CHARACTERS.test(href)) return undefined;
  if (href.startsWith('/')) return href.startsWith('//') ? undefined : href;
  if (href.startsWith('#')) return href.length > 1 ? href : undefined;
  try {
    const url = new URL(href);
    return PROTOCOLS.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
