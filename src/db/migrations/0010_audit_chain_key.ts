import type { Kysely } from 'kysely';

/**
 * The audit chain becomes keyed (docs/adr/0017-keyed-audit-chain.md). Each entry records how its
 * hash was made: 1 = plain SHA-256 (every entry written before this migration), 2 = HMAC-SHA256
 * with the installation's audit key, kept outside the database. Existing entries keep verifying
 * as they were; every new one is written as 2.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('audit_log')
    .addColumn('chain', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').dropColumn('chain').execute();
}
