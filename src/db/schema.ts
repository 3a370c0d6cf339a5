import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Row types of every table, shared by both engines. Portable conventions (docs/adr/0002):
 * timestamps are ISO-8601 UTC strings, booleans are 0/1 integers, structured values are JSON
 * text, ids are integers.
 */
export type Timestamp = string;
export type Flag = 0 | 1;
export type LanguageCode = 'vi' | 'en' | 'zh';
export type SiteKind = 'province' | 'department' | 'commune';

export interface SitesTable {
  id: Generated<number>;
  code: string;
  kind: SiteKind;
  parent_id: number | null;
  is_default: ColumnType<Flag, Flag | undefined, Flag>;
  /** JSON LocalizedText: the portal's full name. */
  name: string;
  /** JSON LocalizedText: the agency that owns the portal. */
  unit_name: string;
  /** Public path of the emblem image. */
  emblem: string;
  /** JSON LocalizedText: "name, title" of the person responsible for content. */
  responsible_person: string;
  /** JSON LocalizedText. */
  address: string;
  phone: string;
  email: string;
  /** JSON LocalizedText: licence line, e.g. "Giấy phép số 25/GP-TTĐT ...". */
  licence: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SiteHostnamesTable {
  hostname: string;
  site_id: number;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  display_name: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CategoriesTable {
  id: Generated<number>;
  site_id: number;
  parent_id: number | null;
  position: number;
  show_in_menu: ColumnType<Flag, Flag | undefined, Flag>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CategoryTranslationsTable {
  id: Generated<number>;
  category_id: number;
  site_id: number;
  lang: LanguageCode;
  name: string;
  slug: string;
  description: string;
}

export interface MediaTable {
  id: Generated<number>;
  site_id: number;
  kind: 'image' | 'document';
  original_name: string;
  /** Storage key of the original (relative to the media root). */
  storage_key: string;
  mime: string;
  bytes: number;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
  /** JSON array of { width, height, key, mime }. */
  variants: string;
  created_by: number | null;
  created_at: Timestamp;
}

export type ContentStatus =
  | 'draft'
  | 'pending_edit'
  | 'pending_approval'
  | 'returned'
  | 'scheduled'
  | 'published'
  | 'taken_down'
  | 'archived';

export interface ArticlesTable {
  id: Generated<number>;
  site_id: number;
  category_id: number;
  lang: LanguageCode;
  /** Shared by the language versions of one article. */
  translation_group: string;
  title: string;
  slug: string;
  lead: string;
  /** TipTap/ProseMirror document JSON. */
  body: string;
  cover_media_id: number | null;
  cover_caption: string;
  cover_alt: string;
  author_id: number | null;
  byline: string;
  source: string;
  status: ContentStatus;
  published_at: Timestamp | null;
  unpublish_at: Timestamp | null;
  is_featured: ColumnType<Flag, Flag | undefined, Flag>;
  view_count: ColumnType<number, number | undefined, number>;
  seo_description: string;
  version: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ArticleMediaTable {
  article_id: number;
  media_id: number;
}

export interface PagesTable {
  id: Generated<number>;
  site_id: number;
  parent_id: number | null;
  lang: LanguageCode;
  translation_group: string;
  title: string;
  slug: string;
  lead: string;
  body: string;
  status: ContentStatus;
  position: number;
  show_in_menu: ColumnType<Flag, Flag | undefined, Flag>;
  seo_description: string;
  published_at: Timestamp | null;
  version: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DB {
  sites: SitesTable;
  site_hostnames: SiteHostnamesTable;
  users: UsersTable;
  categories: CategoriesTable;
  category_translations: CategoryTranslationsTable;
  media: MediaTable;
  articles: ArticlesTable;
  article_media: ArticleMediaTable;
  pages: PagesTable;
}

export type SiteRow = Selectable<SitesTable>;
export type NewSite = Insertable<SitesTable>;
export type SiteUpdate = Updateable<SitesTable>;
export type CategoryRow = Selectable<CategoriesTable>;
export type CategoryTranslationRow = Selectable<CategoryTranslationsTable>;
export type UserRow = Selectable<UsersTable>;
export type MediaRow = Selectable<MediaTable>;
export type ArticleRow = Selectable<ArticlesTable>;
export type PageRow = Selectable<PagesTable>;
