import type { Kysely } from 'kysely';
import type { DB, LanguageCode } from '../../db/schema.ts';
import { adminNav } from '../../web/admin/admin-layout.tsx';
import { parseRichText, plainText } from '../../web/rich-text.tsx';
import { registerSitemapSource, type SitemapSource } from '../feeds/sitemap-sources.ts';
import { registerMediaUsage } from '../media/media-usage.ts';
import { mediaTexts } from '../media/text-extract/media-texts.ts';
import { menuLinks } from '../navigation/navigation.ts';
import type { SearchDocument } from '../search/documents.ts';
import { registerSearchSource, type SearchFacet, type SourceBatch } from '../search/registry.ts';
import { adminBase } from './admin/admin-views.tsx';
import {
  type ChoiceOption,
  type CollectionDef,
  editRoles,
  type FieldDef,
  type Localized,
} from './definition.ts';
import { loadLookups, summaryOf } from './display.ts';
import { collectionsTag } from './effects.ts';
import { attachedIds, collectionMediaUses } from './media-usage.ts';
import { itemUrl, listUrl } from './paths.ts';
import { collectionDefs, registerCollection } from './registry.ts';
import { collectionRepository, publicData } from './repository.ts';
import { siteDefinition } from './site-options.ts';

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

/** The search filters of a type: its declared choice filters, then its hooks' own. */
export function searchFacetsOf(def: CollectionDef): SearchFacet[] {
  const declared = (def.filters ?? []).flatMap((name) => {
    const field = def.fields.find((candidate) => candidate.name === name);
    if (!field || (field.kind !== 'choice' && field.kind !== 'choices')) return [];
    return [{ name: field.name, label: field.label, options: field.options, perSite: !!field.optionsFor }];
  });
  const named = (options: ChoiceOption[], lang: LanguageCode) =>
    options.map((option) => ({ value: option.value, label: option.label[lang] }));
  return [...declared, ...(def.hooks?.searchFacets ?? [])].map((facet) => ({
    name: facet.name,
    label: (lang) => facet.label[lang],
    options: (lang) => named(facet.options, lang),
    // The site's own options (retired ones too: items still have them), memoised by the kit.
    ...('perSite' in facet && facet.perSite
      ? {
          siteOptions: async (db: Kysely<DB>, siteId: number, lang: LanguageCode) => {
            const field = (await siteDefinition(db, siteId, def)).fields.find((f) => f.name === facet.name);
            return field && (field.kind === 'choice' || field.kind === 'choices')
              ? named(field.options, lang)
              : named(facet.options, lang);
          },
        }
      : {}),
  }));
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
  const datas = items.map((item) =>
    publicData(def, item, item.sourceId ? sources.get(item.sourceId) : undefined),
  );
  // Files whose text was read (media_texts 'done'); scanned ones have none and are flagged in the admin.
  const texts = await mediaTexts(
    db,
    datas.flatMap((data) => attachedIds(def, data)),
  );
  const originals = [...new Set(items.map((item) => item.sourceId ?? item.id))];
  const computed = await Promise.all(
    (def.hooks?.searchFacets ?? []).map(async (facet) => ({
      facet,
      values: await facet.values(db, originals),
    })),
  );
  const declared = searchFacetsOf(def).filter((facet) => def.filters?.includes(facet.name));
  const docs: SearchDocument[] = [];
  for (const [index, item] of items.entries()) {
    const data = datas[index]!;
    const lookups = await loadLookups(db, def, item.lang, [data]);
    const files = attachedIds(def, data).flatMap((id) => {
      const text = texts.get(id);
      const media = lookups.media.get(id);
      if (text?.status !== 'done' || !text.text || !media) return [];
      const url = def.hooks?.fileUrl?.(item.lang, item.slug, id) ?? media.url;
      return [{ name: media.name, url, text: text.text }];
    });
    const facets: Record<string, string[]> = {};
    for (const facet of declared) {
      const value = data[facet.name];
      const values = Array.isArray(value) ? value : [value];
      facets[facet.name] = values.filter(
        (entry): entry is string => typeof entry === 'string' && entry !== '',
      );
    }
    for (const { facet, values } of computed) {
      const value = values.get(item.sourceId ?? item.id);
      if (value) facets[facet.name] = [value];
    }
    docs.push({
      files,
      facets,
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

/** The date field each item shows in search results (shared from the original), with its label. */
async function resultDates(
  db: Kysely<DB>,
  def: CollectionDef,
  field: FieldDef,
  ids: number[],
  lang: LanguageCode,
): Promise<Map<number, { date: string; label: string }>> {
  const repo = collectionRepository(db);
  const items = await repo.byIds(ids);
  const sources = new Map(
    (await repo.byIds(items.flatMap((item) => (item.sourceId ? [item.sourceId] : [])))).map((item) => [
      item.id,
      item,
    ]),
  );
  const dates = new Map<number, { date: string; label: string }>();
  for (const item of items) {
    const data = publicData(def, item, item.sourceId ? sources.get(item.sourceId) : undefined);
    const value = data[field.name];
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
      dates.set(item.id, { date: value, label: field.label[lang] });
  }
  return dates;
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
  const dateField = def.fields.find((field) => field.name === def.searchDate && field.kind === 'date');
  registerSearchSource({
    type: def.type,
    label: (lang) => def.name[lang],
    facets: searchFacetsOf(def),
    load: (db, batch) => searchDocuments(db, def, batch),
    ...(dateField ? { resultDates: (db, ids, lang) => resultDates(db, def, dateField, ids, lang) } : {}),
  });
  registerSitemapSource(sitemapSource);
  registerMediaUsage(collectionMediaUses);
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
