import { createHash, type Hash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { type FileHandle, mkdir, mkdtemp, open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { migrations as knownMigrations } from '../../db/migrations/index.ts';
import type { BackupMessages } from '../../i18n/cli-backup.ts';
import { type BackupKeys, decrypt, keysFor, macMatches } from './crypto.ts';
import { postgresDigests, sqliteDigests, type TableDigests } from './digest.ts';
import {
  BackupError,
  ENTRY,
  FORMAT_VERSION,
  type Manifest,
  manifestHead,
  manifestSchema,
} from './manifest.ts';
import { requirePgTool, runPgTool } from './postgres-tools.ts';
import { readTar, TarFormatError } from './tar.ts';
import { connectPostgres, type Installation, isSafeMediaKey, targetContents } from './target.ts';

/**
 * `dinh restore`: checks everything before writing anything (format, engine, migrations, an empty
 * target, the passphrase, the manifest's MAC, every file's SHA-256), then restores the database,
 * the media and the secrets, and compares every table of the restored database with the digests
 * the backup took from its snapshot.
 */

export interface RestoreSummary {
  manifest: Manifest;
  mediaFiles: number;
}

const SMALL = new Set<string>([ENTRY.manifest, ENTRY.manifestMac, ENTRY.secrets]);

interface Inventory {
  checksums: Map<string, { bytes: number; sha256: string }>;
  small: Map<string, Buffer>;
}

/** First pass: every entry's size and SHA-256, and the small entries' bytes. */
async function inventory(handle: FileHandle, file: string, t: BackupMessages): Promise<Inventory> {
  const checksums = new Map<string, { bytes: number; sha256: string }>();
  const small = new Map<string, Buffer>();
  try {
    await readTar(handle, (entry) => {
      const hash = createHash('sha256');
      const chunks: Buffer[] = [];
      const keep = SMALL.has(entry.name) && entry.size < 1 << 20;
      let bytes = 0;
      return {
        data(chunk) {
          hash.update(chunk);
          bytes += chunk.length;
          if (keep) chunks.push(Buffer.from(chunk));
        },
        end() {
          if (checksums.has(entry.name)) throw new BackupError(t.tampered(entry.name));
          checksums.set(entry.name, { bytes, sha256: hash.digest('hex') });
          if (keep) small.set(entry.name, Buffer.concat(chunks));
        },
      };
    });
  } catch (error) {
    if (error instanceof TarFormatError) throw new BackupError(t.notABackup(file));
    throw error;
  }
  return { checksums, small };
}

function parseManifest(bytes: Buffer | undefined, file: string, t: BackupMessages): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes?.toString('utf8') ?? '');
  } catch {
    throw new BackupError(t.notABackup(file));
  }
  const head = manifestHead.safeParse(json);
  if (!head.success) throw new BackupError(t.notABackup(file));
  if (head.data.formatVersion > FORMAT_VERSION)
    throw new BackupError(t.newerFormat(head.data.formatVersion, FORMAT_VERSION), 2);
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new BackupError(t.notABackup(file));
  return parsed.data;
}

/** Every file the manifest lists is in the archive with its checksum, and nothing else is. */
function verifyFiles(manifest: Manifest, found: Inventory, t: BackupMessages): void {
  for (const [name, expected] of Object.entries(manifest.files)) {
    const actual = found.checksums.get(name);
    if (!actual || actual.sha256 !== expected.sha256 || actual.bytes !== expected.bytes)
      throw new BackupError(t.tampered(name));
  }
  for (const name of found.checksums.keys()) {
    if (name === ENTRY.manifest || name === ENTRY.manifestMac) continue;
    if (!manifest.files[name]) throw new BackupError(t.tampered(name));
    if (name.startsWith(ENTRY.mediaPrefix) && !isSafeMediaKey(name.slice(ENTRY.mediaPrefix.length)))
      throw new BackupError(t.tampered(name));
  }
}

function compareDigests(expected: TableDigests, actual: TableDigests, t: BackupMessages): void {
  const names = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  for (const name of [...names].sort()) {
    const a = expected[name];
    const b = actual[name];
    if (!a || !b || a.rows !== b.rows || a.sha256 !== b.sha256)
      throw new BackupError(t.restoredDiffers(name));
  }
}

