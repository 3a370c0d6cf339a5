import type { AppServices } from '../../platform/services.ts';
import { reindexItem } from '../search/registry.ts';

/** What a committed command still has to do outside its transaction. */
export interface AfterCommit {
  /** Cache tags to purge. */
  purge: string[];
  /** Search entries to bring up to date (indexed if public, removed if not). */
  reindex: { type: string; id: number }[];
}

/**
 * Runs a command's effects once its transaction has committed. The one place the kit does so:
 * when the outbox lands (issue 11 part 2), this function enqueues instead of running.
 */
export async function runAfterCommit(
  services: Pick<AppServices, 'db' | 'purge'>,
  effects: AfterCommit,
): Promise<void> {
  for (const entry of effects.reindex) await reindexItem(services, entry.type, entry.id);
  if (effects.purge.length > 0) services.purge([...new Set(effects.purge)]);
}

/** The cache tag of every public page showing a site's collections (lists, items, trees, sitemap). */
export function collectionsTag(siteId: number): string {
  return `collections:${siteId}`;
}

/** Tags a change to a site's collections purges: their pages, and the menu that links to them. */
export function collectionChangeTags(siteId: number): string[] {
  return [collectionsTag(siteId), `menu:${siteId}`];
}
