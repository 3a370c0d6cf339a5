import type { Kysely } from 'kysely';
import type { DB, LanguageCode } from '../db/schema.ts';
import type { LegalTopic } from '../modules/translations/legal-topics.ts';
import { articleText, pageText } from '../modules/translations/source-text.ts';
import {
  loadItem,
  noteSourceSaved,
  translationLinks,
} from '../modules/translations/translations.repository.ts';
import type { RichNode } from '../web/rich-text.tsx';

/** The Giới thiệu pages that carry what the law expects in English (page key = Vietnamese slug). */
const legalPages: Record<string, LegalTopic> = {
  'co-cau-to-chuc': 'organisation',
  'chuc-nang-nhiem-vu': 'functions',
  'lien-he': 'contacts',
  // The spokesperson's name, phone and e-mail are official contacts too; it has no English version yet.
  'nguoi-phat-ngon': 'contacts',
};

/** A duty added to the Vietnamese "Chức năng, nhiệm vụ" after its English version was made. */
const NEW_DUTY =
  'Chỉ đạo xây dựng chính quyền số, cung cấp dịch vụ công trực tuyến toàn trình và bảo đảm an toàn thông tin mạng trên địa bàn tỉnh.';
/** A closing paragraph added to a Vietnamese article after its English version was made. */
const NEW_PARAGRAPH =
  'Kết quả thực hiện sẽ được báo cáo tại phiên họp thường kỳ của Ủy ban nhân dân tỉnh vào cuối tháng.';

const paragraph = (text: string): RichNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** Links every translation of a site to the Vietnamese version it follows. */
async function linkTranslations(db: Kysely<DB>, siteId: number, at: Date): Promise<void> {
  const links = translationLinks(db);
  for (const type of ['article', 'page'] as const) {
    const table = type === 'article' ? 'articles' : 'pages';
    const rows = await db
      .selectFrom(table)
      .select(['id', 'lang', 'translation_group'])
      .where('site_id', '=', siteId)
      .execute();
    for (const row of rows) {
      if (row.lang === 'vi') continue;
      const vi = rows.find(
        (other) => other.translation_group === row.translation_group && other.lang === 'vi',
      );
      const source = vi && (await loadItem(db, type, vi.id));
      if (source)
        await links.insert({ item: { type, id: row.id, lang: row.lang, siteId }, source, userId: null, at });
    }
  }
  const names = await db
    .selectFrom('category_translations')
    .select(['category_id', 'lang'])
    .where('site_id', '=', siteId)
    .where('lang', '<>', 'vi')
    .execute();
  for (const name of names) {
    const source = await loadItem(db, 'category', name.category_id, 'vi');
    if (source)
      await links.insert({
        item: { type: 'category', id: name.category_id, lang: name.lang as LanguageCode, siteId },
        source,
        userId: null,
        at,
      });
  }
}

/**
 * Gives the translators' dashboard of the demo something to show: every demo translation is
 * linked to its Vietnamese source; the Giới thiệu pages carry the topics the law requires in
 * English (the spokesperson's page has no English version yet); and the Vietnamese "Chức năng,
 * nhiệm vụ" page and the newest translated article were edited after their translations, so
 * those are stale with a visible difference.
 */
export async function seedTranslations(
  db: Kysely<DB>,
  input: { siteIds: number[]; provinceId: number; now: Date },
): Promise<void> {
  const { provinceId, now } = input;
  for (const siteId of input.siteIds) await linkTranslations(db, siteId, now);

  for (const [slug, topic] of Object.entries(legalPages)) {
    await db
      .updateTable('pages')
      .set({ legal_topic: topic })
      .where('site_id', '=', provinceId)
      .where('lang', '=', 'vi')
      .where('slug', '=', slug)
      .execute();
  }

  const duties = await db
    .selectFrom('pages')
    .selectAll()
    .where('site_id', '=', provinceId)
    .where('lang', '=', 'vi')
    .where('slug', '=', 'chuc-nang-nhiem-vu')
    .executeTakeFirst();
  if (duties) {
    const doc = JSON.parse(duties.body) as RichNode;
    const list = doc.content?.find((node) => node.type === 'orderedList');
    list?.content?.push({ type: 'listItem', content: [paragraph(NEW_DUTY)] });
    const body = JSON.stringify(doc);
    await db.updateTable('pages').set({ body, version: 2 }).where('id', '=', duties.id).execute();
    await noteSourceSaved(db, {
      type: 'page',
      id: duties.id,
      lang: 'vi',
      text: pageText({ ...duties, body }),
      at: now,
    });
  }

  const translated = await db
    .selectFrom('articles as a')
    .innerJoin('translation_links as l', (join) =>
      join.onRef('l.source_id', '=', 'a.id').on('l.entity_type', '=', 'article'),
    )
    .selectAll('a')
    .where('a.site_id', '=', provinceId)
    .orderBy('a.published_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (translated) {
    const doc = JSON.parse(translated.body) as RichNode;
    doc.content = [...(doc.content ?? []), paragraph(NEW_PARAGRAPH)];
    const body = JSON.stringify(doc);
    await db.updateTable('articles').set({ body, version: 2 }).where('id', '=', translated.id).execute();
    await noteSourceSaved(db, {
      type: 'article',
      id: translated.id,
      lang: 'vi',
      text: articleText({ ...translated, body }),
      at: now,
    });
  }
}
