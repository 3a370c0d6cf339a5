import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { readIndexFormat, SEARCH_INDEX_FORMAT } from '../../src/db/search-sql.ts';
import { startSearchIndex } from '../../src/modules/search/index-state.ts';
import { reindexAll } from '../../src/modules/search/registry.ts';
import { searchDocuments } from '../../src/modules/search/search.service.ts';
import type { SearchIndexState } from '../../src/platform/search-index.ts';
import { createTestApp, type TestApp, testDatabaseUrl, testEngine } from '../harness.ts';
import { breakIndex, seedBridgeArticle } from '../search-index.ts';

// A start-up index build that outlasts its wait goes on in the background; meanwhile the portal
// serves and the search page says the index is being built instead of answering from part of it.

const now = () => new Date().toISOString();
const QUERY = encodeURIComponent('cầu Rạch Miễu');

describe(`the start-up search index build on ${testEngine}`, () => {
  let t: TestApp;
  let siteId: number;

  beforeAll(async () => {
    t = await createTestApp();
    siteId = await seedBridgeArticle(t.services.db);
    await reindexAll(t.services);
  });
  afterAll(async () => t?.close());

  it('says on the search page, in the reader’s language, that the index is being built', async () => {
    const building: SearchIndexState = { rebuilding: true, ready: new Promise(() => {}) };
    const app = await buildApp({ ...t.services, searchIndex: building }, { logger: false, scheduler: false });
    try {
      const vi = await app.inject({ url: `/tim-kiem?q=${QUERY}` });
      expect(vi.statusCode).toBe(503);
      expect(vi.headers['retry-after']).toBe('120');
      expect(vi.headers['cache-control']).toBe('no-store');
      expect(vi.body).toContain('đang cập nhật chỉ mục tìm kiếm');
      expect(vi.body).toContain('role="status"');
      expect(vi.body).not.toContain('Không tìm thấy kết quả');
      const en = await app.inject({ url: `/en/search?q=${QUERY}` });
      expect(en.statusCode).toBe(503);
      expect(en.body).toContain('search index is being rebuilt');
      // The page without a query is the ordinary form.
      expect((await app.inject({ url: '/tim-kiem' })).statusCode).toBe(200);
      const suggest = await app.inject({ url: `/api/v1/search/suggest?q=${encodeURIComponent('cầu r')}` });
      expect(suggest.statusCode).toBe(200);
      expect(suggest.json()).toEqual({ suggestions: [] });
      expect((await app.inject({ url: '/healthz' })).json()).toMatchObject({
        status: 'ok',
        search: 'building',
      });
    } finally {
      await app.close();
    }
    const ready = await t.app.inject({ url: `/tim-kiem?q=${QUERY}` });
    expect(ready.statusCode).toBe(200);
    expect(ready.body).toContain('<mark>');
    expect((await t.app.inject({ url: '/healthz' })).json()).toMatchObject({ search: 'ok' });
  });

  it('builds the index to the end after start-up stopped waiting for it', async () => {
    await breakIndex(t.services.db, SEARCH_INDEX_FORMAT - 1);
    const lines: string[] = [];
    // On PostgreSQL another instance holds the rebuild lock, so the build must wait for it.
    const other = testDatabaseUrl ? new pg.Client({ connectionString: testDatabaseUrl }) : undefined;
    if (other) {
      await other.connect();
      await other.query('select pg_advisory_lock(4242006, hashtext($1))', [t.pgSchema]);
    }
    try {
      const state = await startSearchIndex({
        db: t.services.db,
        purge: () => {},
        report: (line) => lines.push(line),
        waitMs: 0,
      });
      if (other) {
        expect(state.rebuilding).toBe(true);
        expect(lines).toContain(
          'search index: building in the background; the search page answers when it is done',
        );
        await other.query('select pg_advisory_unlock(4242006, hashtext($1))', [t.pgSchema]);
      }
      await state.ready;
      expect(state.rebuilding).toBe(false);
      expect(lines).toContain('search index built: 1 documents');
      expect(await readIndexFormat(t.services.db)).toBe(SEARCH_INDEX_FORMAT);
      const result = await searchDocuments(t.services.db, {
        q: 'cau rach mieu',
        siteIds: [siteId],
        now: now(),
      });
      expect(result.total).toBe(1);
    } finally {
      await other?.end();
    }
  });

  it('reports a failed build and leaves the format unrecorded, so that the next start retries', async () => {
    await breakIndex(t.services.db, SEARCH_INDEX_FORMAT - 1);
    const lines: string[] = [];
    const failing = t.services.db.withPlugin({
      transformQuery(args) {
        if (args.node.kind === 'InsertQueryNode') throw new Error('disk full');
        return args.node;
      },
      async transformResult(args) {
        return args.result;
      },
    });
    const state = await startSearchIndex({
      db: failing,
      purge: () => {},
      report: (line) => lines.push(line),
      waitMs: 5000,
    });
    await state.ready;
    expect(state.rebuilding).toBe(false);
    expect(
      lines.some((line) => line.startsWith('warning: the search index could not be built (disk full)')),
    ).toBe(true);
    expect(await readIndexFormat(t.services.db)).toBe(SEARCH_INDEX_FORMAT - 1);
  });
});
