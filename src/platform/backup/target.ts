import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { Engine } from '../../db/dialect.ts';

/** Where an installation keeps what a backup holds: its database, media folder and secrets file. */
export interface Installation {
  engine: Engine;
  /** PostgreSQL: DATABASE_URL. */
  databaseUrl?: string | undefined;
  /** SQLite: DATA_DIR/dinh.sqlite. */
  sqliteFile: string;
  mediaDir: string;
  secretsFile: string;
}

/** Media keys as Đình makes them (media-storage.ts); anything else in an archive is refused. */
export function isSafeMediaKey(key: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9/_.-]*$/.test(key) && !key.includes('..') && !key.includes('//');
}

/** Every media file below the folder as a key ("images/2026/12/x-800.webp"); half-written files left out. */
export async function listMedia(mediaDir: string): Promise<string[]> {
  if (!existsSync(mediaDir)) return [];
  const entries = await readdir(mediaDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.tmp'))
    .map((entry) =>
      path.relative(mediaDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}

/** Opens a PostgreSQL connection for the backup commands (one client, not a pool). */
export async function connectPostgres(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  client.on('error', () => {});
  await client.connect();
  return client;
}

/**
 * What the restore target already holds, as short phrases ("dinh.sqlite", "media (12 files)");
 * empty when nothing is there.
 */
export async function targetContents(target: Installation, pgSchema: string | undefined): Promise<string[]> {
  const found: string[] = [];
  if (target.engine === 'sqlite' && existsSync(target.sqliteFile) && statSync(target.sqliteFile).size > 0)
    found.push(target.sqliteFile);
  if (target.engine === 'postgres' && target.databaseUrl && pgSchema) {
    const client = await connectPostgres(target.databaseUrl);
    try {
      const { rows } = await client.query<{ n: number }>(
        `select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = $1 and c.relkind in ('r', 'p', 'v', 'm', 'S')`,
        [pgSchema],
      );
      const count = rows[0]?.n ?? 0;
      if (count > 0) found.push(`PostgreSQL schema ${pgSchema}: ${count}`);
    } finally {
      await client.end();
    }
  }
  const media = await listMedia(target.mediaDir);
  if (media.length > 0) found.push(`${target.mediaDir} (${media.length})`);
  if (existsSync(target.secretsFile)) found.push(target.secretsFile);
  return found;
}
