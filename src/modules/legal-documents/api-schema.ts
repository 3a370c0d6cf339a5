import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB, LanguageCode } from '../../db/schema.ts';
import { MAX_ID } from '../../web/admin/request.ts';
import { localPath } from '../../web/urls.ts';
import { describe } from '../api/openapi.ts';
import type { Localized } from '../collections/definition.ts';
import { collectionRepository } from '../collections/repository.ts';
import { levelNames, relationNames, validityNames } from './messages.ts';
import { fileUrl, relatedOfMany } from './public-item.tsx';
import { MAX_RELATIONS } from './relations-form.tsx';
import { nameIn, siteVocabulary } from './site-vocabulary.ts';
import {
  DEFAULT_DOCUMENT_TYPES,
  DEFAULT_FIELDS,
  DEFAULT_SECTIONS,
  ISSUING_LEVELS,
  type IssuingLevel,
  RELATION_KINDS,
  VALIDITIES,
  type Validity,
  type VocabularyEntry,
} from './vocabulary.ts';

/**
 * The JSON of /api/v1/legal-documents (api.ts): the list's query, a document as the API shows
 * it, and the bodies of writes, with their OpenAPI descriptions in Vietnamese and English.
 */

/**
 * A code of one of the site's own lists (types, sections, fields): its administrators change
 * them, so the schema only checks the form of a code; the handlers check it against the site's
 * list at run time (a retired code still filters and reads, but no new document takes it).
 */
const code = (vi: string, en: string, defaults: readonly VocabularyEntry[]) =>
  z
    .string()
    .max(60)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .meta({
      ...describe(
        `${vi}: mã trong danh sách của cổng, ví dụ ${defaults[0]?.code}`,
        `${en}: a code of the site’s own list, e.g. ${defaults[0]?.code}`,
      ),
      examples: defaults.slice(0, 3).map((entry) => entry.code),
    });
