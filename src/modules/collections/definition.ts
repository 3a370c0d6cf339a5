import type { Kysely } from 'kysely';
import type { ComponentChildren } from 'preact';
import type { DB, LanguageCode, Role } from '../../db/schema.ts';
import type { CollectionHooks } from './type-hooks.ts';

/**
 * What a module declares to get a collection: its fields and how lists, pages, workflow and
 * addresses look. One typed object; the kit (this folder) does the rest. See
 * docs/how-to-add-a-module.md and ADR 0013.
 */

/** A text in each portal language. */
export type Localized = Record<LanguageCode, string>;

interface BaseField {
  /** Key in the stored data and in forms: lower case letters, digits, underscores. */
  name: string;
  label: Localized;
  hint?: Localized;
  required?: boolean;
  /**
   * Per-language fields are translated (each language version has its own value); shared ones
   * (photo, dates, phone) are kept once, on the Vietnamese original, and shown in every language.
   */
  localized?: boolean;
  /** Shown on the public detail page (default true). */
  isPublic?: boolean;
}

/** One value a choice field offers. */
export interface ChoiceOption {
  value: string;
  label: Localized;
  /** Hidden from new entries, kept (and named) for the items that have it. */
  retired?: boolean;
}

/**
 * A site's own options for a choice field, read at request time (the kit memoises them per site:
 * site-options.ts). An empty answer means the declared `options`, which are the defaults.
 */
export type OptionsFor = (db: Kysely<DB>, siteId: number) => Promise<ChoiceOption[]>;

export type FieldDef =
  | (BaseField & { kind: 'text'; maxLength?: number; format?: 'email' | 'tel' | 'url' })
  | (BaseField & { kind: 'richText'; maxLength?: number })
  | (BaseField & { kind: 'date' })
  | (BaseField & { kind: 'number'; min?: number; max?: number })
  | (BaseField & { kind: 'choice'; options: ChoiceOption[]; optionsFor?: OptionsFor })
  /** Several of the options (lĩnh vực): stored as the list of their values, in option order. */
  | (BaseField & { kind: 'choices'; options: ChoiceOption[]; optionsFor?: OptionsFor; max?: number })
  /** Another item of a collection (stored as the target original's id). */
  | (BaseField & { kind: 'relation'; collection: string })
  /** A person: an item of a collection (leaders) or, failing that, a name. */
  | (BaseField & { kind: 'person'; collection: string })
  /** An image from the media library. */
  | (BaseField & { kind: 'media' })
  /** A document from the media library. */
  | (BaseField & { kind: 'attachment' })
  /** Several documents from the media library, in the order given (stored as their ids). */
  | (BaseField & { kind: 'attachments'; max?: number });

export type FieldKind = FieldDef['kind'];

/** The stored value of one field. */
export type FieldValue = string | number | string[] | number[] | { id?: number; name?: string } | null;

/** The values of an item's fields, by field name. */
export type ItemData = Record<string, FieldValue>;

export type Workflow =
  /** draft → pending approval → published, approved by whoever may publish (as articles). */
  | 'editorial'
  /** draft ↔ published by whoever may edit. */
  | 'simple';

/** One collection type. */
export interface CollectionDef {
  /** Type name: lower case letters and underscores; also the search type and audit entity. */
  type: string;
  /** Admin path segment and API name, e.g. 'leaders' → /admin/leaders, /api/v1/leaders. */
  plural: string;
  /** Name of the collection (the list's title), per language. */
  name: Localized;
  /** Name of one item ("Lãnh đạo" → "Thêm lãnh đạo"), per language, lower case in Vietnamese. */
  itemName: Localized;
  /** Public list's introduction, per language. */
  intro: Localized;
  /** Public path segment per language: { vi: 'lanh-dao', en: 'leadership', zh: 'leadership' }. */
  path: Localized;
  fields: FieldDef[];
  /** The text field that names an item (its title, slug and search title). */
  titleField: string;
  /** Fields giving the lead line under the title in lists and search results. */
  summaryFields?: string[];
  /** Admin list columns (field names) after the title. */
  columns?: string[];
  /** Choice fields the admin and public lists can filter by. */
  filters?: string[];
  /**
   * A date field a search result shows, with its label, instead of the publication date (a legal
   * document's issue date).
   */
  searchDate?: string;
  /** Items are ordered by their position (a number field named here), then by title. */
  orderField?: string;
  workflow: Workflow;
  /** Who may create and edit; who may approve and publish (defaults below). */
  roles?: { edit?: Role[]; publish?: Role[] };
  /** Replaces the default body of the public list (units draw a tree). */
  listBody?: (props: PublicListProps) => ComponentChildren;
  /**
   * In the editorial workflow, lets whoever may publish publish a draft directly, without the
   * submit/approve steps (offices that publish what the leader already signed).
   */
  publishDirectly?: boolean;
  /** A type's own checks, side tables and public pages (type-hooks.ts). */
  hooks?: CollectionHooks;
}

