import type { Kysely } from 'kysely';
import type { ArticleRow, DB, LanguageCode } from '../../db/schema.ts';
import { textContains } from '../../db/text-match.ts';

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

/** What the API presents of an article in a list (its detail adds the body and description). */
const apiColumns = [
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

/** A page of the API's article list. */
export interface PublicArticleFilter {
  siteId: number;
  lang: LanguageCode;
  /** A category and its descendants. */
  categoryIds?: number[];
  /** Words the title contains (case-insensitive for unaccented letters). */
  q?: string;
  limit: number;
  offset: number;
}

/**
 * Data access for articles, the one place that says what "public" means: published, with a
 * publish time not in the future; the time is passed in so tests and scheduled publishing agree
 * on "now". The portal's pages and the API read through it.
 */
export function articlesRepository(db: Kysely<DB>) {
  const publicOfSite = (siteId: number, now: string) =>
    db
      .selectFrom('articles as a')
      .where('a.site_id', '=', siteId)
      .where('a.status', '=', 'published')
      .where('a.published_at', '<=', now);
  const published = (siteId: number, lang: LanguageCode, now: string) =>
    publicOfSite(siteId, now).where('a.lang', '=', lang);
  // The API's rows carry their category's slug in the article's language (for their URLs).
  const withCategorySlug = (siteId: number, now: string) =>
    publicOfSite(siteId, now).leftJoin('category_translations as ct', (join) =>
      join.onRef('ct.category_id', '=', 'a.category_id').onRef('ct.lang', '=', 'a.lang'),
    );
  const filtered = (filter: PublicArticleFilter, now: string) => {
    let query = withCategorySlug(filter.siteId, now).where('a.lang', '=', filter.lang);
    if (filter.categoryIds) {
      query = query.where('a.category_id', 'in', filter.categoryIds.length ? filter.categoryIds : [-1]);
    }
    const q = filter.q?.trim();
    // Case and accents folded the same way on both engines (src/db/text-match.ts).
    if (q) query = query.where(textContains('a.title', q));
    return query;
  };

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
      return publicOfSite(siteId, now)
        .select(['id', 'lang', 'slug', 'category_id', 'updated_at', 'translation_group'])
        .orderBy('published_at', 'desc')
        .execute();
    },

    /** Public versions of the same article in other languages. */
    async translations(
      siteId: number,
      group: string,
      now: string,
    ): Promise<Pick<ArticleRow, 'id' | 'lang' | 'slug' | 'category_id'>[]> {
      return publicOfSite(siteId, now)
        .select(['id', 'lang', 'slug', 'category_id'])
        .where('translation_group', '=', group)
        .orderBy('lang')
        .execute();
    },

    /** A page of the API's article list, newest first. */
    async listForApi(filter: PublicArticleFilter, now: string) {
      return filtered(filter, now)
        .select([...apiColumns, 'ct.slug as category_slug'])
        .orderBy('a.published_at', 'desc')
        .orderBy('a.id', 'desc')
        .limit(filter.limit)
        .offset(filter.offset)
        .execute();
    },

    /** How many articles the API's list has in all. */
    async countForApi(filter: PublicArticleFilter, now: string): Promise<number> {
      const row = await filtered(filter, now)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** One public article as the API presents it (with body and description). */
    async findForApi(siteId: number, id: number, now: string) {
      return withCategorySlug(siteId, now)
        .select([...apiColumns, 'a.body', 'a.seo_description', 'ct.slug as category_slug'])
        .where('a.id', '=', id)
        .executeTakeFirst();
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

type Repository = ReturnType<typeof articlesRepository>;
/** An article in the API's list. */
export type PublicArticleRow = Awaited<ReturnType<Repository['listForApi']>>[number];
/** An article as the API's detail presents it. */
export type PublicArticleDetailRow = NonNullable<Awaited<ReturnType<Repository['findForApi']>>>;
