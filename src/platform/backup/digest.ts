import { createHash, type Hash } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';

/**
 * Every table's row count and a SHA-256 over its rows in primary-key order, computed from one
 * snapshot. The manifest keeps them; restore recomputes them on the restored database and the
 * two must be equal, row for row.
 */
export type TableDigests = Record<string, { rows: number; sha256: string }>;

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function addRow(hash: Hash, row: unknown[]): void {
  hash.update(JSON.stringify(row));
  hash.update('\n');
}

/** The digests of a SQLite file nobody writes (the backup copy, or the restored file). */
export function sqliteDigests(file: string): TableDigests {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare(
        `select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
           and sql not like 'CREATE VIRTUAL TABLE%' order by name`,
      )
      .pluck()
      .all() as string[];
    const digests: TableDigests = {};
    for (const table of tables) {
      const columns = db.prepare(`select name, pk from pragma_table_info(?) order by pk`).all(table) as {
        name: string;
        pk: number;
      }[];
      const key = columns.filter((column) => column.pk > 0).map((column) => quote(column.name));
      const order = key.length > 0 ? key.join(', ') : 'rowid';
      const hash = createHash('sha256');
      let rows = 0;
      for (const row of db
        .prepare(`select * from ${quote(table)} order by ${order}`)
        .raw()
        .iterate()) {
        addRow(hash, row as unknown[]);
        rows++;
      }
      digests[table] = { rows, sha256: hash.digest('hex') };
    }
    return digests;
  } finally {
    db.close();
  }
}

/**
 * The digests of one PostgreSQL schema, read by `client` (inside the caller's transaction, e.g.
 * the REPEATABLE READ snapshot that pg_dump shares: the cursors need a transaction).
 */
export async function postgresDigests(client: pg.ClientBase, schema: string): Promise<TableDigests> {
  const { rows: tables } = await client.query<{ name: string; oid: string; key: string[] | null }>(
    `select c.relname as name, c.oid::text as oid,
            (select array_agg(a.attname::text order by array_position(i.indkey::int2[], a.attnum))
               from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
              where i.indrelid = c.oid and i.indisprimary) as key
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = $1 and c.relkind in ('r', 'p')
      order by c.relname`,
    [schema],
  );
  const digests: TableDigests = {};
  for (const table of tables) {
    const { rows: countRows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_attribute where attrelid = $1::oid and attnum > 0 and not attisdropped`,
      [table.oid],
    );
    const columnCount = countRows[0]?.n ?? 1;
    const order =
      table.key && table.key.length > 0
        ? table.key.map(quote).join(', ')
        : Array.from({ length: columnCount }, (_, index) => index + 1).join(', ');
    const cursor = `dinh_digest_${table.oid}`; // one open cursor at a time
    await client.query(
      `declare ${cursor} no scroll cursor for select * from ${quote(schema)}.${quote(table.name)} order by ${order}`,
    );
    const hash = createHash('sha256');
    let rows = 0;
    for (;;) {
      const batch = await client.query<unknown[]>({ text: `fetch 1000 from ${cursor}`, rowMode: 'array' });
      for (const row of batch.rows) addRow(hash, row);
      rows += batch.rows.length;
      if (batch.rows.length < 1000) break;
    }
    await client.query(`close ${cursor}`);
    digests[table.name] = { rows, sha256: hash.digest('hex') };
  }
  return digests;
}
