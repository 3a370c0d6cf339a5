import type { Kysely } from 'kysely';
import type { ComponentChildren } from 'preact';
import type { DB, LanguageCode, Role } from '../../db/schema.ts';
import type { AdminContext } from '../../web/admin/admin-context.ts';
import type { FieldErrors, FormReader } from '../../web/admin/form-kit.tsx';
import type { PageContext } from '../../web/context.ts';
import type { ApiRoutes } from '../api/api.plugin.ts';
import type { CollectionDef, ItemData, Localized } from './definition.ts';
import type { CollectionItem } from './repository.ts';

/**
 * What a type adds to the kit when the generic fields are not enough (legal documents: their
 * relations, an indexed side table, a filtered list at 20,000 rows). Every write hook runs inside
 * the command's transaction, so a refusal writes nothing and a side table never drifts from the
 * item. The JSON in collection_items stays unread by SQL (ADR 0013): a type that must filter or
 * sort keeps its own indexed table, maintained by `afterWrite`.
 */

/** The raw strings of a type's own form inputs (besides the declared fields), by input name. */
export type ExtraValues = Record<string, string>;

/** What `validate` sees: the checked fields, the type's own inputs, the item before the write. */
export interface ValidateContext {
  trx: Kysely<DB>;
  siteId: number;
  /** The staff member's language: messages in it. */
  lang: LanguageCode;
  /** The stored item (undefined when creating). */
  item: CollectionItem | undefined;
  isTranslation: boolean;
  data: ItemData;
  extra: ExtraValues;
  now: Date;
}

/** What happened to the item, for `afterWrite`. */
export type WriteAction = 'create' | 'update' | 'transition' | 'translate' | 'delete';

export interface AfterWriteContext {
  siteId: number;
  action: WriteAction;
  /** The item after the write (before it, for a delete). */
  item: CollectionItem;
  /** The type's own inputs when the write came from the form (create, update). */
  extra: ExtraValues | undefined;
  now: Date;
  /** The staff member's language. */
  lang: LanguageCode;
}

/** A public page's extra parts, from the type. */
export interface PublicItemParts {
  /** Replaces the default list of fields under the title. */
  body?: ComponentChildren;
  /** JSON-LD objects added to the page's graph. */
  jsonLd?: object[];
  /** Extra elements for <head> (Dublin Core …). */
  head?: ComponentChildren;
}

/** A search filter of a type computed from its own tables, not a declared field (validity). */
export interface SearchFacetHook {
  name: string;
  label: Localized;
  options: { value: string; label: Localized }[];
  /** The value of each original item (by id) among these. */
  values(db: Kysely<DB>, originalIds: number[]): Promise<Map<number, string>>;
}

/** A link of the type's own admin screens (its settings), shown on its admin list. */
export interface AdminLink {
  href: string;
  label: Localized;
  /** Who sees the link (the screen itself checks again). */
  roles: Role[];
}

export interface CollectionHooks {
  /** Links to the type's own admin screens, on its admin list (legal documents: their lists). */
  adminLinks?: AdminLink[];
  /** Reads the type's own inputs from a submitted form. */
  readForm?(form: FormReader): ExtraValues;
  /** The type's own inputs of a stored item, to fill its form. */
  loadForm?(db: Kysely<DB>, item: CollectionItem): Promise<ExtraValues>;
  /** Draws the type's own inputs at the end of the form (originals only). */
  FormExtra?(props: {
    ctx: AdminContext;
    extra: ExtraValues;
    errors: FieldErrors;
    item: CollectionItem | undefined;
  }): ComponentChildren;
  /**
   * Type-specific checks, in the transaction, before anything is written: field errors by input
   * name (`d.{field}` for a declared field), or an empty object.
   */
  validate?(ctx: ValidateContext): Promise<FieldErrors>;
  /** Keeps the type's own tables in step, in the same transaction, after every write. */
  afterWrite?(trx: Kysely<DB>, ctx: AfterWriteContext): Promise<void>;
  /**
   * Draws the whole public list (filters, paging) from the request's query instead of the kit's
   * load-everything list.
   */
  publicList?(input: {
    db: Kysely<DB>;
    ctx: PageContext;
    lang: LanguageCode;
    query: Record<string, unknown>;
  }): Promise<{ body: ComponentChildren; lastModified?: string | undefined }>;
  /**
   * The type's own /api/v1/{plural} routes, instead of the kit's generic reads (legal documents:
   * the list's filters, relations, writes). They should still write through the kit's commands.
   */
  api?(def: CollectionDef): ApiRoutes;
  /**
   * Search filters besides the declared `filters` (which become search filters by themselves):
   * values the type computes.
   */
  searchFacets?: SearchFacetHook[];
  /** The public download address of an attached file (default: the media library's file). */
  fileUrl?(lang: LanguageCode, slug: string, mediaId: number): string;
  /**
   * The items of the type's RSS feed, newest first: ids of published items in the language, at
   * most `limit`, instead of every published item (a registry of 20,000 documents feeds its
   * newest from its own indexed table).
   */
  /** Further actions shown on the type's admin list (a bulk import), for whoever may edit. */
  listLinks?: { href: string; label: Localized }[];
  feedIds?(input: { db: Kysely<DB>; siteId: number; lang: LanguageCode; limit: number }): Promise<number[]>;
  /** Adds to an item's public page. */
  publicItem?(input: {
    db: Kysely<DB>;
    ctx: PageContext;
    lang: LanguageCode;
    item: CollectionItem;
    data: ItemData;
  }): Promise<PublicItemParts>;
}
