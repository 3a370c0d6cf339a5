import type { ArticleRow, LanguageCode } from '../../db/schema.ts';
import { messages } from '../../i18n/index.ts';
import type { AppServices } from '../../platform/services.ts';
import { figureMediaIds, parseRichText } from '../../web/rich-text.tsx';
import { categoryUrl, homeUrl } from '../../web/urls.ts';
import { type CategoryView, categoryTrail } from '../categories/categories.repository.ts';
import { loadImages } from '../media/images.ts';
import type { ArticlePageProps } from './article-page.tsx';
import type { ListingLookups } from './article-views.tsx';
import { articlesRepository } from './articles.repository.ts';

const RELATED = 8;

/**
 * The props of the article page from the article: its images, the related articles of its
 * category, the breadcrumb. The public page and the admin preview both render this, so the
 * preview shows exactly what readers will see.
 */
export async function articlePageModel(
  services: Pick<AppServices, 'db'>,
  input: {
    article: ArticleRow;
    category: CategoryView;
    /** The categories of the article's language (breadcrumb, related articles). */
    lookups: ListingLookups;
    lang: LanguageCode;
    now: string;
  },
): Promise<Omit<ArticlePageProps, 'ctx'>> {
  const { article, category, lookups, lang } = input;
  const mediaIds = figureMediaIds(parseRichText(article.body));
  if (article.cover_media_id) mediaIds.push(article.cover_media_id);
  const [images, related] = await Promise.all([
    loadImages(services.db, mediaIds),
    articlesRepository(services.db).listPublished(
      {
        siteId: article.site_id,
        lang,
        categoryIds: [article.category_id],
        excludeIds: [article.id],
        limit: RELATED,
      },
      input.now,
    ),
  ]);
  const breadcrumb = [
    { label: messages(lang).shell.home, href: homeUrl(lang) },
    ...categoryTrail([...lookups.categories.values()], category.id).map((item) => ({
      label: item.name,
      href: categoryUrl(lang, item.slug),
    })),
    { label: article.title },
  ];
  return {
    article,
    category,
    breadcrumb,
    images,
    related,
    relatedLookups: { categories: lookups.categories, images: new Map() },
    // Counterparts in other languages: the public page adds those that are published.
    alternates: {},
  };
}
