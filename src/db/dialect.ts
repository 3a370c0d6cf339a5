import {
  type ColumnDefinitionBuilder,
  type CreateTableBuilder,
  type Kysely,
  PostgresAdapter,
  sql,
} from 'kysely';

/**
 * Engine detection and the schema helpers where the two engines differ. The other dialect-specific
 * SQL lives beside it in src/db (locks.ts; search-sql.ts, search-scope-sql.ts, search-query-sql.ts,
 * search-pg-sql.ts); everything outside src/db is portable Kysely.
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
