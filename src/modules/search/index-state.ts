import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { SearchIndexState } from '../../platform/search-index.ts';
import { checkSearchIndex } from './consistency.ts';
import { ensureSearchIndex } from './registry.ts';

export interface StartSearchIndexOptions {
  db: Kysely<DB>;
  /** Purges cached pages of the sites rebuilt; may be bound after start. */
  purge: (tags: string[]) => void;
  report: (line: string) => void;
  /** How long start-up waits for the build before serving without it. */
  waitMs: number;
}

/**
 * Starts the start-up index build (see ensureSearchIndex), or when no build is needed the
 * consistency check (consistency.ts), and waits up to `waitMs` for it. A
 * failed build is reported, not thrown: the portal serves, and the next start tries again (the
 * index format is recorded only when a build completes).
 */
export async function startSearchIndex(options: StartSearchIndexOptions): Promise<SearchIndexState> {
  let rebuilding = true;
  const services = { db: options.db, purge: (tags: string[]) => options.purge(tags) };
  const ready = ensureSearchIndex(services).then(
    async (indexed) => {
      if (indexed !== undefined) {
        options.report(`search index built: ${indexed} documents`);
        return;
      }
      // Not rebuilt: check it (a crash, a restored backup, rows removed by hand) and repair it.
      try {
        const check = await checkSearchIndex(services);
        state.lastCheck = check;
        if (check.missing + check.stale > 0) options.report(`warning: ${check.summary}`);
      } catch (error) {
        options.report(
          `warning: the search index could not be checked (${error instanceof Error ? error.message : String(error)})`,
        );
      }
    },
    (error: unknown) => {
      options.report(
        `warning: the search index could not be built (${error instanceof Error ? error.message : String(error)}); run "dinh search reindex" or restart`,
      );
    },
  );
  const state: SearchIndexState = {
    get rebuilding() {
      return rebuilding;
    },
    ready: ready.finally(() => {
      rebuilding = false;
    }),
  };
  let timer: NodeJS.Timeout | undefined;
  const waited = await Promise.race([
    state.ready.then(() => true),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), options.waitMs);
    }),
  ]);
  clearTimeout(timer);
  if (!waited)
    options.report('search index: building in the background; the search page answers when it is done');
  return state;
}
