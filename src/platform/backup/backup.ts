import { existsSync } from 'node:fs';
import { mkdtemp, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { BackupMessages } from '../../i18n/cli-backup.ts';
import { encrypt, mac, newKeys } from './crypto.ts';
import { postgresDigests, sqliteDigests, type TableDigests } from './digest.ts';
import { BackupError, dinhVersion, ENTRY, FORMAT_VERSION, type Manifest, totalRows } from './manifest.ts';
import { requirePgTool, runPgTool } from './postgres-tools.ts';
import { tarWriter } from './tar.ts';
import { connectPostgres, type Installation, listMedia } from './target.ts';

/**
 * `dinh backup`: one consistent snapshot of the database (SQLite's online backup API, or pg_dump
 * sharing an exported REPEATABLE READ snapshot), then the media and the encrypted secrets, in one
 * tar archive whose manifest lists row counts and digests per table and a SHA-256 per file.
 */

export interface BackupSummary {
  manifest: Manifest;
  mediaFiles: number;
}

interface DatabaseSnapshot {
  /** The dump or database file, in the work folder. */
  file: string;
  entry: string;
  tables: TableDigests;
  migrations: string[];
  postgres?: Manifest['postgres'];
}

async function snapshotSqlite(
  sqliteFile: string,
  workDir: string,
  t: BackupMessages,
): Promise<DatabaseSnapshot> {
  if (!existsSync(sqliteFile)) throw new BackupError(t.noDatabase(sqliteFile));
  const copy = path.join(workDir, ENTRY.sqlite);
  const source = new BetterSqlite3(sqliteFile, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    // All pages in one step: one read transaction, so writers (WAL) never restart the copy.
    await source.backup(copy, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  // A self-contained file: no WAL beside it.
  const copied = new BetterSqlite3(copy);
  let migrations: string[] = [];
  try {
    copied.pragma('journal_mode = DELETE');
    const hasTable = copied.prepare(`select 1 from sqlite_master where name = 'dinh_migrations'`).get();
    if (hasTable)
      migrations = copied.prepare('select name from dinh_migrations order by name').pluck().all() as string[];
  } finally {
    copied.close();
  }
  return { file: copy, entry: ENTRY.sqlite, tables: sqliteDigests(copy), migrations };
}

async function snapshotPostgres(databaseUrl: string, workDir: string): Promise<DatabaseSnapshot> {
  const client = await connectPostgres(databaseUrl);
  try {
    const { rows: version } = await client.query<{ num: string; text: string }>(
      `select current_setting('server_version_num') as num, current_setting('server_version') as text`,
    );
    const serverMajor = Math.floor(Number(version[0]?.num ?? 0) / 10000);
    const pgDumpMajor = await requirePgTool('pg_dump', serverMajor);
    await client.query('begin isolation level repeatable read read only');
    try {
      const { rows } = await client.query<{ snapshot: string; schema: string }>(
        'select pg_export_snapshot() as snapshot, current_schema() as schema',
      );
      const snapshot = rows[0]?.snapshot ?? '';
      const schema = rows[0]?.schema ?? 'public';
      const file = path.join(workDir, ENTRY.pgDump);
      // pg_dump reads the snapshot this transaction exported, while the digests read it here.
      const dump = runPgTool('pg_dump', databaseUrl, [
        '--format=custom',
        `--snapshot=${snapshot}`,
        `--schema=${schema}`,
        `--file=${file}`,
      ]);
      const [, tables, migrations] = await Promise.all([
        dump,
        postgresDigests(client, schema),
        client
          .query<{ name: string }>(
            `select name from "${schema.replaceAll('"', '""')}".dinh_migrations order by name`,
          )
          .then((result) => result.rows.map((row) => row.name)),
      ]);
      return {
        file,
        entry: ENTRY.pgDump,
        tables,
        migrations,
        postgres: { schema, serverVersion: version[0]?.text ?? '', pgDumpMajor },
      };
    } finally {
      await client.query('rollback').catch(() => {});
    }
  } finally {
    await client.end();
  }
}

/** Writes the backup archive to `file` (refusing to overwrite one); returns its manifest. */
export async function createBackup(options: {
  file: string;
  source: Installation;
  passphrase: string;
  t: BackupMessages;
  now: Date;
}): Promise<BackupSummary> {
  const { file, source, t } = options;
  if (existsSync(file)) throw new BackupError(t.outputExists(file), 2);
  const workDir = await mkdtemp(path.join(path.dirname(path.resolve(file)), '.dinh-backup-'));
  const partial = path.join(workDir, 'archive.tar');
  try {
    const { keys, parameters } = await newKeys(options.passphrase);
    const database =
      source.engine === 'postgres'
        ? await snapshotPostgres(source.databaseUrl ?? '', workDir)
        : await snapshotSqlite(source.sqliteFile, workDir, t);
    const files: Manifest['files'] = {};
    const handle = await open(partial, 'wx', 0o600);
    const tar = tarWriter(handle);
    let mediaFiles = 0;
    try {
      const size = (await stat(database.file)).size;
      files[database.entry] = { bytes: size, sha256: await tar.addFile(database.entry, database.file, size) };
      await rm(database.file);
      const hasSecrets = existsSync(source.secretsFile);
      if (hasSecrets) {
        const sealed = encrypt(keys, await readFile(source.secretsFile));
        files[ENTRY.secrets] = { bytes: sealed.length, sha256: await tar.add(ENTRY.secrets, sealed) };
      }
      // After the database snapshot: every file it references was written before it.
      for (const key of await listMedia(source.mediaDir)) {
        let bytes: Buffer;
        try {
          bytes = await readFile(path.join(source.mediaDir, key));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // deleted meanwhile
          throw error;
        }
        const name = `${ENTRY.mediaPrefix}${key}`;
        files[name] = { bytes: bytes.length, sha256: await tar.add(name, bytes) };
        mediaFiles++;
      }
      const manifest: Manifest = {
        format: 'dinh-backup',
        formatVersion: FORMAT_VERSION,
        dinhVersion: dinhVersion(),
        createdAt: options.now.toISOString(),
        engine: source.engine,
        migration: database.migrations.at(-1) ?? '',
        migrations: database.migrations,
        ...(database.postgres ? { postgres: database.postgres } : {}),
        tables: database.tables,
        files,
        encryption: parameters,
        hasSecrets,
      };
      const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
      await tar.add(ENTRY.manifest, manifestBytes);
      await tar.add(ENTRY.manifestMac, Buffer.from(`${mac(keys, manifestBytes)}\n`));
      await tar.finish();
      await handle.sync();
      await handle.close();
      await rename(partial, file);
      return { manifest, mediaFiles };
    } catch (error) {
      await handle.close().catch(() => {});
      throw error;
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

export { totalRows };
