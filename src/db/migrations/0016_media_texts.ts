import type { Kysely } from 'kysely';

/**
 * The text read from each document of the media library (PDF, DOCX, DOC), so other features
 * (the legal documents registry, issue 14) can search inside files. One row per document:
 * pending until the `media.extractText` effect ran, then done (with the text), no_text (a PDF
 * without a text layer: a scan, not searchable) or failed (with the reason shown to editors).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('media_texts')
    .addColumn('media_id', 'integer', (c) => c.primaryKey().references('media.id').onDelete('cascade'))
    /** pending | done | no_text | failed */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('pages', 'integer')
    .addColumn('extracted_at', 'text')
    .execute();
  await db.schema.createIndex('media_texts_status_idx').on('media_texts').column('status').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('media_texts').execute();
}
