import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { seedDemoAccounts } from './accounts.ts';
import { type SeedResult, seedDemo } from './seed.ts';

/**
 * Loads the demo province and its accounts into an empty database (undefined when it has sites).
 * Callers import this module dynamically, so the demo text stays out of the server's main chunk.
 */
export async function loadDemo(options: {
  db: Kysely<DB>;
  mediaDir: string;
  dataDir: string;
  now: Date;
}): Promise<SeedResult | undefined> {
  const seeded = await seedDemo(options.db, { mediaDir: options.mediaDir, now: options.now });
  if (seeded) await seedDemoAccounts(options.db, options.dataDir, options.now);
  return seeded;
}
