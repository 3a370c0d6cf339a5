import { z } from 'zod';
import type { ArticleRow, LanguageCode } from '../../db/schema.ts';
import { vietnamParts } from '../../i18n/dates.ts';
import type { Messages } from '../../i18n/index.ts';
import { parseRichText, type RichNode } from '../../web/rich-text.tsx';
import { bodyFromInput, richTextMessage } from '../../web/rich-text-input.ts';
import { slugFor } from '../content/slug-rules.ts';

/** The article form exactly as typed (strings), so it can be shown again after an error. */
export interface ArticleForm {
  title: string;
  slug: string;
  lead: string;
  category_id: string;
  lang: string;
  body: string;
  cover_media_id: string;
  cover_alt: string;
  cover_caption: string;
  byline: string;
  source: string;
  seo_description: string;
  featured: string;
  published_at: string;
  unpublish_at: string;
  reason: string;
  version: string;
}

export type FormErrors = Partial<Record<keyof ArticleForm, string>>;

/** The validated form. Times are ISO-8601 UTC; the body is TipTap JSON. */
export interface ArticleInput {
  title: string;
  slug: string;
  lead: string;
  categoryId: number;
  lang: LanguageCode;
  body: string;
  coverMediaId: number | null;
  coverAlt: string;
  coverCaption: string;
  byline: string;
  source: string;
  seoDescription: string;
  isFeatured: boolean;
  publishedAt: string | null;
  unpublishAt: string | null;
  reason: string;
}

const FIELDS: (keyof ArticleForm)[] = [
  'title',
  'slug',
  'lead',
  'category_id',
  'lang',
  'body',
  'cover_media_id',
  'cover_alt',
  'cover_caption',
  'byline',
  'source',
  'seo_description',
  'featured',
  'published_at',
  'unpublish_at',
  'reason',
  'version',
];

