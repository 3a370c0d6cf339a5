import { createHash } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { postgresDigests, sqliteDigests, type TableDigests } from '../src/platform/backup/digest.ts';
import { readTar, tarWriter } from '../src/platform/backup/tar.ts';
import { filesBelow } from './media-fixtures.ts';

/** Helpers of test/integration/backup-restore.test.ts: archive entries, and what an installation holds. */

/** A DATA_DIR and, on PostgreSQL, the database (its URL selects the schema). */
export interface BackupTarget {
  dataDir: string;
  databaseUrl?: string;
}

/** One archive entry's bytes. */
export async function archiveEntry(file: string, name: string): Promise<Buffer | undefined> {
  const handle = await open(file, 'r');
  let found: Buffer | undefined;
  try {
    await readTar(handle, (item) => {
      if (item.name !== name) return undefined;
      const chunks: Buffer[] = [];
      return {
        data: (chunk) => {
          chunks.push(Buffer.from(chunk));
        },
        end: () => {
          found = Buffer.concat(chunks);
        },
      };
    });
  } finally {
    await handle.close();
  }
  return found;
}

/** Copies an archive, passing every entry through `edit`. */
export async function rewriteArchive(
  from: string,
  to: string,
  edit: (name: string, bytes: Buffer) => Buffer,
): Promise<void> {
  const entries: [string, Buffer][] = [];
  const input = await open(from, 'r');
  await readTar(input, (item) => {
    const chunks: Buffer[] = [];
    return {
      data: (chunk) => {
        chunks.push(Buffer.from(chunk));
      },
      end: () => {
        entries.push([item.name, Buffer.concat(chunks)]);
      },
    };
  });
  await input.close();
  const output = await open(to, 'w');
  const tar = tarWriter(output);
  for (const [name, bytes] of entries) await tar.add(name, edit(name, bytes));
  await tar.finish();
  await output.close();
}

/** Every table's digests in the target, computed the way the manifest's were. */
export async function targetDigests(target: BackupTarget, schema = 'public'): Promise<TableDigests> {
  if (!target.databaseUrl) return sqliteDigests(path.join(target.dataDir, 'dinh.sqlite'));
  return withPg(target.databaseUrl, async (client) => {
    await client.query('begin isolation level repeatable read read only');
    const digests = await postgresDigests(client, schema);
    await client.query('commit');
    return digests;
  });
}

/** Every row of every table, ordered by primary key: read independently of the backup code. */
export async function allRows(target: BackupTarget, schema = 'public'): Promise<Record<string, unknown[][]>> {
  const result: Record<string, unknown[][]> = {};
  if (!target.databaseUrl) {
    const db = new BetterSqlite3(path.join(target.dataDir, 'dinh.sqlite'), { readonly: true });
    try {
      const tables = db
        .prepare(`select name from sqlite_master where type = 'table' and sql not like 'CREATE VIRTUAL%'
                    and name not like 'sqlite_%' order by name`)
        .pluck()
        .all() as string[];
      for (const table of tables) {
        const key = (
          db
            .prepare('select name from pragma_table_info(?) where pk > 0 order by pk')
            .pluck()
            .all(table) as string[]
        )
          .map((column) => `"${column}"`)
          .join(', ');
        result[table] = db
          .prepare(`select * from "${table}" order by ${key || 'rowid'}`)
          .raw()
          .all() as unknown[][];
      }
    } finally {
      db.close();
    }
    return result;
  }
  return withPg(target.databaseUrl, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = $1 and table_type = 'BASE TABLE' order by 1`,
      [schema],
    );
    for (const { name } of tables) {
      const { rows: key } = await client.query<{ column: string }>(
        `select k.column_name as column from information_schema.table_constraints c
           join information_schema.key_column_usage k using (constraint_schema, constraint_name)
          where c.table_schema = $1 and c.table_name = $2 and c.constraint_type = 'PRIMARY KEY'
          order by k.ordinal_position`,
        [schema, name],
      );
      const order = key.map((row) => `"${row.column}"`).join(', ') || '1';
      const rows = await client.query<unknown[]>({
        text: `select * from "${schema}"."${name}" order by ${order}`,
        rowMode: 'array',
      });
      result[name] = rows.rows;
    }
    return result;
  });
}

/** SHA-256 of every media file, by its path below the media folder. */
export async function mediaHashes(dataDir: string): Promise<Record<string, string>> {
  const media = path.join(dataDir, 'media');
  const hashes: Record<string, string> = {};
  for (const file of await filesBelow(media))
    hashes[path.relative(media, file)] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  return hashes;
}

/** Runs a task on one PostgreSQL connection. */
export async function withPg<T>(
  connectionString: string | undefined,
  task: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await task(client);
  } finally {
    await client.end();
  }
}
