import { z } from 'zod';
import type { LanguageCode } from '../../db/schema.ts';
import type { FigureImage } from '../../web/rich-text.tsx';
import { articleUrl } from '../../web/urls.ts';
import { describe } from '../api/openapi.ts';
import type { PublicArticleDetailRow, PublicArticleRow } from './articles.repository.ts';

/**
 * The public JSON of an article: what the portal shows, nothing more (no drafts, workflow
 * notes, authors' accounts, versions or view counts).
 */

const language = z.enum(['vi', 'en', 'zh']);

const cover = z
  .object({
    mediaId: z.number().int(),
    src: z.string().meta(describe('Địa chỉ ảnh (cỡ vừa)', 'Image URL (medium size)')),
    srcset: z.string().meta(describe('Các cỡ ảnh cho srcset', 'Image sizes for srcset')),
    width: z.number().int(),
    height: z.number().int(),
    alt: z.string().meta(describe('Văn bản thay thế', 'Alternative text')),
    caption: z.string(),
  })
  .nullable();

export const articleSummarySchema = z.object({
  id: z.number().int(),
  lang: language,
  title: z.string(),
  slug: z.string(),
  lead: z.string().meta(describe('Sapo (tóm tắt)', 'Lead (summary)')),
  url: z.string().meta(describe('Địa chỉ bài trên cổng', 'Address of the article on the portal')),
  category: z.object({ id: z.number().int(), slug: z.string().nullable() }),
  cover,
  byline: z.string().meta(describe('Tác giả hiển thị', 'Byline as shown')),
  source: z.string(),
  featured: z.boolean(),
  publishedAt: z.string().meta(describe('Thời điểm xuất bản (ISO 8601)', 'Publication time (ISO 8601)')),
  updatedAt: z.string(),
});

export const articleDetailSchema = articleSummarySchema.extend({
  body: z
    .record(z.string(), z.unknown())
    .nullable()
    .meta(describe('Nội dung: tài liệu ProseMirror (JSON)', 'Body: a ProseMirror document (JSON)')),
  seoDescription: z.string(),
  translations: z
    .array(z.object({ id: z.number().int(), lang: language }))
    .meta(describe('Các phiên bản ngôn ngữ khác', 'Other language versions')),
});

export const articleListSchema = z.object({
  items: z.array(articleSummarySchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  totalPages: z.number().int(),
});

export type ArticleSummaryJson = z.input<typeof articleSummarySchema>;
export type ArticleDetailJson = z.input<typeof articleDetailSchema>;

/** Turns a stored timestamp into ISO 8601 (both engines store ISO text; tolerate others). */
function iso(value: string | null): string {
  if (!value) return '';
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString() : value;
}

export function presentSummary(
  row: PublicArticleRow,
  origin: string,
  images: Map<number, FigureImage>,
): ArticleSummaryJson {
  const image = row.cover_media_id ? images.get(row.cover_media_id) : undefined;
  const lang = row.lang as LanguageCode;
  return {
    id: row.id,
    lang,
    title: row.title,
    slug: row.slug,
    lead: row.lead,
    url: row.category_slug ? origin + articleUrl(lang, row.category_slug, row.slug, row.id) : '',
    category: { id: row.category_id, slug: row.category_slug ?? null },
    cover:
      image && row.cover_media_id
        ? {
            mediaId: row.cover_media_id,
            src: origin + image.src,
            srcset: image.srcset
              .split(', ')
              .filter(Boolean)
              .map((entry) => origin + entry)
              .join(', '),
            width: image.width,
            height: image.height,
            alt: row.cover_alt,
            caption: row.cover_caption,
          }
        : null,
    byline: row.byline,
    source: row.source,
    featured: row.is_featured === 1,
    publishedAt: iso(row.published_at),
    updatedAt: iso(row.updated_at),
  };
}

export function presentDetail(
  row: PublicArticleDetailRow,
  origin: string,
  images: Map<number, FigureImage>,
  translations: Array<{ id: number; lang: string }>,
): ArticleDetailJson {
  let body: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = JSON.parse(row.body);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      body = parsed as Record<string, unknown>;
  } catch {
    body = null;
  }
  return {
    ...presentSummary(row, origin, images),
    body,
    seoDescription: row.seo_description,
    translations: translations
      .filter((entry) => entry.id !== row.id)
      .map((entry) => ({ id: entry.id, lang: entry.lang as LanguageCode })),
  };
}
