import type { Kysely } from 'kysely';
import type { DB, LanguageCode, PageRow } from '../../db/schema.ts';
import type { AppServices } from '../../platform/services.ts';

/** A published page's place in the tree, without its body. */
export interface PageSummary {
  id: number;
  parentId: number | null;
  translationGroup: string;
  title: string;
  slug: string;
  lead: string;
  position: number;
  showInMenu: boolean;
  updatedAt: string;
}

/** Data access for static pages. */
export function pagesRepository(db: Kysely<DB>) {
  return {
    /** Published pages of a site in one language, ordered for display. */
    async listPublished(siteId: number, lang: LanguageCode): Promise<PageSummary[]> {
      const rows = await db
        .selectFrom('pages')
        .where('site_id', '=', siteId)
        .where('lang', '=', lang)
        .where('status', '=', 'published')
        .select([
          'id',
          'parent_id',
          'translation_group',
          'title',
          'slug',
          'lead',
          'position',
          'show_in_menu',
          'updated_at',
        ])
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        parentId: row.parent_id,
        translationGroup: row.translation_group,
        title: row.title,
        slug: row.slug,
        lead: row.lead,
        position: row.position,
        showInMenu: row.show_in_menu === 1,
        updatedAt: row.updated_at,
      }));
    },
    /** Published versions of a page in every language (same translation group). */
    async translations(siteId: number, group: string): Promise<{ id: number; lang: LanguageCode }[]> {
      return db
        .selectFrom('pages')
        .select(['id', 'lang'])
        .where('site_id', '=', siteId)
        .where('translation_group', '=', group)
        .where('status', '=', 'published')
        .execute();
    },
    async findPublishedById(siteId: number, id: number): Promise<PageRow | undefined> {
      return db
        .selectFrom('pages')
        .selectAll()
        .where('site_id', '=', siteId)
        .where('id', '=', id)
        .where('status', '=', 'published')
        .executeTakeFirst();
    },
  };
}

/** The URL path segments of a page (its ancestors' slugs, then its own). */
export function pagePath(all: PageSummary[], id: number): string[] {
  const byId = new Map(all.map((page) => [page.id, page]));
  const path: string[] = [];
  const seen = new Set<number>();
  let current = byId.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    path.unshift(current.slug);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return path;
}

/**
 * A site's published pages in one language, memoised until a write purges `menu:{siteId}` or
 * `site:{siteId}` (the tags of the navigation's site structure, which page writes purge).
 */
export async function publishedPages(
  services: Pick<AppServices, 'db' | 'dataCache'>,
  siteId: number,
  lang: LanguageCode,
): Promise<PageSummary[]> {
  const key = `pages|${siteId}|${lang}`;
  const cached = services.dataCache.get<PageSummary[]>(key);
  if (cached) return cached;
  const pages = await pagesRepository(services.db).listPublished(siteId, lang);
  services.dataCache.set(key, pages, [`menu:${siteId}`, `site:${siteId}`]);
  return pages;
}

/** One page of a site, whatever its language and status (for the admin and the translators). */
export async function loadPage(db: Kysely<DB>, siteId: number, id: number): Promise<PageRow | undefined> {
  return db
    .selectFrom('pages')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('id', '=', id)
    .executeTakeFirst();
}
