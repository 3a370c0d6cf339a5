import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRankCandidates } from '../../src/db/search-query-sql.ts';
import { buildQuery } from '../../src/modules/search/query.ts';
import { reindexAll } from '../../src/modules/search/registry.ts';
import { searchDocuments, termMatch } from '../../src/modules/search/search.service.ts';
import { suggestSpelling } from '../../src/modules/search/spelling.ts';
import { createArticle, createCategory, createPage, defaultSiteId, paragraphs } from '../factories.ts';
import { corpus } from '../fixtures/search-corpus.ts';
import { relevanceCases, spellingCases } from '../fixtures/search-queries.ts';
import { createTestApp, type TestApp, testEngine } from '../harness.ts';

// The same queries and expectations run on SQLite FTS5 and on PostgreSQL (TEST_DATABASE_URL).
let t: TestApp;
let siteId: number;
const keyOf = new Map<string, string>();
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.services.db;
  siteId = await defaultSiteId(db);
  const categories = new Map<string, number>();
  for (const [slug, name] of [
    ['kinh-te', 'Kinh tế'],
    ['xa-hoi', 'Văn hóa - Xã hội'],
    ['qp-an', 'Quốc phòng - An ninh'],
    ['chi-dao', 'Chỉ đạo điều hành'],
  ] as const) {
    categories.set(
      slug,
      await createCategory(db, siteId, {
        name,
        slug,
        translations: {
          en: { name: `${name} (en)`, slug: `${slug}-en` },
          zh: { name: `${name}（中文）`, slug: `${slug}-zh` },
        },
      }),
    );
  }
  const now = Date.now();
  for (const doc of corpus) {
    const lang = doc.lang ?? 'vi';
    if (doc.page) {
      const id = await createPage(db, siteId, { title: doc.title, lang, body: paragraphs(doc.body) });
      await db.updateTable('pages').set({ lead: doc.lead }).where('id', '=', id).execute();
      keyOf.set(`page:${id}`, doc.key);
      continue;
    }
    const publishedAt = new Date(now - doc.daysAgo * DAY - 60_000).toISOString();
    const id = await createArticle(db, siteId, categories.get(doc.category ?? 'kinh-te')!, {
      title: doc.title,
      lead: doc.lead,
      body: paragraphs(doc.body),
      lang,
      published_at: publishedAt,
      created_at: publishedAt,
      updated_at: publishedAt,
    });
    keyOf.set(`article:${id}`, doc.key);
  }
  const { indexed } = await reindexAll(t.services);
  expect(indexed).toBe(corpus.length);
});
afterAll(async () => t?.close());

