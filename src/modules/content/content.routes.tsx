import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LanguageCode } from '../../db/schema.ts';
import { languageInfo, languages } from '../../i18n/index.ts';
import { AppError } from '../../platform/errors.ts';
import { sendPage } from '../../platform/http-cache.ts';
import type { AppServices } from '../../platform/services.ts';
import { Layout } from '../../web/layout.tsx';
import { pageContext } from '../../web/page-context.ts';
import { renderDocument } from '../../web/render.ts';
import { figureMediaIds, parseRichText, RichText } from '../../web/rich-text.tsx';
import { SeoHead } from '../../web/seo.tsx';
import { homeUrl, pageUrl } from '../../web/urls.ts';
import { articleIdFromSegment, renderArticleRoute } from '../articles/article.routes.tsx';
import { renderCategoryPage } from '../categories/category-page.tsx';
import { loadImages } from '../media/images.ts';
import { siteStructure } from '../navigation/navigation.ts';
import { pagePath, pagesRepository } from '../pages/pages.repository.ts';

const SEGMENT = /^[a-z0-9][a-z0-9-]{0,199}$/;

/** Splits a path below the language prefix; undefined when it cannot be a content path. */
function slugSegments(rest: string): string[] | undefined {
  const segments = rest.split('/').filter(Boolean);
  if (segments.length === 0 || segments.length > 6) return undefined;
  return segments;
}

/**
 * Everything under a language prefix that is not a fixed route: static pages
 * (/gioi-thieu/lich-su-van-hoa), categories (/tin-tuc) and articles (/kinh-te/slug-123).
 */
export async function contentRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  for (const lang of languages) {
    const prefix = languageInfo[lang].prefix;
    app.get(`${prefix}/*`, async (request, reply) => {
      const rest = (request.params as { '*': string })['*'] ?? '';
      return resolve(lang, rest, request, reply);
    });
  }

  async function resolve(lang: LanguageCode, rest: string, request: FastifyRequest, reply: FastifyReply) {
    const site = request.site;
    const segments = slugSegments(rest);
    if (!site || !segments) throw new AppError('NOT_FOUND');
    if (!segments.every((segment) => SEGMENT.test(segment))) {
      // An article link whose slug was typed with diacritics or mangled still ends in its id.
      if (segments.length === 2 && articleIdFromSegment(segments[1] ?? '') !== undefined) {
        return renderArticleRoute(services, request, reply, lang, segments);
      }
      throw new AppError('NOT_FOUND');
    }
    const structure = await siteStructure(services, site.id, lang);
    const page = structure.pages.find((candidate) => {
      const path = pagePath(structure.pages, candidate.id);
      return path.length === segments.length && path.every((slug, index) => slug === segments[index]);
    });
    if (page) return renderStaticPage(page.id, lang, request, reply);
    if (segments.length === 1) {
      const category = structure.categories.find((candidate) => candidate.slug === segments[0]);
      if (category) return renderCategoryPage(services, request, reply, category.id);
    }
    if (segments.length === 2) return renderArticleRoute(services, request, reply, lang, segments);
    throw new AppError('NOT_FOUND');
  }

  async function renderStaticPage(
    id: number,
    lang: LanguageCode,
    request: FastifyRequest,
    reply: FastifyReply,
  ) {
    const ctx = await pageContext(request, reply, services);
    const pages = pagesRepository(services.db);
    const page = await pages.findPublishedById(ctx.site.id, id);
    if (!page) throw new AppError('NOT_FOUND');
    const structure = await siteStructure(services, ctx.site.id, lang);
    const trailIds: number[] = [];
    for (let current: number | null = page.id; current !== null && trailIds.length < 10; ) {
      trailIds.unshift(current);
      current = structure.pages.find((candidate) => candidate.id === current)?.parentId ?? null;
    }
    const children = structure.pages.filter((candidate) => candidate.parentId === page.id);
    const doc = parseRichText(page.body);
    const images = await loadImages(services.db, figureMediaIds(doc));
    const alternates: Partial<Record<LanguageCode, string>> = {};
    for (const version of await pages.translations(ctx.site.id, page.translation_group)) {
      const versionPages =
        version.lang === lang ? structure.pages : await pages.listPublished(ctx.site.id, version.lang);
      alternates[version.lang] = pageUrl(version.lang, pagePath(versionPages, version.id));
    }
    const path = pageUrl(lang, pagePath(structure.pages, page.id));
    ctx.alternates = Object.keys(alternates).length > 1 ? alternates : { [lang]: path };
    const breadcrumb = [
      { label: ctx.t.shell.home, href: homeUrl(lang) },
      ...trailIds.map((pageId) => ({
        label: structure.pages.find((candidate) => candidate.id === pageId)?.title ?? '',
        href: pageUrl(lang, pagePath(structure.pages, pageId)),
      })),
    ];
    const description = page.seo_description || page.lead || page.title;
    const html = renderDocument(
      <Layout
        ctx={ctx}
        title={page.title}
        description={description}
        breadcrumb={breadcrumb}
        head={
          <SeoHead
            ctx={ctx}
            title={page.title}
            description={description}
            canonicalPath={path}
            breadcrumb={breadcrumb}
            modifiedAt={page.updated_at}
            alternates={ctx.alternates}
          />
        }
      >
        <article class="static-page">
          <h1>{page.title}</h1>
          {page.lead ? <p class="lead">{page.lead}</p> : null}
          <div class="prose">
            <RichText doc={doc} options={{ image: (mediaId) => images.get(mediaId) }} />
          </div>
          {children.length > 0 ? (
            <ul class="child-pages">
              {children.map((child) => (
                <li key={child.id}>
                  <a href={pageUrl(lang, pagePath(structure.pages, child.id))}>{child.title}</a>
                  {child.lead ? <p>{child.lead}</p> : null}
                </li>
              ))}
            </ul>
          ) : null}
        </article>
      </Layout>,
    );
    return sendPage(request, reply, services.pageCache, html, {
      tags: [`site:${ctx.site.id}`, `menu:${ctx.site.id}`, `page:${page.id}`],
      lastModified: page.updated_at,
    });
  }
}
