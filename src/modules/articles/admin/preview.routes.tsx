import type { FastifyInstance } from 'fastify';
import type { LanguageCode } from '../../../db/schema.ts';
import { messages } from '../../../i18n/index.ts';
import { sendError } from '../../../platform/error-handler.ts';
import type { AppServices } from '../../../platform/services.ts';
import { actorOf, idParam, siteIdOf } from '../../../web/admin/request.ts';
import type { PageContext } from '../../../web/context.ts';
import { pageContext } from '../../../web/page-context.ts';
import { renderDocument } from '../../../web/render.ts';
import { articleUrl } from '../../../web/urls.ts';
import { mainMenu, siteStructure } from '../../navigation/navigation.ts';
import { ArticlePage } from '../article-page.tsx';
import { articlePageModel } from '../article-page-model.ts';
import { can, newsroom } from '../articles.policy.ts';
import { findArticle } from '../articles.service.ts';
import { loadListingLookups } from '../listing.ts';

/** /admin/articles/:id/preview: the public article page, exactly, for an article in any state. */
export async function articlePreviewRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  app.get('/admin/articles/:id/preview', newsroom, async (request, reply) => {
    const siteId = siteIdOf(request);
    const article = await findArticle(services.db, siteId, idParam(request));
    if (!article) return sendError(request, reply, services, 'NOT_FOUND');
    if (!can(actorOf(request, services), 'view', article))
      return sendError(request, reply, services, 'FORBIDDEN');
    const lang: LanguageCode = article.lang;
    const now = services.clock().toISOString();
    const lookups = await loadListingLookups(services, siteId, lang, []);
    // A category without a name in the article's language still previews, under its Vietnamese name.
    const category =
      lookups.categories.get(article.category_id) ??
      (await loadListingLookups(services, siteId, 'vi', [])).categories.get(article.category_id);
    if (!category) return sendError(request, reply, services, 'NOT_FOUND');
    const base = await pageContext(request, reply, services);
    const structure = await siteStructure(services, siteId, lang);
    const ctx: PageContext = {
      ...base,
      lang,
      t: messages(lang),
      menu: mainMenu(structure, lang),
      path: articleUrl(lang, category.slug, article.slug, article.id),
    };
    const model = await articlePageModel(services, { article, category, lookups, lang, now });
    const html = renderDocument(<ArticlePage ctx={ctx} {...model} />);
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'private, no-store')
      .header('x-robots-tag', 'noindex, nofollow')
      .send(html);
  });
}
