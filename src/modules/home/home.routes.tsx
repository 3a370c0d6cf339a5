import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LanguageCode } from '../../db/schema.ts';
import { languageInfo, languages } from '../../i18n/index.ts';
import { sendPage } from '../../platform/http-cache.ts';
import type { AppServices } from '../../platform/services.ts';
import { localize } from '../../platform/sites/site.ts';
import { Layout } from '../../web/layout.tsx';
import { pageContext } from '../../web/page-context.ts';
import { renderDocument } from '../../web/render.ts';
import { SeoHead } from '../../web/seo.tsx';
import { categoryUrl, feedUrl, homeUrl } from '../../web/urls.ts';
import { ArticleCard, LeadStory, TitleList } from '../articles/article-views.tsx';
import { articlesRepository } from '../articles/articles.repository.ts';
import { listingTags, loadListingLookups } from '../articles/listing.ts';
import { newest } from '../feeds/rss.ts';
import { siteStructure } from '../navigation/navigation.ts';
import { homeBlocks } from './home-blocks.ts';

const FEATURED = 5;
const LATEST = 8;
const PER_BLOCK = 4;

/** The home page of each language: `/`, `/en/`, `/zh/`. Everything on it comes from the database. */
export async function homeRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  for (const lang of languages) {
    const home = languageInfo[lang].home;
    app.get(home, async (request, reply) => renderHome(lang, request, reply));
    if (home !== '/') {
      // /en → /en/ so each language's home has one URL.
      app.get(home.slice(0, -1), async (_request, reply) => reply.redirect(home, 301));
    }
  }

  async function renderHome(lang: LanguageCode, request: FastifyRequest, reply: FastifyReply) {
    const ctx = await pageContext(request, reply, services);
    ctx.alternates = { vi: homeUrl('vi'), en: homeUrl('en'), zh: homeUrl('zh') };
    const siteId = ctx.site.id;
    const now = services.clock().toISOString();
    const articles = articlesRepository(services.db);
    let featured = await articles.listPublished({ siteId, lang, featuredOnly: true, limit: FEATURED }, now);
    if (featured.length === 0) featured = await articles.listPublished({ siteId, lang, limit: 1 }, now);
    const latest = await articles.listPublished(
      { siteId, lang, limit: LATEST, excludeIds: featured.map((article) => article.id) },
      now,
    );
    const structure = await siteStructure(services, siteId, lang);
    const categories = structure.categories;
    const blocks = await articles.latestByCategory(
      siteId,
      lang,
      categories.map((category) => category.id),
      PER_BLOCK,
      now,
    );
    // One lookup (one image query) for every list on the page.
    const lookups = await loadListingLookups(services, siteId, lang, [featured, latest, ...blocks.values()]);
    const blockLookups = lookups;
    const siteName = localize(ctx.site.name, lang);
    const [lead, ...otherFeatured] = featured;
    const quickLinks = ctx.menu.slice(1, -1);
    const description = `${localize(ctx.site.unitName, lang)} — ${siteName}`;
    const extra = (
      await Promise.all(homeBlocks().map((block) => block.render({ services, ctx, lang })))
    ).filter((view) => view !== undefined);
    const html = renderDocument(
      <Layout
        ctx={ctx}
        title={siteName}
        description={description}
        head={
          <SeoHead
            ctx={ctx}
            title={siteName}
            description={description}
            canonicalPath={languageInfo[lang].home}
            alternates={ctx.alternates}
            feeds={[{ title: `${siteName} — RSS`, href: feedUrl(lang) }]}
          />
        }
      >
        <h1 class="visually-hidden">{siteName}</h1>
        {lead ? (
          <section class="home-featured" aria-labelledby="featured-title">
            <h2 id="featured-title" class="section-title">
              {ctx.t.listing.featured}
            </h2>
            <div class="featured-grid">
              <LeadStory ctx={ctx} article={lead} lookups={lookups} headingLevel={3} />
              <div class="featured-side">
                {otherFeatured.map((article) => (
                  <ArticleCard
                    key={article.id}
                    ctx={ctx}
                    article={article}
                    lookups={lookups}
                    showLead={false}
                  />
                ))}
              </div>
            </div>
          </section>
        ) : (
          <p>{ctx.t.home.empty}</p>
        )}
        <div class="home-columns">
          {latest.length > 0 ? (
            <section class="home-latest" aria-labelledby="latest-title">
              <h2 id="latest-title" class="section-title">
                {ctx.t.listing.latest}
              </h2>
              <TitleList ctx={ctx} articles={latest} lookups={lookups} />
            </section>
          ) : null}
          {quickLinks.length > 0 ? (
            <nav class="quick-links" aria-labelledby="quick-title">
              <h2 id="quick-title" class="section-title">
                {ctx.t.listing.otherLinks}
              </h2>
              <ul>
                {quickLinks.map((item) => (
                  <li key={item.href}>
                    <a href={item.href}>{item.label}</a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </div>
        {extra.some((view) => view.body) ? (
          <div class="home-blocks">{extra.map((view) => view.body)}</div>
        ) : null}
        <div class="category-blocks">
          {categories
            .filter((category) => (blocks.get(category.id) ?? []).length > 0)
            .map((category) => {
              const [first, ...rest] = blocks.get(category.id) ?? [];
              if (!first) return null;
              return (
                <section key={category.id} class="category-block" aria-labelledby={`block-${category.id}`}>
                  <h2 id={`block-${category.id}`} class="section-title">
                    <a href={categoryUrl(lang, category.slug)}>{category.name}</a>
                  </h2>
                  <ArticleCard ctx={ctx} article={first} lookups={blockLookups} />
                  <TitleList ctx={ctx} articles={rest} lookups={blockLookups} />
                  <p class="block-more">
                    <a href={categoryUrl(lang, category.slug)}>{ctx.t.listing.more(category.name)} ›</a>
                  </p>
                </section>
              );
            })}
        </div>
      </Layout>,
    );
    return sendPage(request, reply, services.pageCache, html, {
      tags: [...new Set([...listingTags(siteId), ...extra.flatMap((view) => view.tags)])],
      lastModified: newest(
        await articles.lastChange(siteId, lang, now),
        ...extra.map((view) => view.lastModified),
      ),
    });
  }
}
