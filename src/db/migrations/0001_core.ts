import { type Kysely, sql } from 'kysely';
import { addIdColumn, engineOf } from '../dialect.ts';

/** Sites with their hostnames, users (authorship only for now), and the category tree. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const engine = engineOf(db);

  await addIdColumn(db.schema.createTable('sites'), engine)
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('province', 'department', 'commune')`))
    .addColumn('parent_id', 'integer', (c) => c.references('sites.id').onDelete('restrict'))
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit_name', 'text', (c) => c.notNull())
    .addColumn('emblem', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('responsible_person', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('licence', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('site_hostnames')
    .addColumn('hostname', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .execute();
  await db.schema.createIndex('site_hostnames_site_idx').on('site_hostnames').column('site_id').execute();

  await addIdColumn(db.schema.createTable('users'), engine)
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await addIdColumn(db.schema.createTable('categories'), engine)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('parent_id', 'integer', (c) => c.references('categories.id').onDelete('restrict'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('show_in_menu', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('categories_site_parent_idx')
    .on('categories')
    .columns(['site_id', 'parent_id'])
    .execute();

  await addIdColumn(db.schema.createTable('category_translations'), engine)
    .addColumn('category_id', 'integer', (c) => c.notNull().references('categories.id').onDelete('cascade'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('category_translations_slug_uq', ['site_id', 'lang', 'slug'])
    .addUniqueConstraint('category_translations_lang_uq', ['category_id', 'lang'])
    .execute();
}
