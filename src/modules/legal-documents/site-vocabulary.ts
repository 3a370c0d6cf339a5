import type { Kysely } from 'kysely';
import type { DB, LanguageCode } from '../../db/schema.ts';
import type { ChoiceOption, OptionsFor } from '../collections/definition.ts';
import { collectionDef } from '../collections/registry.ts';
import { siteDefinition } from '../collections/site-options.ts';
import {
  DEFAULT_DOCUMENT_TYPES,
  DEFAULT_FIELDS,
  DEFAULT_SECTIONS,
  type VocabularyEntry,
} from './vocabulary.ts';

/**
 * A site's own lists of the registry (table legal_document_vocabularies, migration 0019): its
 * document types, sections and fields. A list without rows is the built-in default. Read through
 * the collection kit's per-site memo (collections/site-options.ts), so a page pays no query for
 * them once they are known.
 */

export type VocabularyList = 'type' | 'section' | 'field';

export const VOCABULARY_LISTS: readonly VocabularyList[] = ['type', 'section', 'field'];

/** The built-in entries of each list. */
export const DEFAULT_LISTS: Record<VocabularyList, readonly VocabularyEntry[]> = {
  type: DEFAULT_DOCUMENT_TYPES,
  section: DEFAULT_SECTIONS,
  field: DEFAULT_FIELDS,
};

/** The collection field each list fills. */
export const LIST_FIELDS: Record<VocabularyList, string> = {
  type: 'doc_type',
  section: 'section',
  field: 'fields',
};

/** One entry as a site has it. */
export interface SiteEntry extends VocabularyEntry {
  position: number;
  retired: boolean;
  /** Stored for the site (false: a built-in default the site has not changed yet). */
  stored: boolean;
}

/** A site's list, in its order: its own rows, or the defaults when it has none. */
export async function readList(db: Kysely<DB>, siteId: number, list: VocabularyList): Promise<SiteEntry[]> {
  const rows = await db
    .selectFrom('legal_document_vocabularies')
    .select(['code', 'name_vi', 'name_en', 'name_zh', 'position', 'retired'])
    .where('site_id', '=', siteId)
    .where('list', '=', list)
    .orderBy('position')
    .orderBy('id')
    .execute();
  if (rows.length === 0)
    return DEFAULT_LISTS[list].map((entry, index) => ({
      ...entry,
      position: index + 1,
      retired: false,
      stored: false,
    }));
  return rows.map((row) => ({
    code: row.code,
    name: { vi: row.name_vi, en: row.name_en, zh: row.name_zh },
    position: row.position,
    retired: Number(row.retired) === 1,
    stored: true,
  }));
}

const asOptions = (entries: readonly SiteEntry[]): ChoiceOption[] =>
  entries.map((entry) => ({
    value: entry.code,
    label: entry.name,
    ...(entry.retired ? { retired: true } : {}),
  }));

/** The `optionsFor` of the collection field a list fills. */
export function optionsOf(list: VocabularyList): OptionsFor {
  return async (db, siteId) => asOptions(await readList(db, siteId, list));
}

/** A site's three lists as choice options (retired ones marked), memoised per site. */
export async function siteVocabulary(
  db: Kysely<DB>,
  siteId: number,
): Promise<Record<VocabularyList, ChoiceOption[]>> {
  const def = collectionDef('legal_document');
  const site = def ? await siteDefinition(db, siteId, def) : undefined;
  const result = {} as Record<VocabularyList, ChoiceOption[]>;
  for (const list of VOCABULARY_LISTS) {
    const field = site?.fields.find((candidate) => candidate.name === LIST_FIELDS[list]);
    result[list] =
      field && (field.kind === 'choice' || field.kind === 'choices')
        ? field.options
        : asOptions(await readList(db, siteId, list));
  }
  return result;
}

/** The name of a code in a language (the code itself when the list no longer has it). */
export function nameIn(options: readonly ChoiceOption[], code: string, lang: LanguageCode): string {
  return options.find((option) => option.value === code)?.label[lang] ?? code;
}

/** Whether a code is in a list (retired ones too: filters and reads still accept them). */
export function hasCode(options: readonly ChoiceOption[], code: string): boolean {
  return options.some((option) => option.value === code);
}
