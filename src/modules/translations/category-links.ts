import type { Kysely } from 'kysely';
import type { DB, LanguageCode } from '../../db/schema.ts';
import { languages } from '../../i18n/index.ts';
import { categoryText } from './source-text.ts';
import { loadItem, noteSourceSaved, translationLinks } from './translations.repository.ts';

type Texts = Partial<Record<LanguageCode, { name: string; description: string }>>;

/**
 * After the category form saved all its names at once: names typed there for a new language
 * become translations of the Vietnamese name (up to date with it); names removed lose their
 * links; and every saved name that others were translated from flags them when it changed.
 */
export async function categoryTextsSaved(
  db: Kysely<DB>,
  input: {
    siteId: number;
    categoryId: number;
    before: Texts;
    after: Texts;
    actorId: number | null;
    at: Date;
  },
): Promise<void> {
  const links = translationLinks(db);
  const { categoryId } = input;
  for (const lang of languages) {
    const text = input.after[lang];
    if (!text) {
      if (input.before[lang]) await links.removeFor('category', categoryId, lang);
      continue;
    }
    await noteSourceSaved(db, {
      type: 'category',
      id: categoryId,
      lang,
      text: categoryText(text),
      at: input.at,
    });
    if (lang === 'vi' || input.before[lang] || (await links.find('category', categoryId, lang))) continue;
    const source = await loadItem(db, 'category', categoryId, 'vi');
    if (source)
      await links.insert({
        item: { type: 'category', id: categoryId, lang, siteId: input.siteId },
        source,
        userId: input.actorId,
        at: input.at,
      });
  }
}

/** How many articles of a category are in `lang`: their URLs carry that language's slug. */
export async function articlesInLanguage(db: Kysely<DB>, categoryId: number, lang: LanguageCode) {
  const row = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('category_id', '=', categoryId)
    .where('lang', '=', lang)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
