import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentProps } from 'preact';
import { AppError } from '../../../platform/errors.ts';
import type { AppServices } from '../../../platform/services.ts';
import { adminContext } from '../../../web/admin/admin-context.ts';
import { auditActor, type FieldErrors, readForm, sendHtml } from '../../../web/admin/form-kit.tsx';
import { idParam, siteIdOf } from '../../../web/admin/request.ts';
import { loadCategories } from '../../categories/categories.repository.ts';
import {
  type AccountAction,
  accountAction,
  createSiteUser,
  findSiteUser,
  listSiteUsers,
  mayManageAccount,
  updateRole,
} from './users-admin.service.ts';
import { EditUserPage, NewUserPage, UserListPage } from './users-admin.views.tsx';

const access = { config: { access: { roles: ['admin' as const] } } };

/** /admin/users: accounts and roles on the current site (admin). */
export async function usersAdminRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  async function target(request: FastifyRequest) {
    const found = await findSiteUser(services.db, siteIdOf(request), idParam(request));
    if (!found) throw new AppError('NOT_FOUND');
    return found;
  }

  /** A user's edit screen, with the site's categories for the category-scoped roles. */
  async function sendEditPage(
    request: FastifyRequest,
    reply: FastifyReply,
    props: Omit<ComponentProps<typeof EditUserPage>, 'categories' | 'errors'> & { errors?: FieldErrors },
    status = 200,
  ) {
    const categories = await loadCategories(services.db, siteIdOf(request));
    return sendHtml(reply, <EditUserPage errors={{}} {...props} categories={categories} />, status);
  }

  app.get('/admin/users', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const users = await listSiteUsers(services.db, siteIdOf(request));
    const done = (request.query as Record<string, unknown>).done;
    return sendHtml(reply, <UserListPage ctx={ctx} users={users} done={done} />);
  });

  app.get('/admin/users/new', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const categories = await loadCategories(services.db, siteIdOf(request));
    return sendHtml(
      reply,
      <NewUserPage ctx={ctx} values={{}} categoryIds={[]} categories={categories} errors={{}} />,
    );
  });

  app.post('/admin/users', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const site = siteIdOf(request);
    const result = await createSiteUser(services, {
      siteId: site,
      form: readForm(request.body),
      t: ctx.t,
      actor: auditActor(request),
    });
    if (result.ok) return reply.redirect(`/admin/users/${result.id}?done=created`, 303);
    const categories = await loadCategories(services.db, site);
    return sendHtml(
      reply,
      <NewUserPage
        ctx={ctx}
        values={result.values}
        categoryIds={result.categoryIds}
        categories={categories}
        errors={result.errors}
      />,
      400,
    );
  });

  app.get('/admin/users/:id', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const found = await target(request);
    const query = request.query as Record<string, unknown>;
    const t = ctx.t.adminUsers;
    const messages: Record<string, string> = {
      deactivate: t.deactivated,
      reactivate: t.reactivated,
      'reset-2fa': t.twoFactorReset,
    };
    const message = typeof query.action === 'string' ? messages[query.action] : undefined;
    return sendEditPage(request, reply, {
      ctx,
      target: found,
      done: query.done,
      ...(message ? { message } : {}),
    });
  });

  app.post('/admin/users/:id', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const site = siteIdOf(request);
    const found = await target(request);
    const form = readForm(request.body);
    const result = await updateRole(services, {
      siteId: site,
      target: found,
      form,
      t: ctx.t,
      actor: auditActor(request),
      keepSession: request.auth?.session?.id_hash,
    });
    if (result.ok) return reply.redirect(`/admin/users/${found.user.id}?done=saved`, 303);
    return sendEditPage(
      request,
      reply,
      {
        ctx,
        target: found,
        errors: result.errors,
        role: form.text('role', 40),
        categoryIds: form.list('category_ids').map(Number),
      },
      400,
    );
  });

  for (const action of ['deactivate', 'reactivate', 'reset-2fa'] as AccountAction[]) {
    app.post(`/admin/users/:id/${action}`, access, async (request, reply) => {
      const ctx = adminContext(request, reply, services);
      const site = siteIdOf(request);
      const found = await target(request);
      const allowed = await mayManageAccount(services, request.auth!, found.user);
      if (allowed !== 'ok') {
        const categories = await loadCategories(services.db, site);
        const reason = allowed === 'self' ? ctx.t.adminUsers.notOnSelf : ctx.t.adminUsers.otherSites;
        return sendHtml(
          reply,
          <EditUserPage ctx={ctx} target={found} categories={categories} errors={{ _action: reason }} />,
          403,
        );
      }
      await accountAction(services, { siteId: site, target: found.user, action, actor: auditActor(request) });
      return reply.redirect(`/admin/users/${found.user.id}?action=${action}`, 303);
    });
  }
}
