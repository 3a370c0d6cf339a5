import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Engine } from './dialect.ts';
import { pingDatabase } from './dialect.ts';
import type { DB } from './schema.ts';
import { translateText } from './text-match.ts';

// COUNT(*) and other int8 values arrive as strings from pg; our ids and counts fit in a double.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  /** Human-readable description for logs (never includes a password). */
  describe: string;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres://… selects PostgreSQL; otherwise SQLite at sqliteFile. */
  databaseUrl?: string | undefined;
  sqliteFile?: string;
  /** PostgreSQL schema to use (tests isolate themselves this way). */
  pgSchema?: string;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
}

/** Thrown when the database cannot be reached at start. */
export class DatabaseUnavailableError extends Error {
  constructor(describe: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message || cause.name : String(cause);
    super(`Cannot connect to the database (${describe}): ${reason}`);
    this.name = 'DatabaseUnavailableError';
  }
}

/** Opens the database the configuration selects and checks that it answers. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  const file = options.sqliteFile ?? ':memory:';
  return openSqlite(file);
}

function openSqlite(file: string): Database {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const describe = `SQLite ${file}`;
  let native: BetterSqlite3.Database;
  try {
    native = new BetterSqlite3(file);
    native.pragma('journal_mode = WAL');
    native.pragma('foreign_keys = ON');
    native.pragma('busy_timeout = 5000');
    native.pragma('synchronous = NORMAL');
    // PostgreSQL's built-in translate(), so text matching runs the same SQL on both (text-match.ts).
    native.function('translate', { deterministic: true }, (value, from, to) =>
      typeof value === 'string' && typeof from === 'string' && typeof to === 'string'
        ? translateText(value, from, to)
        : null,
    );
  } catch (error) {
    throw new DatabaseUnavailableError(describe, error);
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: native }) });
  return {
    db,
    engine: 'sqlite',
    describe,
    close: () => db.destroy(),
  };
}

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<Database> {
  const parsed = new URL(url);
  const describe = `PostgreSQL ${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
  });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  try {
    await pingDatabase(db);
  } catch (error) {
    await db.destroy().catch(() => {});
    throw new DatabaseUnavailableError(describe, error);
  }
  return { db, engine: 'postgres', describe, close: () => db.destroy() };
}
