import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LanguageCode } from '../../db/schema.ts';
import { languageInfo, languages } from '../../i18n/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AppServices } from '../../platform/services.ts';
import { Layout } from '../../web/layout.tsx';
import { pageContext } from '../../web/page-context.ts';
import { renderDocument } from '../../web/render.ts';
import { parseRichText, RichText } from '../../web/rich-text.tsx';
import { categoryUrl, homeUrl, pageUrl } from '../../web/urls.ts';
import { categoriesRepository, categoryTrail } from '../categories/categories.repository.ts';
import { loadStructure } from '../navigation/navigation.ts';
import { pagePath, pagesRepository } from '../pages/pages.repository.ts';

const SEGMENT = /^[a-z0-9][a-z0-9-]{0,199}$/;

/** Splits and decodes a path below the language prefix; undefined when it cannot be a slug path. */
function slugSegments(rest: string): string[] | undefined {
  const segments = rest.split('/').filter(Boolean);
  if (segments.length === 0 || segments.length > 6) return undefined;
  return segments;
}

/**
 * Everything under a language prefix that is not a fixed route: categories (/tin-tuc) and
 * static pages (/gioi-thieu/lich-su-van-hoa).
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
    if (!segments.every((segment) => SEGMENT.test(segment))) throw new AppError('NOT_FOUND');
    const structure = await loadStructure(services.db, site.id, lang);

    // A static page, addressed by its full path of slugs.
    const page = structure.pages.find((candidate) => {
      const path = pagePath(structure.pages, candidate.id);
      return path.length === segments.length && path.every((slug, index) => slug === segments[index]);
    });
    if (page) return renderStaticPage(page.id, lang, request, reply);

    if (segments.length === 1) {
      const category = structure.categories.find((candidate) => candidate.slug === segments[0]);
      if (category) return renderCategory(category.id, lang, request, reply);
    }
    throw new AppError('NOT_FOUND');
  }

  async function renderCategory(
    id: number,
    lang: LanguageCode,
    request: FastifyRequest,
    reply: FastifyReply,
  ) {
    const ctx = await pageContext(request, reply, services);
    const all = await categoriesRepository(services.db).listForSite(ctx.site.id, lang);
    const trail = categoryTrail(all, id);
    const category = trail.at(-1);
    if (!category) throw new AppError('NOT_FOUND');
    const children = all.filter((candidate) => candidate.parentId === id);
    const html = renderDocument(
      <Layout
        ctx={ctx}
        title={category.name}
        description={category.description}
        breadcrumb={[
          { label: ctx.t.shell.home, href: homeUrl(lang) },
          ...trail.map((item) => ({ label: item.name, href: categoryUrl(lang, item.slug) })),
        ]}
      >
        <h1>{category.name}</h1>
        {category.description ? <p class="lead">{category.description}</p> : null}
        {children.length > 0 ? (
          <nav aria-labelledby="subcategories-title" class="subcategories">
            <h2 id="subcategories-title">{ctx.t.category.subcategories}</h2>
            <ul>
              {children.map((child) => (
                <li key={child.id}>
                  <a href={categoryUrl(lang, child.slug)}>{child.name}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <p>{ctx.t.category.empty}</p>
      </Layout>,
    );
    return reply.type('text/html; charset=utf-8').send(html);
  }

  async function renderStaticPage(
    id: number,
    lang: LanguageCode,
    request: FastifyRequest,
    reply: FastifyReply,
  ) {
    const ctx = await pageContext(request, reply, services);
    const page = await pagesRepository(services.db).findPublishedById(ctx.site.id, id);
    if (!page) throw new AppError('NOT_FOUND');
    const structure = await loadStructure(services.db, ctx.site.id, lang);
    const trailIds: number[] = [];
    for (let current: number | null = page.id; current !== null; ) {
      trailIds.unshift(current);
      current = structure.pages.find((candidate) => candidate.id === current)?.parentId ?? null;
      if (trailIds.length > 10) break;
    }
    const children = structure.pages.filter((candidate) => candidate.parentId === page.id);
    const html = renderDocument(
      <Layout
        ctx={ctx}
        title={page.title}
        description={page.seo_description || page.lead}
        breadcrumb={[
          { label: ctx.t.shell.home, href: homeUrl(lang) },
          ...trailIds.map((pageId) => ({
            label: structure.pages.find((candidate) => candidate.id === pageId)?.title ?? '',
            href: pageUrl(lang, pagePath(structure.pages, pageId)),
          })),
        ]}
      >
        <article class="static-page">
          <h1>{page.title}</h1>
          {page.lead ? <p class="lead">{page.lead}</p> : null}
          <div class="prose">
            <RichText doc={parseRichText(page.body)} />
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
    return reply.type('text/html; charset=utf-8').send(html);
  }
}
