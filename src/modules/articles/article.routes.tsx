import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LanguageCode } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { sendPage } from '../../platform/http-cache.ts';
import type { AppServices } from '../../platform/services.ts';
import { MAX_ID } from '../../web/admin/request.ts';
import { pageContext } from '../../web/page-context.ts';
import { renderDocument } from '../../web/render.ts';
import { articleUrl } from '../../web/urls.ts';
import type { ContentResolver } from '../content/resolvers.ts';
import { ArticlePage } from './article-page.tsx';
import { articlePageModel } from './article-page-model.ts';
import { articlesRepository } from './articles.repository.ts';
import { listingTags, loadListingLookups } from './listing.ts';

/** Finds the article id at the end of a path segment: "tong-ket-nam-2023-123" → 123. */
export function articleIdFromSegment(segment: string): number | undefined {
  // Ids are INTEGER on both engines: one past the range is simply not an article (not a 500).
  const match = /-([1-9]\d{0,9})$/.exec(segment);
  if (!match) return undefined;
  const id = Number(match[1]);
  return id <= MAX_ID ? id : undefined;
}

/**
 * Answers two-segment content paths (/kinh-te/slug-123); also one whose slug was typed with
 * diacritics or mangled, as long as it still ends in the article's id.
 */
export const articleResolver: ContentResolver = async (input) => {
  const { services, request, reply, lang, segments, isClean } = input;
  if (segments.length !== 2) return undefined;
  if (!isClean && articleIdFromSegment(segments[1] ?? '') === undefined) return undefined;
  return renderArticleRoute(services, request, reply, lang, segments);
};

/**
 * Serves /{category}/{slug}-{id}. Any other category or slug in the URL (an old title, a
 * moved article, diacritics) gets a 301 to the canonical address, so links never break.
 */
export async function renderArticleRoute(
  services: AppServices,
  request: FastifyRequest,
  reply: FastifyReply,
  lang: LanguageCode,
  segments: string[],
) {
  const site = request.site;
  const id = articleIdFromSegment(segments[1] ?? '');
  if (!site || id === undefined) throw new AppError('NOT_FOUND');
  const now = services.clock().toISOString();
  const repository = articlesRepository(services.db);
  const article = await repository.findPublished(site.id, lang, id, now);
  if (!article) throw new AppError('NOT_FOUND');
  const lookups = await loadListingLookups(services, site.id, lang, []);
  const category = lookups.categories.get(article.category_id);
  if (!category) throw new AppError('NOT_FOUND');
  const canonical = articleUrl(lang, category.slug, article.slug, article.id);
  const requested = request.url.split('?')[0] ?? '';
  if (decodeURIComponent(requested) !== decodeURIComponent(canonical)) return reply.redirect(canonical, 301);

  const ctx = await pageContext(request, reply, services);
  const [translations, model] = await Promise.all([
    repository.translations(site.id, article.translation_group, now),
    articlePageModel(services, { article, category, lookups, lang, now }),
  ]);
  const alternates: Partial<Record<LanguageCode, string>> = {};
  for (const version of translations) {
    const versionLookups =
      version.lang === lang ? lookups : await loadListingLookups(services, site.id, version.lang, []);
    const versionCategory = versionLookups.categories.get(version.category_id);
    if (versionCategory)
      alternates[version.lang] = articleUrl(version.lang, versionCategory.slug, version.slug, version.id);
  }
  const hasCounterparts = Object.keys(alternates).length > 1;
  ctx.alternates = hasCounterparts ? alternates : { [lang]: canonical };
  if (hasCounterparts) model.alternates = alternates;
  const html = renderDocument(<ArticlePage ctx={ctx} {...model} />);
  return sendPage(request, reply, services.pageCache, html, {
    tags: [...listingTags(site.id), `article:${article.id}`, `category:${category.id}`],
    lastModified: article.updated_at,
  });
}
