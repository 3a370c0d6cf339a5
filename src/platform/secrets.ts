import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const KEY = /^[0-9a-f]{64,}$/;

const storedSchema = z.object({
  sessionSecret: z.string().regex(KEY),
  // Added by the upgrade that keyed the audit chain; older files lack it until the first start.
  auditKey: z.string().regex(KEY).optional(),
});

export interface Secrets {
  /** Signs session and CSRF cookies. */
  sessionSecret: string;
  /** Keys the audit log's HMAC chain (docs/adr/0017-keyed-audit-chain.md); never stored in the database. */
  auditKey: string;
}

/** Secrets given in the environment (several instances share them); absent ones come from the file. */
export interface GivenSecrets {
  sessionSecret?: string | undefined;
  auditKey?: string | undefined;
}

/** An unreadable `.upgrade` file older than this was left by a process that died while writing it. */
const STALE_UPGRADE_MS = 5_000;

const newKey = () => randomBytes(32).toString('hex');

function readStored(file: string): z.infer<typeof storedSchema> | undefined {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file} is damaged; restore it from a backup`);
  return parsed.data;
}

const format = (secrets: object) => `${JSON.stringify(secrets, null, 2)}\n`;

/**
 * Adds the audit key to a secrets file written by an older version, keeping every other value.
 * Several processes may start at once: the first to create the `.upgrade` file decides the key,
 * the others adopt that file (also one left behind by a crash), so all of them use one key.
 */
function addAuditKey(file: string, stored: z.infer<typeof storedSchema>): Secrets {
  const upgrade = `${file}.upgrade`;
  const wanted: Secrets = { ...stored, auditKey: newKey() };
  try {
    writeFileSync(upgrade, format(wanted), { mode: 0o600, flag: 'wx' });
    // Another process may have finished between our read and now (its .upgrade is gone with
    // the rename that gave secrets.json the key): then its key is the one.
    const current = readStored(file);
    if (current?.auditKey) {
      unlinkSync(upgrade);
      return { ...current, auditKey: current.auditKey };
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    let other: z.infer<typeof storedSchema> | undefined;
    try {
      other = readStored(upgrade);
    } catch {
      other = undefined; // half-written by a process that died: replace it
    }
    if (other?.auditKey && other.sessionSecret === stored.sessionSecret) {
      Object.assign(wanted, { auditKey: other.auditKey });
    } else if (Date.now() - statSync(upgrade).mtimeMs < STALE_UPGRADE_MS) {
      // Being written by a live process right now: wait for it rather than race it.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      return addAuditKey(file, stored);
    } else {
      writeFileSync(upgrade, format(wanted), { mode: 0o600 });
    }
  }
  try {
    renameSync(upgrade, file);
  } catch (error) {
    // Another process renamed it first: its file is the one to use.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const current = readStored(file);
    if (current?.auditKey) return { ...current, auditKey: current.auditKey };
    throw error;
  }
  return wanted;
}

/**
 * Loads the installation's secrets from DATA_DIR/secrets.json, generating them on first start
 * and adding the ones a newer version needs (the audit key) to an existing file without changing
 * the others. Values given in the environment win and are never written. They never live in the
 * repository or the database; the file is readable by its owner only.
 */
export function loadOrCreateSecrets(dataDir: string, given: GivenSecrets | string = {}): Secrets {
  const env: GivenSecrets = typeof given === 'string' ? { sessionSecret: given } : given;
  if (env.sessionSecret && env.auditKey) return { sessionSecret: env.sessionSecret, auditKey: env.auditKey };
  const file = path.join(dataDir, 'secrets.json');
  mkdirSync(dataDir, { recursive: true });
  const stored = readStored(file);
  let secrets: Secrets;
  if (stored?.auditKey) {
    secrets = { ...stored, auditKey: stored.auditKey };
  } else if (stored) {
    secrets = addAuditKey(file, stored);
  } else {
    secrets = { sessionSecret: newKey(), auditKey: newKey() };
    // 'wx' fails if another process created the file meanwhile; then we read theirs.
    try {
      writeFileSync(file, format(secrets), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateSecrets(dataDir, env);
      throw error;
    }
  }
  return {
    sessionSecret: env.sessionSecret || secrets.sessionSecret,
    auditKey: env.auditKey || secrets.auditKey,
  };
}

/**
 * The audit key without creating anything: AUDIT_KEY, else DATA_DIR/secrets.json's. Undefined
 * when neither has one (checking the log with a new key would call every entry altered).
 */
export function readAuditKey(dataDir: string, given?: string): string | undefined {
  if (given) return given;
  return readStored(path.join(dataDir, 'secrets.json'))?.auditKey;
}
