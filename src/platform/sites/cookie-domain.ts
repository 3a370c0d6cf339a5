import type { Site } from './site.ts';
import { normalizeHost } from './site-directory.ts';

/**
 * Where a reader's display options (text size, contrast) may be remembered so that the
 * province's sites share them: for each configured hostname of a site, the parent domains it
 * shares with another configured hostname (of any site), widest first. Only configured names
 * count, never a request's Host, so a page never offers a cookie domain nobody configured.
 *
 * A parent needs at least two labels: browsers refuse a cookie for a single label ("localhost",
 * "vn"), so the demo's skhcn.localhost and localhost keep their options apart (checked in
 * Chromium, test/browser/display-options.test.ts). Browsers also refuse public suffixes (gov.vn):
 * the script tries the domains in order and keeps the first the browser takes
 * (src/web/assets/display-prefs.js), which is lachong.gov.vn for skhcn.lachong.gov.vn.
 */
export function sharedCookieDomains(
  site: Site,
  sites: readonly Site[],
  publicUrl?: string | undefined,
): Record<string, string[]> {
  const publicHost = publicUrl ? normalizeHost(new URL(publicUrl).host) : undefined;
  const hostsOf = (each: Site) =>
    each.isDefault && publicHost && !each.hostnames.includes(publicHost)
      ? [...each.hostnames, publicHost]
      : each.hostnames;
  const everyHost = [...new Set(sites.flatMap(hostsOf))].filter(isDomainName);
  const result: Record<string, string[]> = {};
  for (const host of hostsOf(site).filter(isDomainName)) {
    const labels = host.split('.');
    const domains: string[] = [];
    // Widest first: lachong.gov.vn before skhcn.lachong.gov.vn (gov.vn, if offered, is refused).
    for (let count = 2; count <= labels.length; count++) {
      const parent = labels.slice(-count).join('.');
      const shared = everyHost.some(
        (other) => other !== host && (other === parent || other.endsWith(`.${parent}`)),
      );
      if (shared) domains.push(parent);
    }
    if (domains.length > 0) result[host] = domains;
  }
  return result;
}

/** A name with at least two labels, not an IP address: one a cookie's Domain may name. */
function isDomainName(host: string): boolean {
  if (host.includes(':') || host.startsWith('[')) return false;
  if (/^[\d.]+$/.test(host)) return false;
  return host.includes('.');
}
