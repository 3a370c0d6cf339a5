import { formatDateTime, formatShortDate, isoVietnam } from '../../i18n/dates.ts';
import type { PageContext } from '../../web/context.ts';
import type { FigureImage } from '../../web/rich-text.tsx';
import { articleUrl } from '../../web/urls.ts';
import type { CategoryView } from '../categories/categories.repository.ts';
import type { ArticleSummary } from './articles.repository.ts';

/** What list views need besides the articles: category slugs and cover images. */
export interface ListingLookups {
  categories: Map<number, CategoryView>;
  images: Map<number, FigureImage>;
}

/** The public URL of an article summary (its category gives the first segment). */
export function summaryUrl(ctx: PageContext, article: ArticleSummary, lookups: ListingLookups): string {
  const category = lookups.categories.get(article.categoryId);
  return articleUrl(ctx.lang, category?.slug ?? 'tin-tuc', article.slug, article.id);
}

function Cover({
  image,
  alt,
  sizes,
  eager,
}: {
  image: FigureImage | undefined;
  alt: string;
  sizes: string;
  eager?: boolean;
}) {
  if (!image) return null;
  return (
    <img
      class="card-image"
      src={image.src}
      srcset={image.srcset}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={alt}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      fetchpriority={eager ? 'high' : undefined}
    />
  );
}

/** Date line of a list item. */
function When({ ctx, article, long }: { ctx: PageContext; article: ArticleSummary; long?: boolean }) {
  const at = new Date(article.publishedAt);
  return (
    <time class="card-date" dateTime={isoVietnam(at)}>
      {long ? formatDateTime(at, ctx.lang) : formatShortDate(at, ctx.lang)}
    </time>
  );
}

/** The large lead story with its picture. */
export function LeadStory({
  ctx,
  article,
  lookups,
  headingLevel = 2,
}: {
  ctx: PageContext;
  article: ArticleSummary;
  lookups: ListingLookups;
  headingLevel?: 2 | 3;
}) {
  const href = summaryUrl(ctx, article, lookups);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class="lead-story">
      <div class="card-media">
        <Cover
          image={article.coverMediaId ? lookups.images.get(article.coverMediaId) : undefined}
          alt=""
          sizes="(min-width: 60em) 44rem, 100vw"
          eager
        />
      </div>
      <div class="card-body">
        <Heading class="card-title">
          <a href={href}>{article.title}</a>
        </Heading>
        <When ctx={ctx} article={article} long />
        <p class="card-lead">{article.lead}</p>
      </div>
    </article>
  );
}

/** A list item with a thumbnail, title, date and (optionally) the lead. */
export function ArticleCard({
  ctx,
  article,
  lookups,
  showLead = true,
  headingLevel = 3,
}: {
  ctx: PageContext;
  article: ArticleSummary;
  lookups: ListingLookups;
  showLead?: boolean;
  headingLevel?: 2 | 3;
}) {
  const href = summaryUrl(ctx, article, lookups);
  const image = article.coverMediaId ? lookups.images.get(article.coverMediaId) : undefined;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class={image ? 'card' : 'card card-no-image'}>
      {image ? (
        // Decorative next to the title; the title's link covers the whole card (CSS).
        <div class="card-media">
          <Cover image={image} alt="" sizes="(min-width: 60em) 14rem, 40vw" />
        </div>
      ) : null}
      <div class="card-body">
        <Heading class="card-title">
          <a href={href}>{article.title}</a>
        </Heading>
        <When ctx={ctx} article={article} />
        {showLead ? <p class="card-lead">{article.lead}</p> : null}
      </div>
    </article>
  );
}

/** A compact list of titles with dates. */
export function TitleList({
  ctx,
  articles,
  lookups,
}: {
  ctx: PageContext;
  articles: ArticleSummary[];
  lookups: ListingLookups;
}) {
  return (
    <ul class="title-list">
      {articles.map((article) => (
        <li key={article.id}>
          <a href={summaryUrl(ctx, article, lookups)}>{article.title}</a> <When ctx={ctx} article={article} />
        </li>
      ))}
    </ul>
  );
}

/** Page links for a paginated list: ?page=N, page 1 without the parameter. */
export function Pagination({
  ctx,
  basePath,
  page,
  totalPages,
}: {
  ctx: PageContext;
  basePath: string;
  page: number;
  totalPages: number;
}) {
  if (totalPages <= 1) return null;
  const href = (n: number) => (n === 1 ? basePath : `${basePath}?page=${n}`);
  const numbers = new Set([1, totalPages, page - 2, page - 1, page, page + 1, page + 2]);
  const shown = [...numbers].filter((n) => n >= 1 && n <= totalPages).sort((a, b) => a - b);
  const t = ctx.t.listing;
  return (
    <nav class="pagination" aria-label={t.pagination}>
      <p class="visually-hidden">{t.pageOf(page, totalPages)}</p>
      <ul>
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev">
              ‹ {t.previous}
            </a>
          </li>
        ) : null}
        {shown.map((n, index) => (
          <li key={n}>
            {index > 0 && n - (shown[index - 1] ?? n) > 1 ? <span aria-hidden="true">… </span> : null}
            {n === page ? (
              <span aria-current="page" class="current">
                <span class="visually-hidden">{t.pageLabel(n)}</span>
                <span aria-hidden="true">{n}</span>
              </span>
            ) : (
              <a href={href(n)} aria-label={t.pageLabel(n)}>
                {n}
              </a>
            )}
          </li>
        ))}
        {page < totalPages ? (
          <li>
            <a href={href(page + 1)} rel="next">
              {t.next} ›
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
