import type { IssuingLevel, RelationKind } from '../../modules/legal-documents/vocabulary.ts';

/**
 * The demo province's legal documents (issue 14): written for the project, not copied. Numbers,
 * dates, signers and relations are consistent with each other. Files are generated at seeding
 * from `files` (src/demo/document-files.ts), so the text inside them is searchable.
 * h14-demo owns this file's data; h14-core's seeder reads it through `DemoLegalDocument`.
 */

/** A file attached to a demo document, generated at seeding. */
export interface DemoDocumentFile {
  /** The original file name, Vietnamese allowed: "QĐ 123-2025 ban hành quy chế.pdf". */
  name: string;
  kind: 'pdf' | 'docx';
  /** Heading printed at the top of the generated file. */
  title: string;
  /** The file's text, paragraph by paragraph (phrases here are found by the site search). */
  paragraphs: string[];
  /** A scanned document: generated with no text layer (shown as "not searchable"). */
  scanned?: boolean;
}

export interface DemoLegalDocument {
  /** Stable key, used by relations: "qd-123-2025". */
  key: string;
  /** The demo site's code (src/demo/content/sites.ts): 'lac-hong', 'so-khcn', 'phuong-hong-son'. */
  site: string;
  /** A code of DEFAULT_DOCUMENT_TYPES. */
  type: string;
  /** A code of DEFAULT_SECTIONS. */
  section: string;
  /** Số ký hiệu: "123/2025/QĐ-UBND". */
  number: string;
  /** Cơ quan ban hành: "UBND tỉnh Lạc Hồng". */
  issuer: string;
  level: IssuingLevel;
  signer: string;
  signerTitle: string;
  /** YYYY-MM-DD. */
  issuedOn: string;
  effectiveOn: string | null;
  expiresOn?: string | null;
  /** Codes of DEFAULT_FIELDS (one or several). */
  fields: string[];
  /** Trích yếu. */
  summary: string;
  /** Optional full text, paragraph by paragraph. */
  body?: string[];
  files: DemoDocumentFile[];
  /** This document acting on others (this one is the source). */
  relations: { kind: RelationKind; target: string; partial?: boolean; note?: string }[];
  /** Translations of the summary (and body) for the en/zh registry. */
  translations?: Partial<Record<'en' | 'zh', { summary: string; body?: string[] }>>;
}

export const demoLegalDocuments: DemoLegalDocument[] = [
  {
    key: 'qd-123-2025',
    site: 'lac-hong',
    type: 'quyet-dinh',
    section: 'quy-pham-phap-luat',
    number: '123/2025/QĐ-UBND',
    issuer: 'UBND tỉnh Lạc Hồng',
    level: 'province',
    signer: 'Trần Quốc Huy',
    signerTitle: 'Chủ tịch',
    issuedOn: '2025-03-14',
    effectiveOn: '2025-03-25',
    fields: ['cai-cach-hanh-chinh', 'chuyen-doi-so'],
    summary:
      'Ban hành Quy chế tiếp nhận và trả kết quả hồ sơ thủ tục hành chính qua dịch vụ bưu chính công ích trên địa bàn tỉnh Lạc Hồng',
    files: [
      {
        name: 'QĐ 123-2025 quy chế tiếp nhận hồ sơ qua bưu chính.pdf',
        kind: 'pdf',
        title: 'QUYẾT ĐỊNH Ban hành Quy chế tiếp nhận và trả kết quả hồ sơ qua dịch vụ bưu chính công ích',
        paragraphs: [
          'Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích trên địa bàn tỉnh.',
          'Điều 2. Nhân viên bưu điện văn hóa xã được kiểm tra thành phần hồ sơ tại nhà người dân trước khi chuyển về Trung tâm Phục vụ hành chính công.',
        ],
      },
    ],
    relations: [],
  },
];
