import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { reindexAll } from './registry.ts';

export const SEARCH_HELP =
  'Usage: dinh search reindex\n\nRebuilds the search index from every published article and page (and any other\nregistered type), then removes entries of items that are no longer public.\nSafe while the portal runs: entries are replaced batch by batch.\n';

/** `dinh search reindex`: rebuilds the index and reports what it did. Returns the exit code. */
export async function searchReindex(
  db: Kysely<DB>,
  out: (line: string) => void = console.log,
): Promise<number> {
  const started = Date.now();
  const { indexed, removed } = await reindexAll(
    { db, purge: () => {} },
    {
      onProgress: (count) => {
        if (count % 5000 === 0) out(`  ${count} indexed…`);
      },
    },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  out(`Search index rebuilt: ${indexed} documents indexed, ${removed} stale entries removed (${seconds} s).`);
  out('Running portals drop their cached result pages within 10 seconds.');
  return 0;
}
