import type { FastifyInstance } from 'fastify';
import type { LanguageCode, PageRow } from '../../../db/schema.ts';
import { isLanguage } from '../../../i18n/index.ts';
import { AppError } from '../../../platform/errors.ts';
import type { AppServices } from '../../../platform/services.ts';
import { type AdminContext, adminContext } from '../../../web/admin/admin-context.ts';
import { auditActor, type FieldErrors, readForm, sendHtml } from '../../../web/admin/form-kit.tsx';
import { idParam, siteIdOf } from '../../../web/admin/request.ts';
import { translationState } from '../../translations/translation-state.ts';
import { loadItem } from '../../translations/translations.repository.ts';
import { pagesAccess } from '../pages.policy.ts';
import { loadPage } from '../pages.repository.ts';
import {
  deletePage,
  loadPageTree,
  type PageFormValues,
  pageFormValues,
  pageSubtree,
  savePage,
} from './pages-admin.service.ts';
import { PageFormPage, PageListPage } from './pages-admin.views.tsx';

const access = pagesAccess;

type Query = Record<string, unknown>;

const langParam = (value: unknown): LanguageCode =>
  typeof value === 'string' && isLanguage(value) ? value : 'vi';

/** /admin/pages: static pages per language, with revisions on every save. */
export async function pagesAdminRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  /** Renders the form for a new or existing page. */
  async function formPage(
    ctx: AdminContext,
    site: number,
    input: {
      page?: PageRow;
      values: PageFormValues;
      showInMenu: boolean;
      errors?: FieldErrors;
      done?: unknown;
      deleteError?: string;
    },
  ) {
    const lang = langParam(input.values.lang);
    const tree = await loadPageTree(services.db, site);
    const all = tree.filter((page) => page.lang === lang);
    const page = input.page;
    const item = page ? await loadItem(services.db, 'page', page.id) : undefined;
    const translation = item ? await translationState(services.db, item) : undefined;
    return (
      <PageFormPage
        ctx={ctx}
        all={all}
        {...(translation && page
          ? {
              translation,
              translationActions: {
                add: () => ({ method: 'post' as const, action: `/admin/pages/${page.id}/translations` }),
                synced: `/admin/pages/${page.id}/translations/synced`,
              },
            }
          : {})}
        exclude={page ? pageSubtree(all, page.id) : new Set()}
        values={input.values}
        showInMenu={input.showInMenu}
        errors={input.errors ?? {}}
        {...(page ? { page } : {})}
        {...(input.done ? { done: input.done } : {})}
        {...(input.deleteError ? { deleteError: input.deleteError } : {})}
      />
    );
  }

  app.get('/admin/pages', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const query = request.query as Query;
    const all = await loadPageTree(services.db, siteIdOf(request));
    return sendHtml(
      reply,
      <PageListPage ctx={ctx} lang={langParam(query.lang)} all={all} done={query.done} />,
    );
  });

  app.get('/admin/pages/new', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const query = request.query as Query;
    const site = siteIdOf(request);
    const values = pageFormValues(undefined, langParam(query.lang));
    const tree = await loadPageTree(services.db, site);
    const parent = tree.find((page) => String(page.id) === String(query.parent ?? ''));
    if (parent && parent.lang === values.lang) values.parent_id = String(parent.id);
    return sendHtml(reply, await formPage(ctx, site, { values, showInMenu: false }));
  });

  app.post('/admin/pages', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const site = siteIdOf(request);
    const form = readForm(request.body);
    const result = await savePage(services, { siteId: site, form, t: ctx.t, actor: auditActor(request) });
    if (result.ok) return reply.redirect(`/admin/pages/${result.id}?done=created`, 303);
    const html = await formPage(ctx, site, {
      values: result.values,
      showInMenu: form.checked('show_in_menu'),
      errors: result.errors,
    });
    return sendHtml(reply, html, 400);
  });

  app.get('/admin/pages/:id', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const site = siteIdOf(request);
    const page = await loadPage(services.db, site, idParam(request));
    if (!page) throw new AppError('NOT_FOUND');
    const html = await formPage(ctx, site, {
      page,
      values: pageFormValues(page, page.lang),
      showInMenu: page.show_in_menu === 1,
      done: (request.query as Query).done,
    });
    return sendHtml(reply, html);
  });

  app.post('/admin/pages/:id', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const site = siteIdOf(request);
    const id = idParam(request);
    const page = await loadPage(services.db, site, id);
    if (!page) throw new AppError('NOT_FOUND');
    const form = readForm(request.body);
    const actor = auditActor(request);
    const result = await savePage(services, { siteId: site, id, form, t: ctx.t, actor });
    if (result.ok) {
      return reply.redirect(`/admin/pages/${id}?done=saved`, 303);
    }
    // After a conflict the form carries the current version, so saving again overwrites knowingly.
    const current = result.conflict ? ((await loadPage(services.db, site, id)) ?? page) : page;
    const values = result.conflict ? { ...result.values, version: String(current.version) } : result.values;
    const html = await formPage(ctx, site, {
      page: current,
      values,
      showInMenu: form.checked('show_in_menu'),
      errors: result.errors,
    });
    return sendHtml(reply, html, result.conflict ? 409 : 400);
  });

  app.post('/admin/pages/:id/delete', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const site = siteIdOf(request);
    const id = idParam(request);
    const lang = (await loadPage(services.db, site, id))?.lang ?? 'vi';
    const result = await deletePage(services, { siteId: site, id, t: ctx.t, actor: auditActor(request) });
    if (!result) throw new AppError('NOT_FOUND');
    const page = await loadPage(services.db, site, id);
    if (result.ok || !page) return reply.redirect(`/admin/pages?lang=${lang}&done=deleted`, 303);
    const html = await formPage(ctx, site, {
      page,
      values: pageFormValues(page, page.lang),
      showInMenu: page.show_in_menu === 1,
      deleteError: result.reason,
    });
    return sendHtml(reply, html, 409);
  });
}
