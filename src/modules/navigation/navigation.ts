import type { Kysely } from 'kysely';
import type { DB, LanguageCode } from '../../db/schema.ts';
import { messages } from '../../i18n/index.ts';
import type { AppServices } from '../../platform/services.ts';
import type { NavItem } from '../../web/context.ts';
import { categoryUrl, homeUrl, pageUrl, sitemapUrl } from '../../web/urls.ts';
import { type CategoryView, categoriesRepository } from '../categories/categories.repository.ts';
import { type PageSummary, pagePath, pagesRepository } from '../pages/pages.repository.ts';

/** The site's structure in one language: categories and published pages, as trees. */
export interface SiteStructure {
  categories: CategoryView[];
  pages: PageSummary[];
  /** Features' links that have something to show on this site (menuLinks), by the page they go under. */
  links?: { underPage: string | undefined; position?: number | undefined; item: NavItem }[];
}

/** Loads the categories and pages that make up a site's navigation. */
export async function loadStructure(
  db: Kysely<DB>,
  siteId: number,
  lang: LanguageCode,
): Promise<SiteStructure> {
  const [categories, pages, links] = await Promise.all([
    categoriesRepository(db).listForSite(siteId, lang),
    pagesRepository(db).listPublished(siteId, lang),
    Promise.all(
      menuLinks.map(async (link) =>
        (await link.isPresent(db, siteId, lang))
          ? [
              {
                underPage: link.underPage?.[lang],
                position: link.position,
                item: { label: link.label[lang], href: link.href(lang), children: [] },
              },
            ]
          : [],
      ),
    ),
  ]);
  return { categories, pages, links: links.flat() };
}

/** The site's structure, memoised until a write purges `menu:{siteId}` or `site:{siteId}`. */
export async function siteStructure(
  services: Pick<AppServices, 'db' | 'dataCache'>,
  siteId: number,
  lang: LanguageCode,
): Promise<SiteStructure> {
  const key = `structure|${siteId}|${lang}`;
  const cached = services.dataCache.get<SiteStructure>(key);
  if (cached) return cached;
  const structure = await loadStructure(services.db, siteId, lang);
  services.dataCache.set(key, structure, [`menu:${siteId}`, `site:${siteId}`]);
  return structure;
}

function categoryItems(categories: CategoryView[], lang: LanguageCode, parentId: number | null): NavItem[] {
  return categories
    .filter((category) => category.parentId === parentId)
    .map((category) => ({
      label: category.name,
      href: categoryUrl(lang, category.slug),
      children: categoryItems(categories, lang, category.id),
    }));
}

/** A link a feature adds under a top-level page (found by its slug in each language). */
export interface MenuLink {
  /** The top-level page the link goes under; none: a main-menu entry of its own, at `position`. */
  underPage?: Record<LanguageCode, string>;
  position?: number;
  label: Record<LanguageCode, string>;
  href: (lang: LanguageCode) => string;
  /** Whether the site has something there in this language (no link to an empty list). */
  isPresent: (db: Kysely<DB>, siteId: number, lang: LanguageCode) => Promise<boolean>;
}

/** Links features add to the menu and the HTML site map (the collections under Giới thiệu). */
export const menuLinks: MenuLink[] = [];

type Links = SiteStructure['links'];

function linksUnder(page: PageSummary, links: Links): NavItem[] {
  if (page.parentId !== null) return [];
  return (links ?? []).filter((link) => link.underPage === page.slug).map((link) => link.item);
}

function pageItems(
  pages: PageSummary[],
  lang: LanguageCode,
  parentId: number | null,
  links?: Links,
): NavItem[] {
  return pages
    .filter((page) => page.parentId === parentId)
    .map((page) => ({
      label: page.title,
      href: pageUrl(lang, pagePath(pages, page.id)),
      children: [...pageItems(pages, lang, page.id), ...linksUnder(page, links)],
    }));
}

interface Positioned {
  position: number;
  item: NavItem;
}

/**
 * The main menu: Home, then top-level pages and categories marked for the menu in their
 * position order, then the site map (Thông tư 32/2017 Đ16 names Home and Site map).
 */
export function mainMenu(structure: SiteStructure, lang: LanguageCode): NavItem[] {
  const t = messages(lang);
  const entries: Positioned[] = [
    ...structure.pages
      .filter((page) => page.parentId === null && page.showInMenu)
      .map((page) => ({
        position: page.position,
        item: {
          label: page.title,
          href: pageUrl(lang, [page.slug]),
          children: [...pageItems(structure.pages, lang, page.id), ...linksUnder(page, structure.links)],
        },
      })),
    ...structure.categories
      .filter((category) => category.parentId === null && category.showInMenu)
      .map((category) => ({
        position: category.position,
        item: {
          label: category.name,
          href: categoryUrl(lang, category.slug),
          children: categoryItems(structure.categories, lang, category.id),
        },
      })),
    ...(structure.links ?? [])
      .filter((link) => link.underPage === undefined)
      .map((link) => ({ position: link.position ?? 0, item: link.item })),
  ];
  entries.sort((a, b) => a.position - b.position);
  return [
    { label: t.shell.home, href: homeUrl(lang), children: [] },
    ...entries.map((entry) => entry.item),
    { label: t.shell.sitemap, href: sitemapUrl(lang), children: [] },
  ];
}

/** The whole tree for the HTML site map: pages first, then categories. */
export function sitemapTree(structure: SiteStructure, lang: LanguageCode): NavItem[] {
  const pages: Positioned[] = pageItems(structure.pages, lang, null, structure.links).map((item, index) => ({
    position: structure.pages.filter((page) => page.parentId === null)[index]?.position ?? 0,
    item,
  }));
  const categories: Positioned[] = categoryItems(structure.categories, lang, null).map((item, index) => ({
    position: structure.categories.filter((category) => category.parentId === null)[index]?.position ?? 0,
    item,
  }));
  return [...pages, ...categories].sort((a, b) => a.position - b.position).map((entry) => entry.item);
}

/** The main menu of a site in a language, from its memoised structure (installed with useMenuSource). */
export async function siteMenu(
  services: Pick<AppServices, 'db' | 'dataCache'>,
  siteId: number,
  lang: LanguageCode,
): Promise<NavItem[]> {
  return mainMenu(await siteStructure(services, siteId, lang), lang);
}
