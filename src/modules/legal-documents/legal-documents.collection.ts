import { defineCollection } from '../collections/definition.ts';
import { VOCABULARY_BASE } from './admin/vocabulary-admin.routes.tsx';
import { vocabularyWords } from './admin/vocabulary-messages.ts';
import { legalDocumentApi } from './api.ts';
import { levelNames, validityNames } from './messages.ts';
import { fileUrl, publicDocumentParts } from './public-item.tsx';
import { publicDocumentList } from './public-list.tsx';
import { loadRelationsForm, RelationsFieldset, readRelationsForm } from './relations-form.tsx';
import { optionsOf } from './site-vocabulary.ts';
import { newestDocumentIds, validityOf } from './store.ts';
import { afterDocumentWrite, validateDocument } from './validate.ts';
import {
  DEFAULT_DOCUMENT_TYPES,
  DEFAULT_FIELDS,
  DEFAULT_SECTIONS,
  ISSUING_LEVELS,
  VALIDITIES,
  type VocabularyEntry,
} from './vocabulary.ts';

const options = (entries: readonly VocabularyEntry[]) =>
  entries.map((entry) => ({ value: entry.code, label: entry.name }));

/**
 * Văn bản: the legal documents registry (issue 14; NĐ 224/2026 Đ9 k1, Luật Tiếp cận thông tin
 * Đ19). A collection of the kit with its own side table for the list at 20,000 documents, its
 * relations and its computed validity (ADR 0019).
 */
export const legalDocuments = defineCollection({
  type: 'legal_document',
  plural: 'legal-documents',
  name: { vi: 'Văn bản', en: 'Legal documents', zh: '法律文件' },
  itemName: { vi: 'văn bản', en: 'document', zh: '文件' },
  intro: {
    vi: 'Văn bản quy phạm pháp luật, chỉ đạo điều hành và hướng dẫn của tỉnh: tra cứu theo số ký hiệu, cơ quan ban hành, lĩnh vực và hiệu lực.',
    en: 'The province’s legal, administrative and guidance documents: look them up by number, issuer, field and validity.',
    zh: '本省规范性法律文件、指导管理文件及指导性文件：可按文号、发布机关、领域和效力查询。',
  },
  path: { vi: 'van-ban', en: 'legal-documents', zh: 'legal-documents' },
  workflow: 'editorial',
  // Many offices publish what the leader already signed: the board's heads publish directly.
  publishDirectly: true,
  // Contributors (writers of news) do not keep the registry.
  roles: { edit: ['admin', 'chief_editor', 'editor'] },
  titleField: 'title',
  summaryFields: ['number'],
  columns: ['number', 'issued_on'],
  searchDate: 'issued_on',
  filters: ['section', 'doc_type'],
  fields: [
    {
      name: 'doc_type',
      kind: 'choice',
      required: true,
      options: options(DEFAULT_DOCUMENT_TYPES),
      optionsFor: optionsOf('type'),
      label: { vi: 'Loại văn bản', en: 'Type', zh: '文件类型' },
    },
    {
      name: 'number',
      kind: 'text',
      required: true,
      maxLength: 100,
      label: { vi: 'Số ký hiệu', en: 'Number', zh: '文号' },
      hint: { vi: 'Ví dụ: 123/2025/QĐ-UBND', en: 'E.g. 123/2025/QĐ-UBND', zh: '例如：123/2025/QĐ-UBND' },
    },
    {
      name: 'section',
      kind: 'choice',
      required: true,
      options: options(DEFAULT_SECTIONS),
      optionsFor: optionsOf('section'),
      label: { vi: 'Nhóm văn bản', en: 'Section', zh: '类别' },
    },
    {
      name: 'issuer',
      kind: 'text',
      required: true,
      maxLength: 300,
      label: { vi: 'Cơ quan ban hành', en: 'Issuer', zh: '发布机关' },
    },
    {
      name: 'level',
      kind: 'choice',
      required: true,
      options: ISSUING_LEVELS.map((level) => ({ value: level, label: levelNames[level] })),
      label: { vi: 'Cấp ban hành', en: 'Level', zh: '发布级别' },
    },
    {
      name: 'signer',
      kind: 'text',
      maxLength: 120,
      label: { vi: 'Người ký', en: 'Signed by', zh: '签署人' },
    },
    {
      name: 'signer_title',
      kind: 'text',
      maxLength: 200,
      label: { vi: 'Chức vụ người ký', en: 'Signer’s position', zh: '签署人职务' },
    },
    {
      name: 'issued_on',
      kind: 'date',
      required: true,
      label: { vi: 'Ngày ban hành', en: 'Date of issue', zh: '发布日期' },
    },
    {
      name: 'effective_on',
      kind: 'date',
      label: { vi: 'Ngày có hiệu lực', en: 'Date of entry into force', zh: '生效日期' },
    },
    {
      name: 'expires_on',
      kind: 'date',
      label: { vi: 'Ngày hết hiệu lực', en: 'Expiry date', zh: '失效日期' },
    },
    {
      name: 'fields',
      kind: 'choices',
      options: options(DEFAULT_FIELDS),
      optionsFor: optionsOf('field'),
      label: { vi: 'Lĩnh vực', en: 'Fields', zh: '领域' },
    },
    {
      name: 'title',
      kind: 'text',
      localized: true,
      required: true,
      maxLength: 2000,
      label: { vi: 'Trích yếu', en: 'Summary', zh: '摘要' },
    },
    {
      name: 'full_text',
      kind: 'richText',
      localized: true,
      label: { vi: 'Toàn văn', en: 'Full text', zh: '全文' },
    },
    {
      name: 'files',
      kind: 'attachments',
      max: 10,
      label: { vi: 'Tệp đính kèm', en: 'Attachments', zh: '附件' },
    },
    {
      name: 'validity_override',
      kind: 'choice',
      isPublic: false,
      options: VALIDITIES.map((validity) => ({ value: validity, label: validityNames[validity] })),
      label: {
        vi: 'Xác định hiệu lực thủ công',
        en: 'Set the validity by hand',
        zh: '手动设定效力',
      },
      hint: {
        vi: 'Để trống: hiệu lực được tính từ các ngày và văn bản liên quan.',
        en: 'Empty: the validity is computed from the dates and related documents.',
        zh: '留空：效力根据日期和相关文件计算。',
      },
    },
    {
      name: 'validity_reason',
      kind: 'text',
      isPublic: false,
      maxLength: 500,
      label: { vi: 'Lý do', en: 'Reason', zh: '理由' },
    },
  ],
  hooks: {
    adminLinks: [{ href: VOCABULARY_BASE, label: vocabularyWords.nav, roles: ['admin'] }],
    readForm: readRelationsForm,
    loadForm: loadRelationsForm,
    FormExtra: RelationsFieldset,
    validate: validateDocument,
    afterWrite: afterDocumentWrite,
    publicList: publicDocumentList,
    publicItem: publicDocumentParts,
    api: legalDocumentApi,
    fileUrl,
    searchFacets: [
      {
        name: 'validity',
        label: { vi: 'Hiệu lực', en: 'Validity', zh: '效力' },
        options: VALIDITIES.map((validity) => ({ value: validity, label: validityNames[validity] })),
        values: validityOf,
      },
    ],
    feedIds: newestDocumentIds,
    listLinks: [
      {
        href: '/admin/legal-documents/import',
        label: {
          vi: 'Nhập hàng loạt từ XLSX/CSV',
          en: 'Bulk import from XLSX/CSV',
          zh: '从 XLSX/CSV 批量导入',
        },
      },
    ],
  },
});
