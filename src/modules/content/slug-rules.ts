import type { Kysely } from 'kysely';
import type { DB, LanguageCode } from '../../db/schema.ts';
import { slugify } from '../../platform/text.ts';
import { reservedSlugs } from '../../web/urls.ts';

/**
 * Categories and top-level static pages share the first path segment of a language
 * (/gioi-thieu, /tin-tuc), so their slugs are checked together here.
 */

export const MAX_SLUG_LENGTH = 120;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a title or name without letters (emoji only) becomes, in the language of its URL. */
export const fallbackSlugs = {
  article: { vi: 'bai-viet', en: 'article', zh: 'wenzhang' },
  category: { vi: 'chuyen-muc', en: 'category', zh: 'lanmu' },
  page: { vi: 'trang', en: 'page', zh: 'yemian' },
} as const satisfies Record<string, Record<LanguageCode, string>>;

/**
 * The one slug rule for articles, categories and pages: a hand-typed slug is converted
 * ("Đà Nẵng" → "da-nang", capitals lowered, Chinese in pinyin), not refused; an empty one comes
 * from the title or name the same way; what gives no letters falls back to a word of the language.
 */
export function slugFor(
  kind: keyof typeof fallbackSlugs,
  lang: LanguageCode,
  typed: string,
  title: string,
): string {
  const fromTyped = slugify(typed, MAX_SLUG_LENGTH);
  if (fromTyped) return fromTyped;
  return slugify(title, MAX_SLUG_LENGTH) || fallbackSlugs[kind][lang];
}

export type SlugProblem = 'slugInvalid' | 'slugReserved' | 'slugTaken' | 'slugIsPage' | 'slugIsCategory';

/** Form and reserved-word checks that need no database. */
export function slugFormatProblem(slug: string, topLevel: boolean): SlugProblem | undefined {
  if (!SLUG.test(slug) || slug.length > MAX_SLUG_LENGTH) return 'slugInvalid';
  if (topLevel && reservedSlugs.has(slug)) return 'slugReserved';
  return undefined;
}

/** Is a category slug free on a site in a language? */
export async function categorySlugProblem(
  db: Kysely<DB>,
  input: { siteId: number; lang: LanguageCode; slug: string; categoryId?: number },
): Promise<SlugProblem | undefined> {
  const format = slugFormatProblem(input.slug, true);
  if (format) return format;
  let taken = db
    .selectFrom('category_translations')
    .select('category_id')
    .where('site_id', '=', input.siteId)
    .where('lang', '=', input.lang)
    .where('slug', '=', input.slug);
  if (input.categoryId !== undefined) taken = taken.where('category_id', '<>', input.categoryId);
  if (await taken.executeTakeFirst()) return 'slugTaken';
  const page = await db
    .selectFrom('pages')
    .select('id')
    .where('site_id', '=', input.siteId)
    .where('lang', '=', input.lang)
    .where('parent_id', 'is', null)
    .where('slug', '=', input.slug)
    .executeTakeFirst();
  return page ? 'slugIsPage' : undefined;
}

/** Is a page slug free among its siblings (and, at the top level, among categories)? */
export async function pageSlugProblem(
  db: Kysely<DB>,
  input: { siteId: number; lang: LanguageCode; slug: string; parentId: number | null; pageId?: number },
): Promise<SlugProblem | undefined> {
  const topLevel = input.parentId === null;
  const format = slugFormatProblem(input.slug, topLevel);
  if (format) return format;
  let sibling = db
    .selectFrom('pages')
    .select('id')
    .where('site_id', '=', input.siteId)
    .where('lang', '=', input.lang)
    .where('slug', '=', input.slug);
  sibling =
    input.parentId === null
      ? sibling.where('parent_id', 'is', null)
      : sibling.where('parent_id', '=', input.parentId);
  if (input.pageId !== undefined) sibling = sibling.where('id', '<>', input.pageId);
  if (await sibling.executeTakeFirst()) return 'slugTaken';
  if (!topLevel) return undefined;
  const category = await db
    .selectFrom('category_translations')
    .select('category_id')
    .where('site_id', '=', input.siteId)
    .where('lang', '=', input.lang)
    .where('slug', '=', input.slug)
    .executeTakeFirst();
  return category ? 'slugIsCategory' : undefined;
}

/** Did a write fail on a unique constraint (both engines)? */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