/** Reads the form fields from a parsed url-encoded body (NFC, line endings normalised). */
export function readForm(body: unknown): ArticleForm {
  const source = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const form = {} as ArticleForm;
  for (const field of FIELDS) {
    const raw = source[field];
    const value = Array.isArray(raw) ? raw.at(-1) : raw;
    form[field] = typeof value === 'string' ? value.normalize('NFC').replace(/\r\n?/g, '\n') : '';
  }
  return form;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An instant as a datetime-local value in Viet Nam time ("2026-05-01T08:30"). */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const p = vietnamParts(new Date(iso));
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** A datetime-local value in Viet Nam time as ISO-8601 UTC; undefined when malformed. */
export function fromLocalInput(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map((part) => Number(part ?? 0)) as number[];
  const instant = new Date(Date.UTC(year!, month! - 1, day!, hour! - 7, minute!, second!));
  const back = vietnamParts(instant);
  if (back.year !== year || back.month !== month || back.day !== day || back.hour !== hour) return undefined;
  return instant.toISOString();
}

/** Figures in the body without alt text, by position (1-based). */
export function figuresWithoutAlt(body: string): number[] {
  const missing: number[] = [];
  let position = 0;
  const walk = (node: RichNode) => {
    if (node.type === 'figure') {
      position++;
      const alt = node.attrs?.alt;
      if (typeof alt !== 'string' || alt.trim() === '') missing.push(position);
    }
    for (const child of node.content ?? []) walk(child);
  };
  walk(parseRichText(body));
  return missing;
}

function schema(t: Messages['articlesAdmin'], rich: Messages['richText']) {
  const text = (max: number) => z.string().max(max, { error: t.errors.tooLong(max) });
  const time = z
    .string()
    .refine((value) => value.trim() === '' || fromLocalInput(value) !== undefined, {
      error: t.errors.dateInvalid,
    })
    .transform((value) => (value.trim() === '' ? '' : fromLocalInput(value)!));
  return z.object({
    title: z
      .string()
      .trim()
      .min(1, { error: t.errors.titleRequired })
      .max(300, { error: t.errors.tooLong(300) }),
    slug: z.string().max(120, { error: t.errors.tooLong(120) }),
    lead: text(1000),
    category_id: z.string().regex(/^[1-9]\d{0,11}$/, { error: t.errors.categoryRequired }),
    lang: z.enum(['vi', 'en', 'zh'], { error: t.errors.langInvalid }),
    // The editor's schema, checked on write: every stored body opens in the editor.
    body: text(400_000).transform((value, ctx) => {
      const result = bodyFromInput(value);
      if (result.ok) return result.body;
      ctx.addIssue({ code: 'custom', message: richTextMessage(rich, result.problem) });
      return z.NEVER;
    }),
    cover_media_id: z
      .string()
      .refine((value) => value === '' || /^[1-9]\d{0,11}$/.test(value), { error: t.errors.mediaInvalid }),
    cover_alt: text(300),
    cover_caption: text(500),
    byline: text(200),
    source: text(300),
    seo_description: text(300),
    featured: z.string(),
    published_at: time,
    unpublish_at: time,
    reason: text(1000),
  });
}

/**
 * Validates the form: field-level messages in the person's language (`rich`: those of a body
 * the editor's schema refuses), or the typed input.
 */
export function parseForm(
  form: ArticleForm,
  t: Messages['articlesAdmin'],
  rich: Messages['richText'],
): { ok: true; input: ArticleInput } | { ok: false; errors: FormErrors } {
  const trimmed = { ...form, slug: form.slug.trim(), cover_media_id: form.cover_media_id.trim() };
  const result = schema(t, rich).safeParse(trimmed);
  if (!result.success) {
    const errors: FormErrors = {};
    for (const issue of result.error.issues) {
      const key = issue.path[0] as keyof ArticleForm;
      errors[key] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const value = result.data;
  const publishedAt = value.published_at || null;
  const unpublishAt = value.unpublish_at || null;
  if (unpublishAt && publishedAt && unpublishAt <= publishedAt) {
    return { ok: false, errors: { unpublish_at: t.errors.unpublishBeforePublish } };
  }
  return {
    ok: true,
    input: {
      title: value.title,
      slug: slugFor('article', value.lang, value.slug, value.title),
      lead: value.lead.trim(),
      categoryId: Number(value.category_id),
      lang: value.lang,
      body: value.body,
      coverMediaId: value.cover_media_id ? Number(value.cover_media_id) : null,
      coverAlt: value.cover_alt.trim(),
      coverCaption: value.cover_caption.trim(),
      byline: value.byline.trim(),
      source: value.source.trim(),
      seoDescription: value.seo_description.trim(),
      isFeatured: value.featured === '1',
      publishedAt,
      unpublishAt,
      reason: value.reason.trim(),
    },
  };
}

/** What must be true before an article goes to review or is published: a body and alt texts. */
export function submissionErrors(
  input: Pick<ArticleInput, 'body' | 'coverMediaId' | 'coverAlt'>,
  t: Messages['articlesAdmin'],
): FormErrors {
  const errors: FormErrors = {};
  const missing = figuresWithoutAlt(input.body);
  if (missing.length > 0)
    errors.body = missing.map((position) => t.errors.figureAltMissing(position)).join(' ');
  else if (!parseRichText(input.body).content?.length) errors.body = t.errors.bodyRequired;
  if (input.coverMediaId && !input.coverAlt) errors.cover_alt = t.errors.coverAltRequired;
  return errors;
}

/** The form showing a stored article (the admin editor, and the API's base for a partial update). */
export function articleFormOf(article: ArticleRow): ArticleForm {
  return {
    title: article.title,
    slug: article.slug,
    lead: article.lead,
    category_id: String(article.category_id),
    lang: article.lang,
    body: article.body,
    cover_media_id: article.cover_media_id ? String(article.cover_media_id) : '',
    cover_alt: article.cover_alt,
    cover_caption: article.cover_caption,
    byline: article.byline,
    source: article.source,
    seo_description: article.seo_description,
    featured: article.is_featured === 1 ? '1' : '',
    published_at: toLocalInput(article.published_at),
    unpublish_at: toLocalInput(article.unpublish_at),
    reason: '',
    version: String(article.version),
  };
}