/** Second pass: writes the entries out, hashing them again (the file could change between passes). */
async function extract(options: {
  handle: FileHandle;
  manifest: Manifest;
  target: Installation;
  workDir: string;
  keys: BackupKeys;
  t: BackupMessages;
}): Promise<{ databaseFile: string; mediaFiles: number }> {
  const { handle, manifest, target, workDir, t } = options;
  const databaseFile =
    manifest.engine === 'sqlite' ? `${target.sqliteFile}.restoring` : path.join(workDir, ENTRY.pgDump);
  let mediaFiles = 0;
  await readTar(handle, (entry) => {
    const expected = manifest.files[entry.name];
    if (!expected) return undefined;
    let destination: string | undefined;
    if (entry.name === ENTRY.sqlite || entry.name === ENTRY.pgDump) destination = databaseFile;
    else if (entry.name.startsWith(ENTRY.mediaPrefix)) {
      destination = path.join(target.mediaDir, entry.name.slice(ENTRY.mediaPrefix.length));
      mediaFiles++;
    }
    if (!destination) return undefined;
    const file = destination;
    const hash: Hash = createHash('sha256');
    let out: FileHandle | undefined;
    return {
      async data(chunk) {
        if (!out) {
          mkdirSync(path.dirname(file), { recursive: true });
          out = await open(file, 'w', 0o600);
        }
        hash.update(chunk);
        await out.write(chunk);
      },
      async end() {
        if (!out) out = await open(file, 'w', 0o600);
        await out.close();
        if (hash.digest('hex') !== expected.sha256) throw new BackupError(t.tampered(entry.name));
      },
    };
  });
  return { databaseFile, mediaFiles };
}

/** Restores `file` into an empty installation (or over a full one with `force`). */
export async function restoreBackup(options: {
  file: string;
  target: Installation;
  force: boolean;
  passphrase: () => Promise<string>;
  t: BackupMessages;
}): Promise<RestoreSummary> {
  const { file, target, t } = options;
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch {
    throw new BackupError(t.notABackup(file), 2);
  }
  try {
    const found = await inventory(handle, file, t);
    const manifestBytes = found.small.get(ENTRY.manifest);
    const manifest = parseManifest(manifestBytes, file, t);
    if (manifest.engine !== target.engine)
      throw new BackupError(t.wrongEngine(manifest.engine, target.engine), 2);
    const unknown = manifest.migrations.filter((name) => !(name in knownMigrations));
    if (unknown.length > 0)
      throw new BackupError(t.newerMigrations(unknown.join(', '), manifest.dinhVersion), 2);
    const pgSchema = manifest.postgres?.schema;
    if (!options.force) {
      const contents = await targetContents(target, pgSchema);
      if (contents.length > 0) throw new BackupError(t.targetNotEmpty(contents.join('; ')), 2);
    }
    const keys = await keysFor(await options.passphrase(), manifest.encryption);
    if (!keys) throw new BackupError(t.wrongPassphrase, 2);
    const mac = found.small.get(ENTRY.manifestMac)?.toString('utf8').trim() ?? '';
    if (!manifestBytes || !macMatches(keys, manifestBytes, mac))
      throw new BackupError(t.tampered(ENTRY.manifest));
    verifyFiles(manifest, found, t);
    let secrets: Buffer | undefined;
    const sealed = found.small.get(ENTRY.secrets);
    if (manifest.hasSecrets) {
      try {
        secrets = decrypt(keys, sealed ?? Buffer.alloc(0));
      } catch {
        throw new BackupError(t.tampered(ENTRY.secrets));
      }
    }
    if (manifest.engine === 'postgres')
      await requirePgTool('pg_restore', manifest.postgres?.pgDumpMajor ?? 0);

    // Everything checked: now the target changes.
    if (options.force) {
      for (const suffix of ['', '-wal', '-shm', '-journal'])
        await rm(`${target.sqliteFile}${suffix}`, { force: true });
      await rm(target.mediaDir, { recursive: true, force: true });
    }
    await mkdir(target.mediaDir, { recursive: true });
    await mkdir(path.dirname(target.secretsFile), { recursive: true });
    const workDir = await mkdtemp(path.join(path.dirname(target.secretsFile), '.dinh-restore-'));
    try {
      const { databaseFile, mediaFiles } = await extract({ handle, manifest, target, workDir, keys, t });
      let restored: TableDigests;
      if (manifest.engine === 'sqlite') {
        for (const suffix of ['-wal', '-shm', '-journal'])
          await rm(`${target.sqliteFile}${suffix}`, { force: true });
        await rename(databaseFile, target.sqliteFile);
        restored = sqliteDigests(target.sqliteFile);
      } else {
        restored = await restorePostgres(target.databaseUrl ?? '', pgSchema ?? 'public', databaseFile);
      }
      compareDigests(manifest.tables, restored, t);
      if (secrets) await writeFile(target.secretsFile, secrets, { mode: 0o600 });
      return { manifest, mediaFiles };
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  } finally {
    await handle.close();
  }
}

/** Replaces the schema by the dump's (in one transaction), then digests what is there. */
async function restorePostgres(databaseUrl: string, schema: string, dumpFile: string): Promise<TableDigests> {
  const client = await connectPostgres(databaseUrl);
  try {
    // The target schema is empty (checked) or --force was given; the dump creates it again.
    await client.query(`drop schema if exists "${schema.replaceAll('"', '""')}" cascade`);
    await runPgTool('pg_restore', databaseUrl, [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      dumpFile,
    ]);
    await client.query('begin isolation level repeatable read read only');
    try {
      return await postgresDigests(client, schema);
    } finally {
      await client.query('commit');
    }
  } finally {
    await client.end();
  }
}
