import type { Kysely } from 'kysely';

/**
 * Indexes for the legal documents list's filters at 20,000 documents (bench/legal-documents.ts,
 * ADR 0019): each filter column after (site, published), then the date of issue the list sorts
 * on, so a filtered count reads one index range and a filtered page reads its rows in order.
 * Issuer (legal_documents_duplicate_idx), number (legal_documents_number_idx) and field
 * (legal_document_fields_code_idx) already have theirs in 0015.
 */
const INDEXES: [string, string[]][] = [
  ['legal_documents_section_idx', ['site_id', 'published', 'section_code', 'issued_on']],
  ['legal_documents_type_idx', ['site_id', 'published', 'type_code', 'issued_year', 'issued_on']],
  ['legal_documents_year_idx', ['site_id', 'published', 'issued_year', 'issued_on']],
  ['legal_documents_validity_idx', ['site_id', 'published', 'validity', 'issued_on']],
  ['legal_documents_level_idx', ['site_id', 'published', 'level', 'issued_on']],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, columns] of INDEXES)
    await db.schema.createIndex(name).on('legal_documents').columns(columns).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [name] of INDEXES) await db.schema.dropIndex(name).execute();
}
