import type { Kysely } from 'kysely';

/**
 * The order of a site's hostnames, so the first one is its primary address: absolute links in
 * mail, feeds, sitemaps and canonical URLs name it when PUBLIC_URL does not (ADR 0016). Existing
 * rows all get 0 and keep today's order (alphabetical) until the settings are saved again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('site_hostnames')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('site_hostnames').dropColumn('position').execute();
}
