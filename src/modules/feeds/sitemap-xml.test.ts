import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  chunk,
  renderSitemapIndex,
  renderUrlset,
  type SitemapEntry,
  sitemapDocument,
  sitemapPartPath,
  w3cDate,
} from './sitemap-xml.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name),
});

const origin = 'https://example.gov.vn';
const entries: SitemapEntry[] = Array.from({ length: 7 }, (_, index) => ({
  loc: `${origin}/bai-${index + 1}?a=1&b=2`,
  lastmod: `2026-11-${String(10 + index).padStart(2, '0')}T08:30:00.123Z`,
}));

describe('w3cDate', () => {
  it('formats ISO times at second precision in UTC', () => {
    expect(w3cDate('2026-11-29T03:00:00.456Z')).toBe('2026-11-29T03:00:00Z');
    expect(w3cDate('2026-11-29T10:00:00+07:00')).toBe('2026-11-29T03:00:00Z');
    expect(w3cDate('nope')).toBeUndefined();
    expect(w3cDate(undefined)).toBeUndefined();
  });
});

describe('renderUrlset', () => {
  it('renders escaped locations, lastmod and hreflang alternates', () => {
    const xml = renderUrlset([
      {
        loc: `${origin}/`,
        lastmod: '2026-11-29T03:00:00Z',
        alternates: [
          { hreflang: 'vi', href: `${origin}/` },
          { hreflang: 'zh-Hans', href: `${origin}/zh/` },
        ],
      },
      { loc: `${origin}/tim?q=a&b=<c>` },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { urlset } = parser.parse(xml);
    expect(urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset['@xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    expect(urlset.url).toHaveLength(2);
    expect(urlset.url[0].lastmod).toBe('2026-11-29T03:00:00Z');
    expect(urlset.url[0]['xhtml:link'].map((link: Record<string, string>) => link['@hreflang'])).toEqual([
      'vi',
      'zh-Hans',
    ]);
    expect(urlset.url[1].loc).toBe(`${origin}/tim?q=a&b=<c>`);
    expect(urlset.url[1].lastmod).toBeUndefined();
    expect(urlset.url[1]['xhtml:link']).toBeUndefined();
  });

  it('renders an empty urlset', () => {
    expect(XMLValidator.validate(renderUrlset([]))).toBe(true);
  });
});

describe('renderSitemapIndex', () => {
  it('lists the sitemap files', () => {
    const xml = renderSitemapIndex([{ loc: `${origin}/sitemap-1.xml`, lastmod: '2026-01-01T00:00:00Z' }]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).sitemapindex.sitemap[0]).toEqual({
      loc: `${origin}/sitemap-1.xml`,
      lastmod: '2026-01-01T00:00:00Z',
    });
  });
});

describe('chunk', () => {
  it('splits into consecutive chunks', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow(RangeError);
  });
});

describe('sitemapDocument', () => {
  it('is a single urlset up to the limit, with no parts', () => {
    const document = sitemapDocument(entries, origin, 7);
    expect(document?.lastModified).toBe('2026-11-16T08:30:00.123Z');
    expect(parser.parse(document?.body ?? '').urlset.url).toHaveLength(7);
    expect(sitemapDocument(entries, origin, 7, 1)).toBeUndefined();
    expect(sitemapDocument(entries, origin)?.body).toContain('<urlset');
  });

  it('becomes an index of parts past the limit', () => {
    const index = sitemapDocument(entries, origin, 3);
    expect(index && XMLValidator.validate(index.body)).toBe(true);
    const sitemaps = parser.parse(index?.body ?? '').sitemapindex.sitemap;
    expect(sitemaps.map((sitemap: { loc: string }) => sitemap.loc)).toEqual([
      `${origin}${sitemapPartPath(1)}`,
      `${origin}/sitemap-2.xml`,
      `${origin}/sitemap-3.xml`,
    ]);
    expect(sitemaps[0].lastmod).toBe('2026-11-12T08:30:00Z');
    expect(sitemaps[2].lastmod).toBe('2026-11-16T08:30:00Z');

    const parts = [1, 2, 3].map((part) => sitemapDocument(entries, origin, 3, part));
    const locs = parts.flatMap((part) =>
      parser.parse(part?.body ?? '').urlset.url.map((url: { loc: string }) => url.loc),
    );
    expect(locs).toEqual(entries.map((entry) => entry.loc));
    expect(parts[2]?.lastModified).toBe('2026-11-16T08:30:00.123Z');
    for (const missing of [0, 4, 1.5]) expect(sitemapDocument(entries, origin, 3, missing)).toBeUndefined();
  });
});
