import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../platform/errors.ts';
import type { AppServices } from '../../../platform/services.ts';
import { adminContext } from '../../../web/admin/admin-context.ts';
import { auditActor, readForm, sendHtml } from '../../../web/admin/form-kit.tsx';
import { idParam, siteIdOf } from '../../../web/admin/request.ts';
import { translationState } from '../../translations/translation-state.ts';
import { loadItem } from '../../translations/translations.repository.ts';
import { categoriesAccess } from '../categories.policy.ts';
import { type CategoryRecord, loadCategories } from '../categories.repository.ts';
import { categorySubtree, deleteCategory, formValuesOf, saveCategory } from './categories-admin.service.ts';
import { CategoryFormPage, CategoryListPage } from './categories-admin.views.tsx';

const access = categoriesAccess;

/** /admin/categories: the category tree with names per language (admin, chief editor). */
export async function categoriesAdminRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const find = (all: CategoryRecord[], id: number) => {
    const category = all.find((candidate) => candidate.id === id);
    if (!category) throw new AppError('NOT_FOUND');
    return category;
  };

  app.get('/admin/categories', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const all = await loadCategories(services.db, siteIdOf(request));
    const done = (request.query as Record<string, unknown>).done;
    return sendHtml(reply, <CategoryListPage ctx={ctx} all={all} done={done} />);
  });

  app.get('/admin/categories/new', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const all = await loadCategories(services.db, siteIdOf(request));
    const values = formValuesOf(undefined);
    const parent = String((request.query as Record<string, unknown>).parent ?? '');
    if (all.some((category) => String(category.id) === parent)) values.parent_id = parent;
    return sendHtml(
      reply,
      <CategoryFormPage ctx={ctx} all={all} exclude={new Set()} values={values} showInMenu errors={{}} />,
    );
  });

  app.post('/admin/categories', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const siteId = siteIdOf(request);
    const form = readForm(request.body);
    const result = await saveCategory(services, {
      siteId,
      form,
      t: ctx.t,
      actor: auditActor(request),
    });
    if (result.ok) return reply.redirect(`/admin/categories/${result.id}?done=created`, 303);
    const all = await loadCategories(services.db, siteId);
    return sendHtml(
      reply,
      <CategoryFormPage
        ctx={ctx}
        all={all}
        exclude={new Set()}
        values={result.values}
        showInMenu={form.checked('show_in_menu')}
        errors={result.errors}
      />,
      400,
    );
  });

  app.get('/admin/categories/:id', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const all = await loadCategories(services.db, siteIdOf(request));
    const category = find(all, idParam(request));
    const item = await loadItem(services.db, 'category', category.id, 'vi');
    const translation = item ? await translationState(services.db, item) : undefined;
    return sendHtml(
      reply,
      <CategoryFormPage
        ctx={ctx}
        category={category}
        {...(translation ? { translation } : {})}
        all={all}
        exclude={categorySubtree(all, category.id)}
        values={formValuesOf(category)}
        showInMenu={category.showInMenu}
        errors={{}}
        done={(request.query as Record<string, unknown>).done}
      />,
    );
  });

  app.post('/admin/categories/:id', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const siteId = siteIdOf(request);
    const id = idParam(request);
    find(await loadCategories(services.db, siteId), id);
    const form = readForm(request.body);
    const result = await saveCategory(services, {
      siteId,
      id,
      form,
      t: ctx.t,
      actor: auditActor(request),
    });
    if (result.ok) return reply.redirect(`/admin/categories/${id}?done=saved`, 303);
    const all = await loadCategories(services.db, siteId);
    return sendHtml(
      reply,
      <CategoryFormPage
        ctx={ctx}
        category={find(all, id)}
        all={all}
        exclude={categorySubtree(all, id)}
        values={result.values}
        showInMenu={form.checked('show_in_menu')}
        errors={result.errors}
      />,
      400,
    );
  });

  app.post('/admin/categories/:id/delete', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const siteId = siteIdOf(request);
    const id = idParam(request);
    const result = await deleteCategory(services, {
      siteId,
      id,
      t: ctx.t,
      actor: auditActor(request),
    });
    if (!result) throw new AppError('NOT_FOUND');
    if (result.ok) return reply.redirect('/admin/categories?done=deleted', 303);
    const all = await loadCategories(services.db, siteId);
    const category = find(all, id);
    return sendHtml(
      reply,
      <CategoryFormPage
        ctx={ctx}
        category={category}
        all={all}
        exclude={categorySubtree(all, id)}
        values={formValuesOf(category)}
        showInMenu={category.showInMenu}
        errors={{}}
        deleteError={result.reason}
      />,
      409,
    );
  });
}
