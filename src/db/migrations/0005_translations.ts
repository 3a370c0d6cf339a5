import { type Kysely, sql } from 'kysely';
import { addIdColumn, engineOf } from '../dialect.ts';

/**
 * Translations (ADR 0007): which source version each translation of an article, static page or
 * category name was made from, so it can be flagged stale when the source changes; a text
 * version per category language; the legally required topic of a static page; and one version
 * per language in a translation group.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const engine = engineOf(db);

  await addIdColumn(db.schema.createTable('translation_links'), engine)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('entity_type', 'text', (c) =>
      c.notNull().check(sql`entity_type in ('article', 'page', 'category')`),
    )
    /** The translation: an article or page id, or the category id (with `lang`). */
    .addColumn('item_id', 'integer', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull().check(sql`lang in ('vi', 'en', 'zh')`))
    /** The item it was translated from (the same category id for categories). */
    .addColumn('source_id', 'integer', (c) => c.notNull())
    .addColumn('source_lang', 'text', (c) => c.notNull().check(sql`source_lang in ('vi', 'en', 'zh')`))
    /** The source's version when the translation was made or last brought up to date. */
    .addColumn('source_version', 'integer', (c) => c.notNull())
    /** JSON: the source's translatable text at that version (the base of the diff). */
    .addColumn('source_text', 'text', (c) => c.notNull())
    .addColumn('source_hash', 'text', (c) => c.notNull())
    /** Set when the source's text moved away from source_text; null while up to date. */
    .addColumn('stale_since', 'text')
    .addColumn('synced_at', 'text', (c) => c.notNull())
    .addColumn('synced_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('translation_links_item_uq', ['entity_type', 'item_id', 'lang'])
    .execute();
  await db.schema
    .createIndex('translation_links_source_idx')
    .on('translation_links')
    .columns(['entity_type', 'source_id'])
    .execute();
  await db.schema
    .createIndex('translation_links_stale_idx')
    .on('translation_links')
    .columns(['site_id', 'stale_since'])
    .execute();

  await db.schema
    .alterTable('category_translations')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  /** 'organisation' | 'functions' | 'contacts': a topic the law expects in English. */
  await db.schema.alterTable('pages').addColumn('legal_topic', 'text').execute();

  // At most one version per language in a translation group, also under concurrent requests.
  await db.schema
    .createIndex('articles_group_lang_uq')
    .on('articles')
    .columns(['translation_group', 'lang'])
    .unique()
    .execute();
  await db.schema
    .createIndex('pages_group_lang_uq')
    .on('pages')
    .columns(['translation_group', 'lang'])
    .unique()
    .execute();
}
