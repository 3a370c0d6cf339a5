import type { IssuingLevel, RelationKind } from '../../modules/legal-documents/vocabulary.ts';
import { centralDocuments } from './legal-documents-central.ts';
import { provinceDirectionDocuments } from './legal-documents-direction.ts';
import { localDocuments } from './legal-documents-local.ts';
import { provinceNormativeDocuments } from './legal-documents-normative.ts';

/**
 * The demo province's legal documents (issue 14): written for the project, not copied. Numbers,
 * dates, signers and relations are consistent with each other. Files are generated at seeding
 * from `files` (src/demo/document-files.ts), so the text inside them is searchable.
 * The data is split by concept: central documents, the province's normative documents, its
 * directions and guidance, and the sub-sites' documents; `demoLegalDocuments` lists them all.
 * Signers are the demo's leaders (collections.ts) in office on the day of signing.
 */

/** A file attached to a demo document, generated at seeding. */
export interface DemoDocumentFile {
  /** The original file name, Vietnamese allowed: "QĐ 123-2025 ban hành quy chế.pdf". */
  name: string;
  /** Older documents come as legacy Word files (.doc), as offices kept them. */
  kind: 'pdf' | 'docx' | 'doc';
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

/** Every demo document: the central ones the province's rest on, the province's, its units'. */
export const demoLegalDocuments: DemoLegalDocument[] = [
  ...centralDocuments,
  ...provinceNormativeDocuments,
  ...provinceDirectionDocuments,
  ...localDocuments,
];
