import type { VNode } from 'preact';
import type { ArticleRow, LanguageCode } from '../../db/schema.ts';
import { formatDateTime, isoVietnam } from '../../i18n/dates.ts';
import { localize } from '../../platform/sites/site.ts';
import { assetUrl } from '../../web/assets.ts';
import type { Crumb, PageContext } from '../../web/context.ts';
import { Layout } from '../../web/layout.tsx';
import { type FigureImage, parseRichText, plainText, RichText } from '../../web/rich-text.tsx';
import { SeoHead } from '../../web/seo.tsx';
import { articleUrl, categoryFeedUrl, feedUrl } from '../../web/urls.ts';
import type { CategoryView } from '../categories/categories.repository.ts';
import { type ListingLookups, TitleList } from './article-views.tsx';
import type { ArticleSummary } from './articles.repository.ts';

/** A part a feature shows under every public article, between it and the related news. */
export type ArticleFooterPart = (props: { ctx: PageContext; articleId: number }) => VNode;

// Ratings sit above articles in the module order, so they hand their form in (app.ts, at start).
let footerParts: ArticleFooterPart[] = [];

/** Installs the parts shown under every article (the ratings form). */
export function useArticleFooterParts(parts: ArticleFooterPart[]): void {
  footerParts = parts;
}

export interface ArticlePageProps {
  ctx: PageContext;
  article: ArticleRow;
  category: CategoryView;
  breadcrumb: Crumb[];
  images: Map<number, FigureImage>;
  related: ArticleSummary[];
  relatedLookups: ListingLookups;
  /** Public counterparts in other languages: lang → path. */
  alternates: Partial<Record<LanguageCode, string>>;
}

/** A short description for metadata: the SEO description, else the lead, else the body's start. */
function describe(article: ArticleRow, bodyText: string): string {
  const text = article.seo_description || article.lead || bodyText;
  return text.length > 200 ? `${text.slice(0, 197).replace(/\s+\S*$/, '')}…` : text;
}

function ShareTools({ ctx, article, url }: { ctx: PageContext; article: ArticleRow; url: string }) {
  const t = ctx.t.article;
  const encoded = encodeURIComponent(url);
  const mailto = `mailto:?subject=${encodeURIComponent(t.emailSubject(article.title))}&body=${encoded}`;
  return (
    <div class="article-tools no-print">
      <div class="tool-group">
        <button type="button" data-read-aloud data-label-stop={t.stopListening} hidden>
          {t.listen}
        </button>
        <button type="button" data-print hidden>
          {t.print}
        </button>
      </div>
      <div class="tool-group share">
        <span class="tool-label">
          {t.share}
          {ctx.t.colon}
        </span>
        <button type="button" data-copy-link={url} data-done={t.copied} hidden>
          {t.copyLink}
        </button>
        <a href={mailto}>{t.shareEmail}</a>
        <a
          href={`https://www.facebook.com/sharer/sharer.php?u=${encoded}`}
          rel="noopener noreferrer"
          target="_blank"
        >
          Facebook<span class="visually-hidden"> — {t.shareFacebook}</span>
        </a>
        <button
          type="button"
          data-share-zalo={url}
          data-title={article.title}
          data-done={t.zaloFallback}
          hidden
        >
          Zalo<span class="visually-hidden"> — {t.shareZalo}</span>
        </button>
      </div>
      <p class="tool-status" role="status" aria-live="polite" />
    </div>
  );
}

