import type { FastifyInstance } from 'fastify';
import type { LanguageCode } from '../../db/schema.ts';
import { formatShortDate, isoVietnam } from '../../i18n/dates.ts';
import { languageInfo, languages } from '../../i18n/index.ts';
import { AppError } from '../../platform/errors.ts';
import { sendPage } from '../../platform/http-cache.ts';
import type { AppServices } from '../../platform/services.ts';
import { localize } from '../../platform/sites/site.ts';
import { pageContext } from '../../web/page-context.ts';
import { collectionsTag } from '../collections/effects.ts';
import { collectionFeedUrl, itemUrl, listUrl } from '../collections/paths.ts';
import { newest, renderRss } from '../feeds/rss.ts';
import { registerHomeBlock } from '../home/home-blocks.ts';
import { legalDocuments } from './legal-documents.collection.ts';
import { word } from './messages.ts';
import { type ListRow, readFilters, searchDocuments, sectionFeedUrl } from './public-list.tsx';
import { siteVocabulary } from './site-vocabulary.ts';

/**
 * What is new in the registry outside its list: the home page's "Văn bản mới" block and an RSS
 * feed per section (`/van-ban/rss/{section}.xml`), besides the kit's feed of every document.
 */

/** Documents in the home block. */
const HOME_COUNT = 5;
/** Items of a section feed. */
const FEED_COUNT = 20;

/** The newest documents (by date of issue) in a language, optionally of one section. */
async function latestDocuments(
  services: AppServices,
  siteId: number,
  lang: LanguageCode,
  count: number,
  section = '',
): Promise<ListRow[]> {
  const { rows } = await searchDocuments(services.db, siteId, lang, {
    ...readFilters({}),
    section,
  });
  return rows.slice(0, count);
}

const day = (date: string, lang: LanguageCode) => formatShortDate(new Date(`${date}T00:00:00+07:00`), lang);

registerHomeBlock({
  key: 'legal-documents',
  async render({ services, ctx, lang }) {
    const rows = await latestDocuments(services, ctx.site.id, lang, HOME_COUNT);
    const tags = [collectionsTag(ctx.site.id)];
    if (rows.length === 0) return { body: null, tags };
    return {
      tags,
      lastModified: newest(...rows.map((row) => row.updatedAt)),
      body: (
        <section class="home-legal" aria-labelledby="home-legal-title">
          <h2 id="home-legal-title" class="section-title">
            <a href={listUrl(legalDocuments, lang)}>{word('latest', lang)}</a>
          </h2>
          <ul class="home-legal-list">
            {rows.map((row) => (
              <li key={row.id}>
                <p class="home-legal-meta">
                  <span class="home-legal-number">{row.number}</span>
                  {' · '}
                  <time dateTime={row.issuedOn}>{day(row.issuedOn, lang)}</time>
                </p>
                <a href={itemUrl(legalDocuments, lang, row.slug)}>{row.title}</a>
              </li>
            ))}
          </ul>
          <p class="block-more">
            <a href={listUrl(legalDocuments, lang)}>{word('allDocuments', lang)} ›</a>
            {' · '}
            <a href={collectionFeedUrl(legalDocuments, lang)} type="application/rss+xml">
              {word('feedAll', lang)}
            </a>
          </p>
        </section>
      ),
    };
  },
});

/** `/van-ban/rss/{section}.xml` (and en/zh): the newest documents of a section. */
export async function sectionFeedRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  for (const lang of languages) {
    app.get(`${listUrl(legalDocuments, lang)}/rss/:file`, async (request, reply) => {
      const file = (request.params as { file: string }).file;
      const ctx = await pageContext(request, reply, services);
      const found = (await siteVocabulary(services.db, ctx.site.id)).section.find(
        (entry) => `${entry.value}.xml` === file,
      );
      if (!found) throw new AppError('NOT_FOUND');
      const section = { code: found.value, name: found.label };
      const rows = await latestDocuments(services, ctx.site.id, lang, FEED_COUNT, section.code);
      const lastModified = newest(...rows.map((row) => row.updatedAt));
      const siteName = localize(ctx.site.name, lang);
      const body = renderRss(
        {
          title: `${siteName} — ${section.name[lang]}`,
          link: `${ctx.origin}${listUrl(legalDocuments, lang)}?section=${section.code}`,
          description: `${legalDocuments.name[lang]}: ${section.name[lang]}`,
          language: languageInfo[lang].htmlLang,
          lastBuildDate: lastModified,
          selfUrl: ctx.origin + sectionFeedUrl(lang, section.code),
        },
        rows.map((row) => ({
          title: `${row.number}: ${row.title}`,
          link: ctx.origin + itemUrl(legalDocuments, lang, row.slug),
          description: row.title,
          // The day it was issued, at the start of that day in Viet Nam.
          pubDate: isoVietnam(new Date(`${row.issuedOn}T00:00:00+07:00`)),
          category: section.name[lang],
        })),
      );
      return sendPage(request, reply, services.pageCache, body, {
        tags: [`site:${ctx.site.id}`, collectionsTag(ctx.site.id)],
        contentType: 'application/rss+xml; charset=utf-8',
        lastModified,
      });
    });
  }
}
