import type { Kysely } from 'kysely';
import type { DB, LanguageCode, TranslatableType } from '../src/db/schema.ts';
import type { LegalTopic } from '../src/modules/translations/legal-topics.ts';
import {
  loadItem,
  noteSourceSaved,
  translationLinks,
} from '../src/modules/translations/translations.repository.ts';
import { type Client, csrfToken } from './admin-session.ts';
import { createArticle, createCategory, createPage, createSite } from './factories.ts';
import type { TestApp } from './harness.ts';

/** A body with a paragraph, a figure and a table: the structure a translation must keep. */
export const BODY_WITH_FIGURE_AND_TABLE = JSON.stringify({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Sáng nay tỉnh khánh thành cầu mới.' }] },
    { type: 'figure', attrs: { mediaId: 7, alt: 'Toàn cảnh cầu', caption: 'Cầu Lạc Hồng' } },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableCell',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Dài 1,2 km' }] }],
            },
          ],
        },
      ],
    },
  ],
});

/** Opens `from` for its CSRF token and posts "Thêm bản dịch" to `action`. */
export async function addTranslation(client: Client, from: string, action: string, lang: string) {
  const page = await client.get(from);
  return client.post(action, { _csrf: csrfToken(page.body), lang });
}

/** The translation link of an item in a language. */
export async function linkOf(db: Kysely<DB>, type: TranslatableType, itemId: number, lang: LanguageCode) {
  return db
    .selectFrom('translation_links')
    .selectAll()
    .where('entity_type', '=', type)
    .where('item_id', '=', itemId)
    .where('lang', '=', lang)
    .executeTakeFirst();
}

/** How many rows a table has. */
export async function countRows(db: Kysely<DB>, table: 'articles' | 'pages'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The page id in a redirect to its edit screen. */
export function pageIdFrom(location: unknown): number {
  return Number(/\/admin\/pages\/(\d+)/.exec(String(location))?.[1]);
}

/** "topic: state" for each row of the dashboard's legally required English table. */
export function legalStates(html: string): string[] {
  return [...html.matchAll(/<tr class="legal-(\w+)"><th scope="row">([^<]+)<\/th>/g)].map(
    (match) => `${match[2]}: ${match[1]}`,
  );
}

/** Links a translation to its source as "Thêm bản dịch" does; optionally the source changes after. */
async function link(
  db: Kysely<DB>,
  input: { type: 'article' | 'page'; id: number; sourceId: number; siteId: number; stale?: boolean },
) {
  await translationLinks(db).insert({
    item: { type: input.type, id: input.id, lang: 'en', siteId: input.siteId },
    source: (await loadItem(db, input.type, input.sourceId))!,
    userId: null,
    at: new Date(),
  });
  if (input.stale)
    await noteSourceSaved(db, {
      type: input.type,
      id: input.sourceId,
      lang: 'vi',
      text: { title: 'Bản gốc đã sửa' },
      at: new Date(),
    });
}

/**
 * A site whose dashboard has known figures. "Thời sự": four published Vietnamese articles —
 * one with a published English version, one with a stale published English version, one with
 * an English draft, one untranslated — and an archived one that does not count. Pages: the
 * organisation (English up to date), functions and duties (no English), contacts (English
 * stale, its topic not chosen yet).
 */
export async function seedDashboardSite(
  t: TestApp,
  host: string,
): Promise<{ siteId: number; contacts: number }> {
  const db = t.services.db;
  const siteId = await createSite(db, { hostnames: [host] });
  await t.services.sites.reload();
  const affairs = await createCategory(db, siteId, {
    name: 'Thời sự',
    slug: 'thoi-su',
    translations: { en: { name: 'Current affairs', slug: 'current-affairs' } },
  });
  const group = async (table: 'articles' | 'pages', id: number) =>
    (await db.selectFrom(table).select('translation_group').where('id', '=', id).executeTakeFirstOrThrow())
      .translation_group;

  const articles: [string, 'published' | 'draft' | undefined, boolean][] = [
    ['Tin một', 'published', false],
    ['Tin hai', 'published', true],
    ['Tin ba', 'draft', false],
    ['Tin bốn chưa dịch', undefined, false],
  ];
  for (const [title, status, stale] of articles) {
    const vi = await createArticle(db, siteId, affairs, { title });
    if (!status) continue;
    const translation_group = await group('articles', vi);
    const en = await createArticle(db, siteId, affairs, {
      title: `${title} EN`,
      lang: 'en',
      status,
      translation_group,
    });
    await link(db, { type: 'article', id: en, sourceId: vi, siteId, stale });
  }
  await createArticle(db, siteId, affairs, { title: 'Tin lưu trữ', status: 'archived' });

  const pages: [string, LegalTopic | null, 'synced' | 'stale' | undefined][] = [
    ['Cơ cấu tổ chức', 'organisation', 'synced'],
    ['Chức năng, nhiệm vụ', 'functions', undefined],
    ['Liên hệ', null, 'stale'],
  ];
  let contacts = 0;
  for (const [title, topic, english] of pages) {
    const vi = await createPage(db, siteId, { title });
    if (title === 'Liên hệ') contacts = vi;
    await db.updateTable('pages').set({ legal_topic: topic }).where('id', '=', vi).execute();
    if (!english) continue;
    const en = await createPage(db, siteId, { title: `${title} EN`, lang: 'en' });
    await db
      .updateTable('pages')
      .set({ translation_group: await group('pages', vi) })
      .where('id', '=', en)
      .execute();
    await link(db, { type: 'page', id: en, sourceId: vi, siteId, stale: english === 'stale' });
  }
  return { siteId, contacts };
}