const langs = z.enum(['vi', 'en', 'zh']);
/** Control characters (NUL …) are refused in every text of a body, as the kit does. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const NO_CONTROL = /^[^\u0000-\u0008\u000B-\u001F\u007F]*$/;
const text = (max: number) => z.string().max(max).regex(NO_CONTROL);

export const MAX_PER_PAGE = 100;

export const listQuery = z.object({
  lang: langs.default('vi'),
  q: z
    .string()
    .max(200)
    .optional()
    .meta(
      describe(
        'Số ký hiệu như người dùng gõ (123/QĐ-UBND, 123/2025, qd-ubnd 123) hoặc từ khóa trong trích yếu',
        'A number as people type it (123/QĐ-UBND, 123/2025, qd-ubnd 123) or words of the summary',
      ),
    ),
  section: code('Nhóm văn bản', 'Section', DEFAULT_SECTIONS).optional(),
  type: code('Loại văn bản', 'Document type', DEFAULT_DOCUMENT_TYPES).optional(),
  issuer: z
    .string()
    .max(200)
    .optional()
    .meta(describe('Cơ quan ban hành', 'Issuer (case and accents ignored)')),
  level: z
    .enum(ISSUING_LEVELS as [IssuingLevel, ...IssuingLevel[]])
    .optional()
    .meta(describe('Cấp ban hành', 'Level')),
  field: code('Lĩnh vực', 'Field', DEFAULT_FIELDS).optional(),
  year: z.coerce
    .number()
    .int()
    .min(1900)
    .max(2100)
    .optional()
    .meta(describe('Năm ban hành', 'Year of issue')),
  validity: z
    .enum(VALIDITIES as [Validity, ...Validity[]])
    .optional()
    .meta(describe('Hiệu lực', 'Validity')),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  perPage: z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(20),
});

export const readQuery = z.object({ lang: langs.default('vi') });
export const idParams = z.object({ id: z.coerce.number().int().positive().max(MAX_ID) });

const named = z.object({ code: z.string(), name: z.string() });

const documentFile = z.object({
  id: z.number().int(),
  name: z.string().meta(describe('Tên tệp gốc', 'Original file name')),
  type: z.string().meta(describe('Kiểu MIME', 'MIME type')),
  size: z.number().int().meta(describe('Dung lượng (byte)', 'Size in bytes')),
  url: z.string().nullable().meta(describe('Địa chỉ tải về', 'Download address (null while unpublished)')),
});

const relation = z.object({
  kind: z.enum(RELATION_KINDS as [string, ...string[]]),
  direction: z
    .enum(['outgoing', 'incoming'])
    .meta(
      describe(
        'outgoing: văn bản này tác động; incoming: bị tác động',
        'outgoing: this one acts; incoming: acted on',
      ),
    ),
  name: z.string().meta(describe('Tên quan hệ theo chiều', 'The relation as this document reads it')),
  partial: z.boolean(),
  note: z.string(),
  id: z.number().int(),
  number: z.string(),
  title: z.string(),
  url: z.string().nullable(),
});

const documentShape = {
  id: z.number().int().meta(describe('Mã văn bản (bản tiếng Việt)', 'Document id (the Vietnamese original)')),
  lang: langs,
  number: z.string().meta(describe('Số ký hiệu', 'Number')),
  type: named.meta(describe('Loại văn bản', 'Document type')),
  section: named.meta(describe('Nhóm văn bản', 'Section')),
  issuer: z.string(),
  level: named.meta(describe('Cấp ban hành', 'Level')),
  signer: z.string(),
  signerTitle: z.string(),
  issuedOn: z.string().meta(describe('Ngày ban hành (YYYY-MM-DD)', 'Date of issue (YYYY-MM-DD)')),
  effectiveOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  validity: z.object({
    state: z.enum(VALIDITIES as [Validity, ...Validity[]]),
    name: z.string(),
    changesOn: z.string().nullable().meta(describe('Ngày hiệu lực thay đổi', 'The day the validity changes')),
    next: z.string().nullable(),
  }),
  fields: z.array(named).meta(describe('Lĩnh vực', 'Fields')),
  summary: z.string().meta(describe('Trích yếu', 'Summary')),
  url: z.string().nullable().meta(describe('Trang công khai', 'Public page (null while unpublished)')),
  files: z.array(documentFile),
  relations: z
    .array(relation)
    .meta(describe('Văn bản liên quan, cả hai chiều', 'Related documents, both ways')),
  updatedAt: z.string(),
};

export const documentSchema = z
  .object(documentShape)
  .meta({ id: 'LegalDocument', ...describe('Văn bản', 'A legal document') });

export const documentListSchema = z.object({
  items: z.array(documentSchema),
  page: z.number().int(),
  perPage: z.number().int(),
  total: z.number().int(),
  totalPages: z.number().int(),
});

export const documentRecordSchema = z
  .object({
    ...documentShape,
    status: z.enum(['draft', 'pending_approval', 'published']),
    version: z
      .number()
      .int()
      .meta(describe('Phiên bản, gửi lại khi sửa', 'Version, to send back when updating')),
  })
  .meta({
    id: 'LegalDocumentRecord',
    ...describe('Văn bản kèm trạng thái', 'A legal document with its state'),
  });

const relationInput = z.strictObject({
  kind: z.enum(RELATION_KINDS as [string, ...string[]]),
  target: z
    .union([text(100).min(1), z.number().int().positive().max(MAX_ID)])
    .meta(describe('Số ký hiệu hoặc mã của văn bản kia', 'The other document’s number or id')),
  partial: z.boolean().optional().meta(describe('Bãi bỏ một phần', 'Repeals in part')),
  note: text(300).optional(),
});

/** The writable fields: API name → the declared field it fills. */
export const WRITABLE = {
  type: 'doc_type',
  number: 'number',
  section: 'section',
  issuer: 'issuer',
  level: 'level',
  signer: 'signer',
  signerTitle: 'signer_title',
  issuedOn: 'issued_on',
  effectiveOn: 'effective_on',
  expiresOn: 'expires_on',
  fields: 'fields',
  summary: 'title',
  fullText: 'full_text',
  files: 'files',
  validityOverride: 'validity_override',
  validityReason: 'validity_reason',
} as const;
export type WritableName = keyof typeof WRITABLE;

