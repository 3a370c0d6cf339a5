import type { Kysely } from 'kysely';
import { addIdColumn, engineOf } from '../dialect.ts';

/**
 * Bulk imports of the legal documents registry (issue 14): one row per import run as a job of
 * the outbox. It holds the checked rows to write, the state (queued, running, done, failed),
 * the failure reason the admin page shows and the ids of the documents written.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const engine = engineOf(db);
  await addIdColumn(db.schema.createTable('legal_document_imports'), engine)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    /** queued | running | done | failed */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    /** The rows to write and the staged files (JSON, see import/job.ts). */
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    /** The ids of the documents written (JSON array), once done. */
    .addColumn('result', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('legal_document_imports_site_idx')
    .on('legal_document_imports')
    .columns(['site_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('legal_document_imports').execute();
}