/** The article page: title, date, lead, cover and body figures, byline, source, more news. */
export function ArticlePage(props: ArticlePageProps) {
  const { ctx, article, category, images } = props;
  const t = ctx.t.article;
  const doc = parseRichText(article.body);
  const bodyText = plainText(doc);
  const description = describe(article, bodyText);
  const path = articleUrl(ctx.lang, category.slug, article.slug, article.id);
  const absoluteUrl = `${ctx.origin}${path}`;
  const published = new Date(article.published_at ?? article.created_at);
  const updated = new Date(article.updated_at);
  const cover = article.cover_media_id ? images.get(article.cover_media_id) : undefined;
  const publisher = localize(ctx.site.unitName, ctx.lang);
  const newsArticle = {
    '@type': 'NewsArticle',
    headline: article.title,
    description,
    datePublished: isoVietnam(published),
    dateModified: isoVietnam(updated),
    inLanguage: ctx.lang,
    mainEntityOfPage: absoluteUrl,
    articleSection: category.name,
    ...(cover ? { image: [`${ctx.origin}${cover.src}`] } : {}),
    author: article.byline
      ? { '@type': 'Person', name: article.byline }
      : { '@id': `${ctx.origin}/#organization` },
    publisher: { '@id': `${ctx.origin}/#organization`, name: publisher },
    wordCount: bodyText.split(/\s+/).filter(Boolean).length,
  };
  return (
    <Layout
      ctx={ctx}
      title={article.title}
      description={description}
      breadcrumb={props.breadcrumb}
      head={
        <>
          <SeoHead
            ctx={ctx}
            title={article.title}
            description={description}
            canonicalPath={path}
            type="article"
            image={cover?.src}
            imageAlt={article.cover_alt}
            author={article.byline}
            publishedAt={isoVietnam(published)}
            modifiedAt={isoVietnam(updated)}
            subject={category.name}
            breadcrumb={props.breadcrumb}
            alternates={props.alternates}
            feeds={[
              { title: category.name, href: categoryFeedUrl(ctx.lang, category.slug) },
              { title: localize(ctx.site.name, ctx.lang), href: feedUrl(ctx.lang) },
            ]}
            jsonLd={[newsArticle]}
          />
          <script type="module" src={assetUrl('article.js')} />
        </>
      }
    >
      <article class="article" data-article-id={article.id}>
        <header class="article-header">
          <p class="article-category">
            <a href={props.breadcrumb.at(-2)?.href}>{category.name}</a>
          </p>
          <h1 class="article-title">{article.title}</h1>
          <p class="article-meta">
            <span class="visually-hidden">
              {t.publishedAt}
              {ctx.t.colon}
            </span>
            <time dateTime={isoVietnam(published)}>{formatDateTime(published, ctx.lang)}</time>
            {updated.getTime() - published.getTime() > 60_000 ? (
              <>
                {' · '}
                {t.updatedAt}
                {ctx.t.colon}
                <time dateTime={isoVietnam(updated)}>{formatDateTime(updated, ctx.lang)}</time>
              </>
            ) : null}
          </p>
          <ShareTools ctx={ctx} article={article} url={absoluteUrl} />
        </header>
        <div class="article-content" data-read-aloud-source>
          {article.lead ? <p class="article-lead">{article.lead}</p> : null}
          {cover ? (
            <figure class="figure article-cover">
              <img
                src={cover.src}
                srcset={cover.srcset}
                sizes="(min-width: 60em) 46rem, 100vw"
                width={cover.width}
                height={cover.height}
                alt={article.cover_alt}
                fetchpriority="high"
                decoding="async"
              />
              {article.cover_caption ? <figcaption>{article.cover_caption}</figcaption> : null}
            </figure>
          ) : null}
          <div class="prose">
            <RichText
              doc={doc}
              options={{ image: (id) => images.get(id), sizes: '(min-width: 60em) 46rem, 100vw' }}
            />
          </div>
        </div>
        <footer class="article-footer">
          {article.byline ? <p class="byline">{article.byline}</p> : null}
          {article.source ? (
            <p class="source">
              {t.source}
              {ctx.t.colon}
              {article.source}
            </p>
          ) : null}
        </footer>
      </article>
      {footerParts.map((Part) => (
        <Part key={Part.name} ctx={ctx} articleId={article.id} />
      ))}
      {props.related.length > 0 ? (
        <section class="related no-print" aria-labelledby="related-title">
          <h2 id="related-title" class="section-title">
            {t.moreNews}
          </h2>
          <TitleList ctx={ctx} articles={props.related} lookups={props.relatedLookups} />
        </section>
      ) : null}
      <noscript>
        <img class="view-pixel" src={`/views/${article.id}.gif`} alt="" width="1" height="1" />
      </noscript>
    </Layout>
  );
}
