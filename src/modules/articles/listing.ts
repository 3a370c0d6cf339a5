import type { Kysely } from 'kysely';
import type { DB, LanguageCode } from '../../db/schema.ts';
import { categoriesRepository } from '../categories/categories.repository.ts';
import { loadImages } from '../media/images.ts';
import type { ListingLookups } from './article-views.tsx';
import type { ArticleSummary } from './articles.repository.ts';

/** Loads the categories and cover images a set of article lists refers to, in two queries. */
export async function loadListingLookups(
  db: Kysely<DB>,
  siteId: number,
  lang: LanguageCode,
  lists: ArticleSummary[][],
): Promise<ListingLookups> {
  const coverIds = new Set<number>();
  for (const list of lists)
    for (const article of list) if (article.coverMediaId) coverIds.add(article.coverMediaId);
  const [categories, images] = await Promise.all([
    categoriesRepository(db).listForSite(siteId, lang),
    loadImages(db, [...coverIds]),
  ]);
  return { categories: new Map(categories.map((category) => [category.id, category])), images };
}

/** Cache tags of pages that list a site's articles. */
export function listingTags(siteId: number): string[] {
  return [`site:${siteId}`, `menu:${siteId}`, `articles:${siteId}`];
}
