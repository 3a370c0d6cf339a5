import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LanguageCode } from '../../db/schema.ts';
import { isLanguage } from '../../i18n/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AppServices } from '../../platform/services.ts';
import { adminContext } from '../../web/admin/admin-context.ts';
import { auditActor, type FieldErrors, readForm, sendHtml } from '../../web/admin/form-kit.tsx';
import { categoriesAccess } from '../categories/categories.policy.ts';
import {
  type CategoryTranslationValues,
  isCategoryOfSite,
  saveCategoryTranslation,
  storedCategoryTranslation,
} from '../translations/category-translation.ts';
import { translationState } from '../translations/translation-state.ts';
import { loadItem, translationLinks } from '../translations/translations.repository.ts';
import { checkTarget, markSynced } from '../translations/translations.service.ts';
import { CategoryTranslationPage } from './category-translation.view.tsx';
import { sendRefusal } from './refused-view.tsx';

function params(request: FastifyRequest): { id: number; lang: LanguageCode } {
  const { id, lang } = request.params as { id?: string; lang?: string };
  if (!/^\d{1,9}$/.test(id ?? '') || !lang || !isLanguage(lang)) throw new AppError('NOT_FOUND');
  return { id: Number(id), lang };
}

/** /admin/categories/:id/translations/:lang: the category's name in another language. */
export async function categoryTranslationRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const { db } = services;

  /** The category, on the request's site; a 404 otherwise. */
  async function ownCategory(request: FastifyRequest, id: number): Promise<number> {
    const siteId = request.site?.id ?? 0;
    if (!(await isCategoryOfSite(db, siteId, id))) throw new AppError('NOT_FOUND');
    return siteId;
  }

  /** The source language: ?from= / the form's "from", else the link's, else Vietnamese. */
  async function sourceLanguage(request: FastifyRequest, id: number, lang: LanguageCode) {
    const given =
      (request.body as Record<string, unknown> | undefined)?.from ??
      (request.query as Record<string, unknown>).from;
    if (typeof given === 'string' && isLanguage(given)) return given;
    return (await translationLinks(db).find('category', id, lang))?.source_lang ?? 'vi';
  }

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    input: { values?: CategoryTranslationValues; errors?: FieldErrors; status?: number },
  ) {
    const ctx = adminContext(request, reply, services);
    const { id, lang } = params(request);
    await ownCategory(request, id);
    const from = await sourceLanguage(request, id, lang);
    const source = await loadItem(db, 'category', id, from);
    if (!source) throw new AppError('NOT_FOUND');
    const item = await loadItem(db, 'category', id, lang);
    // The source language itself is edited in the category form, not here.
    if (!item || lang === source.lang) {
      const refusal = await checkTarget(db, source, lang);
      if (refusal) return sendRefusal(reply, ctx, { refusal, lang, back: `/admin/categories/${id}` });
    }
    const row = item ? await storedCategoryTranslation(db, id, lang) : undefined;
    const translation = item ? await translationState(db, item) : undefined;
    return sendHtml(
      reply,
      <CategoryTranslationPage
        ctx={ctx}
        categoryId={id}
        lang={lang}
        source={source}
        values={input.values ?? row ?? { name: '', slug: '', description: '' }}
        errors={input.errors ?? {}}
        exists={!!item}
        done={(request.query as Record<string, unknown>).done}
        {...(translation ? { translation } : {})}
      />,
      input.status ?? 200,
    );
  }

  app.get('/admin/categories/:id/translations/:lang', categoriesAccess, async (request, reply) =>
    render(request, reply, {}),
  );

  app.post('/admin/categories/:id/translations/:lang', categoriesAccess, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const { id, lang } = params(request);
    const siteId = await ownCategory(request, id);
    const from = await sourceLanguage(request, id, lang);
    const form = readForm(request.body);
    const result = await saveCategoryTranslation(services, {
      siteId,
      categoryId: id,
      lang,
      from,
      intent: form.text('intent') === 'update' ? 'update' : 'create',
      form,
      t: ctx.t,
      actor: auditActor(request),
    });
    if (result.ok) return reply.redirect(`/admin/categories/${id}/translations/${lang}?done=saved`, 303);
    if ('refusal' in result)
      return sendRefusal(reply, ctx, { refusal: result.refusal, lang, back: `/admin/categories/${id}` });
    return render(request, reply, { values: result.values, errors: result.errors, status: 400 });
  });

  app.post('/admin/categories/:id/translations/:lang/synced', categoriesAccess, async (request, reply) => {
    const { id, lang } = params(request);
    await ownCategory(request, id);
    const synced = await markSynced(services.db, {
      type: 'category',
      itemId: id,
      lang,
      actor: auditActor(request),
      at: services.clock(),
    });
    if (!synced) throw new AppError('NOT_FOUND');
    return reply.redirect(`/admin/categories/${id}/translations/${lang}?done=synced`, 303);
  });
}
