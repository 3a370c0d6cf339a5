import { afterAll, beforeAll, expect, it } from 'vitest';
import { FEED_SIZE } from '../../src/modules/collections/public-routes.tsx';
import { writeSideRow } from '../../src/modules/legal-documents/store.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

/**
 * What keeps the registry's feed and sitemap light at 20,000 documents (bench/legal-documents.ts):
 * the RSS names only the newest by date of issue, from the side table; the sitemap still lists
 * every published document.
 */

let t: TestApp;
const COUNT = FEED_SIZE + 5;

beforeAll(async () => {
  t = await createTestApp({ scheduler: false });
  const db = t.services.db;
  const siteId = await defaultSiteId(db);
  const stamp = '2026-03-01T03:00:00.000Z';
  // Ids grow while issue dates fall back in time: the newest by issue date are the first ids,
  // so a feed in id or display order would show the wrong ones.
  for (let i = 0; i < COUNT; i++) {
    const issuedOn = new Date(Date.UTC(2025, 11, 31) - i * 86_400_000).toISOString().slice(0, 10);
    const data = {
      doc_type: 'quyet-dinh',
      number: `${i + 1}/2025/QĐ-UBND`,
      section: 'quy-pham-phap-luat',
      issuer: 'Ủy ban nhân dân tỉnh',
      level: 'province',
      issued_on: issuedOn,
      fields: ['dat-dai'],
      title: `Quyết định số ${i + 1} về quản lý đất đai`,
      files: [],
    };
    const { id } = await db
      .insertInto('collection_items')
      .values({
        site_id: siteId,
        type: 'legal_document',
        lang: 'vi',
        source_id: null,
        source_version: null,
        stale_since: null,
        title: data.title,
        slug: `quyet-dinh-${i + 1}`,
        status: i === 2 ? 'draft' : 'published',
        data: JSON.stringify(data),
        published_at: stamp,
        created_at: stamp,
        updated_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeSideRow(db, { itemId: id, siteId, data, published: i !== 2, at: stamp });
  }
});
afterAll(async () => t?.close());

it('feeds the newest published documents by date of issue, at most FEED_SIZE, newest first', async () => {
  const feed = await t.app.inject({ url: '/van-ban/rss.xml' });
  expect(feed.statusCode).toBe(200);
  const links = [...feed.body.matchAll(/<item>[\s\S]*?<link>[^<]*\/van-ban\/([a-z0-9-]+)<\/link>/g)].map(
    (match) => match[1],
  );
  expect(links).toHaveLength(FEED_SIZE);
  // Newest first; the draft (number 3) is left out, so the feed reaches one further back.
  expect(links.slice(0, 3)).toEqual(['quyet-dinh-1', 'quyet-dinh-2', 'quyet-dinh-4']);
  expect(links.at(-1)).toBe(`quyet-dinh-${FEED_SIZE + 1}`);
  expect(links).not.toContain(`quyet-dinh-${FEED_SIZE + 2}`);
});

it('lists every published document in the sitemap, and no draft', async () => {
  const sitemap = await t.app.inject({ url: '/sitemap.xml' });
  expect(sitemap.statusCode).toBe(200);
  const documents = sitemap.body.match(/<loc>[^<]*\/van-ban\/quyet-dinh-\d+<\/loc>/g) ?? [];
  expect(documents).toHaveLength(COUNT - 1);
  expect(sitemap.body).not.toContain('/van-ban/quyet-dinh-3<');
  expect(sitemap.body).toContain('/van-ban/quyet-dinh-55</loc>');
});
