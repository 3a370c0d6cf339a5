import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle, createCategory, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
let articleUrl = '';

beforeAll(async () => {
  t = await createTestApp();
  const db = t.services.db;
  const siteId = await defaultSiteId(db);
  const categoryId = await createCategory(db, siteId, {
    name: 'Tin tức',
    translations: { zh: { name: '新闻', slug: 'xin-wen' } },
  });
  const id = await createArticle(db, siteId, categoryId, {
    title: '省人民委员会会议',
    lang: 'zh',
    slug: 'sheng-hui-yi',
    source: '新华社',
  });
  articleUrl = `/zh/xin-wen/sheng-hui-yi-${id}`;
});
afterAll(async () => t?.close());

/** The visible text and attribute values of a page, without scripts and styles. */
function text(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('Chinese pages', () => {
  it('use the full-width colon after Chinese labels, never ":"', async () => {
    for (const url of ['/zh/', articleUrl, '/zh/no-such-page']) {
      const response = await t.app.inject({ method: 'GET', url, headers: { host: 'localhost' } });
      expect(response.statusCode, url).toBeLessThan(500);
      const wrong = text(response.body).match(/\p{Script=Han}[^\p{Script=Han}:]{0,2}:[^/]/gu) ?? [];
      expect(wrong, url).toEqual([]);
      expect(text(response.body), url).toContain('：');
    }
  });
});
