import { readSearchState } from '../../db/search-sql.ts';
import type { AppServices } from '../../platform/services.ts';
import { REBUILT_STATE, searchTag } from './registry.ts';

/** How often a portal checks whether the index was rebuilt elsewhere. */
export const REBUILD_CHECK_MS = 10_000;

/**
 * `dinh search reindex` runs in its own process, which cannot reach the portals' page caches
 * (nor can a rebuild on another instance without Redis). Each portal looks at the last rebuild
 * recorded in search_state every few seconds (one indexed read) and, when it changed, purges the
 * cached result pages of the sites it touched. Returns a function that stops watching.
 */
export function watchRebuilds(
  services: Pick<AppServices, 'db' | 'pageCache' | 'dataCache'>,
  intervalMs = REBUILD_CHECK_MS,
): () => void {
  let last: string | undefined;
  let started = false;
  let busy = false;
  const check = async () => {
    if (busy) return;
    busy = true;
    try {
      const value = await readSearchState(services.db, REBUILT_STATE);
      if (started && value !== undefined && value !== last) {
        const sites = (value.split(' ')[1] ?? '')
          .split(',')
          .filter((site) => /^\d+$/.test(site))
          .map((site) => searchTag(Number(site)));
        services.pageCache.purge(sites);
        services.dataCache.purge(sites);
      }
      last = value;
      started = true;
    } catch {
      // The database is unreachable or closing: the next check tries again.
    } finally {
      busy = false;
    }
  };
  void check();
  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
