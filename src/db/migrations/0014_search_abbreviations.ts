import type { Kysely } from 'kysely';
import { addIdColumn, engineOf } from '../dialect.ts';

/**
 * A site's own abbreviations for the search (ADR 0004, "Compact spellings and abbreviations"):
 * each entry is a short form ("STP") and what it stands for ("Sở Tư pháp"), added by the site's
 * administrators to the built-in list. Both sides are kept as typed (NFC); the pair is unique
 * per site.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const engine = engineOf(db);
  await addIdColumn(db.schema.createTable('search_abbreviations'), engine)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('short_form', 'text', (c) => c.notNull())
    .addColumn('expansion', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('search_abbreviations_pair_uq', ['site_id', 'short_form', 'expansion'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('search_abbreviations').execute();
}
