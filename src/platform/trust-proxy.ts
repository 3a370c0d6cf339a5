import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * Which proxies Đình believes about the client's address, in the forms Fastify's `trustProxy`
 * takes: none (false), a number of hops in front of Đình, or the proxies' addresses and ranges.
 *
 * `true` is refused: it makes Fastify take the left-most `X-Forwarded-For` entry, which the
 * client writes itself, so every per-IP limit and the audit log's addresses would be the
 * client's choice. A proxy appends the address it saw to the right of the list; trusting one hop
 * (or the proxy's own address) takes that entry and ignores whatever the client put before it.
 */
export type TrustProxy = false | number | string[];

/** The largest hop count accepted: more proxies than this in front of one portal is a typo. */
export const MAX_PROXY_HOPS = 10;

// Named ranges proxy-addr (Fastify's resolver) understands besides addresses and CIDRs.
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

const TRUE_REFUSED =
  'true is no longer accepted: it trusts the left-most X-Forwarded-For address, which any client can forge. ' +
  'Set the number of proxies in front of Đình (TRUST_PROXY=1 for one nginx) or their addresses ' +
  '(TRUST_PROXY=127.0.0.1,10.0.0.0/8)';

const EXPECTED =
  'expected false, a number of proxies from 1 to 10 (TRUST_PROXY=1), or proxy addresses and CIDR ranges separated by commas (TRUST_PROXY=127.0.0.1,10.0.0.0/8)';

/** Is this an IP address, a CIDR range (address/prefix) or one of proxy-addr's named ranges? */
export function isProxyAddress(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (version === 4 ? 32 : 128);
}

/** Parses TRUST_PROXY as written in the environment. */
export function parseTrustProxy(raw: string): { value: TrustProxy } | { problem: string } {
  const text = raw.trim().toLowerCase();
  if (['false', '0', 'no'].includes(text)) return { value: false };
  if (['true', 'yes'].includes(text)) return { problem: TRUE_REFUSED };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= MAX_PROXY_HOPS ? { value: hops } : { problem: EXPECTED };
  }
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0 || !entries.every(isProxyAddress)) return { problem: EXPECTED };
  return { value: entries };
}

/** The zod type of TRUST_PROXY in the configuration schema. */
export const trustProxyFromEnv = z.string().transform((raw, context): TrustProxy => {
  const parsed = parseTrustProxy(raw);
  if ('value' in parsed) return parsed.value;
  context.addIssue({ code: 'custom', message: parsed.problem });
  return z.NEVER;
});

/**
 * TRUST_PROXY as Fastify's `trustProxy` option. Fastify 5 ignores a bare number (it cannot tell
 * the proxy from a client that reached the port directly), so a hop count becomes the function
 * proxy-addr calls for each address from the socket leftwards: the first `hops` are proxies.
 */
export function trustProxyOption(
  value: TrustProxy,
): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof value !== 'number') return value;
  if (value === 0) return false;
  return (_address, hop) => hop < value;
}
