const EXEMPT = /^\/(assets|media|api)\//;

/**
 * One URL per page: the canonical form of a public GET path, or undefined when it already is.
 * Lower-cases ASCII letters, collapses repeated slashes and drops a trailing slash (except on
 * the language homes /en/ and /zh/). The query string is kept.
 */
export function canonicalRedirect(method: string, url: string): string | undefined {
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  const queryStart = url.indexOf('?');
  const pathPart = queryStart === -1 ? url : url.slice(0, queryStart);
  const query = queryStart === -1 ? '' : url.slice(queryStart);
  if (EXEMPT.test(pathPart)) return undefined;
  let canonical = pathPart.replace(/\/{2,}/g, '/').replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  if (canonical.length > 1 && canonical.endsWith('/') && canonical !== '/en/' && canonical !== '/zh/') {
    canonical = canonical.replace(/\/+$/, '') || '/';
  }
  // Percent-escapes are case-insensitive in meaning; keep the client's hex digits' case.
  canonical = canonical.replace(/%[0-9a-f]{2}/gi, (hex) => hex.toUpperCase());
  const original = pathPart.replace(/%[0-9a-f]{2}/gi, (hex) => hex.toUpperCase());
  return canonical === original ? undefined : canonical + query;
}
