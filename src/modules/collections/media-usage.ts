import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { MediaUse } from '../media/media-usage.ts';
import type { CollectionDef, ItemData } from './definition.ts';
import { collectionDefs } from './registry.ts';

/** The media ids of an item's attachment fields, in declaration and list order. */
export function attachedIds(def: CollectionDef, data: ItemData): number[] {
  return def.fields.flatMap((field) => {
    const value = data[field.name];
    if (field.kind === 'attachment') return typeof value === 'number' ? [value] : [];
    if (field.kind === 'attachments' && Array.isArray(value))
      return value.filter((id): id is number => typeof id === 'number');
    return [];
  });
}

function parse(data: string): ItemData {
  try {
    const value = JSON.parse(data) as unknown;
    return value && typeof value === 'object' ? (value as ItemData) : {};
  } catch {
    return {};
  }
}

/**
 * The collection items whose attachment fields hold a media file (registered with the media
 * library's usage, media-usage.ts): the media screen lists them, deleting the file is refused,
 * and when the file's text is read, their search entries (the original's and its
 * translations', which show the same files) are rebuilt. The JSON is only narrowed by LIKE on
 * the id's digits, then read here (ADR 0013: no SQL reads inside it).
 */
export async function collectionMediaUses(db: Kysely<DB>, mediaId: number): Promise<MediaUse[]> {
  const defs = collectionDefs().filter((def) =>
    def.fields.some((field) => field.kind === 'attachment' || field.kind === 'attachments'),
  );
  if (defs.length === 0) return [];
  const byType = new Map(defs.map((def) => [def.type, def]));
  const rows = await db
    .selectFrom('collection_items')
    .select(['id', 'type', 'site_id', 'lang', 'title', 'status', 'data'])
    .where('type', 'in', [...byType.keys()])
    .where('source_id', 'is', null)
    .where('data', 'like', `%${mediaId}%`)
    .execute();
  const using = rows.filter((row) => attachedIds(byType.get(row.type)!, parse(row.data)).includes(mediaId));
  if (using.length === 0) return [];
  const translations = await db
    .selectFrom('collection_items')
    .select(['id', 'type', 'source_id'])
    .where(
      'source_id',
      'in',
      using.map((row) => row.id),
    )
    .execute();
  return using.map((row) => ({
    type: row.type,
    typeName: byType.get(row.type)!.name,
    id: row.id,
    title: row.title,
    how: 'file' as const,
    siteId: row.site_id,
    lang: row.lang,
    status: row.status,
    searchEntries: [
      { type: row.type, id: row.id },
      ...translations
        .filter((translation) => translation.source_id === row.id)
        .map((translation) => ({ type: translation.type, id: translation.id })),
    ],
  }));
}
