import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { enqueue } from '../../platform/outbox.ts';
import '../search/registry.ts';

/** What a committed command still has to do outside its transaction. */
export interface AfterCommit {
  /** Cache tags to purge. */
  purge: string[];
  /** Search entries to bring up to date (indexed if public, removed if not). */
  reindex: { type: string; id: number }[];
}

/**
 * Enqueues a command's effects in its transaction (the outbox, src/platform/outbox.ts): they run
 * once it has committed, and still run after a crash that follows the commit.
 */
export async function enqueueAfterCommit(trx: Kysely<DB>, effects: AfterCommit): Promise<void> {
  for (const entry of effects.reindex) await enqueue(trx, { kind: 'search.reindex', ...entry });
  if (effects.purge.length > 0) await enqueue(trx, { kind: 'purge', tags: [...new Set(effects.purge)] });
}

/** The cache tag of every public page showing a site's collections (lists, items, trees, sitemap). */
export function collectionsTag(siteId: number): string {
  return `collections:${siteId}`;
}

/** Tags a change to a site's collections purges: their pages, and the menu that links to them. */
export function collectionChangeTags(siteId: number): string[] {
  return [collectionsTag(siteId), `menu:${siteId}`];
}
