import type { Kysely } from 'kysely';
import { addIdColumn, engineOf } from '../dialect.ts';

/**
 * A site's own lists of the legal documents registry (issue 14): document types (loại văn bản),
 * sections (nhóm văn bản) and fields (lĩnh vực), edited by its administrators at
 * /admin/legal-documents/settings. A list with no rows for a site is the built-in default
 * (vocabulary.ts); the first change to a list copies the defaults in. A code is stable once
 * documents use it: it can be renamed or retired (hidden from new entries), never deleted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const engine = engineOf(db);
  await addIdColumn(db.schema.createTable('legal_document_vocabularies'), engine)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    /** 'type', 'section' or 'field'. */
    .addColumn('list', 'text', (c) => c.notNull())
    /** A slug: lower case letters, digits and hyphens. */
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    /** 1: hidden from new entries, kept for the documents that have it. */
    .addColumn('retired', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('legal_document_vocabularies_code_uq', ['site_id', 'list', 'code'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('legal_document_vocabularies').execute();
}
