import type { Kysely } from 'kysely';
import type { DB, LanguageCode } from '../../db/schema.ts';
import { textContains } from '../../db/text-match.ts';

/** Reads behind the public API. "Public" is what the portal shows: published, not in the future. */

const listColumns = [
  'a.id',
  'a.lang',
  'a.translation_group',
  'a.category_id',
  'a.title',
  'a.slug',
  'a.lead',
  'a.cover_media_id',
  'a.cover_alt',
  'a.cover_caption',
  'a.byline',
  'a.source',
  'a.is_featured',
  'a.published_at',
  'a.updated_at',
] as const;

export interface PublicArticleFilter {
  siteId: number;
  lang: LanguageCode;
  /** A category and its descendants. */
  categoryIds?: number[];
  /** Text the title contains, ignoring case and diacritics. */
  q?: string;
  limit: number;
  offset: number;
}

export function apiQueries(db: Kysely<DB>) {
  const published = (siteId: number, now: string) =>
    db
      .selectFrom('articles as a')
      .leftJoin('category_translations as ct', (join) =>
        join.onRef('ct.category_id', '=', 'a.category_id').onRef('ct.lang', '=', 'a.lang'),
      )
      .where('a.site_id', '=', siteId)
      .where('a.status', '=', 'published')
      .where('a.published_at', '<=', now);

  const filtered = (filter: PublicArticleFilter, now: string) => {
    let query = published(filter.siteId, now).where('a.lang', '=', filter.lang);
    if (filter.categoryIds) {
      query = query.where('a.category_id', 'in', filter.categoryIds.length ? filter.categoryIds : [-1]);
    }
    const q = filter.q?.trim();
    if (q) query = query.where(textContains('a.title', q));
    return query;
  };

  return {
    async listPublished(filter: PublicArticleFilter, now: string) {
      return filtered(filter, now)
        .select([...listColumns, 'ct.slug as category_slug'])
        .orderBy('a.published_at', 'desc')
        .orderBy('a.id', 'desc')
        .limit(filter.limit)
        .offset(filter.offset)
        .execute();
    },

    async countPublished(filter: PublicArticleFilter, now: string): Promise<number> {
      const row = await filtered(filter, now)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async findPublished(siteId: number, id: number, now: string) {
      return published(siteId, now)
        .select([...listColumns, 'a.body', 'a.seo_description', 'ct.slug as category_slug'])
        .where('a.id', '=', id)
        .executeTakeFirst();
    },

    /** The other public language versions of an article. */
    async translations(siteId: number, group: string, now: string) {
      return published(siteId, now)
        .select(['a.id', 'a.lang'])
        .where('a.translation_group', '=', group)
        .orderBy('a.lang')
        .execute();
    },

    /** Every category of a site with all its translations. */
    async categories(siteId: number) {
      const [rows, texts] = await Promise.all([
        db
          .selectFrom('categories')
          .select(['id', 'parent_id', 'position', 'show_in_menu', 'updated_at'])
          .where('site_id', '=', siteId)
          .orderBy('position')
          .orderBy('id')
          .execute(),
        db
          .selectFrom('category_translations')
          .select(['category_id', 'lang', 'name', 'slug', 'description'])
          .where('site_id', '=', siteId)
          .orderBy('lang')
          .execute(),
      ]);
      return { rows, texts };
    },
  };
}

export type PublicArticleRow = Awaited<ReturnType<ReturnType<typeof apiQueries>['listPublished']>>[number];
export type PublicArticleDetailRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof apiQueries>['findPublished']>>
>;
export type CategoryRows = Awaited<ReturnType<ReturnType<typeof apiQueries>['categories']>>;
