import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateSync } from 'otplib';
import { Client, csrfToken } from '../admin-session.ts';
import type { TestApp } from '../harness.ts';

// The list of documents the conformance walk checks (issue 13, "Done when"): every <loc> of the
// demo sites' sitemaps and their hreflang alternates, the public templates no sitemap lists, and
// every admin screen reached from the admin navigation, signed in as the demo administrator.

/** One fetched HTML document. */
export interface Doc {
  /** Host the request named (the site), e.g. skhcn.localhost. */
  host: string;
  /** Path and query. */
  path: string;
  status: number;
  html: string;
  /** Public pages and admin screens are sampled for axe separately. */
  area: 'public' | 'admin';
  /** The page's language (the html element's lang). */
  lang: string;
  /** Pages built by one template share a key; axe runs on a sample of each key. */
  template: string;
  /** Admin screens are fetched with the administrator's session cookies. */
  signedIn: boolean;
}

/** The XML entities the sitemap and our HTML use in URLs. */
function unescapeXml(text: string): string {
  return text
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'");
}

/** Every <loc> and hreflang alternate of a site's sitemap (following a sitemap index). */
export async function sitemapUrls(t: TestApp, host: string): Promise<URL[]> {
  const urls = new Map<string, URL>();
  const pending = ['/sitemap.xml'];
  const seenMaps = new Set<string>();
  while (pending.length > 0) {
    const mapPath = pending.shift() as string;
    if (seenMaps.has(mapPath)) continue;
    seenMaps.add(mapPath);
    const response = await t.app.inject({ url: mapPath, headers: { host } });
    if (response.statusCode !== 200) throw new Error(`${host}${mapPath}: ${response.statusCode}`);
    const isIndex = response.body.includes('<sitemapindex');
    const found = [
      ...response.body.matchAll(/<loc>([^<]+)<\/loc>/g),
      ...response.body.matchAll(/<xhtml:link rel="alternate" hreflang="[^"]+" href="([^"]+)"/g),
    ].map((match) => new URL(unescapeXml(match[1] as string)));
    for (const url of found) {
      if (isIndex) pending.push(url.pathname + url.search);
      else urls.set(url.href, url);
    }
  }
  return [...urls.values()];
}

/** The public templates a sitemap does not list, per language prefix (vi has none). */
export function extraPublicPaths(prefix: string, searchSlug: string, firstTerm: string): string[] {
  return [
    `${prefix}/${searchSlug}?q=${encodeURIComponent(firstTerm)}`,
    `${prefix}/${searchSlug}?q=zzqxjw`,
    `${prefix}/${searchSlug}`,
    `${prefix}/khong-co-trang-nay-404`,
    // A malformed percent-escape: the 400 page (issue 13 item 7).
    `${prefix}/%ZZ`,
  ];
}

/** The demo administrator's e-mail, password and authenticator secret from DATA_DIR. */
export function demoAdministrator(dataDir: string): { email: string; password: string; secret: string } {
  const text = readFileSync(path.join(dataDir, 'demo-accounts.txt'), 'utf8');
  const match = /^admin\s+(\S+)\s+(\S+)\n\s+(otpauth:\S+)/m.exec(text);
  if (!match) throw new Error('No administrator in demo-accounts.txt');
  const secret = new URL(match[3] as string).searchParams.get('secret') ?? '';
  return { email: match[1] as string, password: match[2] as string, secret };
}

/**
 * Signs the demo administrator in through the forms; returns the client and the HTML of the
 * login and second-factor screens it passed through (they are admin templates too).
 */
export async function signInDemoAdministrator(
  t: TestApp,
  host: string,
): Promise<{ client: Client; screens: { path: string; status: number; html: string }[] }> {
  const admin = demoAdministrator(t.dataDir);
  const client = new Client(t.app, host);
  const login = await client.get('/admin/login');
  const posted = await client.post('/admin/login', {
    _csrf: csrfToken(login.body),
    email: admin.email,
    password: admin.password,
  });
  if (posted.statusCode !== 303) throw new Error(`Login failed with ${posted.statusCode}`);
  const second = await client.get('/admin/login/2fa');
  const verified = await client.post('/admin/login/2fa', {
    _csrf: csrfToken(second.body),
    code: generateSync({ secret: admin.secret }),
  });
  if (verified.statusCode !== 303) throw new Error(`Second factor failed with ${verified.statusCode}`);
  return {
    client,
    screens: [
      { path: '/admin/login', status: login.statusCode, html: login.body },
      { path: '/admin/login/2fa', status: second.statusCode, html: second.body },
    ],
  };
}

/** An admin path's template: numbers become :id, query keys are kept (sorted), values dropped. */
export function adminTemplate(url: string): string {
  const parsed = new URL(url, 'http://x');
  const keys = [...new Set(parsed.searchParams.keys())].sort();
  return `${parsed.pathname.replace(/\/\d+(?=\/|$)/g, '/:id')}${keys.length > 0 ? `?${keys.join('&')}` : ''}`;
}

/** Admin links never followed: they act (sign out) or leave the HTML admin (downloads). */
const notFollowed = [/^\/admin\/logout/, /\/export/, /\.(csv|json|xml|zip|txt)$/];

/**
 * Walks the admin from the dashboard: every same-site /admin link of every screen it reaches,
 * one URL per template (the first found), so each list, form and editor is fetched once.
 */
export async function crawlAdmin(
  client: Client,
  limit = 200,
): Promise<{ path: string; status: number; html: string }[]> {
  const seen = new Set<string>();
  const out: { path: string; status: number; html: string }[] = [];
  const queue = ['/admin'];
  while (queue.length > 0 && out.length < limit) {
    const next = queue.shift() as string;
    const template = adminTemplate(next);
    if (seen.has(template)) continue;
    seen.add(template);
    const response = await client.get(next);
    const type = String(response.headers['content-type'] ?? '');
    if (response.statusCode >= 300 && response.statusCode < 400) continue;
    if (!type.startsWith('text/html')) continue;
    out.push({ path: next, status: response.statusCode, html: response.body });
    for (const match of response.body.matchAll(/href="(\/admin[^"#]*)"/g)) {
      const href = unescapeXml(match[1] as string);
      if (notFollowed.some((pattern) => pattern.test(href))) continue;
      if (!seen.has(adminTemplate(href))) queue.push(href);
    }
  }
  return out;
}

/** The html element's lang attribute. */
export function htmlLang(html: string): string {
  return /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '';
}

/**
 * A public page's template, read from its markup (a category, a page and an article all live
 * at /slug-like paths): the class of the first element of <main> after the breadcrumb, with the
 * h1's class and whether the page lists articles or collection items.
 */
export function publicTemplate(html: string, status: number): string {
  if (status !== 200) return `status-${status}`;
  const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
  const body = main.replace(/<nav[^>]*class="breadcrumb"[\s\S]*?<\/nav>/, '').trimStart();
  const first = /^<(\w+)([^>]*)>/.exec(body);
  const firstClass = /class="([^"]*)"/.exec(first?.[2] ?? '')?.[1] ?? '';
  const h1 = /<h1([^>]*)>/.exec(main)?.[1] ?? '';
  const h1Class = /class="([^"]*)"/.exec(h1)?.[1] ?? '';
  const marks = ['article-list', 'collection-list', 'search-results', 'pagination', 'home-']
    .filter((mark) => main.includes(mark))
    .join('+');
  return `${first?.[1] ?? ''}.${firstClass}|h1.${h1Class}|${marks}`;
}
