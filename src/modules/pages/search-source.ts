import type { Kysely } from 'kysely';
import type { DB, LanguageCode } from '../../db/schema.ts';
import { messages } from '../../i18n/index.ts';
import { parseRichText, plainText } from '../../web/rich-text.tsx';
import { pageUrl } from '../../web/urls.ts';
import type { SearchDocument } from '../search/documents.ts';
import type { SearchSource, SourceBatch } from '../search/registry.ts';
import { pagePath, pagesRepository } from './pages.repository.ts';

/** Static pages (Giới thiệu and its sub-pages): their URL is the path of their ancestors' slugs. */
export const pageSource: SearchSource = {
  type: 'page',
  label: (lang) => messages(lang).search.typePage,
  async load(db: Kysely<DB>, batch: SourceBatch): Promise<SearchDocument[]> {
    let query = db
      .selectFrom('pages')
      .select(['id', 'site_id', 'lang', 'title', 'lead', 'body', 'published_at', 'updated_at'])
      .where('status', '=', 'published');
    if (batch.ids) query = query.where('id', 'in', batch.ids.length > 0 ? batch.ids : [-1]);
    else query = query.where('id', '>', batch.afterId ?? 0);
    if (batch.siteId !== undefined) query = query.where('site_id', '=', batch.siteId);
    const rows = await query.orderBy('id').limit(batch.limit).execute();
    const trees = new Map<string, Awaited<ReturnType<ReturnType<typeof pagesRepository>['listPublished']>>>();
    const treeOf = async (siteId: number, lang: LanguageCode) => {
      const key = `${siteId}|${lang}`;
      let tree = trees.get(key);
      if (!tree) {
        tree = await pagesRepository(db).listPublished(siteId, lang);
        trees.set(key, tree);
      }
      return tree;
    };
    const docs: SearchDocument[] = [];
    for (const row of rows) {
      docs.push({
        type: 'page',
        itemId: row.id,
        siteId: row.site_id,
        lang: row.lang,
        categoryId: null,
        title: row.title,
        lead: row.lead,
        body: plainText(parseRichText(row.body)),
        url: pageUrl(row.lang, pagePath(await treeOf(row.site_id, row.lang), row.id)),
        publishedAt: row.published_at ?? row.updated_at,
      });
    }
    return docs;
  },
};