const date = (vi: string, en: string) =>
  z
    .string()
    .max(10)
    .nullable()
    .optional()
    .meta(describe(`${vi} (YYYY-MM-DD)`, `${en} (YYYY-MM-DD)`));

const writeShape = {
  type: code('Loại văn bản', 'Document type', DEFAULT_DOCUMENT_TYPES),
  number: text(100).meta(describe('Số ký hiệu, ví dụ 123/2025/QĐ-UBND', 'Number, e.g. 123/2025/QĐ-UBND')),
  section: code('Nhóm văn bản', 'Section', DEFAULT_SECTIONS),
  issuer: text(300),
  level: z.enum(ISSUING_LEVELS as [IssuingLevel, ...IssuingLevel[]]),
  signer: text(120).nullable().optional(),
  signerTitle: text(200).nullable().optional(),
  issuedOn: z.string().max(10).meta(describe('Ngày ban hành (YYYY-MM-DD)', 'Date of issue (YYYY-MM-DD)')),
  effectiveOn: date('Ngày có hiệu lực', 'Date of entry into force'),
  expiresOn: date('Ngày hết hiệu lực', 'Expiry date'),
  fields: z
    .array(code('Lĩnh vực', 'Field', DEFAULT_FIELDS))
    .max(20)
    .optional(),
  summary: text(2000).meta(describe('Trích yếu', 'Summary')),
  fullText: z
    .string()
    .max(250_000)
    .nullable()
    .optional()
    .meta(
      describe(
        'Toàn văn: văn bản thuần hoặc JSON của trình soạn thảo',
        'Full text: plain text or the editor’s JSON',
      ),
    ),
  files: z
    .array(z.number().int().positive().max(MAX_ID))
    .max(10)
    .optional()
    .meta(describe('Mã các tệp trong thư viện đa phương tiện', 'Ids of files in the media library')),
  validityOverride: z
    .enum(VALIDITIES as [Validity, ...Validity[]])
    .nullable()
    .optional(),
  validityReason: text(500).nullable().optional(),
  relations: z
    .array(relationInput)
    .max(MAX_RELATIONS)
    .optional()
    .meta(
      describe(
        'Quan hệ với văn bản khác (thay toàn bộ khi gửi)',
        'Relations to other documents (replaced as a whole when sent)',
      ),
    ),
  publish: z
    .boolean()
    .optional()
    .meta(
      describe(
        'Công bố ngay (chỉ vai trò được công bố: quản trị, tổng biên tập)',
        'Publish at once (only roles that may publish: admin, chief editor)',
      ),
    ),
};

export const createBody = z.strictObject(writeShape).meta(describe('Văn bản mới', 'A new legal document'));

const version = z
  .number()
  .int()
  .positive()
  .max(MAX_ID)
  .meta(describe('Phiên bản đã đọc (khóa lạc quan)', 'The version you read (optimistic locking)'));

export const replaceBody = z.strictObject({ ...writeShape, version });
export const patchBody = z.strictObject({
  ...Object.fromEntries(Object.entries(writeShape).map(([key, schema]) => [key, schema.optional()])),
  version,
}) as unknown as z.ZodType<Partial<z.infer<typeof createBody>> & { version: number }>;

export type WriteBody = Partial<z.infer<typeof createBody>>;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const PATHS: Localized = { vi: 'van-ban', en: 'legal-documents', zh: 'legal-documents' };

export type DocumentJson = z.input<typeof documentRecordSchema>;

/**
 * Documents as the API shows them, in the order of `ids` (originals' ids): in `lang` (the
 * translation's summary, the original's shared fields), with files and relations both ways.
 * `publishedOnly` leaves out what the public may not see (and documents without a published
 * version in the language).
 */
