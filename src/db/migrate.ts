import { type Kysely, type MigrationResultSet, Migrator, sql } from 'kysely';
import { engineOf } from './dialect.ts';
import { migrations } from './migrations/index.ts';

/**
 * Đình's migrator on a database. On PostgreSQL its bookkeeping tables stay in the schema we work
 * in: Kysely otherwise looks for them in any schema and may find another installation's.
 */
export async function createMigrator<T>(database: Kysely<T>): Promise<Migrator> {
  // The migrator only needs the connection, not the row types.
  const db = database as unknown as Kysely<unknown>;
  let migrationTableSchema: string | undefined;
  if (engineOf(db) === 'postgres') {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    migrationTableSchema = rows[0]?.schema ?? 'public';
  }
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'dinh_migrations',
    migrationLockTableName: 'dinh_migrations_lock',
    // Features developed in parallel may land migrations out of name order; each is independent.
    allowUnorderedMigrations: true,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
}

/** Applies every pending migration; throws with the failing migration's name on error. */
export async function migrateToLatest<T>(database: Kysely<T>): Promise<string[]> {
  const migrator = await createMigrator(database);
  const result: MigrationResultSet = await migrator.migrateToLatest();
  const failed = result.results?.find((entry) => entry.status === 'Error');
  if (result.error || failed) {
    const cause = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`);
  }
  return (result.results ?? [])
    .filter((entry) => entry.status === 'Success')
    .map((entry) => entry.migrationName);
}
