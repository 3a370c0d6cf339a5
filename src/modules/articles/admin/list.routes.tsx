import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ContentStatus, Role } from '../../../db/schema.ts';
import { isLanguage } from '../../../i18n/index.ts';
import type { AppServices } from '../../../platform/services.ts';
import { adminContext } from '../../../web/admin/admin-context.ts';
import { sendHtml } from '../../../web/admin/form-kit.tsx';
import { actorOf, rowId, siteIdOf } from '../../../web/admin/request.ts';
import { siteMembers } from '../../notifications/notifications.service.ts';
import { fromLocalInput } from '../article-form.ts';
import { can, listScope, newsroom } from '../articles.policy.ts';
import { type ArticleFilters, findArticle, listArticles } from '../articles.service.ts';
import { isWorkflowAction, transition, type WorkflowAction } from '../workflow.ts';
import { problemText } from './edit.routes.tsx';
import { type ListFilterValues, ListView, STATUSES } from './list-view.tsx';
import { categoryChoices, originOf, queryText } from './shared.tsx';

const PAGE_SIZE = 25;
const MAX_BULK = 200;

/** The bulk actions each role may offer (each article is still checked on its own). */
const BULK: Record<Role, WorkflowAction[]> = {
  admin: ['submit', 'send_for_approval', 'publish', 'archive'],
  chief_editor: ['submit', 'send_for_approval', 'publish', 'archive'],
  editor: ['submit', 'send_for_approval', 'archive'],
  contributor: ['submit', 'archive'],
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the filter values (as typed) from a query string or from the bulk form's hidden fields. */
function filterValues(source: unknown, prefix = ''): ListFilterValues {
  const get = (key: string) => queryText(source, `${prefix}${key}`);
  return {
    status: get('status'),
    category: get('category'),
    author: get('author'),
    lang: get('lang'),
    from: get('from'),
    to: get('to'),
  };
}

/** The valid filters among the typed values (anything malformed is ignored). */
function toFilters(values: ListFilterValues): ArticleFilters {
  const filters: ArticleFilters = {};
  if ((STATUSES as string[]).includes(values.status)) filters.status = values.status as ContentStatus;
  // Ids past the INTEGER range are ignored like any malformed filter (PostgreSQL would refuse them).
  const categoryId = rowId(values.category);
  const authorId = rowId(values.author);
  if (categoryId !== undefined) filters.categoryId = categoryId;
  if (authorId !== undefined) filters.authorId = authorId;
  if (isLanguage(values.lang)) filters.lang = values.lang;
  // Dates are days in Viet Nam time; "to" includes its whole day.
  const from = DATE.test(values.from) ? fromLocalInput(`${values.from}T00:00`) : undefined;
  const to = DATE.test(values.to) ? fromLocalInput(`${values.to}T00:00`) : undefined;
  if (from) filters.from = from;
  if (to) filters.to = new Date(Date.parse(to) + 86_400_000).toISOString();
  return filters;
}

/** /admin/articles: the list with filters and pagination, and bulk actions. */
export async function articleListRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  async function renderList(
    request: FastifyRequest,
    reply: FastifyReply,
    values: ListFilterValues,
    page: number,
    extra: { result?: { done: number; refused: string[] }; error?: string } = {},
    status = 200,
  ) {
    const ctx = adminContext(request, reply, services);
    const actor = actorOf(request, services);
    const siteId = siteIdOf(request);
    const scope = listScope(actor);
    const [list, categories, members] = await Promise.all([
      listArticles(services.db, siteId, toFilters(values), scope, {
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
      }),
      categoryChoices(services, siteId),
      siteMembers(services.db, siteId),
    ]);
    const pages = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
    return sendHtml(
      reply,
      <ListView
        ctx={ctx}
        items={list.items}
        total={list.total}
        page={Math.min(page, pages)}
        pages={pages}
        filters={values}
        categories={
          scope.categoryIds
            ? categories.filter((category) => scope.categoryIds?.includes(category.id))
            : categories
        }
        authors={members.map((member) => ({ id: member.id, name: member.name }))}
        bulkActions={actor.role ? BULK[actor.role.role] : []}
        result={extra.result}
        error={extra.error}
      />,
      status,
    );
  }

  app.get('/admin/articles', newsroom, async (request, reply) => {
    const pageText = queryText(request.query, 'page');
    const page = /^\d{1,5}$/.test(pageText) ? Math.max(1, Number(pageText)) : 1;
    return renderList(request, reply, filterValues(request.query), page);
  });

  app.post('/admin/articles/bulk', newsroom, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const messages = adminContext(request, reply, services).t;
    const t = messages.articlesAdmin;
    const values = filterValues(body, 'filter_');
    const raw = body.ids;
    const ids = [...new Set((Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(String))]
      .filter((id) => /^\d{1,12}$/.test(id))
      .map(Number)
      .slice(0, MAX_BULK);
    const action = typeof body.action === 'string' ? body.action : '';
    const actor = actorOf(request, services);
    if (!isWorkflowAction(action) || !actor.role || !BULK[actor.role.role].includes(action))
      return renderList(request, reply, values, 1, { error: t.errors.notAllowed }, 403);
    if (ids.length === 0) return renderList(request, reply, values, 1, { error: t.bulk.none }, 400);
    const siteId = siteIdOf(request);
    let done = 0;
    const refused: string[] = [];
    for (const id of ids) {
      const result = await transition(services, {
        siteId,
        articleId: id,
        action,
        actor,
        at: services.clock(),
        origin: originOf(request, services),
        log: request.log,
      });
      if (result.ok) {
        done++;
        continue;
      }
      const article = await findArticle(services.db, siteId, id);
      const title = article && can(actor, 'view', article) ? article.title : `#${id}`;
      refused.push(t.bulk.refused(title, problemText(messages, result).text));
    }
    return renderList(request, reply, values, 1, { result: { done, refused } });
  });
}
