import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSearchDocuments } from '../../src/db/search-sql.ts';
import { type SearchDocument, toIndexRecord } from '../../src/modules/search/documents.ts';
import { reindexAll, reindexItem } from '../../src/modules/search/registry.ts';
import { searchReindex } from '../../src/modules/search/search-cli.ts';
import { createArticle, createCategory, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp, testEngine } from '../harness.ts';

/**
 * Writers of the search index running at once, and what one write costs as the index grows
 * (issue 14: a rebuild of 20,000 legal documents on SQLite did not finish in 23 minutes).
 */
let t: TestApp;
let siteId: number;
const articleIds: number[] = [];

beforeAll(async () => {
  t = await createTestApp();
  siteId = await defaultSiteId(t.services.db);
  const categoryId = await createCategory(t.services.db, siteId, { name: 'Thời sự', slug: 'thoi-su' });
  for (let i = 0; i < 40; i++)
    articleIds.push(
      await createArticle(t.services.db, siteId, categoryId, { title: `Tin số ${i} về đường tỉnh 865` }),
    );
});
afterAll(async () => t?.close());

async function indexedArticles(): Promise<number[]> {
  const rows = await t.services.db
    .selectFrom('search_documents')
    .select('item_id')
    .where('type', '=', 'article')
    .orderBy('item_id')
    .execute();
  return rows.map((row) => row.item_id);
}

describe('a rebuild and items reindexed at the same time', () => {
  it('both succeed, and every item is indexed once afterwards', async () => {
    // `dinh search reindex` and the outbox's per-item reindexing, several rounds, interleaved:
    // on PostgreSQL they run on separate pooled connections, as two processes would.
    for (let round = 0; round < 3; round++) {
      const lines: string[] = [];
      const results = await Promise.allSettled([
        searchReindex(t.services.db, (line) => lines.push(line)),
        reindexAll(t.services),
        ...articleIds.map((id) => reindexItem(t.services, 'article', id)),
      ]);
      const failures = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
      expect(failures).toEqual([]);
      expect(lines.join('\n')).toMatch(/Search index rebuilt: \d+ documents indexed/);
      // None was swept as stale by a rebuild that started before the item's own write.
      expect(await indexedArticles()).toEqual(articleIds);
    }
  });
});

describe('writing a batch to the index', () => {
  // SQLite counts the rows its statements change, FTS5's own tables included (total_changes()):
  // a count that grows per document would mean the full-text index is written in pieces again.
  it.runIf(testEngine === 'sqlite')(
    'changes a bounded number of rows per document, even when the batch is not in date order',
    async () => {
      const db = t.services.db;
      const changes = async () =>
        Number((await sql<{ n: number }>`select total_changes() as n`.execute(db)).rows[0]!.n);
      // Documents loaded in item order whose dates jump about 20 years (legal documents' issue dates).
      const docs = (first: number, count: number): SearchDocument[] =>
        Array.from({ length: count }, (_, i) => ({
          type: 'bench_doc',
          itemId: first + i,
          siteId,
          lang: 'vi',
          categoryId: null,
          title: `Quyết định số ${first + i}/QĐ-UBND`,
          lead: 'Về việc giải phóng mặt bằng dự án đường tỉnh',
          body: `Điều ${i}. Ủy ban nhân dân tỉnh quyết định phê duyệt phương án bồi thường, hỗ trợ và tái định cư.`,
          url: `/van-ban/${first + i}`,
          publishedAt: new Date(Date.UTC(2026, 0, 1) - ((i * 7919) % 7000) * 86_400_000).toISOString(),
        }));
      const write = async (batch: SearchDocument[]) => {
        const records = batch.map((doc) => toIndexRecord(doc, new Date().toISOString()));
        const before = await changes();
        await db.transaction().execute((trx) => writeSearchDocuments(trx, records));
        return (await changes()) - before;
      };
      try {
        // Three rows per document (its row, and FTS5's size and deletion records) plus the pages
        // of the terms and the structure: about 660 for 200 documents. Out of order, each document
        // was flushed as a segment of its own, and its pages and structure written each time:
        // about 1,600, and merging those segments grew with the index.
        expect(await write(docs(1_000_000, 200))).toBeLessThan(4 * 200);
        // With an index already holding documents of those dates, the same.
        expect(await write(docs(2_000_000, 200))).toBeLessThan(4 * 200);
      } finally {
        await db.deleteFrom('search_documents').where('type', '=', 'bench_doc').execute();
      }
    },
  );
});
