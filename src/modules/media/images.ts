import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import sharp from 'sharp';
import type { DB, MediaRow, MediaTable } from '../../db/schema.ts';
import type { FigureImage } from '../../web/rich-text.tsx';
import { imageWork } from './image-queue.ts';
import type { MediaStorage, StagedFile } from './media-storage.ts';

/** Widths generated for `srcset`; none wider than the original. */
export const IMAGE_WIDTHS = [480, 800, 1200, 1600] as const;

export interface ImageVariant {
  width: number;
  height: number;
  key: string;
  mime: string;
}

export interface StoreImageInput {
  siteId: number;
  bytes: Buffer;
  originalName: string;
  alt?: string;
  caption?: string;
  credit?: string;
  createdBy?: number | null;
  now: Date;
  /** Refuse to decode an image of more pixels than this (libvips checks it from the header). */
  maxPixels?: number;
}

/** The row of an encoded image and its variants, written but not yet in place. */
export interface EncodedImage {
  values: Insertable<MediaTable>;
  files: StagedFile[];
}

/**
 * Re-encodes an image (auto-rotated; EXIF, GPS and other metadata dropped) into WebP variants
 * for `srcset`, stores them and records the media row.
 */
export async function storeImage(
  db: Kysely<DB>,
  storage: MediaStorage,
  input: StoreImageInput,
): Promise<MediaRow> {
  const { values, files } = await encodeImage(storage, input);
  try {
    const row = await db.insertInto('media').values(values).returningAll().executeTakeFirstOrThrow();
    await Promise.all(files.map((file) => file.commit()));
    return row;
  } catch (error) {
    await Promise.all(files.map((file) => file.discard().catch(() => undefined)));
    throw error;
  }
}

/**
 * The encoding half of `storeImage`: writes the variants under temporary names and returns the
 * row to insert, so a command can insert it with its audit entry in one short transaction
 * (encoding stays outside) and move the files into place once that committed. Images are
 * encoded one at a time (image-queue.ts). On failure nothing is left behind.
 */
export function encodeImage(storage: MediaStorage, input: StoreImageInput): Promise<EncodedImage> {
  return imageWork.run(async () => {
    const files: StagedFile[] = [];
    try {
      const values = await encodeVariants(storage, input, files);
      return { values, files };
    } catch (error) {
      await Promise.all(files.map((file) => file.discard().catch(() => undefined)));
      throw error;
    }
  });
}

async function encodeVariants(
  storage: MediaStorage,
  input: StoreImageInput,
  files: StagedFile[],
): Promise<Insertable<MediaTable>> {
  const source = sharp(input.bytes, {
    failOn: 'error',
    ...(input.maxPixels ? { limitInputPixels: input.maxPixels } : {}),
  }).rotate();
  const meta = await source.metadata();
  const rotated = (meta.orientation ?? 1) >= 5;
  const width = (rotated ? meta.height : meta.width) ?? 0;
  const height = (rotated ? meta.width : meta.height) ?? 0;
  if (width <= 0 || height <= 0) throw new Error('Image has no dimensions');
  const stamp = input.now.toISOString();
  const base = `images/${stamp.slice(0, 4)}/${stamp.slice(5, 7)}/${randomUUID()}`;
  const widths: number[] = IMAGE_WIDTHS.filter((candidate) => candidate < width);
  widths.push(Math.min(width, 2400));
  const variants: ImageVariant[] = [];
  for (const target of widths) {
    const { data, info } = await source
      .clone()
      .resize({ width: target, withoutEnlargement: true })
      .webp({ quality: 78, effort: 3 })
      .toBuffer({ resolveWithObject: true });
    const key = `${base}-${info.width}.webp`;
    files.push(await storage.stage(key, data));
    variants.push({ width: info.width, height: info.height, key, mime: 'image/webp' });
  }
  const largest = variants.at(-1)!;
  return {
    site_id: input.siteId,
    kind: 'image',
    original_name: input.originalName.normalize('NFC').slice(0, 255),
    storage_key: largest.key,
    mime: 'image/webp',
    bytes: input.bytes.length,
    width,
    height,
    alt: input.alt ?? '',
    caption: input.caption ?? '',
    credit: input.credit ?? '',
    variants: JSON.stringify(variants),
    created_by: input.createdBy ?? null,
    created_at: stamp,
  };
}

/** Public URL of a stored media key. */
export function mediaUrl(key: string): string {
  return `/media/${key}`;
}

/** The `src`, `srcset` and intrinsic size of an image record, for <img>. */
export function figureImage(
  row: Pick<MediaRow, 'variants' | 'width' | 'height' | 'storage_key'>,
): FigureImage {
  let variants: ImageVariant[] = [];
  try {
    variants = JSON.parse(row.variants) as ImageVariant[];
  } catch {
    variants = [];
  }
  if (variants.length === 0) {
    return { src: mediaUrl(row.storage_key), srcset: '', width: row.width ?? 0, height: row.height ?? 0 };
  }
  const fallback = variants.find((variant) => variant.width >= 800) ?? variants.at(-1)!;
  return {
    src: mediaUrl(fallback.key),
    srcset: variants.map((variant) => `${mediaUrl(variant.key)} ${variant.width}w`).join(', '),
    width: fallback.width,
    height: fallback.height,
  };
}

/**
 * Loads image records by id, as a lookup for the rich-text renderer. Media are public files,
 * so a component site may show an image its parent uploaded.
 */
export async function loadImages(db: Kysely<DB>, ids: number[]): Promise<Map<number, FigureImage>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('media')
    .select(['id', 'variants', 'width', 'height', 'storage_key'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, figureImage(row)]));
}
