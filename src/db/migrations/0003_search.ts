import { type Kysely, sql } from 'kysely';
import { engineOf } from '../dialect.ts';
import { createSearchIndex } from '../search-sql.ts';

/**
 * The search index (docs/adr/0004-search.md): one row per public item of any type, with the
 * text shown in results, plus the engine's full-text structure (FTS5 or tsvector + GIN).
 * Small columns come first so the engines read them without touching the long text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const engine = engineOf(db);
  // The id is a recency key (publication second × 2^20 + a slot), so that id order is date
  // order: the engines walk matches newest first without sorting them (see search-sql.ts).
  await db.schema
    .createTable('search_documents')
    .addColumn('id', engine === 'postgres' ? 'bigint' : 'integer', (c) => c.primaryKey())
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('item_id', 'integer', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull().check(sql`lang in ('vi', 'en', 'zh')`))
    .addColumn('category_id', 'integer')
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('indexed_at', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('lead', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('head_terms', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('search_documents_item_key', ['type', 'item_id'])
    .execute();
  await db.schema.createIndex('search_documents_site_idx').on('search_documents').column('site_id').execute();
  await createSearchIndex(db, engine);
}
