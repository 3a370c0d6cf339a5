import type { Migration } from 'kysely';
import * as m0001 from './0001_core.ts';
import * as m0002 from './0002_content.ts';
import * as m0003 from './0003_search.ts';
import * as m0004 from './0004_newsroom.ts';
import * as m0005 from './0005_translations.ts';
import * as m0006 from './0006_search_v2.ts';
import * as m0007 from './0007_ratings.ts';
import * as m0008 from './0008_outbox.ts';
import * as m0009 from './0009_collections.ts';
import * as m0010 from './0010_audit_chain_key.ts';
import * as m0011 from './0011_sessions_second_factor.ts';
import * as m0013 from './0013_primary_hostname.ts';
import * as m0014 from './0014_search_abbreviations.ts';
import * as m0015 from './0015_legal_documents.ts';
import * as m0016 from './0016_media_texts.ts';
import * as m0017 from './0017_legal_documents_indexes.ts';
import * as m0018 from './0018_legal_document_imports.ts';
import * as m0019 from './0019_legal_document_vocabularies.ts';

/**
 * Every migration, in order. Immutable once merged: to change the schema, add a new one.
 * Listed explicitly (no directory scan) so the bundled build carries them.
 */
export const migrations: Record<string, Migration> = {
  '0001_core': m0001,
  '0002_content': m0002,
  '0003_search': m0003,
  '0004_newsroom': m0004,
  '0005_translations': m0005,
  '0006_search_v2': m0006,
  '0007_ratings': m0007,
  '0008_outbox': m0008,
  '0009_collections': m0009,
  '0010_audit_chain_key': m0010,
  '0011_sessions_second_factor': m0011,
  '0013_primary_hostname': m0013,
  '0014_search_abbreviations': m0014,
  '0015_legal_documents': m0015,
  '0016_media_texts': m0016,
  '0017_legal_documents_indexes': m0017,
  '0018_legal_document_imports': m0018,
  '0019_legal_document_vocabularies': m0019,
};
