/**
 * XML sitemaps (https://www.sitemaps.org/protocol.html) with hreflang alternates
 * (xhtml:link), split into a sitemap index when one file would hold too many URLs.
 */
import { element, newest, xmlEscape } from './rss.ts';

/** URLs per sitemap file: under the protocol's 50,000 so the file also stays under 50 MB. */
export const SITEMAP_URL_LIMIT = 45_000;

/** Another language version of the same page. */
export interface SitemapAlternate {
  /** BCP 47 tag (vi, en, zh-Hans) or x-default. */
  hreflang: string;
  /** Absolute URL. */
  href: string;
}

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** ISO-8601 time of the last change. */
  lastmod?: string | undefined;
  /** Language versions, this one included; omitted when there is only one. */
  alternates?: SitemapAlternate[] | undefined;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** An ISO-8601 time in W3C Datetime form at second precision (2026-11-29T03:00:00Z), or undefined. */
export function w3cDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z') : undefined;
}

function renderUrl(entry: SitemapEntry): string {
  const lastmod = w3cDate(entry.lastmod);
  const links = (entry.alternates ?? []).map(
    (alternate) =>
      `<xhtml:link rel="alternate" hreflang="${xmlEscape(alternate.hreflang)}" href="${xmlEscape(alternate.href)}"/>`,
  );
  return ['<url>', element('loc', entry.loc), lastmod ? element('lastmod', lastmod) : '', ...links, '</url>']
    .filter(Boolean)
    .join('');
}

/** Renders a <urlset> document. */
export function renderUrlset(entries: SitemapEntry[]): string {
  return [
    XML_DECLARATION,
    `<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">`,
    ...entries.map(renderUrl),
    '</urlset>',
    '',
  ].join('\n');
}

/** Renders a <sitemapindex> document listing sitemap files. */
export function renderSitemapIndex(sitemaps: { loc: string; lastmod?: string | undefined }[]): string {
  return [
    XML_DECLARATION,
    `<sitemapindex xmlns="${SITEMAP_NS}">`,
    ...sitemaps.map((sitemap) => {
      const lastmod = w3cDate(sitemap.lastmod);
      return `<sitemap>${element('loc', sitemap.loc)}${lastmod ? element('lastmod', lastmod) : ''}</sitemap>`;
    }),
    '</sitemapindex>',
    '',
  ].join('\n');
}

/** Splits a list into consecutive chunks of at most `size` items. */
export function chunk<T>(items: T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer`);
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** Path of the n-th (1-based) part of a split sitemap. */
export function sitemapPartPath(n: number): string {
  return `/sitemap-${n}.xml`;
}

export interface SitemapDocument {
  body: string;
  /** The newest lastmod in the document (for Last-Modified). */
  lastModified: string | undefined;
}

/**
 * The document served at /sitemap.xml (part undefined) or at /sitemap-{part}.xml. Up to
 * `limit` entries, /sitemap.xml is the urlset itself and there are no parts; beyond that it
 * is an index of the parts. Undefined when the asked-for part does not exist.
 */
export function sitemapDocument(
  entries: SitemapEntry[],
  origin: string,
  limit = SITEMAP_URL_LIMIT,
  part?: number,
): SitemapDocument | undefined {
  const newestOf = (list: SitemapEntry[]) => newest(...list.map((entry) => entry.lastmod));
  if (entries.length <= limit) {
    return part === undefined ? { body: renderUrlset(entries), lastModified: newestOf(entries) } : undefined;
  }
  const parts = chunk(entries, limit);
  if (part === undefined) {
    const sitemaps = parts.map((list, index) => ({
      loc: origin + sitemapPartPath(index + 1),
      lastmod: newestOf(list),
    }));
    return { body: renderSitemapIndex(sitemaps), lastModified: newestOf(entries) };
  }
  const list = Number.isInteger(part) ? parts[part - 1] : undefined;
  return list ? { body: renderUrlset(list), lastModified: newestOf(list) } : undefined;
}
