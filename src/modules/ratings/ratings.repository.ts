import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/**
 * The private key of a reader for one article: a keyed hash of the address and browser, so one
 * reader has one rating per article (a new one replaces the old) while the database holds
 * nothing that names or locates them.
 */
export function readerKey(secret: string, articleId: number, ip: string, userAgent: string): string {
  return createHmac('sha256', secret).update(`rating|${articleId}|${ip}|${userAgent}`).digest('base64url');
}

export interface RatingSummary {
  articleId: number;
  title: string;
  count: number;
  average: number;
}

export function ratingsRepository(db: Kysely<DB>) {
  return {
    /** Records a rating, replacing the reader's earlier one for the article. */
    async rate(input: { siteId: number; articleId: number; score: number; reader: string; now: string }) {
      await db
        .insertInto('article_ratings')
        .values({
          site_id: input.siteId,
          article_id: input.articleId,
          score: input.score,
          reader: input.reader,
          created_at: input.now,
          updated_at: input.now,
        })
        .onConflict((conflict) =>
          conflict
            .columns(['article_id', 'reader'])
            .doUpdateSet({ score: input.score, updated_at: input.now }),
        )
        .execute();
    },

    /** Count and average of a site's ratings given since `since`. */
    async totals(siteId: number, since: string): Promise<{ count: number; average: number }> {
      const row = await db
        .selectFrom('article_ratings')
        .select((eb) => [
          eb.fn.countAll<string | number>().as('count'),
          eb.fn.avg<string | number>('score').as('average'),
        ])
        .where('site_id', '=', siteId)
        .where('updated_at', '>=', since)
        .executeTakeFirst();
      return { count: Number(row?.count ?? 0), average: Number(row?.average ?? 0) };
    },

    /** Articles by average rating since `since` (at least `minimum` ratings), lowest or highest first. */
    async ranked(
      siteId: number,
      since: string,
      order: 'asc' | 'desc',
      limit: number,
      minimum = 1,
    ): Promise<RatingSummary[]> {
      const rows = await db
        .selectFrom('article_ratings as r')
        .innerJoin('articles as a', 'a.id', 'r.article_id')
        .select((eb) => [
          'a.id as articleId',
          'a.title as title',
          eb.fn.countAll<string | number>().as('count'),
          eb.fn.avg<string | number>('r.score').as('average'),
        ])
        .where('r.site_id', '=', siteId)
        .where('r.updated_at', '>=', since)
        .groupBy(['a.id', 'a.title'])
        .having((eb) => eb.fn.countAll(), '>=', minimum)
        .orderBy('average', order)
        .orderBy('count', 'desc')
        .orderBy('a.id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        articleId: row.articleId,
        title: row.title,
        count: Number(row.count),
        average: Number(row.average),
      }));
    },
  };
}
