import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LanguageCode } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { sendPage } from '../../platform/http-cache.ts';
import type { AppServices } from '../../platform/services.ts';
import { Layout } from '../../web/layout.tsx';
import { pageContext } from '../../web/page-context.ts';
import { renderDocument } from '../../web/render.ts';
import { figureMediaIds, parseRichText, RichText } from '../../web/rich-text.tsx';
import { SeoHead } from '../../web/seo.tsx';
import { homeUrl, pageUrl } from '../../web/urls.ts';
import type { ContentResolver } from '../content/resolvers.ts';
import { loadImages } from '../media/images.ts';
import { pagePath, pagesRepository, publishedPages } from './pages.repository.ts';

/** Answers a content path that is a published static page's path (/gioi-thieu/lich-su-van-hoa). */
export const staticPageResolver: ContentResolver = async (input) => {
  const { services, request, reply, lang, segments, isClean } = input;
  const site = request.site;
  if (!site || !isClean) return undefined;
  const all = await publishedPages(services, site.id, lang);
  const page = all.find((candidate) => {
    const path = pagePath(all, candidate.id);
    return path.length === segments.length && path.every((slug, index) => slug === segments[index]);
  });
  return page ? renderStaticPage(services, page.id, lang, request, reply) : undefined;
};

async function renderStaticPage(
  services: AppServices,
  id: number,
  lang: LanguageCode,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const ctx = await pageContext(request, reply, services);
  const pages = pagesRepository(services.db);
  const page = await pages.findPublishedById(ctx.site.id, id);
  if (!page) throw new AppError('NOT_FOUND');
  const all = await publishedPages(services, ctx.site.id, lang);
  const trailIds: number[] = [];
  for (let current: number | null = page.id; current !== null && trailIds.length < 10; ) {
    trailIds.unshift(current);
    current = all.find((candidate) => candidate.id === current)?.parentId ?? null;
  }
  const children = all.filter((candidate) => candidate.parentId === page.id);
  const doc = parseRichText(page.body);
  const images = await loadImages(services.db, figureMediaIds(doc));
  const alternates: Partial<Record<LanguageCode, string>> = {};
  for (const version of await pages.translations(ctx.site.id, page.translation_group)) {
    const versionPages = version.lang === lang ? all : await pages.listPublished(ctx.site.id, version.lang);
    alternates[version.lang] = pageUrl(version.lang, pagePath(versionPages, version.id));
  }
  const path = pageUrl(lang, pagePath(all, page.id));
  ctx.alternates = Object.keys(alternates).length > 1 ? alternates : { [lang]: path };
  const breadcrumb = [
    { label: ctx.t.shell.home, href: homeUrl(lang) },
    ...trailIds.map((pageId) => ({
      label: all.find((candidate) => candidate.id === pageId)?.title ?? '',
      href: pageUrl(lang, pagePath(all, pageId)),
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
                <a href={pageUrl(lang, pagePath(all, child.id))}>{child.title}</a>
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
