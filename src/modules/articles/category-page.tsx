import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LanguageCode } from '../../db/schema.ts';
import { languages } from '../../i18n/index.ts';
import { AppError } from '../../platform/errors.ts';
import { sendPage } from '../../platform/http-cache.ts';
import type { AppServices } from '../../platform/services.ts';
import { Layout } from '../../web/layout.tsx';
import { pageContext } from '../../web/page-context.ts';
import { renderDocument } from '../../web/render.ts';
import { SeoHead } from '../../web/seo.tsx';
import { categoryFeedUrl, categoryUrl, homeUrl } from '../../web/urls.ts';
import { categoryDescendants, categoryTrail } from '../categories/categories.repository.ts';
import type { ContentResolver } from '../content/resolvers.ts';
import { siteStructure } from '../navigation/navigation.ts';
import { ArticleCard, Pagination } from './article-views.tsx';
import { articlesRepository } from './articles.repository.ts';
import { listingTags, loadListingLookups } from './listing.ts';

export const PAGE_SIZE = 12;

/**
 * Reads ?page=: undefined means "redirect to the canonical URL" (page=1, junk, negatives);
 * otherwise the page number. Numbers beyond the last page are a 404 later.
 */
export function parsePage(raw: unknown): number | undefined | 'canonical' {
  if (raw === undefined) return 1;
  if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw)) return 'canonical';
  const page = Number(raw);
  if (page <= 1) return 'canonical';
  return page;
}

/** A category: breadcrumb, sub-categories and a paginated list of its (and its descendants') articles. */
export async function renderCategoryPage(
  services: AppServices,
  request: FastifyRequest,
  reply: FastifyReply,
  categoryId: number,
) {
  const ctx = await pageContext(request, reply, services);
  const lang = ctx.lang;
  const siteId = ctx.site.id;
  const query = request.query as Record<string, unknown>;
  const page = parsePage(query.page);
  const all = await loadListingLookups(services, siteId, lang, []);
  const categories = [...all.categories.values()];
  const trail = categoryTrail(categories, categoryId);
  const category = trail.at(-1);
  if (!category) throw new AppError('NOT_FOUND');
  const basePath = categoryUrl(lang, category.slug);
  if (page === 'canonical' || page === undefined) return reply.redirect(basePath, 301);

  const now = services.clock().toISOString();
  const articles = articlesRepository(services.db);
  const categoryIds = categoryDescendants(categories, category.id);
  const total = await articles.countPublished({ siteId, lang, categoryIds }, now);
  const totalPages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (page > totalPages) throw new AppError('NOT_FOUND');
  const list = await articles.listPublished(
    { siteId, lang, categoryIds, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    now,
  );
  const lookups = await loadListingLookups(services, siteId, lang, [list]);
  const children = categories.filter((candidate) => candidate.parentId === category.id);
  const canonicalPath = page === 1 ? basePath : `${basePath}?page=${page}`;
  // The same category in the other languages that name it (each language has its own slug).
  const counterparts: Partial<Record<LanguageCode, string>> = {};
  for (const code of languages) {
    const version =
      code === lang
        ? category
        : (await siteStructure(services, siteId, code)).categories.find((other) => other.id === category.id);
    if (version) counterparts[code] = categoryUrl(code, version.slug);
  }
  // The switch always offers them; hreflang only on the first page, the later ones have no
  // equivalent in the other languages.
  ctx.alternates = { ...counterparts, [lang]: canonicalPath };
  const title = page === 1 ? category.name : `${category.name} — ${ctx.t.listing.pageLabel(page)}`;
  const breadcrumb = [
    { label: ctx.t.shell.home, href: homeUrl(lang) },
    ...trail.map((item) => ({ label: item.name, href: categoryUrl(lang, item.slug) })),
  ];
  const html = renderDocument(
    <Layout
      ctx={ctx}
      title={title}
      description={category.description}
      breadcrumb={breadcrumb}
      head={
        <SeoHead
          ctx={ctx}
          title={title}
          description={category.description || category.name}
          canonicalPath={canonicalPath}
          breadcrumb={breadcrumb}
          alternates={page === 1 ? counterparts : {}}
          feeds={[{ title: category.name, href: categoryFeedUrl(lang, category.slug) }]}
        />
      }
    >
      <div class="category-header">
        <h1>{category.name}</h1>
        <a class="rss-link" href={categoryFeedUrl(lang, category.slug)}>
          {ctx.t.listing.rss}
        </a>
      </div>
      {category.description ? <p class="category-description">{category.description}</p> : null}
      {children.length > 0 ? (
        <nav aria-labelledby="subcategories-title" class="subcategories">
          <h2 id="subcategories-title" class="visually-hidden">
            {ctx.t.category.subcategories}
          </h2>
          <ul>
            {children.map((child) => (
              <li key={child.id}>
                <a href={categoryUrl(lang, child.slug)}>{child.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {list.length > 0 ? (
        <div class="article-list">
          {list.map((article) => (
            <ArticleCard key={article.id} ctx={ctx} article={article} lookups={lookups} headingLevel={2} />
          ))}
        </div>
      ) : (
        <p>{ctx.t.category.empty}</p>
      )}
      <Pagination ctx={ctx} basePath={basePath} page={page} totalPages={totalPages} />
    </Layout>,
  );
  return sendPage(request, reply, services.pageCache, html, {
    tags: [...listingTags(siteId), `category:${category.id}`],
    lastModified: await articles.lastChange(siteId, lang, now),
  });
}

/** Answers a one-segment content path that is a category's slug (/tin-tuc) with its article list. */
export const categoryPageResolver: ContentResolver = async (input) => {
  const { services, request, reply, lang, segments, isClean } = input;
  const site = request.site;
  if (!site || !isClean || segments.length !== 1) return undefined;
  const structure = await siteStructure(services, site.id, lang);
  const category = structure.categories.find((candidate) => candidate.slug === segments[0]);
  return category ? renderCategoryPage(services, request, reply, category.id) : undefined;
};
