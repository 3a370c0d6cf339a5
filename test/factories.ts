import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { ArticlesTable, DB, LanguageCode, MediaTable, SiteKind } from '../src/db/schema.ts';
import { slugify } from '../src/platform/text.ts';

let counter = 0;
const next = () => ++counter;
const stamp = () => new Date().toISOString();
const json = (vi: string, en = `${vi} (en)`, zh = `${vi}（中文）`) => JSON.stringify({ vi, en, zh });

/** A site with hostnames; returns its id. */
export async function createSite(
  db: Kysely<DB>,
  input: {
    code?: string;
    name?: string;
    kind?: SiteKind;
    parentId?: number | null;
    hostnames?: string[];
  } = {},
): Promise<number> {
  const n = next();
  const now = stamp();
  const { id } = await db
    .insertInto('sites')
    .values({
      code: input.code ?? `site-${n}`,
      kind: input.kind ?? 'department',
      parent_id: input.parentId ?? null,
      is_default: 0,
      name: json(input.name ?? `Trang thông tin số ${n}`),
      unit_name: json(`Đơn vị số ${n}`),
      emblem: '/assets/emblem.svg',
      responsible_person: json('Nguyễn Văn A - Trưởng ban'),
      address: json(`Số ${n} đường Lê Lợi`),
      phone: '0203 000 000',
      email: `site${n}@example.gov.vn`,
      licence: json(`Giấy phép số ${n}/GP`),
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const hostnames = input.hostnames ?? [`site${n}.example.gov.vn`];
  if (hostnames.length > 0) {
    await db
      .insertInto('site_hostnames')
      .values(hostnames.map((hostname, position) => ({ hostname, site_id: id, position })))
      .execute();
  }
  return id;
}

/** The default site's id (created at start when there is no demo content). */
export async function defaultSiteId(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('sites').select('id').where('is_default', '=', 1).executeTakeFirstOrThrow();
  return row.id;
}

/** A category with names in the given languages (Vietnamese required); returns its id. */
export async function createCategory(
  db: Kysely<DB>,
  siteId: number,
  input: {
    name: string;
    slug?: string;
    parentId?: number | null;
    position?: number;
    showInMenu?: boolean;
    translations?: Partial<Record<Exclude<LanguageCode, 'vi'>, { name: string; slug: string }>>;
  },
): Promise<number> {
  const now = stamp();
  const { id } = await db
    .insertInto('categories')
    .values({
      site_id: siteId,
      parent_id: input.parentId ?? null,
      position: input.position ?? next(),
      show_in_menu: input.showInMenu ? 1 : 0,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rows = [{ lang: 'vi' as LanguageCode, name: input.name, slug: input.slug ?? slugify(input.name) }];
  for (const [lang, value] of Object.entries(input.translations ?? {})) {
    rows.push({ lang: lang as LanguageCode, name: value.name, slug: value.slug });
  }
  await db
    .insertInto('category_translations')
    .values(
      rows.map((row) => ({ ...row, category_id: id, site_id: siteId, description: `Mô tả ${row.name}` })),
    )
    .execute();
  return id;
}

/** A rich-text document of paragraphs. */
export function paragraphs(...texts: string[]): string {
  return JSON.stringify({
    type: 'doc',
    content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  });
}

/** A published static page; returns its id. */
export async function createPage(
  db: Kysely<DB>,
  siteId: number,
  input: {
    title: string;
    slug?: string;
    parentId?: number | null;
    lang?: LanguageCode;
    showInMenu?: boolean;
    position?: number;
    body?: string;
  },
): Promise<number> {
  const now = stamp();
  const { id } = await db
    .insertInto('pages')
    .values({
      site_id: siteId,
      parent_id: input.parentId ?? null,
      lang: input.lang ?? 'vi',
      translation_group: randomUUID(),
      title: input.title,
      slug: input.slug ?? slugify(input.title),
      lead: `Tóm tắt ${input.title}`,
      body: input.body ?? paragraphs(`Nội dung trang ${input.title}.`),
      status: 'published',
      position: input.position ?? next(),
      show_in_menu: input.showInMenu ? 1 : 0,
      seo_description: '',
      published_at: now,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** An article (published unless told otherwise); returns its id. */
export async function createArticle(
  db: Kysely<DB>,
  siteId: number,
  categoryId: number,
  input: Partial<Omit<Insertable<ArticlesTable>, 'site_id' | 'category_id'>> & { title: string },
): Promise<number> {
  const now = stamp();
  const { id } = await db
    .insertInto('articles')
    .values({
      site_id: siteId,
      category_id: categoryId,
      lang: 'vi',
      translation_group: randomUUID(),
      slug: slugify(input.title),
      lead: `Tóm tắt: ${input.title}`,
      body: paragraphs(`Nội dung bài ${input.title}.`),
      cover_media_id: null,
      cover_caption: '',
      cover_alt: '',
      author_id: null,
      byline: 'Phóng viên',
      source: '',
      status: 'published',
      published_at: now,
      unpublish_at: null,
      is_featured: 0,
      view_count: 0,
      seo_description: '',
      version: 1,
      created_at: now,
      updated_at: now,
      ...input,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * A media library row without a file behind it (listings, pickers, references by id): a PDF
 * document unless `values` says otherwise.
 */
export function mediaRow(
  siteId: number,
  values: Partial<Insertable<MediaTable>> = {},
): Insertable<MediaTable> {
  const name = values.original_name ?? `tai-lieu-${next()}.pdf`;
  return {
    site_id: siteId,
    kind: 'document',
    original_name: name,
    storage_key: `documents/${name}`,
    mime: 'application/pdf',
    bytes: 1000,
    width: null,
    height: null,
    alt: '',
    caption: '',
    credit: '',
    variants: '[]',
    created_by: null,
    created_at: stamp(),
    ...values,
  };
}
