import type { Kysely } from 'kysely';
import type { DB, LanguageCode } from '../../db/schema.ts';
import { formatShortDate } from '../../i18n/dates.ts';
import type { FigureImage } from '../../web/rich-text.tsx';
import { figureImage, mediaUrl } from '../media/images.ts';
import type { CollectionDef, FieldDef, ItemData } from './definition.ts';
import { itemUrl } from './paths.ts';
import { collectionDef } from './registry.ts';
import { collectionRepository } from './repository.ts';

/** A field ready to show on a public page. */
export type Shown =
  | { kind: 'text'; label: string; text: string; href?: string | undefined }
  | { kind: 'richText'; label: string; json: string }
  /** Several values, each linked when it can be (attached files). */
  | { kind: 'links'; label: string; links: { text: string; href?: string | undefined }[] }
  | { kind: 'image'; label: string; image: FigureImage; alt: string };

/** A person value ({ id } or { name }), not a list. */
export function isPerson(value: unknown): value is { id?: number; name?: string } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** What a public page needs to show values that point elsewhere (items, media). */
export interface Lookups {
  items: Map<number, { title: string; url: string | undefined }>;
  media: Map<number, { image: FigureImage; alt: string; url: string; name: string }>;
}

function referencedIds(def: CollectionDef, rows: ItemData[]) {
  const items = new Set<number>();
  const media = new Set<number>();
  for (const data of rows) {
    for (const field of def.fields) {
      const value = data[field.name];
      if ((field.kind === 'relation' || field.kind === 'person') && value !== null && value !== undefined) {
        const id = isPerson(value) ? value.id : typeof value === 'number' ? value : undefined;
        if (id) items.add(id);
      }
      if ((field.kind === 'media' || field.kind === 'attachment') && typeof value === 'number')
        media.add(value);
      if (field.kind === 'attachments' && Array.isArray(value))
        for (const id of value) if (typeof id === 'number') media.add(id);
    }
  }
  return { items: [...items], media: [...media] };
}

/**
 * Loads what the values of these items refer to: the referred originals' titles and pages in
 * this language (their published translation, else none), and media files.
 */
export async function loadLookups(
  db: Kysely<DB>,
  def: CollectionDef,
  lang: LanguageCode,
  rows: ItemData[],
): Promise<Lookups> {
  const ids = referencedIds(def, rows);
  const repo = collectionRepository(db);
  const items: Lookups['items'] = new Map();
  const originals = await repo.byIds(ids.items);
  for (const original of originals) {
    const target = collectionDef(original.type);
    const versions = lang === 'vi' ? [original] : await repo.translations(original.id);
    const version = versions.find((candidate) => candidate.lang === lang && candidate.status === 'published');
    items.set(original.id, {
      title: version?.title ?? original.title,
      url: version && target ? itemUrl(target, lang, version.slug) : undefined,
    });
  }
  const media: Lookups['media'] = new Map();
  if (ids.media.length > 0) {
    const rows = await db
      .selectFrom('media')
      .select(['id', 'variants', 'width', 'height', 'storage_key', 'alt', 'original_name'])
      .where('id', 'in', ids.media)
      .execute();
    for (const row of rows)
      media.set(row.id, {
        image: figureImage(row),
        alt: row.alt,
        url: mediaUrl(row.storage_key),
        name: row.original_name,
      });
  }
  return { items, media };
}

/** One field's value for the public, or undefined when empty or unknown. */
export function showField(
  field: FieldDef,
  value: ItemData[string] | undefined,
  lang: LanguageCode,
  lookups: Lookups,
  title: string,
): Shown | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const label = field.label[lang];
  switch (field.kind) {
    case 'text':
      return {
        kind: 'text',
        label,
        text: String(value),
        href:
          field.format === 'email'
            ? `mailto:${String(value)}`
            : field.format === 'tel'
              ? `tel:${String(value).replace(/[^\d+]/g, '')}`
              : field.format === 'url'
                ? String(value)
                : undefined,
      };
    case 'richText':
      return { kind: 'richText', label, json: String(value) };
    case 'date':
      return {
        kind: 'text',
        label,
        text: formatShortDate(new Date(`${String(value)}T00:00:00+07:00`), lang),
      };
    case 'number':
      return { kind: 'text', label, text: String(value) };
    case 'choices': {
      const values = Array.isArray(value) ? value.map(String) : [];
      const names = field.options
        .filter((option) => values.includes(option.value))
        .map((option) => option.label[lang]);
      return names.length > 0 ? { kind: 'text', label, text: names.join(', ') } : undefined;
    }
    case 'attachments': {
      const links = (Array.isArray(value) ? value : []).flatMap((id) => {
        const media = typeof id === 'number' ? lookups.media.get(id) : undefined;
        return media ? [{ text: media.name, href: media.url }] : [];
      });
      return links.length > 0 ? { kind: 'links', label, links } : undefined;
    }
    case 'choice': {
      const option = field.options.find((candidate) => candidate.value === value);
      return option ? { kind: 'text', label, text: option.label[lang] } : undefined;
    }
    case 'relation':
    case 'person': {
      const id = isPerson(value) ? value.id : typeof value === 'number' ? value : undefined;
      if (id !== undefined) {
        const target = lookups.items.get(id);
        return target ? { kind: 'text', label, text: target.title, href: target.url } : undefined;
      }
      const name = isPerson(value) ? value.name : undefined;
      return name ? { kind: 'text', label, text: name } : undefined;
    }
    case 'media': {
      const media = typeof value === 'number' ? lookups.media.get(value) : undefined;
      return media ? { kind: 'image', label, image: media.image, alt: media.alt || title } : undefined;
    }
    case 'attachment': {
      const media = typeof value === 'number' ? lookups.media.get(value) : undefined;
      return media ? { kind: 'text', label, text: media.name, href: media.url } : undefined;
    }
  }
}

/** The public fields of an item, in declaration order, without empty ones and without the title. */
export function shownFields(
  def: CollectionDef,
  data: ItemData,
  lang: LanguageCode,
  lookups: Lookups,
  title: string,
): { name: string; shown: Shown }[] {
  return def.fields.flatMap((field) => {
    if (field.name === def.titleField || field.isPublic === false) return [];
    // Plain summary fields already stand under the title; linked ones (a unit's head) stay listed.
    if ((def.summaryFields ?? []).includes(field.name) && field.kind === 'text') return [];
    const shown = showField(field, data[field.name], lang, lookups, title);
    return shown ? [{ name: field.name, shown }] : [];
  });
}

/** The plain-text summary line of an item (search lead, list line). */
export function summaryOf(def: CollectionDef, data: ItemData, lang: LanguageCode, lookups: Lookups): string {
  return (def.summaryFields ?? [])
    .map((name) => {
      const field = def.fields.find((candidate) => candidate.name === name);
      const shown = field ? showField(field, data[name], lang, lookups, '') : undefined;
      return shown?.kind === 'text' ? shown.text : '';
    })
    .filter(Boolean)
    .join(' — ');
}
