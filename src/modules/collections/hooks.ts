import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { adminNav } from '../../web/admin/admin-layout.tsx';
import { parseRichText, plainText } from '../../web/rich-text.tsx';
import { registerSitemapSource, type SitemapSource } from '../feeds/sitemap-sources.ts';
import { menuLinks } from '../navigation/navigation.ts';
import type { SearchDocument } from '../search/documents.ts';
import { registerSearchSource, type SourceBatch } from '../search/registry.ts';
import { adminBase } from './admin/admin-views.tsx';
import { type CollectionDef, editRoles, type Localized } from './definition.ts';
import { loadLookups, summaryOf } from './display.ts';
import { collectionsTag } from './effects.ts';
import { itemUrl, listUrl } from './paths.ts';
import { collectionDefs, registerCollection } from './registry.ts';
import { collectionRepository, publicData } from './repository.ts';

/** The searchable text of an item: its text and rich-text fields, in declaration order. */
function bodyText(def: CollectionDef, data: ReturnType<typeof publicData>): string {
  return def.fields
    .flatMap((field) => {
      const value = data[field.name];
      if (field.name === def.titleField || typeof value !== 'string') return [];
      if (field.kind === 'richText') return [plainText(parseRichText(value))];
      return field.kind === 'text' ? [value] : [];
    })
    .join('\n');
}

async function searchDocuments(
  db: Kysely<DB>,
  def: CollectionDef,
  batch: SourceBatch,
): Promise<SearchDocument[]> {
  const repo = collectionRepository(db);
  const items = await repo.publishedBatch([def.type], batch);
  const sourceIds = [...new Set(items.flatMap((item) => (item.sourceId ? [item.sourceId] : [])))];
  const sources = new Map((await repo.byIds(sourceIds)).map((item) => [item.id, item]));
  const docs: SearchDocument[] = [];
  for (const item of items) {
    const data = publicData(def, item, item.sourceId ? sources.get(item.sourceId) : undefined);
    const lookups = await loadLookups(db, def, item.lang, [data]);
    docs.push({
      type: def.type,
      itemId: item.id,
      siteId: item.siteId,
      lang: item.lang,
      categoryId: null,
      title: item.title,
      lead: summaryOf(def, data, item.lang, lookups),
      body: bodyText(def, data),
      url: itemUrl(def, item.lang, item.slug),
      publishedAt: item.publishedAt ?? item.updatedAt,
    });
  }
  return docs;
}

/** Every collection's published items in the XML sitemap, language versions grouped by original. */
const sitemapSource: SitemapSource = {
  async links(db, siteId) {
    const defs = new Map(collectionDefs().map((def) => [def.type, def]));
    const items = await collectionRepository(db).publishedLinks(siteId, [...defs.keys()]);
    return items.flatMap((item) => {
      const def = defs.get(item.type);
      if (!def) return [];
      return [
        {
          path: itemUrl(def, item.lang, item.slug),
          lastmod: item.updatedAt,
          lang: item.lang,
          group: `collection:${item.sourceId ?? item.id}`,
        },
      ];
    });
  },
  tags: (siteId) => [collectionsTag(siteId)],
};

export interface InstallOptions {
  /** Lists the collection in the main menu under this top-level page (its slug per language). */
  menuUnder?: Localized;
  /** Lists the collection as an entry of the main menu itself, at this position among pages and categories. */
  menuPosition?: number;
}

/**
 * Installs a collection: registers it, its search type, the shared sitemap source, its admin
 * menu entry and, if asked, a public menu link. Called once per type at start (src/collections.ts).
 */
export function installCollection(def: CollectionDef, options: InstallOptions = {}): void {
  if (
    (options.menuUnder || options.menuPosition !== undefined) &&
    !menuLinks.some((link) => link.label === def.name)
  )
    menuLinks.push({
      ...(options.menuUnder ? { underPage: options.menuUnder } : { position: options.menuPosition }),
      label: def.name,
      href: (lang) => listUrl(def, lang),
      isPresent: (db, siteId, lang) => collectionRepository(db).hasPublished(siteId, def.type, lang),
    });
  registerCollection(def);
  registerSearchSource({
    type: def.type,
    label: (lang) => def.name[lang],
    load: (db, batch) => searchDocuments(db, def, batch),
  });
  registerSitemapSource(sitemapSource);
  const href = adminBase(def);
  if (!adminNav.some((item) => item.href === href)) {
    // After the content screens (articles, categories, pages), before translations and media.
    const at = adminNav.findIndex((item) => item.href === '/admin/translations');
    adminNav.splice(at < 0 ? adminNav.length : at, 0, {
      href,
      label: (ctx) => def.name[ctx.lang],
      roles: editRoles(def),
    });
  }
}
