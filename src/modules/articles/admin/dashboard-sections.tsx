import type { ArticleRow, ContentStatus } from '../../../db/schema.ts';
import { formatDateTime } from '../../../i18n/dates.ts';
import type { ActorInfo } from '../../../platform/roles.ts';
import type { AppServices } from '../../../platform/services.ts';
import type { AdminContext } from '../../../web/admin/admin-context.ts';
import { type DashboardSection, dashboardSections } from '../../dashboard/sections.ts';
import { can, isOwner, listScope } from '../articles.policy.ts';
import { availableActions } from '../workflow.ts';
import { StatusBadge } from './shared.tsx';

const SHOWN = 6;

function actorFrom(ctx: AdminContext): ActorInfo | undefined {
  if (!ctx.user || !ctx.role) return undefined;
  return { userId: ctx.user.id, role: ctx.role, label: ctx.user.email, ip: '' };
}

async function articlesIn(
  services: AppServices,
  ctx: AdminContext,
  statuses: ContentStatus[],
  order: 'updated_at' | 'published_at',
  direction: 'asc' | 'desc',
  limit = 100,
): Promise<ArticleRow[]> {
  return services.db
    .selectFrom('articles')
    .selectAll()
    .where('site_id', '=', ctx.site.id)
    .where('status', 'in', statuses)
    .orderBy(order, direction)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

function Section(props: {
  ctx: AdminContext;
  id: string;
  title: string;
  articles: ArticleRow[];
  more: string;
  time?: 'published_at';
}) {
  const t = props.ctx.t.articlesAdmin;
  return (
    <section class="panel" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.articles.length === 0 ? (
        <p>{t.dashboard.none}</p>
      ) : (
        <ul class="dashboard-list">
          {props.articles.slice(0, SHOWN).map((article) => (
            <li key={article.id}>
              <a href={`/admin/articles/${article.id}/edit`}>{article.title}</a>{' '}
              <StatusBadge ctx={props.ctx} status={article.status} />
              {props.time && article.published_at ? (
                <> · {formatDateTime(new Date(article.published_at), props.ctx.lang)}</>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={props.more}>{t.dashboard.seeAll}</a>
      </p>
    </section>
  );
}

const sections: DashboardSection[] = [
  {
    order: 10,
    async render(ctx, services) {
      const actor = actorFrom(ctx);
      if (!actor) return null;
      const mine = (await articlesIn(services, ctx, ['draft', 'returned'], 'updated_at', 'desc')).filter(
        (article) => isOwner(actor, article),
      );
      return (
        <Section
          ctx={ctx}
          id="dash-my-drafts"
          title={ctx.t.articlesAdmin.dashboard.myDrafts}
          articles={mine}
          more={`/admin/articles?author=${actor.userId}&status=draft`}
        />
      );
    },
  },
  {
    order: 11,
    async render(ctx, services) {
      const actor = actorFrom(ctx);
      if (!actor) return null;
      const candidates = await articlesIn(
        services,
        ctx,
        ['pending_edit', 'pending_approval', 'returned'],
        'updated_at',
        'asc',
        300,
      );
      const waiting = candidates.filter((article) =>
        article.status === 'returned'
          ? isOwner(actor, article)
          : availableActions(actor, article).some(
              (action) => action === 'send_for_approval' || action === 'publish',
            ),
      );
      const status =
        actor.role?.role === 'contributor'
          ? 'returned'
          : actor.role?.role === 'editor'
            ? 'pending_edit'
            : 'pending_approval';
      return (
        <Section
          ctx={ctx}
          id="dash-waiting"
          title={ctx.t.articlesAdmin.dashboard.waitingForMe}
          articles={waiting}
          more={`/admin/articles?status=${status}`}
        />
      );
    },
  },
  {
    order: 12,
    async render(ctx, services) {
      const actor = actorFrom(ctx);
      if (!actor) return null;
      const visible = (articles: ArticleRow[]) => {
        const scope = listScope(actor);
        return articles.filter(
          (article) => can(actor, 'view', article) && (!scope.ownerId || isOwner(actor, article)),
        );
      };
      const scheduled = visible(await articlesIn(services, ctx, ['scheduled'], 'published_at', 'asc'));
      const published = visible(await articlesIn(services, ctx, ['published'], 'published_at', 'desc', 50));
      return (
        <>
          <Section
            ctx={ctx}
            id="dash-scheduled"
            title={ctx.t.articlesAdmin.dashboard.scheduled}
            articles={scheduled}
            more="/admin/articles?status=scheduled"
            time="published_at"
          />
          <Section
            ctx={ctx}
            id="dash-published"
            title={ctx.t.articlesAdmin.dashboard.recentlyPublished}
            articles={published}
            more="/admin/articles?status=published"
            time="published_at"
          />
        </>
      );
    },
  },
];

/** Adds the newsroom's sections to the dashboard (once per process). */
export function registerDashboardSections(): void {
  for (const section of sections) if (!dashboardSections.includes(section)) dashboardSections.push(section);
}
