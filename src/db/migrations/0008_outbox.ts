import type { Kysely } from 'kysely';
import { addIdColumn, engineOf } from '../dialect.ts';

/**
 * The outbox (docs/adr/0012-commands-and-outbox.md): effects of a change (cache purges, search
 * reindexing, mail) written in the change's own transaction and run after it commits, so an
 * effect survives a crash between the commit and its run.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await addIdColumn(db.schema.createTable('outbox'), engineOf(db))
    .addColumn('kind', 'text', (c) => c.notNull())
    /** JSON payload of the effect. */
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    /** Not run before this time (backoff after a failure). */
    .addColumn('run_after', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    /** A runner holds the effect until this time; another may take it over afterwards. */
    .addColumn('claimed_until', 'text')
    .addColumn('last_error', 'text')
    /** Set when the effect gave up after its last attempt (kept for the operator). */
    .addColumn('failed_at', 'text')
    .execute();
  await db.schema.createIndex('outbox_due_idx').on('outbox').columns(['failed_at', 'run_after']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('outbox').execute();
}
