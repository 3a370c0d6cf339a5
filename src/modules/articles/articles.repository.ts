import type { Kysely } from 'kysely';
import type { ArticleRow, DB, LanguageCode } from '../../db/schema.ts';

/** What a list needs of an article (no body). */
export interface ArticleSummary {
  id: number;
  categoryId: number;
  title: string;
  slug: string;
  lead: string;
  coverMediaId: number | null;
  coverAlt: string;
  publishedAt: string;
  updatedAt: string;
  isFeatured: boolean;
}

const summaryColumns = [
  'id',
  'category_id',
  'title',
  'slug',
  'lead',
  'cover_media_id',
  'cover_alt',
  'published_at',
  'updated_at',
  'is_featured',
] as const;

type SummaryRow = Pick<ArticleRow, (typeof summaryColumns)[number]>;

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    categoryId: row.category_id,
    title: row.title,
    slug: row.slug,
    lead: row.lead,
    coverMediaId: row.cover_media_id,
    coverAlt: row.cover_alt,
    publishedAt: row.published_at ?? row.updated_at,
    updatedAt: row.updated_at,
    isFeatured: row.is_featured === 1,
  };
}

export interface ListOptions {
  siteId: number;
  lang: LanguageCode;
  /** Only these categories (e.g. a category and its descendants). */
  categoryIds?: number[];
  featuredOnly?: boolean;
  excludeIds?: number[];
  limit: number;
  offset?: number;
}

/**
 * Data access for articles. "Public" means published, with a publish time not in the future;
 * the time is passed in so tests and scheduled publishing agree on "now".
 */
export function articlesRepository(db: Kysely<DB>) {
  const published = (siteId: number, lang: LanguageCode, now: string) =>
    db
      .selectFrom('articles')
      .where('site_id', '=', siteId)
      .where('lang', '=', lang)
      .where('status', '=', 'published')
      .where('published_at', '<=', now);

  return {
    async listPublished(options: ListOptions, now: string): Promise<ArticleSummary[]> {
      let query = published(options.siteId, options.lang, now).select([...summaryColumns]);
      if (options.categoryIds)
        query = query.where('category_id', 'in', options.categoryIds.length ? options.categoryIds : [-1]);
      if (options.featuredOnly) query = query.where('is_featured', '=', 1);
      if (options.excludeIds && options.excludeIds.length > 0)
        query = query.where('id', 'not in', options.excludeIds);
      const rows = await query
        .orderBy('published_at', 'desc')
        .orderBy('id', 'desc')
        .limit(options.limit)
        .offset(options.offset ?? 0)
        .execute();
      return rows.map(toSummary);
    },

    async countPublished(
      options: Pick<ListOptions, 'siteId' | 'lang' | 'categoryIds'>,
      now: string,
    ): Promise<number> {
      let query = published(options.siteId, options.lang, now).select((eb) =>
        eb.fn.countAll<number>().as('n'),
      );
      if (options.categoryIds)
        query = query.where('category_id', 'in', options.categoryIds.length ? options.categoryIds : [-1]);
      const row = await query.executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** The newest articles of each category, for the home page's blocks (one windowed query). */
    async latestByCategory(
      siteId: number,
      lang: LanguageCode,
      categoryIds: number[],
      perCategory: number,
      now: string,
    ): Promise<Map<number, ArticleSummary[]>> {
      const result = new Map<number, ArticleSummary[]>(categoryIds.map((id) => [id, []]));
      if (categoryIds.length === 0) return result;
      const ranked = published(siteId, lang, now)
        .where('category_id', 'in', categoryIds)
        .select([...summaryColumns])
        .select((eb) =>
          eb.fn
            .agg<number>('row_number')
            .over((over) =>
              over.partitionBy('category_id').orderBy('published_at', 'desc').orderBy('id', 'desc'),
            )
            .as('rank'),
        );
      const rows = await db
        .selectFrom(ranked.as('ranked'))
        .selectAll()
        .where('rank', '<=', perCategory)
        .orderBy('category_id')
        .orderBy('rank')
        .execute();
      for (const row of rows) result.get(row.category_id)?.push(toSummary(row));
      return result;
    },

    async findPublished(
      siteId: number,
      lang: LanguageCode,
      id: number,
      now: string,
    ): Promise<ArticleRow | undefined> {
      return published(siteId, lang, now).selectAll().where('id', '=', id).executeTakeFirst();
    },

    /** Every public article of a site (all languages), for sitemaps. */
    async listAllPublic(
      siteId: number,
      now: string,
    ): Promise<
      Pick<ArticleRow, 'id' | 'lang' | 'slug' | 'category_id' | 'updated_at' | 'translation_group'>[]
    > {
      return db
        .selectFrom('articles')
        .select(['id', 'lang', 'slug', 'category_id', 'updated_at', 'translation_group'])
        .where('site_id', '=', siteId)
        .where('status', '=', 'published')
        .where('published_at', '<=', now)
        .orderBy('published_at', 'desc')
        .execute();
    },

    /** Public versions of the same article in other languages. */
    async translations(
      siteId: number,
      group: string,
      now: string,
    ): Promise<Pick<ArticleRow, 'id' | 'lang' | 'slug' | 'category_id'>[]> {
      return db
        .selectFrom('articles')
        .select(['id', 'lang', 'slug', 'category_id'])
        .where('site_id', '=', siteId)
        .where('translation_group', '=', group)
        .where('status', '=', 'published')
        .where('published_at', '<=', now)
        .execute();
    },

    /** Adds counted views (batched by the view counter). */
    async addViews(id: number, count: number): Promise<void> {
      await db
        .updateTable('articles')
        .set((eb) => ({ view_count: eb('view_count', '+', count) }))
        .where('id', '=', id)
        // Previews of drafts in the admin load the same page; only public articles count.
        .where('status', '=', 'published')
        .execute();
    },

    /** The newest change among a site's public articles in one language (for Last-Modified). */
    async lastChange(siteId: number, lang: LanguageCode, now: string): Promise<string | undefined> {
      const row = await published(siteId, lang, now)
        .select((eb) => eb.fn.max('updated_at').as('latest'))
        .executeTakeFirst();
      return (row?.latest as string | null | undefined) ?? undefined;
    },
  };
}
