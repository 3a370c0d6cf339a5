import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../../../platform/error-handler.ts';
import type { AppServices } from '../../../platform/services.ts';
import { adminContext } from '../../../web/admin/admin-context.ts';
import { sendHtml } from '../../../web/admin/form-kit.tsx';
import { actorOf, idParam, siteIdOf } from '../../../web/admin/request.ts';
import { findMedia, listMedia } from '../../media/media.repository.ts';
import { articleFormOf, parseForm } from '../article-form.ts';
import { can, newsroom } from '../articles.policy.ts';
import { findArticle, saveArticle } from '../articles.service.ts';
import { CoverChooserPage } from './cover-chooser-view.tsx';
import { queryText } from './shared.tsx';

const PER_PAGE = 24;
const ID = /^[1-9]\d{0,11}$/;

/**
 * /admin/articles/:id/cover: the library chooser that the form's "Chọn ảnh" opens without
 * JavaScript (after saving, so nothing typed is lost), and "Dùng ảnh này", which sets the cover.
 */
export async function articleCoverRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  async function chooser(
    request: FastifyRequest,
    reply: FastifyReply,
    article: NonNullable<Awaited<ReturnType<typeof findArticle>>>,
    error?: string,
    status = 200,
  ) {
    const ctx = adminContext(request, reply, services);
    const q = queryText(request.query, 'q').normalize('NFC').trim().slice(0, 200);
    const asked = Number(queryText(request.query, 'page'));
    const page = Number.isInteger(asked) && asked > 0 && asked < 100_000 ? asked : 1;
    const found = await listMedia(services.db, {
      siteId: article.site_id,
      kind: 'image',
      q: q || undefined,
      page,
      perPage: PER_PAGE,
    });
    return sendHtml(
      reply,
      <CoverChooserPage
        ctx={ctx}
        articleId={article.id}
        articleTitle={article.title}
        currentCoverId={article.cover_media_id}
        images={found.rows}
        q={q}
        page={page}
        pages={Math.max(1, Math.ceil(found.total / PER_PAGE))}
        error={error}
      />,
      status,
    );
  }

  /** The article, if the person may change it; otherwise the error has been sent. */
  async function editable(request: FastifyRequest, reply: FastifyReply) {
    const article = await findArticle(services.db, siteIdOf(request), idParam(request));
    if (!article) {
      await sendError(request, reply, services, 'NOT_FOUND');
      return undefined;
    }
    if (!can(actorOf(request, services), 'edit', article)) {
      await sendError(request, reply, services, 'FORBIDDEN');
      return undefined;
    }
    return article;
  }

  app.get('/admin/articles/:id/cover', newsroom, async (request, reply) => {
    const article = await editable(request, reply);
    if (!article) return reply;
    return chooser(request, reply, article);
  });

  app.post('/admin/articles/:id/cover', newsroom, async (request, reply) => {
    const article = await editable(request, reply);
    if (!article) return reply;
    const messages = adminContext(request, reply, services).t;
    const t = messages.articlesAdmin;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const raw = typeof body.media_id === 'string' ? body.media_id.trim() : '';
    const found = ID.test(raw) ? await findMedia(services.db, article.site_id, Number(raw)) : undefined;
    const media = found?.kind === 'image' ? found : undefined;
    if (!media) return chooser(request, reply, article, t.cover.notImage, 400);
    // The stored article with only its cover changed; the image's description fills an empty alt.
    const form = {
      ...articleFormOf(article),
      cover_media_id: String(media.id),
      cover_alt: article.cover_alt || media.alt,
    };
    const parsed = parseForm(form, t, messages.richText);
    if (!parsed.ok) return chooser(request, reply, article, Object.values(parsed.errors).join(' '), 400);
    // Over the version just read: only the cover changes, so nobody's newer text is overwritten.
    const saved = await saveArticle(services, article, actorOf(request, services), parsed.input, {
      expectedVersion: article.version,
      at: services.clock(),
    });
    if (saved.kind === 'conflict')
      return chooser(request, reply, saved.current, t.errors.changedMeanwhile, 409);
    return reply.redirect(`/admin/articles/${article.id}/edit?done=cover`, 303);
  });
}