export async function presentDocuments(
  db: Kysely<DB>,
  input: { siteId: number; ids: number[]; lang: LanguageCode; origin: string; publishedOnly: boolean },
): Promise<DocumentJson[]> {
  const { lang, origin } = input;
  if (input.ids.length === 0) return [];
  const repo = collectionRepository(db);
  const sides = await db
    .selectFrom('legal_documents')
    .selectAll()
    .where('item_id', 'in', input.ids)
    .where('site_id', '=', input.siteId)
    .execute();
  const originals = new Map((await repo.byIds(input.ids)).map((item) => [item.id, item]));
  const translated =
    lang === 'vi'
      ? []
      : await db
          .selectFrom('collection_items')
          .select('id')
          .where('source_id', 'in', input.ids)
          .where('lang', '=', lang)
          .execute();
  const versions =
    lang === 'vi'
      ? originals
      : new Map(
          (await repo.byIds(translated.map((row) => row.id))).map((item) => [item.sourceId ?? 0, item]),
        );
  const fileIds = [
    ...new Set(
      [...originals.values()].flatMap((item) =>
        Array.isArray(item.data.files)
          ? item.data.files.filter((id): id is number => typeof id === 'number')
          : [],
      ),
    ),
  ];
  const media =
    fileIds.length === 0
      ? []
      : await db
          .selectFrom('media')
          .select(['id', 'original_name', 'mime', 'bytes'])
          .where('id', 'in', fileIds)
          .where('site_id', '=', input.siteId)
          .execute();
  const relations = await relatedOfMany(db, input.ids, lang);
  // The site's own names (a retired code keeps its name on the documents that have it).
  const vocabulary = await siteVocabulary(db, input.siteId);
  const out: DocumentJson[] = [];
  for (const id of input.ids) {
    const side = sides.find((row) => row.item_id === id);
    const original = originals.get(id);
    const version = versions.get(id);
    if (!side || !original || !version) continue;
    const published = version.status === 'published' && side.published === 1;
    if (input.publishedOnly && !published) continue;
    const files = Array.isArray(original.data.files) ? original.data.files : [];
    const fields = Array.isArray(original.data.fields) ? original.data.fields.map(String) : [];
    const validity = side.validity as Validity;
    // The public never learns of a document that is not published (a draft that would repeal this one).
    const related = (relations.get(id) ?? []).filter((entry) => entry.published || !input.publishedOnly);
    out.push({
      id,
      lang,
      number: side.number_text,
      type: { code: side.type_code, name: nameIn(vocabulary.type, side.type_code, lang) },
      section: { code: side.section_code, name: nameIn(vocabulary.section, side.section_code, lang) },
      issuer: side.issuer,
      level: { code: side.level, name: levelNames[side.level as IssuingLevel]?.[lang] ?? side.level },
      signer: side.signer,
      signerTitle: str(original.data.signer_title),
      issuedOn: side.issued_on,
      effectiveOn: side.effective_on,
      expiresOn: side.expires_on,
      validity: {
        state: validity,
        name: validityNames[validity][lang],
        changesOn: side.validity_changes_on,
        next: side.validity_next,
      },
      fields: fields.map((field) => ({ code: field, name: nameIn(vocabulary.field, field, lang) })),
      summary: version.title,
      url: published ? origin + localPath(lang, PATHS[lang], version.slug) : null,
      files: files.flatMap((fileId) =>
        media
          .filter((row) => row.id === fileId)
          .map((row) => ({
            id: row.id,
            name: row.original_name,
            type: row.mime,
            size: row.bytes,
            url: published ? origin + fileUrl(lang, version.slug, row.id) : null,
          })),
      ),
      relations: related.map((entry) => ({
        kind: entry.kind,
        direction: entry.direction,
        name: relationNames[entry.kind][entry.direction][lang],
        partial: entry.partial,
        note: entry.note,
        id: entry.id,
        number: entry.number,
        title: entry.title,
        url: entry.url ? origin + entry.url : null,
      })),
      updatedAt: version.updatedAt,
      status: version.status,
      version: original.version,
    });
  }
  return out;
}