/** One published item as the public list shows it. */
export interface PublicEntry {
  /** The Vietnamese original's id (relations point at it). */
  originalId: number;
  title: string;
  url: string;
  /** The summary fields as one line. */
  summary: string;
  data: ItemData;
  image?: { src: string; srcset: string; width: number; height: number; alt: string } | undefined;
}

/** What a module's own list body receives. */
export interface PublicListProps {
  lang: LanguageCode;
  entries: PublicEntry[];
}

/**
 * Fields many government types share, declared once: a person's full name, a position or
 * title, contact numbers and the display order.
 */
export const commonFields = {
  fullName: (): FieldDef => ({
    name: 'full_name',
    kind: 'text',
    localized: true,
    required: true,
    maxLength: 120,
    label: { vi: 'Họ và tên', en: 'Full name', zh: '姓名' },
  }),
  phone: (required = false): FieldDef => ({
    name: 'phone',
    kind: 'text',
    format: 'tel',
    required,
    maxLength: 40,
    label: { vi: 'Điện thoại', en: 'Phone', zh: '电话' },
  }),
  email: (
    label: Localized = { vi: 'Thư điện tử', en: 'E-mail', zh: '电子邮件' },
    required = false,
  ): FieldDef => ({
    name: 'email',
    kind: 'text',
    format: 'email',
    required,
    maxLength: 200,
    label,
  }),
  displayOrder: (): FieldDef => ({
    name: 'display_order',
    kind: 'number',
    min: 0,
    max: 999,
    required: true,
    isPublic: false,
    label: { vi: 'Thứ tự hiển thị', en: 'Display order', zh: '显示顺序' },
    hint: { vi: 'Số nhỏ đứng trước.', en: 'Lower numbers come first.', zh: '数字小的排在前面。' },
  }),
};

/** Roles that edit by default: everyone who writes content. */
export const DEFAULT_EDIT_ROLES: Role[] = ['admin', 'chief_editor', 'editor', 'contributor'];
/** Roles that approve and publish by default: the editorial board's heads. */
export const DEFAULT_PUBLISH_ROLES: Role[] = ['admin', 'chief_editor'];

const NAME = /^[a-z][a-z0-9_]{0,30}$/;
const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Checks a declaration once, at start, so a mistake fails loudly instead of rendering wrongly. */
export function defineCollection<T extends CollectionDef>(def: T): T {
  const problems: string[] = [];
  if (!NAME.test(def.type)) problems.push(`type "${def.type}"`);
  if (!SEGMENT.test(def.plural)) problems.push(`plural "${def.plural}"`);
  for (const lang of ['vi', 'en', 'zh'] as const)
    if (!SEGMENT.test(def.path[lang])) problems.push(`path.${lang} "${def.path[lang]}"`);
  const names = new Set<string>();
  for (const field of def.fields) {
    if (!NAME.test(field.name) || names.has(field.name)) problems.push(`field "${field.name}"`);
    names.add(field.name);
  }
  const title = def.fields.find((field) => field.name === def.titleField);
  if (title?.kind !== 'text') problems.push(`titleField "${def.titleField}" must be a text field`);
  for (const name of [...(def.columns ?? []), ...(def.summaryFields ?? []), ...(def.filters ?? [])])
    if (!names.has(name)) problems.push(`unknown field "${name}"`);
  for (const field of def.fields)
    if ((field.kind === 'choice' || field.kind === 'choices') && field.options.length === 0)
      problems.push(`field "${field.name}" has no options`);
  for (const name of def.filters ?? [])
    if (def.fields.find((field) => field.name === name)?.kind !== 'choice')
      problems.push(`filter "${name}" must be a choice field`);
  if (def.orderField && def.fields.find((field) => field.name === def.orderField)?.kind !== 'number')
    problems.push(`orderField "${def.orderField}" must be a number field`);
  if (problems.length > 0) throw new Error(`Collection ${def.type}: invalid ${problems.join(', ')}`);
  return def;
}

/** The fields an item of a language stores: every field on an original, the per-language ones on a translation. */
export function storedFields(def: CollectionDef, isTranslation: boolean): FieldDef[] {
  return isTranslation ? def.fields.filter((field) => field.localized) : def.fields;
}

/** Who may edit items of a collection. */
export function editRoles(def: CollectionDef): Role[] {
  return def.roles?.edit ?? DEFAULT_EDIT_ROLES;
}

/** Who may approve, publish and unpublish items of a collection. */
export function publishRoles(def: CollectionDef): Role[] {
  return def.roles?.publish ?? DEFAULT_PUBLISH_ROLES;
}
