import type { LanguageCode } from '../../db/schema.ts';
import type { AppServices } from '../../platform/services.ts';
import { loadImages } from '../media/images.ts';
import { siteStructure } from '../navigation/navigation.ts';
import type { ListingLookups } from './article-views.tsx';
import type { ArticleSummary } from './articles.repository.ts';

/** Loads the categories and cover images a set of article lists refers to, in two queries. */
export async function loadListingLookups(
  services: Pick<AppServices, 'db' | 'dataCache'>,
  siteId: number,
  lang: LanguageCode,
  lists: ArticleSummary[][],
): Promise<ListingLookups> {
  const coverIds = new Set<number>();
  for (const list of lists)
    for (const article of list) if (article.coverMediaId) coverIds.add(article.coverMediaId);
  const [structure, images] = await Promise.all([
    siteStructure(services, siteId, lang),
    loadImages(services.db, [...coverIds]),
  ]);
  return { categories: new Map(structure.categories.map((category) => [category.id, category])), images };
}

/** Cache tags of pages that list a site's articles. */
export function listingTags(siteId: number): string[] {
  return [`site:${siteId}`, `menu:${siteId}`, `articles:${siteId}`];
}
