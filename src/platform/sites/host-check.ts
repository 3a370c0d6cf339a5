/**
 * Paths that answer whatever the Host header says: monitors and load balancers probe them by
 * IP address, and they carry no links. Everything else needs a configured site (ADR 0016).
 */
const ANY_HOST_PATHS = new Set(['/healthz', '/metrics']);

/** Does this request URL answer for a Host that names no site? */
export function servesAnyHost(url: string): boolean {
  return ANY_HOST_PATHS.has(url.split('?')[0] ?? url);
}
