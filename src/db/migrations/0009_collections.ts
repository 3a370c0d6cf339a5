import { type Kysely, sql } from 'kysely';
import { addIdColumn, engineOf } from '../dialect.ts';

/**
 * The collection kit's storage (ADR 0013): one table for every declared type (leaders, units,
 * spokespeople, …). The fields a type declares live as JSON in `data`; what lists, filters,
 * sorts, links and workflow need is a real, indexed column. A translation is its own row,
 * pointing at its source with the source version it follows and a stale flag.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const engine = engineOf(db);
  await addIdColumn(db.schema.createTable('collection_items'), engine)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    /** The declared type's name, e.g. 'leader'. */
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull().check(sql`lang in ('vi', 'en', 'zh')`))
    /** The Vietnamese original this row translates; null for an original. */
    .addColumn('source_id', 'integer', (c) => c.references('collection_items.id').onDelete('cascade'))
    /** The source's version when this translation was made or last brought up to date. */
    .addColumn('source_version', 'integer')
    /** Set when the source's translatable text changed after source_version; null while current. */
    .addColumn('stale_since', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('draft', 'pending_approval', 'published')`),
    )
    /** JSON object of the declared fields' values (shared fields on the original only). */
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('published_at', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('collection_items_slug_uq', ['site_id', 'type', 'lang', 'slug'])
    .addUniqueConstraint('collection_items_translation_uq', ['source_id', 'lang'])
    .execute();
  await db.schema
    .createIndex('collection_items_list_idx')
    .on('collection_items')
    .columns(['site_id', 'type', 'lang', 'status', 'position'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('collection_items').execute();
}
