import type { Kysely } from 'kysely';
import type {
  ArticleRow,
  CategoryTranslationRow,
  ContentStatus,
  DB,
  LanguageCode,
  TranslatableType,
  TranslationLinkRow,
} from '../../db/schema.ts';
import { articleText, categoryText, pageText, type SourceText, textHash } from './source-text.ts';

/** An article, page or category name in one language, as the translation screens see it. */
export interface TranslatableItem {
  type: TranslatableType;
  /** Article or page id; the category id for categories. */
  id: number;
  siteId: number;
  lang: LanguageCode;
  title: string;
  version: number;
  text: SourceText;
  /** Workflow state (articles, pages); categories are public as soon as they have a name. */
  status?: ContentStatus;
  /** Translation group (articles, pages). */
  group?: string;
}

/** The admin screen where a translator edits the item. */
export function editUrl(item: Pick<TranslatableItem, 'type' | 'id' | 'lang'>, isSource = false): string {
  if (item.type === 'article') return `/admin/articles/${item.id}/edit`;
  if (item.type === 'page') return `/admin/pages/${item.id}`;
  return isSource ? `/admin/categories/${item.id}` : `/admin/categories/${item.id}/translations/${item.lang}`;
}

/** An article or page row as a translation item; `text` is empty where the caller needs no text. */
function documentItem(
  type: TranslatableType,
  row: Pick<ArticleRow, 'id' | 'lang' | 'title' | 'version' | 'status' | 'translation_group'>,
  siteId: number,
  text: SourceText,
): TranslatableItem {
  return {
    type,
    id: row.id,
    siteId,
    lang: row.lang,
    title: row.title,
    version: row.version,
    text,
    status: row.status,
    group: row.translation_group,
  };
}

/** A category's name and description in one language as a translation item. */
function categoryItem(row: CategoryTranslationRow): TranslatableItem {
  return {
    type: 'category',
    id: row.category_id,
    siteId: row.site_id,
    lang: row.lang,
    title: row.name,
    version: row.version,
    text: categoryText(row),
  };
}

/** Loads one item (for categories, its text in `lang`). */
export async function loadItem(
  db: Kysely<DB>,
  type: TranslatableType,
  id: number,
  lang?: LanguageCode,
): Promise<TranslatableItem | undefined> {
  if (type === 'article') {
    const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? documentItem(type, row, row.site_id, articleText(row)) : undefined;
  }
  if (type === 'page') {
    const row = await db.selectFrom('pages').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? documentItem(type, row, row.site_id, pageText(row)) : undefined;
  }
  const row = await db
    .selectFrom('category_translations')
    .selectAll()
    .where('category_id', '=', id)
    .where('lang', '=', lang ?? 'vi')
    .executeTakeFirst();
  return row ? categoryItem(row) : undefined;
}

/** The other language versions of an item (same translation group, or the same category). */
export async function siblingsOf(db: Kysely<DB>, item: TranslatableItem): Promise<TranslatableItem[]> {
  if (item.type === 'category') {
    const rows = await db
      .selectFrom('category_translations')
      .selectAll()
      .where('category_id', '=', item.id)
      .where('lang', '<>', item.lang)
      .execute();
    return rows.map(categoryItem);
  }
  const table = item.type === 'article' ? 'articles' : 'pages';
  const rows = await db
    .selectFrom(table)
    .select(['id', 'lang', 'title', 'version', 'status', 'translation_group'])
    .where('site_id', '=', item.siteId)
    .where('translation_group', '=', item.group ?? '')
    .where('id', '<>', item.id)
    .execute();
  return rows.map((row) => documentItem(item.type, row, item.siteId, {}));
}

/** Data access for translation links (which source version a translation follows). */
export function translationLinks(db: Kysely<DB>) {
  return {
    /** The link of a translation (for categories: of its text in `lang`). */
    async find(type: TranslatableType, itemId: number, lang: LanguageCode) {
      return db
        .selectFrom('translation_links')
        .selectAll()
        .where('entity_type', '=', type)
        .where('item_id', '=', itemId)
        .where('lang', '=', lang)
        .executeTakeFirst();
    },
    /** The links of the translations made from a source. */
    async fromSource(type: TranslatableType, sourceId: number, sourceLang?: LanguageCode) {
      let query = db
        .selectFrom('translation_links')
        .selectAll()
        .where('entity_type', '=', type)
        .where('source_id', '=', sourceId);
      if (sourceLang) query = query.where('source_lang', '=', sourceLang);
      return query.execute();
    },
    /** Records that `item` is a translation of `source`, up to date with its current text. */
    async insert(input: {
      item: Pick<TranslatableItem, 'type' | 'id' | 'lang' | 'siteId'>;
      source: TranslatableItem;
      userId: number | null;
      at: Date;
    }): Promise<void> {
      const stamp = input.at.toISOString();
      await db
        .insertInto('translation_links')
        .values({
          site_id: input.item.siteId,
          entity_type: input.item.type,
          item_id: input.item.id,
          lang: input.item.lang,
          source_id: input.source.id,
          source_lang: input.source.lang,
          source_version: input.source.version,
          source_text: JSON.stringify(input.source.text),
          source_hash: textHash(input.source.type, input.source.text),
          stale_since: null,
          synced_at: stamp,
          synced_by: input.userId,
          created_at: stamp,
        })
        .execute();
    },
    /** Brings a link up to date with its source's current text; clears the stale flag. */
    async sync(link: TranslationLinkRow, source: TranslatableItem, userId: number | null, at: Date) {
      await db
        .updateTable('translation_links')
        .set({
          source_version: source.version,
          source_text: JSON.stringify(source.text),
          source_hash: textHash(source.type, source.text),
          stale_since: null,
          synced_at: at.toISOString(),
          synced_by: userId,
        })
        .where('id', '=', link.id)
        .execute();
    },
    /** Removes the links of an item that is deleted (as translation and as source). */
    async removeFor(type: TranslatableType, id: number, lang?: LanguageCode): Promise<void> {
      let asItem = db
        .deleteFrom('translation_links')
        .where('entity_type', '=', type)
        .where('item_id', '=', id);
      let asSource = db
        .deleteFrom('translation_links')
        .where('entity_type', '=', type)
        .where('source_id', '=', id);
      if (lang) {
        asItem = asItem.where('lang', '=', lang);
        asSource = asSource.where('source_lang', '=', lang);
      }
      await asItem.execute();
      await asSource.execute();
    },
  };
}

/**
 * After a save of an item that others were translated from: its translations become stale when
 * its text differs from the text they follow, and up to date again when it returns to that text.
 */
export async function noteSourceSaved(
  db: Kysely<DB>,
  input: { type: TranslatableType; id: number; lang: LanguageCode; text: SourceText; at: Date },
): Promise<void> {
  const hash = textHash(input.type, input.text);
  const ofSource = () =>
    db
      .updateTable('translation_links')
      .where('entity_type', '=', input.type)
      .where('source_id', '=', input.id)
      .where('source_lang', '=', input.lang);
  await ofSource()
    .set({ stale_since: input.at.toISOString() })
    .where('source_hash', '<>', hash)
    .where('stale_since', 'is', null)
    .execute();
  await ofSource()
    .set({ stale_since: null })
    .where('source_hash', '=', hash)
    .where('stale_since', 'is not', null)
    .execute();
}
