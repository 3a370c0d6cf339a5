import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const secretsSchema = z.object({
  sessionSecret: z.string().regex(/^[0-9a-f]{64,}$/),
});

export type Secrets = z.infer<typeof secretsSchema>;

/**
 * Loads the installation's secrets from DATA_DIR/secrets.json, generating them on first start.
 * They never live in the repository; the file is readable by its owner only.
 */
export function loadOrCreateSecrets(dataDir: string, sessionSecret?: string): Secrets {
  // Given in the environment (several instances share it): nothing to read or write.
  if (sessionSecret) return { sessionSecret };
  const file = path.join(dataDir, 'secrets.json');
  mkdirSync(dataDir, { recursive: true });
  let raw: string | undefined;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (raw !== undefined) {
    const parsed = secretsSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new Error(`${file} is damaged; remove it to generate new secrets`);
    return parsed.data;
  }
  const secrets: Secrets = { sessionSecret: randomBytes(32).toString('hex') };
  // 'wx' fails if another process created the file meanwhile; then we read theirs.
  try {
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateSecrets(dataDir);
    throw error;
  }
  return secrets;
}
