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
    /** Every category of a site with all its translations, as the API presents them. */
    async allWithTexts(siteId: number) {
      const [rows, texts] = await Promise.all([
        db
          .selectFrom('categories')
          .select(['id', 'parent_id', 'position', 'show_in_menu', 'updated_at'])
          .where('site_id', '=', siteId)
          .orderBy('position')
          .orderBy('id')
          .execute(),
        db
          .selectFrom('category_translations')
          .select(['category_id', 'lang', 'name', 'slug', 'description'])
          .where('site_id', '=', siteId)
          .orderBy('lang')
          .execute(),
      ]);
      return { rows, texts };
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

/** Categories in tree order with their depth; one whose parent is missing still appears, at the top. */
export function inTreeOrder<T extends { id: number; parentId: number | null }>(
  all: T[],
): (T & { depth: number })[] {
  const out: (T & { depth: number })[] = [];
  const walk = (parentId: number | null, depth: number) => {
    for (const category of all.filter((item) => item.parentId === parentId)) {
      out.push({ ...category, depth });
      walk(category.id, depth + 1);
    }
  };
  walk(null, 0);
  for (const category of all)
    if (!out.some((item) => item.id === category.id)) out.push({ ...category, depth: 0 });
  return out;
}

/** All descendants' ids of a category (including itself). */
export function categoryDescendants(all: CategoryView[], id: number): number[] {
  return descendantIds(all, (category) => category.parentId, id);
}

export interface CategoryText {
  name: string;
  slug: string;
  description: string;
  /** Raised when the name or description changes (translations follow a version). */
  version?: number;
}

/** A category with its texts in every language it has. */
export interface CategoryRecord {
  id: number;
  parentId: number | null;
  position: number;
  showInMenu: boolean;
  texts: Partial<Record<LanguageCode, CategoryText>>;
  articleCount: number;
}

/** Every category of a site with all its translations and article counts, ordered for display. */
export async function loadCategories(db: Kysely<DB>, siteId: number): Promise<CategoryRecord[]> {
  const [rows, texts, counts] = await Promise.all([
    db
      .selectFrom('categories')
      .selectAll()
      .where('site_id', '=', siteId)
      .orderBy('position')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('category_translations')
      .select(['category_id', 'lang', 'name', 'slug', 'description', 'version'])
      .where('site_id', '=', siteId)
      .execute(),
    db
      .selectFrom('articles')
      .select(['category_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('site_id', '=', siteId)
      .groupBy('category_id')
      .execute(),
  ]);
  const countOf = new Map(counts.map((row) => [row.category_id, Number(row.n)]));
  return rows.map((row) => {
    const record: CategoryRecord = {
      id: row.id,
      parentId: row.parent_id,
      position: row.position,
      showInMenu: row.show_in_menu === 1,
      texts: {},
      articleCount: countOf.get(row.id) ?? 0,
    };
    for (const text of texts) {
      if (text.category_id === row.id)
        record.texts[text.lang] = {
          name: text.name,
          slug: text.slug,
          description: text.description,
          version: text.version,
        };
    }
    return record;
  });
}

/** Every category of a site with all its translations, as categoriesRepository().allWithTexts reads them. */
export type CategoryRows = Awaited<ReturnType<ReturnType<typeof categoriesRepository>['allWithTexts']>>;
