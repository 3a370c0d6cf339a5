import { type Kysely, sql } from 'kysely';
import { addIdColumn, engineOf } from '../dialect.ts';

/**
 * The legal documents registry's indexed side table (ADR 0019): one row per Vietnamese original
 * of a `legal_document` collection item, with the columns the public list filters and sorts on
 * at 20,000 documents, the fields (lĩnh vực) joined, and the relations between documents both
 * ways. The item itself (its text, files, translations, workflow) stays in collection_items.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const engine = engineOf(db);
  await db.schema
    .createTable('legal_documents')
    .addColumn('item_id', 'integer', (c) =>
      c.primaryKey().references('collection_items.id').onDelete('cascade'),
    )
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('section_code', 'text', (c) => c.notNull())
    /** As written: "123/2025/QĐ-UBND". */
    .addColumn('number_text', 'text', (c) => c.notNull())
    .addColumn('number_serial', 'text')
    .addColumn('number_year', 'integer')
    /** Plain symbol: "qd-ubnd". */
    .addColumn('number_symbol', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issuer', 'text', (c) => c.notNull())
    /** Lower case, without diacritics: filters and duplicate checks. */
    .addColumn('issuer_plain', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('signer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('issued_year', 'integer', (c) => c.notNull())
    .addColumn('effective_on', 'text')
    .addColumn('expires_on', 'text')
    /** Trích yếu, lower case without diacritics, for keyword search. */
    .addColumn('summary_plain', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('validity', 'text', (c) =>
      c.notNull().check(sql`validity in ('not_yet', 'in_force', 'partly_expired', 'expired')`),
    )
    /** The next day the computed validity changes (the job recomputes on it). */
    .addColumn('validity_changes_on', 'text')
    .addColumn('validity_next', 'text')
    .addColumn('validity_override', 'text')
    .addColumn('override_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('legal_documents_list_idx')
    .on('legal_documents')
    .columns(['site_id', 'published', 'issued_on'])
    .execute();
  await db.schema
    .createIndex('legal_documents_number_idx')
    .on('legal_documents')
    .columns(['site_id', 'number_serial', 'number_year'])
    .execute();
  await db.schema
    .createIndex('legal_documents_duplicate_idx')
    .on('legal_documents')
    .columns(['site_id', 'issuer_plain', 'number_year', 'number_serial', 'number_symbol'])
    .execute();
  await db.schema
    .createIndex('legal_documents_changes_idx')
    .on('legal_documents')
    .columns(['validity_changes_on'])
    .execute();
  await db.schema
    .createTable('legal_document_fields')
    .addColumn('item_id', 'integer', (c) =>
      c.notNull().references('legal_documents.item_id').onDelete('cascade'),
    )
    .addColumn('field_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('legal_document_fields_pk', ['item_id', 'field_code'])
    .execute();
  await db.schema
    .createIndex('legal_document_fields_code_idx')
    .on('legal_document_fields')
    .columns(['field_code', 'item_id'])
    .execute();
  await addIdColumn(db.schema.createTable('legal_document_relations'), engine)
    /** The acting document ("A amends B": A). */
    .addColumn('source_id', 'integer', (c) =>
      c.notNull().references('legal_documents.item_id').onDelete('cascade'),
    )
    .addColumn('target_id', 'integer', (c) =>
      c.notNull().references('legal_documents.item_id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('amends', 'replaces', 'repeals', 'guides', 'based_on', 'corrects')`),
    )
    .addColumn('partial', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('legal_document_relations_uq', ['source_id', 'target_id', 'kind'])
    .execute();
  await db.schema
    .createIndex('legal_document_relations_target_idx')
    .on('legal_document_relations')
    .columns(['target_id', 'kind'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('legal_document_relations').execute();
  await db.schema.dropTable('legal_document_fields').execute();
  await db.schema.dropTable('legal_documents').execute();
}
