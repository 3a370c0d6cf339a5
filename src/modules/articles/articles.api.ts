import { z } from 'zod';
import type { Role } from '../../db/schema.ts';
import { messages } from '../../i18n/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AppServices } from '../../platform/services.ts';
import { MAX_ID } from '../../web/admin/request.ts';
import { actorOf, originOf, sendProblem, siteOf } from '../api/api.context.ts';
import type { ApiInstance } from '../api/api.plugin.ts';
import { sendCacheable, toJson } from '../api/cacheable.ts';
import { describe, errorResponses, operation } from '../api/openapi.ts';
import { FieldsError } from '../api/validation.ts';
import { categoriesRepository, categoryDescendants } from '../categories/categories.repository.ts';
import { loadImages } from '../media/images.ts';
import { snapshotOf } from '../revisions/revisions.ts';
import { stillSourceMessage } from '../translations/translations.service.ts';
import {
  type ApiAction,
  articleCreateSchema,
  articleInput,
  articleRecordSchema,
  articleUpdateSchema,
  formProblems,
  presentRecord,
  serviceAction,
  transitionSchema,
} from './article-input.ts';
import { can } from './articles.policy.ts';
import {
  articleDetailSchema,
  articleListSchema,
  presentDetail,
  presentSummary,
} from './articles.presenter.ts';
import { articlesRepository } from './articles.repository.ts';
import {
  createArticle,
  findArticle,
  inputFromSnapshot,
  referenceErrors,
  saveArticle,
} from './articles.service.ts';
import { availableActions, saveAndTransition, type TransitionResult, transition } from './workflow.ts';

const writers: Role[] = ['admin', 'chief_editor', 'editor', 'contributor'];
const WRITE = { access: { roles: writers, scope: 'articles:write' } };

