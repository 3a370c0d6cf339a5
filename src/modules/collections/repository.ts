import type { Kysely } from 'kysely';
import type { CollectionItemRow, DB, LanguageCode } from '../../db/schema.ts';
import type { CollectionDef, ItemData } from './definition.ts';

/** Data access of the collection kit: portable Kysely over common columns only (ADR 0013). */

export type ItemStatus = CollectionItemRow['status'];

/** An item with its data parsed. */
export interface CollectionItem {
  id: number;
  siteId: number;
  type: string;
  lang: LanguageCode;
  sourceId: number | null;
  sourceVersion: number | null;
  staleSince: string | null;
  title: string;
  slug: string;
  position: number;
  status: ItemStatus;
  data: ItemData;
  version: number;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Parses stored data; a row written by hand with broken JSON reads as empty rather than failing a page. */
function parseData(raw: string): ItemData {
  try {
    const value = JSON.parse(raw) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as ItemData) : {};
  } catch {
    return {};
  }
}

/** The item view of a row. */
export function toItem(row: CollectionItemRow): CollectionItem {
  return {
    id: row.id,
    siteId: row.site_id,
    type: row.type,
    lang: row.lang,
    sourceId: row.source_id,
    sourceVersion: row.source_version,
    staleSince: row.stale_since,
    title: row.title,
    slug: row.slug,
    position: row.position,
    status: row.status,
    data: parseData(row.data),
    version: row.version,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Reads of collection items (db may be a transaction). */
export function collectionRepository(db: Kysely<DB>) {
  const items = () => db.selectFrom('collection_items').selectAll();
  return {
    /** One item of a type on a site. */
    async find(siteId: number, type: string, id: number): Promise<CollectionItem | undefined> {
      const row = await items()
        .where('site_id', '=', siteId)
        .where('type', '=', type)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toItem(row) : undefined;
    },
    /** The published item of a type with this slug in a language. */
    async publishedBySlug(
      siteId: number,
      type: string,
      lang: LanguageCode,
      slug: string,
    ): Promise<CollectionItem | undefined> {
      const row = await items()
        .where('site_id', '=', siteId)
        .where('type', '=', type)
        .where('lang', '=', lang)
        .where('slug', '=', slug)
        .where('status', '=', 'published')
        .executeTakeFirst();
      return row ? toItem(row) : undefined;
    },
    /** Items of a type in a language (every status, or the published only), in display order. */
    async list(
      siteId: number,
      type: string,
      lang: LanguageCode,
      options: { publishedOnly?: boolean } = {},
    ): Promise<CollectionItem[]> {
      let query = items().where('site_id', '=', siteId).where('type', '=', type).where('lang', '=', lang);
      if (options.publishedOnly) query = query.where('status', '=', 'published');
      const rows = await query.orderBy('position').orderBy('title').orderBy('id').execute();
      return rows.map(toItem);
    },
    /** Does the site have a published item of the type in the language? */
    async hasPublished(siteId: number, type: string, lang: LanguageCode): Promise<boolean> {
      const row = await db
        .selectFrom('collection_items')
        .select('id')
        .where('site_id', '=', siteId)
        .where('type', '=', type)
        .where('lang', '=', lang)
        .where('status', '=', 'published')
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
    /** The originals of a type (for relation choices), in display order. */
    async originals(siteId: number, type: string): Promise<CollectionItem[]> {
      const rows = await items()
        .where('site_id', '=', siteId)
        .where('type', '=', type)
        .where('source_id', 'is', null)
        .orderBy('position')
        .orderBy('title')
        .execute();
      return rows.map(toItem);
    },
    /** Items by id (any type, site or status): the sources of translations. */
    async byIds(ids: number[]): Promise<CollectionItem[]> {
      if (ids.length === 0) return [];
      const rows = await items().where('id', 'in', ids).execute();
      return rows.map(toItem);
    },
    /** The translations of an original. */
    async translations(sourceId: number): Promise<CollectionItem[]> {
      const rows = await items().where('source_id', '=', sourceId).orderBy('lang').execute();
      return rows.map(toItem);
    },
    /** Is a slug taken by another original of the type on the site? */
    async slugTaken(siteId: number, type: string, slug: string, exceptId?: number): Promise<boolean> {
      let query = db
        .selectFrom('collection_items')
        .select('id')
        .where('site_id', '=', siteId)
        .where('type', '=', type)
        .where('slug', '=', slug);
      if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
      return (await query.executeTakeFirst()) !== undefined;
    },
    /** Public items of registered types, for search: published, in id order, as the batch asks. */
    async publishedBatch(
      types: string[],
      batch: { ids?: number[]; afterId?: number; limit: number; siteId?: number },
    ): Promise<CollectionItem[]> {
      let query = items().where('type', 'in', types).where('status', '=', 'published');
      if (batch.ids) query = query.where('id', 'in', batch.ids.length > 0 ? batch.ids : [-1]);
      else query = query.where('id', '>', batch.afterId ?? 0);
      if (batch.siteId !== undefined) query = query.where('site_id', '=', batch.siteId);
      const rows = await query.orderBy('id').limit(batch.limit).execute();
      return rows.map(toItem);
    },
    /**
     * Every published item of a site, for the sitemap: only the columns a link needs (not the
     * data JSON, which at 20,000 legal documents with their full text is tens of megabytes).
     */
    async publishedLinks(
      siteId: number,
      types: string[],
    ): Promise<
      {
        id: number;
        type: string;
        lang: LanguageCode;
        sourceId: number | null;
        slug: string;
        updatedAt: string;
      }[]
    > {
      if (types.length === 0) return [];
      return db
        .selectFrom('collection_items')
        .select(['id', 'type', 'lang', 'source_id as sourceId', 'slug', 'updated_at as updatedAt'])
        .where('site_id', '=', siteId)
        .where('type', 'in', types)
        .where('status', '=', 'published')
        .orderBy('id')
        .execute();
    },
    /** The revisions of an item, newest first. */
    async revisions(itemId: number) {
      return db
        .selectFrom('revisions as r')
        .leftJoin('users as u', 'u.id', 'r.created_by')
        .select(['r.id', 'r.version', 'r.note', 'r.created_at', 'u.display_name'])
        .where('r.entity_type', '=', 'collection_item')
        .where('r.entity_id', '=', itemId)
        .orderBy('r.id', 'desc')
        .limit(50)
        .execute();
    },
  };
}

/** An item as the public sees it: a translation's own text over its original's shared fields. */
export function publicData(
  def: CollectionDef,
  item: CollectionItem,
  source: CollectionItem | undefined,
): ItemData {
  if (!source) return item.data;
  const shared: ItemData = {};
  for (const field of def.fields) if (!field.localized) shared[field.name] = source.data[field.name] ?? null;
  return { ...shared, ...item.data };
}

/**
 * Published items of a type in a language, each with the data to show (shared fields from the
 * original): all of them in display order, or those of `ids` in that order.
 */
export async function publishedWithData(
  db: Kysely<DB>,
  def: CollectionDef,
  siteId: number,
  lang: LanguageCode,
  ids?: number[],
): Promise<{ item: CollectionItem; data: ItemData }[]> {
  const repo = collectionRepository(db);
  const list = ids
    ? (await repo.byIds(ids))
        .filter(
          (item) =>
            item.siteId === siteId &&
            item.type === def.type &&
            item.lang === lang &&
            item.status === 'published',
        )
        .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
    : await repo.list(siteId, def.type, lang, { publishedOnly: true });
  const sourceIds = [...new Set(list.flatMap((item) => (item.sourceId ? [item.sourceId] : [])))];
  const sources = new Map((await repo.byIds(sourceIds)).map((item) => [item.id, item]));
  return list.map((item) => ({
    item,
    data: publicData(def, item, item.sourceId ? sources.get(item.sourceId) : undefined),
  }));
}