describe(`search relevance on ${testEngine}`, () => {
  it('has a test set of at least 50 queries over about 60 documents', () => {
    expect(relevanceCases.length).toBeGreaterThanOrEqual(50);
    expect(corpus.length).toBeGreaterThanOrEqual(55);
  });

  for (const test of relevanceCases) {
    const label = `${test.q}${test.lang ? ` [${test.lang}]` : ''}${test.type ? ` [${test.type}]` : ''}`;
    it(label, async () => {
      const result = await searchDocuments(t.services.db, {
        q: test.q,
        siteIds: [siteId],
        lang: test.lang,
        types: test.type ? [test.type] : undefined,
        pageSize: 50,
        now: new Date().toISOString(),
      });
      const keys = result.hits.map((hit) => keyOf.get(`${hit.type}:${hit.itemId}`) ?? `?${hit.id}`);
      const within = test.within ?? Math.max(3, test.expect.length);
      for (const key of test.expect)
        expect(keys.slice(0, within), `${key} in the first ${within}`).toContain(key);
      if (test.first) expect(keys[0], 'first result').toBe(test.first);
      for (const key of test.below ?? []) {
        const at = keys.indexOf(key);
        if (at !== -1)
          expect(at, `${key} ranks below ${test.first}`).toBeGreaterThan(keys.indexOf(test.first!));
      }
      for (const key of test.absent ?? []) expect(keys, `${key} does not match`).not.toContain(key);
    });
  }

  for (const test of spellingCases) {
    it(`offers “${test.suggest}” for “${test.q}”, which finds ${test.finds}`, async () => {
      const request = { q: test.q, siteIds: [siteId], pageSize: 50, now: new Date().toISOString() };
      const found = await searchDocuments(t.services.db, request);
      const suggestion = await suggestSpelling(t.services.db, request, found.total);
      expect(suggestion?.q).toBe(test.suggest);
      const corrected = await searchDocuments(t.services.db, { ...request, q: suggestion?.q });
      const keys = corrected.hits.map((hit) => keyOf.get(`${hit.type}:${hit.itemId}`));
      expect(keys.slice(0, 3)).toContain(test.finds);
    });
  }

  it('offers no correction when the query finds enough, nor one that finds nothing', async () => {
    const request = { q: 'quoc phong', siteIds: [siteId], now: new Date().toISOString() };
    const found = await searchDocuments(t.services.db, request);
    expect(await suggestSpelling(t.services.db, request, found.total)).toBeUndefined();
    const nonsense = { ...request, q: 'zzqxj wvvk' };
    expect(await suggestSpelling(t.services.db, nonsense, 0)).toBeUndefined();
  });

  it('shows the original diacritics in highlighted titles and snippets of an unaccented query', async () => {
    const result = await searchDocuments(t.services.db, {
      q: 'quoc phong',
      siteIds: [siteId],
      now: new Date().toISOString(),
    });
    const first = result.hits[0]!;
    expect(first.title.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual([
      'quốc',
      'phòng',
    ]);
    expect(first.snippet.some((segment) => segment.mark && segment.text === 'quốc')).toBe(true);
  });

  it('sorts by date when asked, newest first', async () => {
    const result = await searchDocuments(t.services.db, {
      q: 'tỉnh',
      siteIds: [siteId],
      sort: 'date',
      pageSize: 50,
      now: new Date().toISOString(),
    });
    const dates = result.hits.map((hit) => hit.publishedAt);
    expect(dates.length).toBeGreaterThan(5);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('filters by category and by date range, and pages through results', async () => {
    const now = new Date();
    const all = await searchDocuments(t.services.db, {
      q: 'tỉnh',
      siteIds: [siteId],
      pageSize: 5,
      now: now.toISOString(),
    });
    expect(all.total).toBeGreaterThan(10);
    const second = await searchDocuments(t.services.db, {
      q: 'tỉnh',
      siteIds: [siteId],
      pageSize: 5,
      page: 2,
      now: now.toISOString(),
    });
    expect(second.hits.map((hit) => hit.id).filter((id) => all.hits.some((hit) => hit.id === id))).toEqual(
      [],
    );
    const recent = await searchDocuments(t.services.db, {
      q: 'tỉnh',
      siteIds: [siteId],
      pageSize: 50,
      from: new Date(now.getTime() - 10 * DAY).toISOString(),
      now: now.toISOString(),
    });
    expect(recent.total).toBeGreaterThan(0);
    expect(recent.total).toBeLessThan(all.total);
    for (const hit of recent.hits)
      expect(Date.parse(hit.publishedAt)).toBeGreaterThan(now.getTime() - 10 * DAY);
    const category = all.hits.find((hit) => hit.categoryId !== null)!.categoryId!;
    const inCategory = await searchDocuments(t.services.db, {
      q: 'tỉnh',
      siteIds: [siteId],
      categoryIds: [category],
      pageSize: 50,
      now: now.toISOString(),
    });
    expect(inCategory.hits.length).toBeGreaterThan(0);
    for (const hit of inCategory.hits) expect(hit.categoryId).toBe(category);
  });

  it('hides items scheduled for later until their time', async () => {
    const later = await searchDocuments(t.services.db, {
      q: 'quốc phòng',
      siteIds: [siteId],
      now: new Date(Date.now() - 45 * DAY).toISOString(),
    });
    expect(later.hits.map((hit) => keyOf.get(`${hit.type}:${hit.itemId}`))).not.toContain('qp-tongket');
  });

  it('takes title matches of any age for a quoted phrase only when they hold the phrase', async () => {
    const db = t.services.db;
    const category = await createCategory(db, siteId, { name: 'Thời sự' });
    const old = new Date(Date.now() - 900 * DAY).toISOString();
    const apart = await createArticle(db, siteId, category, {
      title: 'Quốc lộ 1 qua tỉnh được nâng cấp, phòng ngừa ùn tắc dịp Tết',
      published_at: old,
    });
    const together = await createArticle(db, siteId, category, {
      title: 'Hội đồng giáo dục quốc phòng tỉnh họp phiên cuối năm',
      published_at: old,
    });
    await reindexAll(t.services);
    const query = buildQuery('"quốc phòng"');
    const { titled } = await findRankCandidates(
      db,
      termMatch({ siteIds: [siteId] }, query.required, query.titleTerms, query.phrases),
      { now: new Date().toISOString() },
      { newest: 1, titled: 50 },
    );
    const rows = await db
      .selectFrom('search_documents')
      .select(['item_id', 'title'])
      .where('id', 'in', titled.length > 0 ? titled.map((candidate) => candidate.id) : [-1])
      .execute();
    expect(rows.map((row) => row.item_id)).toContain(together);
    expect(rows.map((row) => row.item_id)).not.toContain(apart);
    for (const row of rows) expect(row.title.toLowerCase()).toContain('quốc phòng');
  });

  it('ranks a word typed with diacritics, found as typed in the body, above the same letters with other marks in a title', async () => {
    const db = t.services.db;
    const category = await createCategory(db, siteId, { name: 'Dân sinh' });
    const other = await createArticle(db, siteId, category, {
      title: 'Thông báo kết quả xét tuyển viên chức ngành y',
      lead: 'Danh sách trúng tuyển được niêm yết công khai.',
      body: paragraphs('Hội đồng tuyển dụng đã họp và thống nhất danh sách.'),
    });
    const asTyped = await createArticle(db, siteId, category, {
      title: 'Ngư dân cẩn trọng khi ra khơi dịp cuối năm',
      lead: 'Biên phòng khuyến cáo tàu cá theo dõi thời tiết.',
      body: paragraphs('Cơn bão số 5 đang tiến gần đất liền; bão mạnh cấp 12, giật cấp 14.'),
      published_at: new Date(Date.now() - 400 * DAY).toISOString(),
    });
    await reindexAll(t.services);
    const order = async (q: string) =>
      (await searchDocuments(db, { q, siteIds: [siteId], pageSize: 50, now: new Date().toISOString() })).hits
        .filter((hit) => hit.type === 'article')
        .map((hit) => hit.itemId);
    const accented = await order('bão');
    expect(accented).toContain(other);
    expect(accented.indexOf(asTyped)).toBeLessThan(accented.indexOf(other));
    // Typed without diacritics, both are found.
    const plain = await order('bao');
    expect(plain).toEqual(expect.arrayContaining([other, asTyped]));
  });
});
