import { type Kysely, sql } from 'kysely';
import { addIdColumn, engineOf } from '../dialect.ts';

const statuses =
  "('draft', 'pending_edit', 'pending_approval', 'returned', 'scheduled', 'published', 'taken_down', 'archived')";

/** Media, articles and static pages: the content of the public news portal. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const engine = engineOf(db);

  await addIdColumn(db.schema.createTable('media'), engine)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('image', 'document')`))
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('caption', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('credit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('variants', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('media_site_idx').on('media').columns(['site_id', 'created_at']).execute();

  await addIdColumn(db.schema.createTable('articles'), engine)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('category_id', 'integer', (c) => c.notNull().references('categories.id').onDelete('restrict'))
    .addColumn('lang', 'text', (c) => c.notNull().check(sql`lang in ('vi', 'en', 'zh')`))
    .addColumn('translation_group', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('lead', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('cover_media_id', 'integer', (c) => c.references('media.id').onDelete('restrict'))
    .addColumn('cover_caption', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('cover_alt', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('byline', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().check(sql.raw(`status in ${statuses}`)))
    .addColumn('published_at', 'text')
    .addColumn('unpublish_at', 'text')
    .addColumn('is_featured', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('view_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('seo_description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Listings: newest published first, per site+language, optionally per category.
  await db.schema
    .createIndex('articles_listing_idx')
    .on('articles')
    .columns(['site_id', 'lang', 'status', 'published_at'])
    .execute();
  await db.schema
    .createIndex('articles_category_idx')
    .on('articles')
    .columns(['category_id', 'status', 'published_at'])
    .execute();
  await db.schema.createIndex('articles_group_idx').on('articles').column('translation_group').execute();

  await db.schema
    .createTable('article_media')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('media_id', 'integer', (c) => c.notNull().references('media.id').onDelete('restrict'))
    .addPrimaryKeyConstraint('article_media_pk', ['article_id', 'media_id'])
    .execute();
  await db.schema.createIndex('article_media_media_idx').on('article_media').column('media_id').execute();

  await addIdColumn(db.schema.createTable('pages'), engine)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('parent_id', 'integer', (c) => c.references('pages.id').onDelete('restrict'))
    .addColumn('lang', 'text', (c) => c.notNull().check(sql`lang in ('vi', 'en', 'zh')`))
    .addColumn('translation_group', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('lead', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql.raw(`status in ${statuses}`)))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('show_in_menu', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('seo_description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('published_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('pages_tree_idx')
    .on('pages')
    .columns(['site_id', 'lang', 'parent_id'])
    .execute();
  await db.schema.createIndex('pages_group_idx').on('pages').column('translation_group').execute();
}
