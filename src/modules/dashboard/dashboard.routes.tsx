import type { FastifyInstance } from 'fastify';
import type { AppServices } from '../../platform/services.ts';
import { adminContext } from '../../web/admin/admin-context.ts';
import { AdminLayout, Notice, PostButton } from '../../web/admin/admin-layout.tsx';
import { renderDocument } from '../../web/render.ts';
import { dashboardSections } from './sections.ts';

/** GET /admin: the editor's start page. */
export async function dashboardRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  app.get('/admin', { config: { access: 'user' } }, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const sections = await Promise.all(
      [...dashboardSections]
        .sort((a, b) => a.order - b.order)
        .map((section) => section.render(ctx, services)),
    );
    const html = renderDocument(
      <AdminLayout ctx={ctx} title={ctx.t.admin.dashboard}>
        <h1>{ctx.t.admin.dashboard}</h1>
        {/* Without SMTP_URL mail is only logged: administrators must know before someone waits for a reset link. */}
        {ctx.role?.role === 'admin' && services.mailer.isSending === false ? (
          <Notice kind="error">{ctx.t.admin.mailNotSent}</Notice>
        ) : null}
        {sections}
        <section class="panel" aria-labelledby="account-title">
          <h2 id="account-title">{ctx.t.admin.account}</h2>
          <PostButton
            ctx={ctx}
            action="/admin/account/sessions/revoke"
            label={ctx.t.admin.logoutEverywhere}
          />
        </section>
      </AdminLayout>,
    );
    return reply.type('text/html; charset=utf-8').send(html);
  });
}
