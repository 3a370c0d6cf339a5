import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ArticleRow } from '../../../db/schema.ts';
import { vietnamParts } from '../../../i18n/dates.ts';
import type { Messages } from '../../../i18n/index.ts';
import { sendError } from '../../../platform/error-handler.ts';
import type { AppServices } from '../../../platform/services.ts';
import { adminContext } from '../../../web/admin/admin-context.ts';
import { sendHtml } from '../../../web/admin/form-kit.tsx';
import { actorOf, idParam, siteIdOf } from '../../../web/admin/request.ts';
import { compareSnapshots, snapshotOf } from '../../revisions/revisions.ts';
import type { TextField } from '../../translations/source-text.ts';
import { stillSourceMessage } from '../../translations/translations.service.ts';
import {
  type ArticleForm,
  type ArticleInput,
  articleFormOf,
  type FormErrors,
  parseForm,
  readForm,
  submissionErrors,
} from '../article-form.ts';
import { can, canPublishRole, newsroom } from '../articles.policy.ts';
import {
  createArticle,
  findArticle,
  referenceErrors,
  saveArticle,
  snapshotOfInput,
} from '../articles.service.ts';
import {
  availableActions,
  isWorkflowAction,
  saveAndTransition,
  type TransitionProblem,
  transition,
  transitions,
  type WorkflowAction,
} from '../workflow.ts';
import { articleTranslationProps } from './article-panel.ts';
import { type CoverIntent, coverPreview, isCoverIntent } from './cover-field.tsx';
import { EditView, type EditViewProps } from './edit-view.tsx';
import { categoryChoices, originOf, queryText } from './shared.tsx';

/** The message for a refused transition in the person's language, and its HTTP status. */
export function problemText(
  messages: Messages,
  failure: { problem: TransitionProblem; details?: string[]; untranslated?: TextField[] },
) {
  const t = messages.articlesAdmin;
  switch (failure.problem) {
    case 'notFound':
    case 'notAllowed':
      return { status: 403, text: t.errors.notAllowed };
    case 'wrongState':
      return { status: 409, text: t.errors.wrongState };
    case 'changedMeanwhile':
      return { status: 409, text: t.errors.changedMeanwhile };
    case 'reasonRequired':
      return { status: 400, text: t.errors.reasonRequired };
    case 'scheduleNotFuture':
      return { status: 400, text: t.errors.scheduleNotFuture };
    case 'incomplete':
      return {
        status: 400,
        text: failure.untranslated
          ? stillSourceMessage(messages, failure.untranslated)
          : (failure.details ?? []).join(' '),
      };
  }
}

type ArticleTextField = 'title' | 'lead' | 'body' | 'coverAlt' | 'coverCaption' | 'seoDescription';

/** The form field of each translatable text of an article. */
const formFieldOf: Record<ArticleTextField, keyof ArticleForm> = {
  title: 'title',
  lead: 'lead',
  body: 'body',
  coverAlt: 'cover_alt',
  coverCaption: 'cover_caption',
  seoDescription: 'seo_description',
};

/** The button pressed; the cover buttons save first, like "Lưu". */
function intentOf(body: unknown): WorkflowAction | 'save' | CoverIntent | undefined {
  const raw = (body as Record<string, unknown> | undefined)?.intent;
  const value = typeof raw === 'string' ? raw : 'save';
  return value === 'save' || isWorkflowAction(value) || isCoverIntent(value) ? value : undefined;
}

/** Where a save by `intent` leads: the edit form, or the cover chooser. */
function afterSave(id: number, intent: 'save' | CoverIntent, done: 'created' | 'save'): string {
  if (intent === 'choose_cover') return `/admin/articles/${id}/cover`;
  return `/admin/articles/${id}/edit?done=${intent === 'remove_cover' ? 'cover_removed' : done}`;
}

