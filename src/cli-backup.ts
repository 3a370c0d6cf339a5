import path from 'node:path';
import { mediaDirFor, sqliteFileFor } from './bootstrap.ts';
import { askHidden, readStdin } from './cli-input.ts';
import type { LanguageCode } from './db/schema.ts';
import { backupMessages } from './i18n/cli-backup.ts';
import { createBackup } from './platform/backup/backup.ts';
import { BackupError, totalRows } from './platform/backup/manifest.ts';
import { PgToolError } from './platform/backup/postgres-tools.ts';
import { restoreBackup } from './platform/backup/restore.ts';
import type { Installation } from './platform/backup/target.ts';
import { loadConfig } from './platform/config.ts';

/** The `dinh backup` and `dinh restore` subcommands (the work is in src/platform/backup/). */

export const BACKUP_HELP = `Usage: dinh backup FILE

Writes one archive (tar) with a consistent snapshot of the database, taken while the portal runs
(SQLite: the online backup API; PostgreSQL: pg_dump --format=custom, which needs the
postgresql-client package of the server's major version or newer), the media folder, and
DATA_DIR/secrets.json encrypted with a passphrase (scrypt, AES-256-GCM). manifest.json in the
archive lists the Đình version, the migration level, the rows and a digest of every table, and the
SHA-256 of every file. The passphrase comes from BACKUP_PASSPHRASE, or standard input (asked twice,
without echo, on a terminal); at least 12 characters. FILE must not exist yet.
`;

export const RESTORE_HELP = `Usage: dinh restore FILE [--force]

Restores a backup made by "dinh backup" into this installation's DATA_DIR and database, which
must be empty (--force overwrites them). Stop the portal first. Before anything is written it
checks the format version, the passphrase (BACKUP_PASSPHRASE or standard input) and the SHA-256
of every file; afterwards every table is compared with the backup's digests. A SQLite backup
restores into SQLite and a PostgreSQL backup into PostgreSQL (the same schema name); restoring
across engines is not supported. Then run: dinh audit verify
`;

const MIN_PASSPHRASE = 12;

/** The passphrase: BACKUP_PASSPHRASE, else standard input (on a terminal: asked, twice for a new backup). */
async function passphrase(lang: LanguageCode, confirm: boolean): Promise<string> {
  const t = backupMessages(lang);
  let value = process.env.BACKUP_PASSPHRASE;
  if (value === undefined) {
    if (process.stdin.isTTY) {
      value = await askHidden(t.passphrasePrompt);
      if (confirm && (await askHidden(t.passphraseAgain)) !== value)
        throw new BackupError(t.passphraseMismatch, 2);
    } else value = await readStdin();
  }
  if (value === '') throw new BackupError(t.passphraseMissing, 2);
  if (confirm && [...value].length < MIN_PASSPHRASE)
    throw new BackupError(t.passphraseShort(MIN_PASSPHRASE), 2);
  return value;
}

function installation(): Installation {
  const config = loadConfig();
  return {
    engine: config.DATABASE_URL ? 'postgres' : 'sqlite',
    databaseUrl: config.DATABASE_URL,
    sqliteFile: sqliteFileFor(config),
    mediaDir: mediaDirFor(config),
    secretsFile: path.join(config.dataDir, 'secrets.json'),
  };
}

/** Runs a backup command; its failures become one localised line and an exit code. */
async function reporting(lang: LanguageCode, task: () => Promise<void>): Promise<number> {
  const t = backupMessages(lang);
  try {
    await task();
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      process.stderr.write(`dinh: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof PgToolError) {
      const message =
        error.problem === 'missing'
          ? t.pgToolMissing(error.tool, error.need)
          : error.problem === 'tooOld'
            ? t.pgToolTooOld(error.tool, error.detail, error.need)
            : t.pgToolFailed(error.tool, error.detail);
      process.stderr.write(`dinh: ${message}\n`);
      return 1;
    }
    throw error;
  }
}

/** `dinh backup FILE`. */
export function backupCommand(lang: LanguageCode, file: string | undefined): Promise<number> {
  const t = backupMessages(lang);
  return reporting(lang, async () => {
    if (!file) throw new BackupError(`${t.backupUsage}\n\n${BACKUP_HELP}`, 2);
    const source = installation();
    const secret = await passphrase(lang, true);
    const { manifest, mediaFiles } = await createBackup({
      file,
      source,
      passphrase: secret,
      t,
      now: new Date(),
    });
    if (!manifest.hasSecrets) process.stderr.write(`dinh: ${t.noSecretsFile}\n`);
    const tables = Object.keys(manifest.tables).length;
    console.log(t.backupDone(file, tables, totalRows(manifest.tables), mediaFiles));
  });
}

/** `dinh restore FILE [--force]`. */
export function restoreCommand(
  lang: LanguageCode,
  file: string | undefined,
  force: boolean,
): Promise<number> {
  const t = backupMessages(lang);
  return reporting(lang, async () => {
    if (!file) throw new BackupError(`${t.restoreUsage}\n\n${RESTORE_HELP}`, 2);
    const { manifest, mediaFiles } = await restoreBackup({
      file,
      target: installation(),
      force,
      passphrase: () => passphrase(lang, false),
      t,
    });
    const tables = Object.keys(manifest.tables).length;
    console.log(t.restoreDone(file, tables, totalRows(manifest.tables), mediaFiles, manifest.migration));
  });
}
