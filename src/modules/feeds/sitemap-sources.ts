import type { Kysely } from 'kysely';
import type { DB, LanguageCode } from '../../db/schema.ts';

/** A public page a feature adds to the XML sitemap (site-relative path). */
export interface SitemapSourceLink {
  path: string;
  lastmod: string | undefined;
  lang: LanguageCode;
  /** Links sharing a group are language versions of one page (hreflang alternates). */
  group: string;
}

/** A feature whose public pages belong in /sitemap.xml (the collection kit registers one). */
export interface SitemapSource {
  links(db: Kysely<DB>, siteId: number): Promise<SitemapSourceLink[]>;
  /** Cache tags whose purge must also refresh the sitemap. */
  tags(siteId: number): string[];
}

const sources: SitemapSource[] = [];

/** Adds a feature's pages to the XML sitemap. */
export function registerSitemapSource(source: SitemapSource): void {
  if (!sources.includes(source)) sources.push(source);
}

/** Every registered sitemap source. */
export function sitemapSources(): readonly SitemapSource[] {
  return sources;
}