/** Field checks beyond the schema for a given intent: references, completeness, reason, schedule time. */
async function intentErrors(
  services: AppServices,
  request: FastifyRequest,
  input: ArticleInput,
  intent: WorkflowAction | 'save',
  messages: Messages,
  article?: ArticleRow,
): Promise<FormErrors> {
  const t = messages.articlesAdmin;
  const actor = actorOf(request, services);
  const errors = await referenceErrors(services.db, siteIdOf(request), actor.role, input, t, article);
  // Completeness of the form; whether a translation is still its source's text is checked once,
  // by the workflow step itself, on the saved text.
  if (intent !== 'save' && transitions[intent].complete) Object.assign(errors, submissionErrors(input, t));
  if (intent !== 'save' && transitions[intent].reason && !input.reason)
    errors.reason = t.errors.reasonRequired;
  if (intent === 'schedule' && (!input.publishedAt || input.publishedAt <= services.clock().toISOString()))
    errors.published_at = t.errors.scheduleNotFuture;
  return errors;
}

const hhmm = (date: Date) => {
  const p = vietnamParts(date);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
};

/** /admin/articles/new, /admin/articles/:id/edit and their saves (with workflow buttons and autosave). */
export async function articleEditRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    view: Omit<EditViewProps, 'ctx' | 'categories' | 'actions' | 'canEdit' | 'canSetTimes'>,
    status = 200,
  ) {
    const ctx = adminContext(request, reply, services);
    const actor = actorOf(request, services);
    const cover = await coverPreview(services.db, siteIdOf(request), view.form.cover_media_id);
    const categories = (await categoryChoices(services, siteIdOf(request))).filter(
      (category) => !actor.role?.categoryIds.length || actor.role.categoryIds.includes(category.id),
    );
    const article = view.article;
    const translation = article ? await articleTranslationProps(services, actor, article) : undefined;
    const draft = {
      status: 'draft',
      category_id: Number(view.form.category_id) || categories[0]?.id || 0,
      created_by: actor.userId,
      author_id: actor.userId,
    } as ArticleRow;
    const subject = article ?? draft;
    return sendHtml(
      reply,
      <EditView
        {...view}
        {...translation}
        done={queryText(request.query, 'done')}
        ctx={ctx}
        cover={cover}
        categories={categories}
        canEdit={article ? can(actor, 'edit', article) : true}
        actions={availableActions(actor, subject)}
        canSetTimes={!!actor.role && canPublishRole(actor.role.role)}
      />,
      status,
    );
  }

  app.get('/admin/articles/new', newsroom, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const form = readForm({ lang: 'vi', byline: ctx.user?.display_name ?? '', version: '0' });
    return render(request, reply, { form });
  });

  app.get('/admin/articles/:id/edit', newsroom, async (request, reply) => {
    const actor = actorOf(request, services);
    const article = await findArticle(services.db, siteIdOf(request), idParam(request));
    if (!article) return sendError(request, reply, services, 'NOT_FOUND');
    if (!can(actor, 'view', article)) return sendError(request, reply, services, 'FORBIDDEN');
    const done = queryText(request.query, 'done');
    const t = adminContext(request, reply, services).t.articlesAdmin;
    const notice =
      done in t.done ? { kind: 'success' as const, text: t.done[done as keyof typeof t.done] } : undefined;
    return render(request, reply, { article, form: articleFormOf(article), notice });
  });

  // Create (the new form's buttons): a draft, then the chosen transition.
  app.post('/admin/articles', newsroom, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const t = ctx.t.articlesAdmin;
    const actor = actorOf(request, services);
    const pressed = intentOf(request.body);
    if (!pressed) return sendError(request, reply, services, 'BAD_REQUEST');
    const intent = isCoverIntent(pressed) ? 'save' : pressed;
    const form = { ...readForm(request.body), ...(pressed === 'remove_cover' ? { cover_media_id: '' } : {}) };
    const parsed = parseForm(form, t, ctx.t.richText);
    if (!parsed.ok) return render(request, reply, { form, errors: parsed.errors }, 400);
    const errors = await intentErrors(services, request, parsed.input, intent, ctx.t);
    if (Object.keys(errors).length > 0) return render(request, reply, { form, errors }, 400);
    const at = services.clock();
    const article = await createArticle(services, siteIdOf(request), actor, parsed.input, at);
    if (intent === 'save')
      return reply.redirect(afterSave(article.id, pressed as 'save' | CoverIntent, 'created'), 303);
    return runTransition(request, reply, article, intent, parsed.input.reason, { ...form, version: '1' });
  });

  // Save an existing article (optimistic locking), then the chosen transition.
  app.post('/admin/articles/:id', newsroom, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const t = ctx.t.articlesAdmin;
    const actor = actorOf(request, services);
    const article = await findArticle(services.db, siteIdOf(request), idParam(request));
    if (!article) return sendError(request, reply, services, 'NOT_FOUND');
    if (!can(actor, 'view', article)) return sendError(request, reply, services, 'FORBIDDEN');
    const pressed = intentOf(request.body);
    if (!pressed) return sendError(request, reply, services, 'BAD_REQUEST');
    const intent = isCoverIntent(pressed) ? 'save' : pressed;
    const form = { ...readForm(request.body), ...(pressed === 'remove_cover' ? { cover_media_id: '' } : {}) };
    const canEdit = can(actor, 'edit', article);
    if (intent === 'save' ? !canEdit : !can(actor, intent, article))
      return sendError(request, reply, services, 'FORBIDDEN');
    if (!canEdit) {
      // Only the workflow step: the content fields were read-only.
      const reason = form.reason.trim();
      if (intent !== 'save' && transitions[intent].reason && !reason) {
        const errors = { reason: t.errors.reasonRequired };
        return render(
          request,
          reply,
          { article, form: { ...articleFormOf(article), reason: form.reason }, errors },
          400,
        );
      }
      return runTransition(request, reply, article, intent as WorkflowAction, reason, articleFormOf(article));
    }
    const parsed = parseForm(form, t, ctx.t.richText);
    if (!parsed.ok) return render(request, reply, { article, form, errors: parsed.errors }, 400);
    const errors = await intentErrors(services, request, parsed.input, intent, ctx.t, article);
    if (Object.keys(errors).length > 0) return render(request, reply, { article, form, errors }, 400);
    const save = {
      article,
      actor,
      input: parsed.input,
      expectedVersion: Number.parseInt(form.version, 10) || 0,
      at: services.clock(),
      // "Đã cập nhật theo bản gốc" ticked while saving a translation whose source changed.
      isSynced: (request.body as Record<string, unknown> | undefined)?.translation_synced === '1',
    };
    const result =
      intent === 'save'
        ? await saveArticle(services, article, actor, parsed.input, save)
        : await saveAndTransition(services, {
            ...save,
            action: intent,
            reason: parsed.input.reason,
            origin: originOf(request, services),
            log: request.log,
          });
    if (result.kind === 'conflict') {
      const current = result.current;
      return render(
        request,
        reply,
        {
          article: current,
          // Everything the person typed, over the version now stored: saving again overwrites it.
          form: { ...form, version: String(current.version) },
          conflict: {
            version: current.version,
            by: result.by ?? t.revisions.unknownUser,
            comparison: compareSnapshots(snapshotOf(current), snapshotOfInput(parsed.input)),
          },
        },
        409,
      );
    }
    if (result.kind === 'refused') {
      const { refusal } = result;
      if (refusal.problem === 'notAllowed' || refusal.problem === 'notFound')
        return sendError(request, reply, services, 'FORBIDDEN');
      // Nothing was saved: the form comes back as typed, with the reason on it.
      const problem = problemText(ctx.t, refusal);
      // Shown at the first field left to translate (the sentence names the others), else at the body.
      const [untranslated] = refusal.untranslated ?? [];
      const field = untranslated ? formFieldOf[untranslated as ArticleTextField] : 'body';
      const errors = refusal.problem === 'incomplete' ? { [field]: problem.text } : undefined;
      const notice = errors ? undefined : { kind: 'error' as const, text: problem.text };
      return render(request, reply, { article, form, ...(errors ? { errors } : {}), notice }, problem.status);
    }
    if (intent === 'save')
      return reply.redirect(afterSave(article.id, pressed as 'save' | CoverIntent, 'save'), 303);
    return reply.redirect(`/admin/articles/${article.id}/edit?done=${intent}`, 303);
  });

  async function runTransition(
    request: FastifyRequest,
    reply: FastifyReply,
    article: ArticleRow,
    action: WorkflowAction,
    reason: string,
    form: ArticleForm,
  ) {
    const messages = adminContext(request, reply, services).t;
    const result = await transition(services, {
      siteId: article.site_id,
      articleId: article.id,
      action,
      actor: actorOf(request, services),
      reason,
      at: services.clock(),
      origin: originOf(request, services),
      log: request.log,
    });
    if (result.ok) return reply.redirect(`/admin/articles/${article.id}/edit?done=${action}`, 303);
    if (result.problem === 'notAllowed' || result.problem === 'notFound')
      return sendError(request, reply, services, 'FORBIDDEN');
    const fresh = (await findArticle(services.db, article.site_id, article.id)) ?? article;
    const problem = problemText(messages, result);
    return render(
      request,
      reply,
      {
        article: fresh,
        form: { ...form, version: String(fresh.version) },
        notice: { kind: 'error', text: problem.text },
      },
      problem.status,
    );
  }

  // Autosave (progressive enhancement, src/web/assets/autosave.js): JSON in, JSON out.
  app.post('/admin/articles/autosave', newsroom, async (request, reply) => {
    const messages = adminContext(request, reply, services).t;
    const t = messages.articlesAdmin;
    const parsed = parseForm(readForm(request.body), t, messages.richText);
    if (!parsed.ok) return reply.code(422).send({ ok: false, errors: parsed.errors });
    const actor = actorOf(request, services);
    const errors = await referenceErrors(services.db, siteIdOf(request), actor.role, parsed.input, t);
    if (Object.keys(errors).length > 0) return reply.code(422).send({ ok: false, errors });
    const at = services.clock();
    const article = await createArticle(services, siteIdOf(request), actor, parsed.input, at);
    return reply.send({
      ok: true,
      id: article.id,
      version: article.version,
      savedAt: hhmm(at),
      action: `/admin/articles/${article.id}`,
      autosave: `/admin/articles/${article.id}/autosave`,
      editUrl: `/admin/articles/${article.id}/edit`,
    });
  });

  app.post('/admin/articles/:id/autosave', newsroom, async (request, reply) => {
    const messages = adminContext(request, reply, services).t;
    const t = messages.articlesAdmin;
    const actor = actorOf(request, services);
    const article = await findArticle(services.db, siteIdOf(request), idParam(request));
    if (!article) return reply.code(404).send({ ok: false });
    if (!can(actor, 'edit', article) || !['draft', 'returned'].includes(article.status))
      return reply.code(403).send({ ok: false });
    const form = readForm(request.body);
    const parsed = parseForm(form, t, messages.richText);
    if (!parsed.ok) return reply.code(422).send({ ok: false, errors: parsed.errors });
    const errors = await referenceErrors(services.db, article.site_id, actor.role, parsed.input, t, article);
    if (Object.keys(errors).length > 0) return reply.code(422).send({ ok: false, errors });
    const at = services.clock();
    const expectedVersion = Number.parseInt(form.version, 10) || 0;
    const saved = await saveArticle(services, article, actor, parsed.input, {
      expectedVersion,
      at,
      note: 'autosave',
    });
    if (saved.kind === 'conflict') return reply.code(409).send({ ok: false, conflict: true });
    return reply.send({ ok: true, version: saved.article.version, savedAt: hhmm(at) });
  });
}
