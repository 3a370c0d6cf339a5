import { type Kysely, sql } from 'kysely';
import { addIdColumn, engineOf } from '../dialect.ts';

/**
 * Readers' ratings of articles (NĐ 224 Đ10 k3 b; ADR 0009): one score from 1 to 5 per reader and
 * article. The reader is kept private: `reader` is a keyed hash, never an address.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const engine = engineOf(db);
  await addIdColumn(db.schema.createTable('article_ratings'), engine)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('score', 'integer', (c) => c.notNull().check(sql`score between 1 and 5`))
    .addColumn('reader', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('article_ratings_reader_uq', ['article_id', 'reader'])
    .execute();
  await db.schema
    .createIndex('article_ratings_site_idx')
    .on('article_ratings')
    .columns(['site_id', 'updated_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('article_ratings').execute();
}
