import type { LanguageCode } from '../db/schema.ts';
import { languageInfo } from '../i18n/index.ts';

/** Fixed routes with a localised path segment. */
export const routeSlugs = {
  sitemap: { vi: 'so-do-cong', en: 'sitemap', zh: 'sitemap' },
  search: { vi: 'tim-kiem', en: 'search', zh: 'search' },
} as const satisfies Record<string, Record<LanguageCode, string>>;

/** First path segments that content slugs may never take. */
export const reservedSlugs = new Set([
  'admin',
  'api',
  'assets',
  'media',
  'en',
  'zh',
  'vi',
  'healthz',
  'metrics',
  'feed',
  'rss',
  'rss.xml',
  'views',
  'ratings',
  'sitemap.xml',
  'robots.txt',
  'favicon.ico',
  ...Object.values(routeSlugs).flatMap((slugs) => Object.values(slugs)),
]);

/** Where an article's rating form posts (language-prefixed, so the answer is in that language). */
export function ratingUrl(lang: LanguageCode, articleId: number): string {
  return localPath(lang, 'ratings', String(articleId));
}

/** Home page of a language. */
export function homeUrl(lang: LanguageCode): string {
  return languageInfo[lang].home;
}

/** A path under a language: localPath('en', 'news') → /en/news. */
export function localPath(lang: LanguageCode, ...segments: string[]): string {
  return `${languageInfo[lang].prefix}/${segments.map(encodeURIComponent).join('/')}`;
}

export function sitemapUrl(lang: LanguageCode): string {
  return localPath(lang, routeSlugs.sitemap[lang]);
}

export function searchUrl(lang: LanguageCode): string {
  return localPath(lang, routeSlugs.search[lang]);
}

export function categoryUrl(lang: LanguageCode, slug: string): string {
  return localPath(lang, slug);
}

export function pageUrl(lang: LanguageCode, path: string[]): string {
  return localPath(lang, ...path);
}

/** RSS 2.0 feed of all news in a language. */
export function feedUrl(lang: LanguageCode): string {
  return `${languageInfo[lang].prefix}/rss.xml`;
}

/** RSS 2.0 feed of one category (and its sub-categories). */
export function categoryFeedUrl(lang: LanguageCode, categorySlug: string): string {
  return `${languageInfo[lang].prefix}/rss/${encodeURIComponent(categorySlug)}.xml`;
}

export function articleUrl(lang: LanguageCode, categorySlug: string, slug: string, id: number): string {
  return localPath(lang, categorySlug, `${slug}-${id}`);
}
