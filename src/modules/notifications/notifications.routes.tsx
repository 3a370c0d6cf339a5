import type { FastifyInstance } from 'fastify';
import { formatDateTime } from '../../i18n/dates.ts';
import type { AppServices } from '../../platform/services.ts';
import { type AdminContext, adminContext } from '../../web/admin/admin-context.ts';
import { AdminLayout, PostButton } from '../../web/admin/admin-layout.tsx';
import { renderDocument } from '../../web/render.ts';
import { type DashboardSection, dashboardSections } from '../dashboard/sections.ts';
import {
  listNotifications,
  markAllRead,
  type NotificationView,
  unreadCount,
} from './notifications.service.ts';

function linkOf(item: NotificationView): string | undefined {
  return item.entityType === 'article' ? `/admin/articles/${item.entityId}/edit` : undefined;
}

function NotificationList({ ctx, items }: { ctx: AdminContext; items: NotificationView[] }) {
  if (items.length === 0) return <p>{ctx.t.articlesAdmin.notifications.empty}</p>;
  return (
    <ul class="notification-list">
      {items.map((item) => {
        const href = linkOf(item);
        return (
          <li key={item.id} class={item.read ? 'read' : 'unread'}>
            <time dateTime={item.createdAt}>{formatDateTime(new Date(item.createdAt), ctx.lang)}</time>{' '}
            {href ? <a href={href}>{item.message}</a> : item.message}
          </li>
        );
      })}
    </ul>
  );
}

const section: DashboardSection = {
  order: 5,
  async render(ctx, services) {
    if (!ctx.user) return null;
    const t = ctx.t.articlesAdmin.notifications;
    const [items, unread] = await Promise.all([
      listNotifications(services.db, ctx.user.id, ctx.site.id, { unreadOnly: true, limit: 5 }),
      unreadCount(services.db, ctx.user.id, ctx.site.id),
    ]);
    return (
      <section class="panel" aria-labelledby="dash-notifications">
        <h2 id="dash-notifications">{unread > 0 ? t.unread(unread) : t.title}</h2>
        <NotificationList ctx={ctx} items={items} />
        <p>
          <a href="/admin/notifications">{t.title}</a>
        </p>
      </section>
    );
  },
};

/** /admin/notifications: a person's in-app notifications, and marking them read. */
export async function notificationRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  if (!dashboardSections.includes(section)) dashboardSections.push(section);

  app.get('/admin/notifications', { config: { access: 'user' } }, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const t = ctx.t.articlesAdmin.notifications;
    const items = await listNotifications(services.db, ctx.user!.id, ctx.site.id, { limit: 100 });
    const html = renderDocument(
      <AdminLayout ctx={ctx} title={t.title}>
        <h1>{t.title}</h1>
        <NotificationList ctx={ctx} items={items} />
        {items.some((item) => !item.read) ? (
          <PostButton ctx={ctx} action="/admin/notifications/read" label={t.markAllRead} />
        ) : null}
      </AdminLayout>,
    );
    return reply.type('text/html; charset=utf-8').header('cache-control', 'private, no-store').send(html);
  });

  app.post('/admin/notifications/read', { config: { access: 'user' } }, async (request, reply) => {
    const user = request.auth!.user;
    if (request.site) await markAllRead(services.db, user.id, request.site.id, services.clock());
    return reply.redirect('/admin/notifications', 303);
  });
}
