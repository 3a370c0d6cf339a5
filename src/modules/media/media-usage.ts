import type { Kysely } from 'kysely';
import type { DB, LanguageCode, MediaRow } from '../../db/schema.ts';

/** One place a media file is used. */
export interface MediaUse {
  /** article, page, site, or a registered user's own type (a collection's: legal_document). */
  type: string;
  /** The type's name, for types other than article, page and site. */
  typeName?: Record<LanguageCode, string>;
  id: number;
  title: string;
  /**
   * cover image, attached to an article, in a body (figure or link), the portal emblem, a file
   * of an item's attachment field.
   */
  how: 'cover' | 'attached' | 'body' | 'emblem' | 'file';
  siteId: number;
  lang?: string;
  status?: string;
  /** Search entries whose text holds the file's text (reindexed when its extraction ends). */
  searchEntries?: { type: string; id: number }[];
}

/** Where other features use media files (collections' attachment fields). */
export type MediaUsageFinder = (db: Kysely<DB>, mediaId: number) => Promise<MediaUse[]>;
const finders: MediaUsageFinder[] = [];

/** Adds a feature's uses to mediaUsage (idempotent per function), at start. */
export function registerMediaUsage(finder: MediaUsageFinder): void {
  if (!finders.includes(finder)) finders.push(finder);
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/**
 * Where a media file is used, on every site (a component site may show its parent's files):
 * article covers, article attachments, figures (`"mediaId":ID`) and links to its files in
 * article and page bodies, portal emblems, and what features registered (registerMediaUsage).
 * Revisions are history, not use.
 */
export async function mediaUsage(
  db: Kysely<DB>,
  media: Pick<MediaRow, 'id' | 'storage_key'>,
): Promise<MediaUse[]> {
  const id = media.id;
  const figure = new RegExp(`"mediaId"\\s*:\\s*${id}(?![0-9])`);
  // Stored keys are unique per upload (a UUID shared by all variants): a body linking to any
  // of the files contains it.
  const keyId = UUID.exec(media.storage_key)?.[0];
  const bodyPatterns = [`%"mediaId":${id}%`, `%"mediaId": ${id}%`, ...(keyId ? [`%${keyId}%`] : [])];
  const inBody = (body: string) => figure.test(body) || (keyId !== undefined && body.includes(keyId));

  const [covers, attached, articleBodies, pageBodies, emblems, ...registered] = await Promise.all([
    db
      .selectFrom('articles')
      .select(['id', 'title', 'site_id', 'lang', 'status'])
      .where('cover_media_id', '=', id)
      .execute(),
    db
      .selectFrom('article_media')
      .innerJoin('articles', 'articles.id', 'article_media.article_id')
      .select(['articles.id', 'articles.title', 'articles.site_id', 'articles.lang', 'articles.status'])
      .where('article_media.media_id', '=', id)
      .execute(),
    db
      .selectFrom('articles')
      .select(['id', 'title', 'site_id', 'lang', 'status', 'body'])
      .where((eb) => eb.or(bodyPatterns.map((pattern) => eb('body', 'like', pattern))))
      .execute(),
    db
      .selectFrom('pages')
      .select(['id', 'title', 'site_id', 'lang', 'status', 'body'])
      .where((eb) => eb.or(bodyPatterns.map((pattern) => eb('body', 'like', pattern))))
      .execute(),
    keyId
      ? db
          .selectFrom('sites')
          .select(['id', 'name', 'emblem'])
          .where('emblem', 'like', `%${keyId}%`)
          .execute()
      : Promise.resolve([]),
    ...finders.map((finder) => finder(db, id)),
  ]);

  const uses: MediaUse[] = [];
  const content = (type: 'article' | 'page', how: MediaUse['how']) => {
    return (row: { id: number; title: string; site_id: number; lang: string; status: string }) => {
      uses.push({
        type,
        id: row.id,
        title: row.title,
        how,
        siteId: row.site_id,
        lang: row.lang,
        status: row.status,
      });
    };
  };
  covers.forEach(content('article', 'cover'));
  attached.forEach(content('article', 'attached'));
  articleBodies.filter((row) => inBody(row.body)).forEach(content('article', 'body'));
  pageBodies.filter((row) => inBody(row.body)).forEach(content('page', 'body'));
  for (const site of emblems) {
    if (!keyId || !site.emblem.includes(keyId)) continue;
    let title = '';
    try {
      title = String((JSON.parse(site.name) as { vi?: unknown }).vi ?? '');
    } catch {
      title = site.name;
    }
    uses.push({ type: 'site', id: site.id, title, how: 'emblem', siteId: site.id });
  }
  for (const found of registered) uses.push(...found);
  return uses;
}
