import type { Kysely } from 'kysely';
import type { DB, LanguageCode } from '../../db/schema.ts';
import { descendantIds } from '../../platform/tree.ts';

/** A category with its name and slug in one language. */
export interface CategoryView {
  id: number;
  parentId: number | null;
  position: number;
  showInMenu: boolean;
  name: string;
  slug: string;
  description: string;
  updatedAt: string;
}

/** Data access for the category tree. */
export function categoriesRepository(db: Kysely<DB>) {
  const base = (siteId: number, lang: LanguageCode) =>
    db
      .selectFrom('categories as c')
      .innerJoin('category_translations as t', (join) =>
        join.onRef('t.category_id', '=', 'c.id').on('t.lang', '=', lang),
      )
      .where('c.site_id', '=', siteId)
      .select([
        'c.id',
        'c.parent_id',
        'c.position',
        'c.show_in_menu',
        'c.updated_at',
        't.name',
        't.slug',
        't.description',
      ]);

  const toView = (row: {
    id: number;
    parent_id: number | null;
    position: number;
    show_in_menu: number;
    updated_at: string;
    name: string;
    slug: string;
    description: string;
  }): CategoryView => ({
    id: row.id,
    parentId: row.parent_id,
    position: row.position,
    showInMenu: row.show_in_menu === 1,
    name: row.name,
    slug: row.slug,
    description: row.description,
    updatedAt: row.updated_at,
  });

  return {
    /** Every category of a site that has a name in the language, ordered for display. */
    async listForSite(siteId: number, lang: LanguageCode): Promise<CategoryView[]> {
      const rows = await base(siteId, lang).orderBy('c.position').orderBy('c.id').execute();
      return rows.map(toView);
    },
    async findBySlug(siteId: number, lang: LanguageCode, slug: string): Promise<CategoryView | undefined> {
      const row = await base(siteId, lang).where('t.slug', '=', slug).executeTakeFirst();
      return row ? toView(row) : undefined;
    },
    async findById(siteId: number, lang: LanguageCode, id: number): Promise<CategoryView | undefined> {
      const row = await base(siteId, lang).where('c.id', '=', id).executeTakeFirst();
      return row ? toView(row) : undefined;
    },
  };
}

/** The chain of ancestors of a category, root first, ending with the category itself. */
export function categoryTrail(all: CategoryView[], id: number): CategoryView[] {
  const byId = new Map(all.map((category) => [category.id, category]));
  const trail: CategoryView[] = [];
  let current = byId.get(id);
  const seen = new Set<number>();
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    trail.unshift(current);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return trail;
}

/** All descendants' ids of a category (including itself). */
export function categoryDescendants(all: CategoryView[], id: number): number[] {
  return descendantIds(all, (category) => category.parentId, id);
}
