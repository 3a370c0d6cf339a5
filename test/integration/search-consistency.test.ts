import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSearchDocuments } from '../../src/db/search-sql.ts';
import { articleSource } from '../../src/modules/articles/search-source.ts';
import { toIndexRecord } from '../../src/modules/search/documents.ts';
import { reindexAll } from '../../src/modules/search/registry.ts';
import { enqueue, inTransaction } from '../../src/platform/outbox.ts';
import { createArticle, createCategory, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

/**
 * The search index repairs itself at start (issue 12, finding 5): published items without an
 * index row are indexed, rows of items no longer public removed, and the portal says what it
 * fixed in its log and on /healthz instead of reporting "search: ok" over a gap for good.
 */
let t: TestApp;
const ids: Record<string, number> = {};
const titles = {
  bridge: 'Khánh thành cầu Rạch Miễu hai',
  festival: 'Lễ hội Đền Hùng thu hút du khách',
  school: 'Trường học mới ở xã Hồng Sơn',
  harvest: 'Nông dân phấn khởi vì được mùa lúa',
  draft: 'Bản nháp kế hoạch phòng chống lụt bão',
  deleted: 'Tin đã xóa về hội chợ thương mại',
};

async function indexedItems(): Promise<number[]> {
  const rows = await t.services.db
    .selectFrom('search_documents')
    .select('item_id')
    .where('type', '=', 'article')
    .orderBy('item_id')
    .execute();
  return rows.map((row) => row.item_id);
}

async function finds(app: TestApp, key: keyof typeof titles): Promise<boolean> {
  const page = await app.app.inject({ url: `/tim-kiem?q=${encodeURIComponent(titles[key])}` });
  expect(page.statusCode).toBe(200);
  return new RegExp(`href="[^"]*-${ids[key]}"`).test(page.body);
}

/** Indexes an article whatever its state, the way a stale row looks. */
async function indexAnyway(id: number, title: string, siteId: number) {
  const doc = {
    type: 'article',
    itemId: id,
    siteId,
    lang: 'vi' as const,
    categoryId: null,
    title,
    lead: '',
    body: title,
    url: `/tin-tuc/x-${id}.html`,
    publishedAt: new Date().toISOString(),
  };
  await t.services.db
    .transaction()
    .execute((trx) => writeSearchDocuments(trx, [toIndexRecord(doc, doc.publishedAt)]));
}

beforeAll(async () => {
  t = await createTestApp();
  const siteId = await defaultSiteId(t.services.db);
  const categoryId = await createCategory(t.services.db, siteId, { name: 'Tin tức', showInMenu: true });
  for (const [key, title] of Object.entries(titles)) {
    ids[key] = await createArticle(t.services.db, siteId, categoryId, {
      title,
      ...(key === 'draft' ? { status: 'draft', published_at: null } : {}),
    });
  }
  await reindexAll(t.services);
  // Behind the app's back: two published articles lose their rows, a draft gets one, and an
  // indexed article is deleted without its row.
  await t.services.db
    .deleteFrom('search_documents')
    .where('type', '=', 'article')
    .where('item_id', 'in', [ids.festival as number, ids.school as number])
    .execute();
  await indexAnyway(ids.draft as number, titles.draft, siteId);
  await t.services.db
    .deleteFrom('articles')
    .where('id', '=', ids.deleted as number)
    .execute();
});
afterAll(async () => t?.close());

describe('the search index consistency check', () => {
  it('repairs missing and stale rows at start and reports what it fixed', async () => {
    expect(await indexedItems()).toEqual(
      [ids.bridge, ids.harvest, ids.draft, ids.deleted].map(Number).sort((a, b) => a - b),
    );
    const lines: Record<string, unknown>[] = [];
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    });
    const restarted = await createTestApp({ sameInstallationAs: t, logStream });
    try {
      expect(await indexedItems()).toEqual(
        [ids.bridge, ids.festival, ids.school, ids.harvest].map(Number).sort((a, b) => a - b),
      );
      const health = (await restarted.app.inject({ url: '/healthz' })).json();
      expect(health).toMatchObject({
        status: 'ok',
        search: 'ok',
        searchCheck: { missing: 2, stale: 2, summary: 'search: repaired 2 missing, 2 stale' },
      });
      const logged = lines.find((line) => line.msg === 'search: repaired 2 missing, 2 stale');
      expect(logged?.level).toBe(40);
      expect(await finds(restarted, 'bridge')).toBe(true);
      expect(await finds(restarted, 'festival')).toBe(true);
      expect(await finds(restarted, 'school')).toBe(true);
      expect(await finds(restarted, 'draft')).toBe(false);
    } finally {
      await restarted.close();
    }
  });

  it('finds nothing to repair in a consistent index, and runs as an effect from the outbox', async () => {
    await t.services.db
      .deleteFrom('search_documents')
      .where('type', '=', 'article')
      .where('item_id', '=', ids.harvest as number)
      .execute();
    await inTransaction(t.services, (trx) => enqueue(trx, { kind: 'search.check' }));
    expect(t.services.searchIndex.lastCheck).toMatchObject({ missing: 1, stale: 0 });
    await inTransaction(t.services, (trx) => enqueue(trx, { kind: 'search.check' }));
    expect(t.services.searchIndex.lastCheck).toMatchObject({
      missing: 0,
      stale: 0,
      summary: 'search: index consistent',
    });
    expect(await indexedItems()).toContain(ids.harvest);
    // The article source answers the check with ids alone.
    expect(await articleSource.publicIds?.(t.services.db, { afterId: 0, limit: 100 })).toEqual(
      [ids.bridge, ids.festival, ids.school, ids.harvest].map(Number).sort((a, b) => a - b),
    );
  });
});
