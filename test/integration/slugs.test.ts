import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import { createCategory, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { createViaForm, idFromLocation, loadArticle } from '../newsroom.ts';

let t: TestApp;
let siteId: number;
let admin: Client;
let categoryId: number;

beforeAll(async () => {
  t = await createTestApp();
  siteId = await defaultSiteId(t.services.db);
  admin = await loginAs(t.app, await createStaff(t.services, 'admin', siteId));
  categoryId = await createCategory(t.services.db, siteId, {
    name: 'Tin tức',
    translations: { zh: { name: '新闻', slug: 'xinwen' } },
  });
});
afterAll(async () => t?.close());

const slugOf = async (categoryId: number, lang: string) =>
  (
    await t.services.db
      .selectFrom('category_translations')
      .select('slug')
      .where('category_id', '=', categoryId)
      .where('lang', '=', lang as 'zh')
      .executeTakeFirstOrThrow()
  ).slug;

describe('one slug rule for articles and categories', () => {
  it('a Chinese-only article title under /zh/ gets a pinyin slug; emoji-only, a Chinese word', async () => {
    const fields = { lang: 'zh', category_id: String(categoryId), body: '内容。' };
    const chinese = await createViaForm(admin, { ...fields, title: '省人民委员会会议' });
    expect(chinese.statusCode).toBe(303);
    const article = await loadArticle(t.services.db, idFromLocation(chinese.headers.location));
    expect(article.slug).toBe('sheng-ren-min-wei-yuan-hui-hui-yi');
    const emoji = await createViaForm(admin, { ...fields, title: '🎉🎊' });
    const party = await loadArticle(t.services.db, idFromLocation(emoji.headers.location));
    expect(party.slug).not.toContain('bai-viet');
    expect(party.slug).toBe('wenzhang');
    const typed = await createViaForm(admin, {
      ...fields,
      lang: 'vi',
      title: 'Du lịch',
      slug: 'Đà Nẵng Mùa Hè',
    });
    expect(typed.statusCode).toBe(303);
    expect((await loadArticle(t.services.db, idFromLocation(typed.headers.location))).slug).toBe(
      'da-nang-mua-he',
    );
  });

  it('a Chinese-only category name gets a pinyin slug; a hand-typed slug is converted', async () => {
    const chinese = await admin.submit('/admin/categories/new', '/admin/categories', {
      name_vi: 'Hợp tác',
      name_zh: '国际合作',
    });
    expect(chinese.statusCode).toBe(303);
    const id =
      Number(/\/admin\/categories\/(\d+)/.exec(String(chinese.headers.location))?.[1] ?? 0) ||
      (
        await t.services.db
          .selectFrom('category_translations')
          .select('category_id')
          .where('name', '=', '国际合作')
          .executeTakeFirstOrThrow()
      ).category_id;
    expect(await slugOf(id, 'zh')).toBe('guo-ji-he-zuo');
    const typed = await admin.submit('/admin/categories/new', '/admin/categories', {
      name_vi: 'Đà Nẵng',
      slug_vi: 'Đà Nẵng',
    });
    expect(typed.statusCode).toBe(303);
    const row = await t.services.db
      .selectFrom('category_translations')
      .select('slug')
      .where('name', '=', 'Đà Nẵng')
      .executeTakeFirstOrThrow();
    expect(row.slug).toBe('da-nang');
    const page = await t.app.inject({ url: '/zh/guo-ji-he-zuo', headers: { host: 'localhost' } });
    expect(page.statusCode).toBe(200);
  });
});
