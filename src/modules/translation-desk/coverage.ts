import type { Kysely } from 'kysely';
import type { ContentStatus, DB, LanguageCode } from '../../db/schema.ts';
import { type CategoryRecord, inTreeOrder, loadCategories } from '../categories/categories.repository.ts';

/**
 * Coverage of a site's translations for the translators' dashboard: per category (its
 * articles), for static pages and for category names, in each target language. "Published"
 * counts translation groups with at least one published version; "done" counts the published
 * versions in the language (a group has at most one per language).
 */

/** The languages content is translated into (Vietnamese is the portal's own). */
export const targetLanguages: LanguageCode[] = ['en', 'zh'];

export interface CoverageCell {
  done: number;
  total: number;
  /** Versions in the language that exist but are not published yet. */
  inProgress: number;
  stale: number;
}

export interface CoverageRow {
  kind: 'category' | 'pages' | 'categories';
  /** Category id for 'category' rows. */
  id?: number;
  name: string;
  depth: number;
  published: number;
  cells: Record<string, CoverageCell>;
}

const emptyCell = (total: number): CoverageCell => ({ done: 0, total, inProgress: 0, stale: 0 });
const isOpen = (status: ContentStatus) => status !== 'published' && status !== 'archived';

/** A page of the site with what the dashboard needs. */
export interface PageEntry {
  id: number;
  parent_id: number | null;
  lang: LanguageCode;
  translation_group: string;
  title: string;
  status: ContentStatus;
  legal_topic: string | null;
}

/** Every page of a site (all languages and states), in tree order. */
export async function sitePages(db: Kysely<DB>, siteId: number): Promise<PageEntry[]> {
  return db
    .selectFrom('pages')
    .select(['id', 'parent_id', 'lang', 'translation_group', 'title', 'status', 'legal_topic'])
    .where('site_id', '=', siteId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/** Stale links of a site by type, item and language ("page:12:en"). */
export async function staleKeys(db: Kysely<DB>, siteId: number): Promise<Set<string>> {
  const rows = await db
    .selectFrom('translation_links')
    .select(['entity_type', 'item_id', 'lang'])
    .where('site_id', '=', siteId)
    .where('stale_since', 'is not', null)
    .execute();
  return new Set(rows.map((row) => `${row.entity_type}:${row.item_id}:${row.lang}`));
}

async function articleRows(db: Kysely<DB>, siteId: number, categories: CategoryRecord[]) {
  const [groups, counts, stale] = await Promise.all([
    db
      .selectFrom('articles')
      .select(['category_id', (eb) => eb.fn.count<number>('translation_group').distinct().as('n')])
      .where('site_id', '=', siteId)
      .where('status', '=', 'published')
      .groupBy('category_id')
      .execute(),
    db
      .selectFrom('articles')
      .select(['category_id', 'lang', 'status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('site_id', '=', siteId)
      .where('status', '<>', 'archived')
      .groupBy(['category_id', 'lang', 'status'])
      .execute(),
    db
      .selectFrom('translation_links as l')
      .innerJoin('articles as a', 'a.id', 'l.item_id')
      .select(['a.category_id', 'l.lang', (eb) => eb.fn.countAll<number>().as('n')])
      .where('l.site_id', '=', siteId)
      .where('l.entity_type', '=', 'article')
      .where('l.stale_since', 'is not', null)
      .groupBy(['a.category_id', 'l.lang'])
      .execute(),
  ]);
  return inTreeOrder(categories).map((category): CoverageRow => {
    const published = Number(groups.find((row) => row.category_id === category.id)?.n ?? 0);
    const cells: Record<string, CoverageCell> = {};
    for (const lang of targetLanguages) {
      const cell = emptyCell(published);
      for (const row of counts) {
        if (row.category_id !== category.id || row.lang !== lang) continue;
        if (row.status === 'published') cell.done += Number(row.n);
        else if (isOpen(row.status)) cell.inProgress += Number(row.n);
      }
      const staleRow = stale.find((row) => row.category_id === category.id && row.lang === lang);
      cell.stale = Number(staleRow?.n ?? 0);
      cells[lang] = cell;
    }
    return {
      kind: 'category',
      id: category.id,
      name: category.texts.vi?.name ?? `#${category.id}`,
      depth: category.depth,
      published,
      cells,
    };
  });
}

function pagesRow(pages: PageEntry[], stale: Set<string>, name: string): CoverageRow {
  const groups = new Map<string, PageEntry[]>();
  for (const page of pages)
    groups.set(page.translation_group, [...(groups.get(page.translation_group) ?? []), page]);
  const published = [...groups.values()].filter((members) =>
    members.some((page) => page.status === 'published'),
  );
  const cells: Record<string, CoverageCell> = {};
  for (const lang of targetLanguages) {
    const cell = emptyCell(published.length);
    for (const members of published) {
      const version = members.find((page) => page.lang === lang);
      if (!version) continue;
      if (version.status === 'published') cell.done++;
      else if (isOpen(version.status)) cell.inProgress++;
      if (stale.has(`page:${version.id}:${lang}`)) cell.stale++;
    }
    cells[lang] = cell;
  }
  return { kind: 'pages', name, depth: 0, published: published.length, cells };
}

function categoriesRow(categories: CategoryRecord[], stale: Set<string>, name: string): CoverageRow {
  const cells: Record<string, CoverageCell> = {};
  for (const lang of targetLanguages) {
    const cell = emptyCell(categories.length);
    for (const category of categories) {
      if (category.texts[lang]) cell.done++;
      if (stale.has(`category:${category.id}:${lang}`)) cell.stale++;
    }
    cells[lang] = cell;
  }
  return { kind: 'categories', name, depth: 0, published: categories.length, cells };
}

/** The coverage table: one row per category, then static pages and category names. */
export async function coverage(
  db: Kysely<DB>,
  siteId: number,
  labels: { pages: string; categories: string },
): Promise<{ rows: CoverageRow[]; categories: CategoryRecord[]; pages: PageEntry[]; stale: Set<string> }> {
  const [categories, pages, stale] = await Promise.all([
    loadCategories(db, siteId),
    sitePages(db, siteId),
    staleKeys(db, siteId),
  ]);
  const rows = [
    ...(await articleRows(db, siteId, categories)),
    pagesRow(pages, stale, labels.pages),
    categoriesRow(categories, stale, labels.categories),
  ];
  return { rows, categories, pages, stale };
}

/** Whole percent, rounded down so that 99.6% never shows as complete. */
export function percent(cell: Pick<CoverageCell, 'done' | 'total'>): number {
  return cell.total === 0 ? 0 : Math.floor((Math.min(cell.done, cell.total) / cell.total) * 100);
}
