import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { DB, MediaRow } from '../../db/schema.ts';
import { textContains } from '../../db/text-match.ts';

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

type MediaQuery = SelectQueryBuilder<DB, 'media', object>;

/** Name, alt text, caption and credit as one text, for matching words in any of them. */
const searchable = sql<string>`media.original_name || ' ' || media.alt || ' ' || media.caption || ' ' || media.credit`;

function applyFilter(query: MediaQuery, filter: MediaFilter): MediaQuery {
  let q = query.where('media.site_id', '=', filter.siteId);
  if (filter.kind) q = q.where('media.kind', '=', filter.kind);
  if (filter.missingAlt) q = q.where('media.kind', '=', 'image').where('media.alt', '=', '');
  if (filter.from) q = q.where('media.created_at', '>=', dayStart(filter.from));
  if (filter.to) q = q.where('media.created_at', '<', dayStart(filter.to, 1));
  if (filter.uploader) q = q.where('media.created_by', '=', filter.uploader);
  for (const word of (filter.q ?? '').split(/\s+/).filter(Boolean))
    q = q.where(textContains(searchable, word));
  return q;
}

/** A page of a site's media, newest first, filtered and searched. */
export async function listMedia(db: Kysely<DB>, filter: MediaFilter): Promise<MediaPage> {
  const counted = await applyFilter(db.selectFrom('media'), filter)
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirst();
  const rows = await applyFilter(db.selectFrom('media'), filter)
    .selectAll('media')
    .orderBy('media.created_at', 'desc')
    .orderBy('media.id', 'desc')
    .limit(filter.perPage)
    .offset((filter.page - 1) * filter.perPage)
    .execute();
  return { rows, total: Number(counted?.count ?? 0) };
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

/**
 * Every storage key some media row refers to, read a page at a time (the sweep compares the
 * media folder with it).
 */
export async function referencedMediaKeys(db: Kysely<DB>, pageSize = 1000): Promise<Set<string>> {
  const keys = new Set<string>();
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('media')
      .select(['id', 'storage_key', 'variants'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    for (const row of rows) for (const key of mediaKeys(row)) keys.add(key);
    if (rows.length < pageSize) return keys;
    after = rows.at(-1)!.id;
  }
}
