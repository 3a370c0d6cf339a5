import { z } from 'zod';
import type { MediaRow } from '../../db/schema.ts';
import type { Messages } from '../../i18n/index.ts';
import { MAX_ID } from '../../web/admin/request.ts';
import { figureImage, mediaUrl } from './images.ts';
import { cleanText, MEDIA_LIMITS, META_LIMITS, type MediaMeta, type Refusal } from './media.service.ts';

/**
 * JSON shapes of the media API (/api/v1/media), as zod schemas: the routes validate with them
 * and the OpenAPI document can be generated from them.
 */

/** A media file as the editor sees it. Images: `url`/`srcset` of the WebP variants. */
export const mediaItemSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['image', 'document']),
  /** Public URL (for images the ≥800px variant, for documents the file). */
  url: z.string(),
  /** `srcset` of the image variants; '' for documents. */
  srcset: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  /** Alternative text; an image with '' must not be inserted (media.policy.ts canInsert). */
  alt: z.string(),
  caption: z.string(),
  credit: z.string(),
  /** Display name (the uploaded file's cleaned name; never a path). */
  name: z.string(),
  mime: z.string(),
  bytes: z.number().int(),
  createdAt: z.string(),
});
export type MediaItem = z.infer<typeof mediaItemSchema>;

/** GET /api/v1/media?kind=image&q=&page=&perPage= */
export const mediaListQuerySchema = z.object({
  kind: z.enum(['image', 'document']).optional(),
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  perPage: z.coerce.number().int().min(1).max(100).default(24),
});

export const mediaListResponseSchema = z.object({
  items: z.array(mediaItemSchema),
  page: z.number().int(),
  perPage: z.number().int(),
  total: z.number().int(),
});

export const mediaIdParamsSchema = z.object({ id: z.coerce.number().int().min(1).max(MAX_ID) });

/** PATCH /api/v1/media/:id — any of the three texts; an image's alt cannot become empty. */
export const mediaPatchBodySchema = z.strictObject({
  alt: z.string().max(META_LIMITS.alt).optional(),
  caption: z.string().max(META_LIMITS.caption).optional(),
  credit: z.string().max(META_LIMITS.credit).optional(),
});

export const refusalSchema = z.object({
  name: z.string(),
  reason: z.string(),
  message: z.string(),
});

/** POST /api/v1/media (multipart: files, optional alt, caption, credit) → 201 */
export const mediaUploadResponseSchema = z.object({
  items: z.array(mediaItemSchema),
  /** Files not accepted (some may be refused while others are stored). */
  refused: z.array(refusalSchema),
});

/** Errors of uploads and deletions: the catalogue's shape with `files` or `uses`. */
export const mediaErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string(),
    /** Each refused file of an upload, with the reason and a readable message. */
    files: z.array(refusalSchema).optional(),
    /** Where a file that could not be deleted is used. */
    uses: z
      .array(
        z.object({
          type: z.enum(['article', 'page', 'site']),
          id: z.number().int(),
          title: z.string(),
          how: z.enum(['cover', 'attached', 'body', 'emblem']),
        }),
      )
      .optional(),
  }),
});

/** The API representation of a media row. */
export function toMediaItem(row: MediaRow): MediaItem {
  const image = row.kind === 'image' ? figureImage(row) : undefined;
  return {
    id: row.id,
    kind: row.kind,
    url: image ? image.src : mediaUrl(row.storage_key),
    srcset: image?.srcset ?? '',
    width: image ? image.width : null,
    height: image ? image.height : null,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    name: row.original_name,
    mime: row.mime,
    bytes: row.bytes,
    createdAt: row.created_at,
  };
}

const MB = 1024 * 1024;

/** The person-readable reason for a refused upload. */
export function refusalMessage(t: Messages, refusal: Refusal): string {
  const r = t.mediaAdmin.refusals;
  switch (refusal.reason) {
    case 'type':
      return r.type;
    case 'macro':
      return r.macro;
    case 'empty':
      return r.empty;
    case 'unreadable':
      return r.unreadable;
    case 'dimensions':
      return refusal.pixels
        ? r.pixels(refusal.pixels.width, refusal.pixels.height, refusal.pixels.limit / 1_000_000)
        : r.dimensions;
    case 'archive':
      return r.archive;
    case 'image_too_large':
      return r.imageTooLarge(MEDIA_LIMITS.imageBytes / MB);
    case 'document_too_large':
      return r.documentTooLarge(MEDIA_LIMITS.documentBytes / MB);
    case 'file_too_large':
      return r.fileTooLarge(Math.max(MEDIA_LIMITS.imageBytes, MEDIA_LIMITS.documentBytes) / MB);
    case 'request_too_large':
      return r.requestTooLarge(MEDIA_LIMITS.requestBytes / MB);
    case 'too_many_files':
      return r.tooManyFiles(MEDIA_LIMITS.files);
    case 'no_files':
      return r.noFiles;
    case 'malformed':
      return r.malformed;
  }
}

export type MetaErrors = Partial<Record<keyof MediaMeta, string>>;

/**
 * Checks edited texts (already cleaned): lengths, and alternative text required for images.
 * Returns the cleaned changes and field-level messages.
 */
export function checkMeta(
  t: Messages,
  kind: MediaRow['kind'],
  input: Partial<Record<keyof MediaMeta, unknown>>,
): { changes: Partial<MediaMeta>; errors: MetaErrors } {
  const changes: Partial<MediaMeta> = {};
  const errors: MetaErrors = {};
  for (const field of Object.keys(META_LIMITS) as (keyof MediaMeta)[]) {
    if (input[field] === undefined) continue;
    if (typeof input[field] !== 'string') {
      errors[field] = t.mediaAdmin.invalid;
      continue;
    }
    const value = cleanText(input[field], 100_000);
    changes[field] = value;
    if (value.length > META_LIMITS[field]) errors[field] = t.mediaAdmin.tooLong(META_LIMITS[field]);
  }
  if (kind === 'image' && changes.alt !== undefined && changes.alt === '') {
    errors.alt = t.mediaAdmin.altRequired;
  }
  return { changes, errors };
}
