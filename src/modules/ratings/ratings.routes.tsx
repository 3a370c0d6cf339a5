import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ArticleRow, LanguageCode } from '../../db/schema.ts';
import { languages } from '../../i18n/index.ts';
import { sendError } from '../../platform/error-handler.ts';
import { isRowId } from '../../platform/nfc-input.ts';
import type { AppServices } from '../../platform/services.ts';
import { Layout } from '../../web/layout.tsx';
import { pageContext } from '../../web/page-context.ts';
import { renderDocument } from '../../web/render.ts';
import { articleUrl, homeUrl, localPath } from '../../web/urls.ts';
import { articlesRepository } from '../articles/articles.repository.ts';
import { siteStructure } from '../navigation/navigation.ts';
import { ratingsRepository, readerKey } from './ratings.repository.ts';
import { registerRatingsSection } from './ratings-dashboard.tsx';

const SCORE = /^[1-5]$/;

/**
 * The rating form sits on cached public pages, so it cannot carry a per-visitor CSRF token.
 * It is protected by where the request comes from instead: the browser's Origin (or, failing
 * that, Sec-Fetch-Site or the Referer) must name this host. Host names are compared without
 * scheme or port, so a TLS-terminating proxy in front does not turn readers away.
 */
export function sameOrigin(request: FastifyRequest): boolean {
  const hostname = (value: string) => {
    try {
      return new URL(value).hostname.toLowerCase();
    } catch {
      return undefined;
    }
  };
  const own = hostname(`http://${request.host}`);
  if (!own) return false;
  const origin = request.headers.origin;
  if (origin !== undefined) return origin !== 'null' && hostname(origin) === own;
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin';
  const referer = request.headers.referer;
  return typeof referer === 'string' && hostname(referer) === own;
}

function wantsJson(request: FastifyRequest): boolean {
  return String(request.headers.accept ?? '').includes('application/json');
}

/** POST /ratings/:id (and /en/…, /zh/…): a reader rates an article from 1 to 5. */
export async function ratingRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  registerRatingsSection();
  const ratings = ratingsRepository(services.db);
  const limit = { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } };

  async function answer(
    request: FastifyRequest,
    reply: FastifyReply,
    lang: LanguageCode,
    article: ArticleRow,
    outcome: 'thanks' | 'chooseScore',
  ) {
    const ctx = await pageContext(request, reply, services);
    const t = ctx.t.rating;
    const message = outcome === 'thanks' ? t.thanks : t.chooseScore;
    const status = outcome === 'thanks' ? 200 : 400;
    reply.code(status).header('cache-control', 'no-store');
    if (wantsJson(request)) {
      return reply.send(
        outcome === 'thanks' ? { ok: true, message } : { error: { code: 'VALIDATION_FAILED', message } },
      );
    }
    const structure = await siteStructure(services, article.site_id, lang);
    const category = structure.categories.find((item) => item.id === article.category_id);
    const back = category ? articleUrl(lang, category.slug, article.slug, article.id) : homeUrl(lang);
    const title = outcome === 'thanks' ? t.thanksTitle : t.title;
    return reply.type('text/html; charset=utf-8').send(
      renderDocument(
        <Layout ctx={ctx} title={title}>
          <h1>{title}</h1>
          <p role={outcome === 'thanks' ? 'status' : 'alert'}>{message}</p>
          <p>
            <a href={back}>
              {t.backToArticle}
              {ctx.t.colon}
              {article.title}
            </a>
          </p>
        </Layout>,
      ),
    );
  }

  for (const lang of languages) {
    app.post(`${localPath(lang, 'ratings')}/:id`, limit, async (request, reply) => {
      if (!sameOrigin(request)) return sendError(request, reply, services, 'CSRF_INVALID');
      const site = request.site;
      const id = (request.params as { id: string }).id;
      if (!site || !isRowId(id)) return sendError(request, reply, services, 'NOT_FOUND');
      const now = services.clock().toISOString();
      const article = await articlesRepository(services.db).findPublished(site.id, lang, Number(id), now);
      if (!article) return sendError(request, reply, services, 'NOT_FOUND');
      const raw = (request.body as Record<string, unknown> | undefined)?.score;
      const score = typeof raw === 'string' ? raw.trim() : '';
      if (!SCORE.test(score)) return answer(request, reply, lang, article, 'chooseScore');
      await ratings.rate({
        siteId: site.id,
        articleId: article.id,
        score: Number(score),
        reader: readerKey(
          services.secrets.sessionSecret,
          article.id,
          request.ip,
          String(request.headers['user-agent'] ?? ''),
        ),
        now,
      });
      return answer(request, reply, lang, article, 'thanks');
    });
  }
}
