import {
  type ColumnDefinitionBuilder,
  type CreateTableBuilder,
  type Kysely,
  PostgresAdapter,
  sql,
} from 'kysely';

/**
 * Small differences between the engines: which one a connection is, identity columns, column
 * types. All SQL that differs between SQLite and PostgreSQL lives in src/db — this file,
 * locks.ts (advisory and row locks), the search-*sql.ts files (FTS5 and tsvector) and
 * connection.ts (SQLite's translate() for text-match.ts); features outside src/db use portable Kysely.
 */
export type Engine = 'sqlite' | 'postgres';

/** Which engine a Kysely instance talks to. */
export function engineOf<T>(db: Kysely<T>): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Adds an auto-incrementing integer primary key named `id`. */
export function addIdColumn<T extends string, C extends string>(
  table: CreateTableBuilder<T, C>,
  engine: Engine,
): CreateTableBuilder<T, C | 'id'> {
  return table.addColumn('id', 'integer', (column: ColumnDefinitionBuilder) =>
    engine === 'postgres'
      ? column.primaryKey().generatedByDefaultAsIdentity()
      : column.primaryKey().autoIncrement(),
  );
}

/** Column type for long text (same on both engines, named for readability). */
export const textType = 'text' as const;

/** Checks that the database answers. */
export async function pingDatabase<T>(db: Kysely<T>): Promise<void> {
  await sql`select 1`.execute(db);
}