const listQuery = z.object({
  lang: z.enum(['vi', 'en', 'zh']).default('vi'),
  category: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .meta(describe('Mã chuyên mục (gồm cả chuyên mục con)', 'Category id (sub-categories included)')),
  q: z
    .string()
    .max(200)
    .optional()
    .meta(
      describe(
        'Tìm trong tiêu đề (không phân biệt hoa thường và dấu)',
        'Text in the title (case and accents ignored)',
      ),
    ),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

const idParams = z.object({ id: z.coerce.number().int().positive().max(MAX_ID) });

/** Articles: public reads (cacheable) and writes through the articles service. */
export async function articleApiRoutes(api: ApiInstance, services: AppServices): Promise<void> {
  const queries = articlesRepository(services.db);
  const now = () => services.clock().toISOString();

  api.get(
    '/api/v1/articles',
    {
      config: { access: 'public' },
      schema: {
        ...operation(
          ['articles'],
          ['Danh sách tin bài đã xuất bản', 'Published articles'],
          [
            'Của trang theo tên miền, mới nhất trước; không có bài nháp hay bài hẹn giờ chưa đến.',
            'Of the site chosen by host name, newest first; never drafts or articles scheduled for later.',
          ],
        ),
        querystring: listQuery,
        response: { 200: articleListSchema, ...errorResponses(400) },
      },
    },
    async (request, reply) => {
      const site = siteOf(request);
      const { lang, category, q, page, pageSize } = request.query;
      let categoryIds: number[] | undefined;
      if (category !== undefined) {
        const all = await categoriesRepository(services.db).listForSite(site.id, lang);
        categoryIds = all.some((entry) => entry.id === category) ? categoryDescendants(all, category) : [];
      }
      const filter = {
        siteId: site.id,
        lang,
        ...(categoryIds ? { categoryIds } : {}),
        ...(q ? { q } : {}),
        limit: pageSize,
        offset: (page - 1) * pageSize,
      };
      const at = now();
      const [rows, total] = await Promise.all([
        queries.listForApi(filter, at),
        queries.countForApi(filter, at),
      ]);
      const images = await loadImages(
        services.db,
        rows.flatMap((row) => (row.cover_media_id ? [row.cover_media_id] : [])),
      );
      const origin = originOf(request, services);
      const data = {
        items: rows.map((row) => presentSummary(row, origin, images)),
        page,
        pageSize,
        total,
        totalPages: Math.ceil(total / pageSize),
      };
      return sendCacheable(request, reply, toJson(articleListSchema, data));
    },
  );

  api.get(
    '/api/v1/articles/:id',
    {
      config: { access: 'public' },
      schema: {
        ...operation(['articles'], ['Một tin bài đã xuất bản', 'One published article']),
        params: idParams,
        response: { 200: articleDetailSchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const site = siteOf(request);
      const at = now();
      const row = await queries.findForApi(site.id, request.params.id, at);
      if (!row) throw new AppError('NOT_FOUND');
      const [images, translations] = await Promise.all([
        loadImages(services.db, row.cover_media_id ? [row.cover_media_id] : []),
        queries.translations(site.id, row.translation_group, at),
      ]);
      const data = presentDetail(row, originOf(request, services), images, translations);
      return sendCacheable(request, reply, toJson(articleDetailSchema, data));
    },
  );

  api.post(
    '/api/v1/articles',
    {
      config: WRITE,
      schema: {
        ...operation(
          ['articles'],
          ['Tạo bài nháp', 'Create a draft'],
          [
            'Bài mới luôn ở trạng thái nháp, người gọi là tác giả.',
            'A new article is always a draft, written by the caller.',
          ],
        ),
        body: articleCreateSchema,
        response: { 201: articleRecordSchema, ...errorResponses(400, 401, 403, 413) },
      },
    },
    async (request, reply) => {
      const site = siteOf(request);
      const actor = actorOf(request, services);
      const t = messages(request.lang).articlesAdmin;
      const parsed = articleInput(request.body, undefined, t, messages(request.lang).richText);
      if (!parsed.ok) throw new FieldsError(parsed.problems);
      const refs = await referenceErrors(services.db, site.id, actor.role, parsed.input, t);
      if (Object.keys(refs).length > 0) throw new FieldsError(formProblems(refs));
      const article = await createArticle(services, site.id, actor, parsed.input, services.clock());
      return reply.code(201).send(presentRecord(article, availableActions(actor, article)));
    },
  );

  api.patch(
    '/api/v1/articles/:id',
    {
      config: WRITE,
      schema: {
        ...operation(
          ['articles'],
          ['Sửa bài viết', 'Update an article'],
          [
            'Chỉ gửi các trường cần đổi, kèm version đã đọc (khóa lạc quan). Mỗi lần lưu là một phiên bản.',
            'Send only the fields to change, with the version you read (optimistic locking). Every save is a revision.',
          ],
        ),
        params: idParams,
        body: articleUpdateSchema,
        response: { 200: articleRecordSchema, ...errorResponses(400, 401, 403, 404, 409, 413) },
      },
    },
    async (request, reply) => {
      const site = siteOf(request);
      const actor = actorOf(request, services);
      const t = messages(request.lang).articlesAdmin;
      const article = await findArticle(services.db, site.id, request.params.id);
      if (!article || !can(actor, 'view', article)) throw new AppError('NOT_FOUND');
      if (!can(actor, 'edit', article)) return sendProblem(request, reply, 'FORBIDDEN', t.errors.notAllowed);
      const { version, ...patch } = request.body;
      const parsed = articleInput(patch, article, t, messages(request.lang).richText);
      if (!parsed.ok) throw new FieldsError(parsed.problems);
      const refs = await referenceErrors(services.db, site.id, actor.role, parsed.input, t, article);
      if (Object.keys(refs).length > 0) throw new FieldsError(formProblems(refs));
      const result = await saveArticle(services, article, actor, parsed.input, {
        expectedVersion: version,
        at: services.clock(),
      });
      if (result.kind === 'conflict') throw new AppError('CONFLICT');
      if (result.kind === 'unchanged' && article.version !== version) throw new AppError('CONFLICT');
      return reply.send(presentRecord(result.article, availableActions(actor, result.article)));
    },
  );

  api.post(
    '/api/v1/articles/:id/transitions',
    {
      config: WRITE,
      schema: {
        ...operation(
          ['articles'],
          ['Chuyển bước quy trình duyệt bài', 'Move an article through the workflow'],
          [
            'Quyền của từng bước theo vai trò (xem quy trình). Trả lại và gỡ bài cần lý do; hẹn giờ cần thời điểm trong tương lai.',
            'Each step is allowed by role (see the workflow). Returning and taking down need a reason; scheduling needs a future time.',
          ],
        ),
        params: idParams,
        body: transitionSchema,
        response: { 200: articleRecordSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const site = siteOf(request);
      const actor = actorOf(request, services);
      const lang = request.lang;
      const t = messages(lang).articlesAdmin;
      const { action, reason, at } = request.body as { action: ApiAction; reason?: string; at?: string };
      const service = serviceAction(action);
      const now = services.clock();
      if (at !== undefined && service !== 'schedule')
        throw new FieldsError([{ path: 'at', message: messages(lang).apiAdmin.validation.unknownField }]);
      if (at !== undefined && Date.parse(at) <= now.getTime())
        throw new FieldsError([{ path: 'at', message: t.errors.scheduleNotFuture }]);
      const step = {
        action: service,
        actor,
        ...(reason !== undefined ? { reason } : {}),
        origin: originOf(request, services),
        log: request.log,
      };
      const article =
        at === undefined ? undefined : await findArticle(services.db, site.id, request.params.id);
      let result: TransitionResult;
      if (at !== undefined && article && availableActions(actor, article).includes('schedule')) {
        // Scheduling at a given time: the time is saved on the article and it moves, in one transaction.
        const input = {
          ...inputFromSnapshot(snapshotOf(article), article),
          publishedAt: new Date(at).toISOString(),
        };
        const moved = await saveAndTransition(services, {
          ...step,
          article,
          input,
          expectedVersion: article.version,
          at: now,
        });
        if (moved.kind === 'conflict') throw new AppError('CONFLICT');
        result =
          moved.kind === 'moved' ? { ok: true, article: moved.article, before: article } : moved.refusal;
      } else {
        result = await transition(services, {
          ...step,
          siteId: site.id,
          articleId: request.params.id,
          at: now,
        });
      }
      if (result.ok)
        return reply.send(presentRecord(result.article, availableActions(actor, result.article)));
      switch (result.problem) {
        case 'notFound':
          throw new AppError('NOT_FOUND');
        case 'notAllowed':
          return sendProblem(request, reply, 'FORBIDDEN', t.errors.notAllowed);
        case 'wrongState':
          return sendProblem(request, reply, 'CONFLICT', t.errors.wrongState);
        case 'changedMeanwhile':
          return sendProblem(request, reply, 'CONFLICT', t.errors.changedMeanwhile);
        case 'reasonRequired':
          throw new FieldsError([{ path: 'reason', message: t.errors.reasonRequired }]);
        case 'scheduleNotFuture':
          throw new FieldsError([{ path: 'at', message: t.errors.scheduleNotFuture }]);
        case 'incomplete':
          // A translation still holding the source's text: each such field, in the caller's language.
          if (result.untranslated)
            throw new FieldsError(
              result.untranslated.map((path) => ({
                path,
                message: stillSourceMessage(messages(lang), [path]),
              })),
            );
          throw new FieldsError(
            (result.details?.length ? result.details : [t.errors.bodyRequired]).map((message) => ({
              path: 'body',
              message,
            })),
          );
      }
    },
  );
}
