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
  /** Order within the site; the first hostname is the site's primary address (ADR 0016). */
  position: Generated<number>;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  display_name: string;
  password_hash: ColumnType<string, string | undefined, string>;
  totp_secret: string | null;
  totp_enabled: ColumnType<Flag, Flag | undefined, Flag>;
  totp_last_step: ColumnType<number, number | undefined, number>;
  recovery_codes: ColumnType<string, string | undefined, string>;
  locale: ColumnType<LanguageCode, LanguageCode | undefined, LanguageCode>;
  is_active: ColumnType<Flag, Flag | undefined, Flag>;
  password_changed_at: Timestamp | null;
  last_login_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type Role = 'admin' | 'chief_editor' | 'editor' | 'contributor';

export interface MembershipsTable {
  user_id: number;
  site_id: number;
  role: Role;
  /** JSON array of category ids; empty means the whole site. */
  category_ids: ColumnType<string, string | undefined, string>;
}

export interface SessionsTable {
  id_hash: string;
  user_id: number;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  two_factor_ok: ColumnType<Flag, Flag | undefined, Flag>;
  ip: string;
  user_agent: string;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  last_failure_at: Timestamp;
  locked_until: Timestamp | null;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: number;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  site_id: number;
  name: string;
  token_hash: string;
  /** JSON array of scopes, e.g. ["articles:write"]. */
  scopes: string;
  created_by: number | null;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  expires_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface RevisionsTable {
  id: Generated<number>;
  site_id: number;
  entity_type: 'article' | 'page' | 'collection_item';
  entity_id: number;
  version: number;
  data: string;
  created_by: number | null;
  created_at: Timestamp;
  note: ColumnType<string, string | undefined, string>;
}

export interface NotificationsTable {
  id: Generated<number>;
  user_id: number;
  site_id: number;
  kind: string;
  entity_type: string;
  entity_id: number;
  message: string;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  site_id: number | null;
  actor_id: number | null;
  actor_label: string;
  ip: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
  /** How `hash` was made: 1 plain SHA-256 (entries before migration 0010), 2 HMAC-SHA256 with the audit key. */
  chain: Generated<number>;
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
  /** Raised when the name or description changes (translations record the version they follow). */
  version: ColumnType<number, number | undefined, number>;
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

/** The state of a document's text extraction (src/modules/media/text-extract/). */
export type MediaTextStatus = 'pending' | 'done' | 'no_text' | 'failed';

export interface MediaTextsTable {
  media_id: number;
  status: MediaTextStatus;
  /** Why the extraction failed (a code of ExtractFailure). */
  reason: string | null;
  text: Generated<string>;
  pages: number | null;
  extracted_at: Timestamp | null;
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
  /** Reason given with the last return or take-down. */
  workflow_note: ColumnType<string, string | undefined, string>;
  created_by: ColumnType<number | null, number | null | undefined, number | null>;
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
  /** A topic the law expects in English (src/modules/translations/legal-topics.ts), or null. */
  legal_topic: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type TranslatableType = 'article' | 'page' | 'category';

/** A reader's rating of an article, 1 to 5; `reader` is a keyed hash (ADR 0009). */
export interface ArticleRatingsTable {
  id: Generated<number>;
  site_id: number;
  article_id: number;
  score: number;
  reader: string;
  created_at: string;
  updated_at: string;
}

/** A site's own search abbreviation: the short form and what it stands for (migration 0014). */
export interface SearchAbbreviationsTable {
  id: Generated<number>;
  site_id: number;
  short_form: string;
  expansion: string;
  created_by: number | null;
  created_at: string;
  updated_by: number | null;
  updated_at: string;
}

/** Which source version a translation follows, and whether the source has changed since (ADR 0007). */
export interface TranslationLinksTable {
  id: Generated<number>;
  site_id: number;
  entity_type: TranslatableType;
  /** The translation: article or page id, or the category id (with `lang`). */
  item_id: number;
  lang: LanguageCode;
  source_id: number;
  source_lang: LanguageCode;
  source_version: number;
  /** JSON SourceText of the source at source_version. */
  source_text: string;
  source_hash: string;
  stale_since: Timestamp | null;
  synced_at: Timestamp;
  synced_by: number | null;
  created_at: Timestamp;
}

/**
 * One public item in the search index (any content type). The index terms live beside it:
 * the FTS5 table search_fts on SQLite, the tsvector column tsv on PostgreSQL (src/db/search-sql.ts).
 */
export interface SearchDocumentsTable {
  /** Recency key: publication second × 2^20 + a slot (id order is date order). */
  id: number;
  site_id: number;
  /** Content type: 'article', 'page', … (src/modules/search/registry.ts). */
  type: string;
  item_id: number;
  lang: LanguageCode;
  category_id: number | null;
  published_at: Timestamp;
  /** When this row was last written (reindexAll removes rows it did not write). */
  indexed_at: Timestamp;
  title: string;
  lead: string;
  /** Plain text of the body, for snippets. */
  body: string;
  /** Public path of the item on its site. */
  url: string;
  /** Index terms of title and lead, for ranking (src/modules/search/ranking.ts). */
  head_terms: string;
}

/** Effects waiting to run after their transaction committed (src/platform/outbox.ts). */
export interface OutboxTable {
  id: Generated<number>;
  kind: string;
  payload: string;
  created_at: Timestamp;
  run_after: Timestamp;
  attempts: Generated<number>;
  claimed_until: Timestamp | null;
  last_error: string | null;
  failed_at: Timestamp | null;
}

/** An item of a declared collection (src/modules/collections; ADR 0013). */
export interface CollectionItemsTable {
  id: Generated<number>;
  site_id: number;
  type: string;
  lang: LanguageCode;
  source_id: number | null;
  source_version: number | null;
  stale_since: Timestamp | null;
  title: string;
  slug: string;
  position: ColumnType<number, number | undefined, number>;
  status: 'draft' | 'pending_approval' | 'published';
  /** JSON object of the declared fields' values. */
  data: string;
  version: ColumnType<number, number | undefined, number>;
  published_at: Timestamp | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** The indexed side table of a legal document (ADR 0019), keyed by its Vietnamese original. */
export interface LegalDocumentsTable {
  item_id: number;
  site_id: number;
  type_code: string;
  section_code: string;
  number_text: string;
  number_serial: string | null;
  number_year: number | null;
  number_symbol: string;
  issuer: string;
  issuer_plain: string;
  level: string;
  signer: string;
  issued_on: string;
  issued_year: number;
  effective_on: string | null;
  expires_on: string | null;
  summary_plain: string;
  validity: 'not_yet' | 'in_force' | 'partly_expired' | 'expired';
  validity_changes_on: string | null;
  validity_next: string | null;
  validity_override: string | null;
  override_reason: string;
  published: Flag;
  updated_at: Timestamp;
}

/** A site's own entry of a legal documents list: type, section or field (migration 0019). */
export interface LegalDocumentVocabulariesTable {
  id: Generated<number>;
  site_id: number;
  list: string;
  code: string;
  name_vi: string;
  name_en: string;
  name_zh: string;
  position: number;
  retired: number;
  updated_by: number | null;
  updated_at: string;
}

export interface LegalDocumentFieldsTable {
  item_id: number;
  field_code: string;
}

export interface LegalDocumentRelationsTable {
  id: Generated<number>;
  source_id: number;
  target_id: number;
  kind: 'amends' | 'replaces' | 'repeals' | 'guides' | 'based_on' | 'corrects';
  partial: Flag;
  note: string;
  position: number;
}

/** A bulk import of the legal documents registry (migration 0018). */
export interface LegalDocumentImportsTable {
  id: Generated<number>;
  site_id: number;
  status: 'queued' | 'running' | 'done' | 'failed';
  file_name: string;
  total: number;
  plan: string;
  error: string | null;
  result: string | null;
  created_by: number | null;
  created_at: Timestamp;
  finished_at: Timestamp | null;
}

export interface DB {
  legal_document_imports: LegalDocumentImportsTable;
  media_texts: MediaTextsTable;
  legal_documents: LegalDocumentsTable;
  legal_document_fields: LegalDocumentFieldsTable;
  legal_document_relations: LegalDocumentRelationsTable;
  legal_document_vocabularies: LegalDocumentVocabulariesTable;
  collection_items: CollectionItemsTable;
  search_documents: SearchDocumentsTable;
  sites: SitesTable;
  site_hostnames: SiteHostnamesTable;
  users: UsersTable;
  categories: CategoriesTable;
  category_translations: CategoryTranslationsTable;
  media: MediaTable;
  articles: ArticlesTable;
  article_media: ArticleMediaTable;
  pages: PagesTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  password_resets: PasswordResetsTable;
  api_tokens: ApiTokensTable;
  revisions: RevisionsTable;
  notifications: NotificationsTable;
  audit_log: AuditLogTable;
  translation_links: TranslationLinksTable;
  article_ratings: ArticleRatingsTable;
  search_abbreviations: SearchAbbreviationsTable;
  outbox: OutboxTable;
}

export type SiteRow = Selectable<SitesTable>;
export type NewSite = Insertable<SitesTable>;
export type SiteUpdate = Updateable<SitesTable>;
export type CategoryRow = Selectable<CategoriesTable>;
export type CategoryTranslationRow = Selectable<CategoryTranslationsTable>;
export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type MembershipRow = Selectable<MembershipsTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type MediaRow = Selectable<MediaTable>;
export type ArticleRow = Selectable<ArticlesTable>;
export type PageRow = Selectable<PagesTable>;
export type TranslationLinkRow = Selectable<TranslationLinksTable>;
export type CollectionItemRow = Selectable<CollectionItemsTable>;
