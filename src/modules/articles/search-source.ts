import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { messages } from '../../i18n/index.ts';
import { parseRichText, plainText } from '../../web/rich-text.tsx';
import { articleUrl } from '../../web/urls.ts';
import type { SearchDocument } from '../search/documents.ts';
import type { SearchSource, SourceBatch } from '../search/registry.ts';

/** Articles: every published one (scheduled ones are filtered by date at query time). */
export const articleSource: SearchSource = {
  type: 'article',
  label: (lang) => messages(lang).search.typeArticle,
  async load(db: Kysely<DB>, batch: SourceBatch): Promise<SearchDocument[]> {
    let query = db
      .selectFrom('articles as a')
      .leftJoin('category_translations as c', (join) =>
        join.onRef('c.category_id', '=', 'a.category_id').onRef('c.lang', '=', 'a.lang'),
      )
      .select([
        'a.id',
        'a.site_id',
        'a.lang',
        'a.category_id',
        'a.title',
        'a.slug',
        'a.lead',
        'a.body',
        'a.published_at',
        'a.updated_at',
        'c.slug as category_slug',
      ])
      .where('a.status', '=', 'published');
    if (batch.ids) query = query.where('a.id', 'in', batch.ids.length > 0 ? batch.ids : [-1]);
    else query = query.where('a.id', '>', batch.afterId ?? 0);
    if (batch.siteId !== undefined) query = query.where('a.site_id', '=', batch.siteId);
    const rows = await query.orderBy('a.id').limit(batch.limit).execute();
    return rows.map((row) => ({
      type: 'article',
      itemId: row.id,
      siteId: row.site_id,
      lang: row.lang,
      categoryId: row.category_id,
      title: row.title,
      lead: row.lead,
      body: plainText(parseRichText(row.body)),
      url: articleUrl(row.lang, row.category_slug ?? 'tin-tuc', row.slug, row.id),
      publishedAt: row.published_at ?? row.updated_at,
    }));
  },
  async publicIds(db, batch) {
    const rows = await db
      .selectFrom('articles')
      .select('id')
      .where('status', '=', 'published')
      .where('id', '>', batch.afterId)
      .orderBy('id')
      .limit(batch.limit)
      .execute();
    return rows.map((row) => row.id);
  },
};
