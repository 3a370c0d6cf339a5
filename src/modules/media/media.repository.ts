import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { DB, MediaRow } from '../../db/schema.ts';
import { stripDiacritics } from '../../platform/text.ts';

export interface MediaFilter {
  siteId: number;
  kind?: 'image' | 'document' | undefined;
  /** Images still without alternative text. */
  missingAlt?: boolean | undefined;
  /** Inclusive day range, YYYY-MM-DD, in Viet Nam time. */
  from?: string | undefined;
  to?: string | undefined;
  uploader?: number | undefined;
  /** Words matched against name, alt text, caption and credit, ignoring accents and case. */
  q?: string | undefined;
  page: number;
  perPage: number;
}

export interface MediaPage {
  rows: MediaRow[];
  total: number;
}

/** Start of a Viet Nam calendar day as a UTC timestamp (days never shift: UTC+7 all year). */
export function dayStart(day: string, offsetDays = 0): string {
  const start = new Date(`${day}T00:00:00+07:00`);
  return new Date(start.getTime() + offsetDays * 86_400_000).toISOString();
}

/** Folds text for accent- and case-insensitive matching. */
export function foldText(value: string): string {
  return stripDiacritics(value).toLowerCase();
}

type MediaQuery = SelectQueryBuilder<DB, 'media', object>;

function applyFilter(query: MediaQuery, filter: MediaFilter): MediaQuery {
  let q = query.where('media.site_id', '=', filter.siteId);
  if (filter.kind) q = q.where('media.kind', '=', filter.kind);
  if (filter.missingAlt) q = q.where('media.kind', '=', 'image').where('media.alt', '=', '');
  if (filter.from) q = q.where('media.created_at', '>=', dayStart(filter.from));
  if (filter.to) q = q.where('media.created_at', '<', dayStart(filter.to, 1));
  if (filter.uploader) q = q.where('media.created_by', '=', filter.uploader);
  return q;
}

/** A page of a site's media, newest first, filtered and searched. */
export async function listMedia(db: Kysely<DB>, filter: MediaFilter): Promise<MediaPage> {
  const offset = (filter.page - 1) * filter.perPage;
  const words = foldText(filter.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) {
    const counted = await applyFilter(db.selectFrom('media'), filter)
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .executeTakeFirst();
    const rows = await applyFilter(db.selectFrom('media'), filter)
      .selectAll('media')
      .orderBy('media.created_at', 'desc')
      .orderBy('media.id', 'desc')
      .limit(filter.perPage)
      .offset(offset)
      .execute();
    return { rows, total: Number(counted?.count ?? 0) };
  }
  // Accent-insensitive search is done here rather than in SQL, the same on both engines: the
  // candidates are only the short text columns of one site's filtered media.
  const candidates = await applyFilter(db.selectFrom('media'), filter)
    .select(['media.id', 'media.original_name', 'media.alt', 'media.caption', 'media.credit'])
    .orderBy('media.created_at', 'desc')
    .orderBy('media.id', 'desc')
    .execute();
  const matches = candidates.filter((row) => {
    const haystack = foldText(`${row.original_name} ${row.alt} ${row.caption} ${row.credit}`);
    return words.every((word) => haystack.includes(word));
  });
  const ids = matches.slice(offset, offset + filter.perPage).map((row) => row.id);
  if (ids.length === 0) return { rows: [], total: matches.length };
  const loaded = await db.selectFrom('media').selectAll().where('id', 'in', ids).execute();
  const byId = new Map(loaded.map((row) => [row.id, row]));
  const rows = ids.map((id) => byId.get(id)).filter((row): row is MediaRow => row !== undefined);
  return { rows, total: matches.length };
}

/** One media row of a site. */
export async function findMedia(db: Kysely<DB>, siteId: number, id: number): Promise<MediaRow | undefined> {
  return db
    .selectFrom('media')
    .selectAll()
    .where('id', '=', id)
    .where('site_id', '=', siteId)
    .executeTakeFirst();
}

/** People who uploaded media to a site, for the uploader filter. */
export async function mediaUploaders(
  db: Kysely<DB>,
  siteId: number,
): Promise<{ id: number; name: string }[]> {
  const rows = await db
    .selectFrom('media')
    .innerJoin('users', 'users.id', 'media.created_by')
    .select(['users.id', 'users.display_name'])
    .where('media.site_id', '=', siteId)
    .distinct()
    .orderBy('users.display_name')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.display_name }));
}

/** Display names of users by id. */
export async function userNames(db: Kysely<DB>, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', unique)
    .execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}

/** Every storage key of a media row: the stored file and all its variants. */
export function mediaKeys(row: Pick<MediaRow, 'storage_key' | 'variants'>): string[] {
  const keys = new Set([row.storage_key]);
  try {
    const variants = JSON.parse(row.variants) as { key?: unknown }[];
    for (const variant of variants) if (typeof variant.key === 'string') keys.add(variant.key);
  } catch {
    // No variants recorded.
  }
  return [...keys];
}
