import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { LanguageCode } from '../../db/schema.ts';
import { isLanguage } from '../../i18n/index.ts';
import { sendError } from '../../platform/error-handler.ts';
import { AppError } from '../../platform/errors.ts';
import type { AppServices } from '../../platform/services.ts';
import { adminContext } from '../../web/admin/admin-context.ts';
import { auditActor } from '../../web/admin/form-kit.tsx';
import { actorOf, idParam, siteIdOf } from '../../web/admin/request.ts';
import { can, canCreate, newsroom } from '../articles/articles.policy.ts';
import { findArticle } from '../articles/articles.service.ts';
import { translateArticle } from '../articles/translate.ts';
import { pagesAccess } from '../pages/pages.policy.ts';
import { loadPage } from '../pages/pages.repository.ts';
import { markSynced, translatePage } from '../translations/translations.service.ts';
import { categoryTranslationRoutes } from './category-translation.routes.tsx';
import { translationDashboardRoutes } from './dashboard.routes.tsx';
import { sendRefusal } from './refused-view.tsx';

/** The target language of a "Thêm bản dịch" form, or a 400. */
function targetLanguage(request: FastifyRequest): LanguageCode {
  const raw = (request.body as Record<string, unknown> | undefined)?.lang;
  if (typeof raw !== 'string' || !isLanguage(raw)) throw new AppError('BAD_REQUEST');
  return raw;
}

/**
 * "Thêm bản dịch" and "Đã cập nhật theo bản gốc" for articles and static pages (the same rules
 * and screens for both), the category translation form, and the translators' dashboard.
 */
export async function translationRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  app.post('/admin/articles/:id/translations', newsroom, async (request, reply) => {
    const actor = actorOf(request, services);
    const article = await findArticle(services.db, siteIdOf(request), idParam(request));
    if (!article) return sendError(request, reply, services, 'NOT_FOUND');
    if (!can(actor, 'view', article) || !canCreate(actor, article.category_id))
      return sendError(request, reply, services, 'FORBIDDEN');
    const lang = targetLanguage(request);
    const result = await translateArticle(services, { source: article, lang, actor, at: services.clock() });
    if (result.ok) return reply.redirect(`/admin/articles/${result.id}/edit?done=translated`, 303);
    return sendRefusal(reply, adminContext(request, reply, services), {
      refusal: result,
      lang,
      back: `/admin/articles/${article.id}/edit`,
    });
  });

  app.post('/admin/articles/:id/translations/synced', newsroom, async (request, reply) => {
    const actor = actorOf(request, services);
    const article = await findArticle(services.db, siteIdOf(request), idParam(request));
    if (!article) return sendError(request, reply, services, 'NOT_FOUND');
    if (!can(actor, 'edit', article)) return sendError(request, reply, services, 'FORBIDDEN');
    const synced = await markSynced(services.db, {
      type: 'article',
      itemId: article.id,
      lang: article.lang,
      actor: auditActor(request),
      at: services.clock(),
    });
    if (!synced) return sendError(request, reply, services, 'NOT_FOUND');
    return reply.redirect(`/admin/articles/${article.id}/edit?done=synced`, 303);
  });

  app.post('/admin/pages/:id/translations', pagesAccess, async (request, reply) => {
    const page = await loadPage(services.db, siteIdOf(request), idParam(request));
    if (!page) return sendError(request, reply, services, 'NOT_FOUND');
    const lang = targetLanguage(request);
    const result = await translatePage(services, {
      source: page,
      lang,
      actor: auditActor(request),
      at: services.clock(),
    });
    if (result.ok) return reply.redirect(`/admin/pages/${result.id}?done=translated`, 303);
    return sendRefusal(reply, adminContext(request, reply, services), {
      refusal: result,
      lang,
      back: `/admin/pages/${page.id}`,
    });
  });

  app.post('/admin/pages/:id/translations/synced', pagesAccess, async (request, reply) => {
    const page = await loadPage(services.db, siteIdOf(request), idParam(request));
    if (!page) return sendError(request, reply, services, 'NOT_FOUND');
    const synced = await markSynced(services.db, {
      type: 'page',
      itemId: page.id,
      lang: page.lang,
      actor: auditActor(request),
      at: services.clock(),
    });
    if (!synced) return sendError(request, reply, services, 'NOT_FOUND');
    return reply.redirect(`/admin/pages/${page.id}?done=synced`, 303);
  });

  await categoryTranslationRoutes(app, services);
  await translationDashboardRoutes(app, services);
}
