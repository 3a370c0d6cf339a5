import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../paths.ts';

/** What a backup archive says about itself (manifest.json, authenticated by manifest.hmac). */

/** The archive format this version writes and the newest it reads. */
export const FORMAT_VERSION = 1;

export const ENTRY = {
  manifest: 'manifest.json',
  manifestMac: 'manifest.hmac',
  sqlite: 'database.sqlite',
  pgDump: 'database.pgdump',
  secrets: 'secrets.json.enc',
  mediaPrefix: 'media/',
} as const;

/** Only the fields that decide whether this version can read the rest. */
export const manifestHead = z.object({
  format: z.literal('dinh-backup'),
  formatVersion: z.number().int().positive(),
});

const checksum = z.object({
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const manifestSchema = manifestHead.extend({
  dinhVersion: z.string(),
  createdAt: z.string(),
  engine: z.enum(['sqlite', 'postgres']),
  /** The last applied migration (by name), and all of them. */
  migration: z.string(),
  migrations: z.array(z.string()),
  postgres: z
    .object({ schema: z.string().min(1), serverVersion: z.string(), pgDumpMajor: z.number().int() })
    .optional(),
  tables: z.record(z.string(), z.object({ rows: z.number().int().nonnegative(), sha256: z.string() })),
  files: z.record(z.string(), checksum),
  encryption: z.object({
    kdf: z.literal('scrypt'),
    N: z.number().int(),
    r: z.number().int(),
    p: z.number().int(),
    salt: z.string(),
    cipher: z.literal('aes-256-gcm'),
    keyCheck: z.string(),
  }),
  /** Whether DATA_DIR/secrets.json was there to back up. */
  hasSecrets: z.boolean(),
});

export type Manifest = z.infer<typeof manifestSchema>;

/** A failure the operator must read: a sentence from the backup catalogue, and the exit code. */
export class BackupError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** This installation's version (package.json). */
export function dinhVersion(): string {
  const json = JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as {
    version?: string;
  };
  return json.version ?? '0.0.0';
}

/** The total number of rows in a manifest's tables. */
export function totalRows(tables: Manifest['tables']): number {
  return Object.values(tables).reduce((sum, table) => sum + table.rows, 0);
}
