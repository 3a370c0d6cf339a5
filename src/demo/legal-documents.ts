import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { ItemData } from '../modules/collections/definition.ts';
import { legalDocuments } from '../modules/legal-documents/legal-documents.collection.ts';
import {
  recomputeValidity,
  replaceRelations,
  vietnamDay,
  writeSideRow,
} from '../modules/legal-documents/store.ts';
import type { MediaStorage } from '../modules/media/media-storage.ts';
import { queueExtraction } from '../modules/media/text-extract/media-texts.ts';
import { slugify } from '../platform/text.ts';
import { blocksToDoc } from './blocks.ts';
import { type DemoLegalDocument, demoLegalDocuments } from './content/legal-documents.ts';
import { demoDocumentFile } from './document-files.ts';

/** A demo file generated before the transaction (files need no lock), or none when it cannot be. */
export interface GeneratedFile {
  name: string;
  bytes: Buffer;
  kind: 'pdf' | 'docx' | 'doc';
}

const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
};

/** Generates every demo document's files; a file the generator cannot make yet is skipped. */
export async function generateDemoFiles(): Promise<Map<string, GeneratedFile[]>> {
  const out = new Map<string, GeneratedFile[]>();
  for (const document of demoLegalDocuments) {
    const files: GeneratedFile[] = [];
    for (const file of document.files) {
      try {
        const made = await demoDocumentFile(file);
        files.push({ ...made, kind: file.kind });
      } catch {
        // Not generated (no generator yet, or it refused): the document goes without it.
      }
    }
    out.set(document.key, files);
  }
  return out;
}

const paragraphs = (lines: string[] | undefined) =>
  lines && lines.length > 0
    ? JSON.stringify(
        blocksToDoc(
          lines.map((p) => ({ p })),
          () => undefined,
        ),
      )
    : null;

/**
 * The demo registry: every document published with its side row, fields, files in the media
 * library, translations, then the relations by key and the validity of each on the seeding day.
 */
export async function seedLegalDocuments(
  trx: Transaction<DB>,
  input: {
    siteIds: Map<string, number>;
    stamp: string;
    now: Date;
    storage: MediaStorage;
    files: Map<string, GeneratedFile[]>;
  },
): Promise<number> {
  const ids = new Map<string, number>();
  const slugs = new Set<string>();
  const place = new Map<string, DemoLegalDocument>();
  for (const document of demoLegalDocuments) {
    const siteId = input.siteIds.get(document.site);
    if (siteId === undefined) continue;
    const mediaIds: number[] = [];
    for (const file of input.files.get(document.key) ?? []) {
      const key = `documents/${input.stamp.slice(0, 4)}/${input.stamp.slice(5, 7)}/${randomUUID()}.${file.kind}`;
      const staged = await input.storage.stage(key, file.bytes);
      await staged.commit();
      const media = await trx
        .insertInto('media')
        .values({
          site_id: siteId,
          kind: 'document',
          original_name: file.name.normalize('NFC'),
          storage_key: key,
          mime: MIME[file.kind],
          bytes: file.bytes.length,
          width: null,
          height: null,
          alt: '',
          caption: '',
          credit: '',
          variants: '[]',
          created_by: null,
          created_at: input.stamp,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      // Its text is read after the commit; the document's search entry then includes it.
      await queueExtraction(trx, media, input.now);
      mediaIds.push(media.id);
    }
    const data: ItemData = {
      doc_type: document.type,
      number: document.number,
      section: document.section,
      issuer: document.issuer,
      level: document.level,
      signer: document.signer,
      signer_title: document.signerTitle,
      issued_on: document.issuedOn,
      effective_on: document.effectiveOn,
      expires_on: document.expiresOn ?? null,
      fields: document.fields,
      title: document.summary,
      full_text: paragraphs(document.body),
      files: mediaIds,
      validity_override: null,
      validity_reason: null,
    };
    let slug = slugify(document.summary, 100) || 'van-ban';
    for (let n = 2; slugs.has(`${siteId}:${slug}`); n++) slug = `${slugify(document.summary, 96)}-${n}`;
    slugs.add(`${siteId}:${slug}`);
    const row = (lang: 'vi' | 'en' | 'zh', title: string, itemData: ItemData, sourceId: number | null) => ({
      site_id: siteId,
      type: legalDocuments.type,
      lang,
      source_id: sourceId,
      source_version: sourceId === null ? null : 1,
      stale_since: null,
      title: title.normalize('NFC'),
      slug,
      position: 0,
      status: 'published' as const,
      data: JSON.stringify(itemData).normalize('NFC'),
      version: 1,
      published_at: input.stamp,
      created_by: null,
      created_at: input.stamp,
      updated_at: input.stamp,
    });
    const { id } = await trx
      .insertInto('collection_items')
      .values(row('vi', document.summary, data, null))
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const lang of ['en', 'zh'] as const) {
      const translation = document.translations?.[lang];
      if (!translation) continue;
      await trx
        .insertInto('collection_items')
        .values(
          row(
            lang,
            translation.summary,
            { title: translation.summary, full_text: paragraphs(translation.body) },
            id,
          ),
        )
        .execute();
    }
    await writeSideRow(trx, { itemId: id, siteId, data, published: true, at: input.stamp });
    ids.set(document.key, id);
    place.set(document.key, document);
  }
  for (const [key, document] of place)
    await replaceRelations(
      trx,
      ids.get(key)!,
      document.relations.flatMap((relation) => {
        // Relations stay within a site's registry.
        const targetId =
          place.get(relation.target)?.site === document.site ? ids.get(relation.target) : undefined;
        return targetId === undefined
          ? []
          : [
              {
                kind: relation.kind,
                targetId,
                partial: relation.partial ?? false,
                note: relation.note ?? '',
              },
            ];
      }),
    );
  await recomputeValidity(trx, [...ids.values()], vietnamDay(input.now));
  return ids.size;
}
