import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { findByNumber, fold } from './store.ts';

/**
 * What the admin form suggests as an editor types (/admin/legal-documents/lookup): documents by
 * number for relations, and the issuers and signers the site's documents already name, matched
 * without case or diacritics ("ubnd tinh" finds "UBND tỉnh …"), so one office is spelt one way.
 */

export const LOOKUP_FIELDS = ['number', 'issuer', 'signer'] as const;
export type LookupField = (typeof LOOKUP_FIELDS)[number];

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`);

/** At most this many suggestions per answer. */
export const LOOKUP_LIMIT = 10;

export interface Suggestion {
  value: string;
  /** A line under the value: the summary of a document. */
  detail?: string;
  /** The document's id (numbers only). */
  id?: number;
  /** The signer's position, when every document they signed gives the same one. */
  title?: string;
}

export async function lookup(
  db: Kysely<DB>,
  siteId: number,
  field: LookupField,
  text: string,
): Promise<Suggestion[]> {
  if (field === 'number') {
    const found = await findByNumber(db, siteId, text, LOOKUP_LIMIT);
    return found.map((row) => ({ value: row.number, detail: row.title, id: row.id }));
  }
  const wanted = fold(text);
  if (field === 'issuer') {
    // The stored fold of the name (issuer_plain): no function runs per row.
    const rows = await db
      .selectFrom('legal_documents')
      .select('issuer')
      .distinct()
      .where('site_id', '=', siteId)
      .where(sql<boolean>`issuer_plain like ${`%${escapeLike(wanted)}%`} escape '\\'`)
      .orderBy('issuer')
      .limit(LOOKUP_LIMIT)
      .execute();
    return rows.map((row) => ({ value: row.issuer }));
  }
  // Signers are few per site: their distinct names are folded here rather than row by row in SQL.
  const names = await db
    .selectFrom('legal_documents')
    .select('signer')
    .distinct()
    .where('site_id', '=', siteId)
    .where('signer', '<>', '')
    .execute();
  const values = names
    .map((row) => row.signer)
    .filter((name) => fold(name).includes(wanted))
    .sort((a, b) => a.localeCompare(b, 'vi'))
    .slice(0, LOOKUP_LIMIT);
  if (values.length === 0) return [];
  const titles = await signerTitles(db, siteId, values);
  return values.map((value) => {
    const known = titles.get(value);
    return known?.size === 1 ? { value, title: [...known][0] } : { value };
  });
}

/** The positions each of these signers is given on the site's documents (the newest 500). */
async function signerTitles(db: Kysely<DB>, siteId: number, signers: string[]) {
  const rows = await db
    .selectFrom('legal_documents as d')
    .innerJoin('collection_items as i', 'i.id', 'd.item_id')
    .select(['d.signer', 'i.data'])
    .where('d.site_id', '=', siteId)
    .where('d.signer', 'in', signers)
    .orderBy('d.issued_on', 'desc')
    .limit(500)
    .execute();
  const titles = new Map<string, Set<string>>();
  for (const row of rows) {
    let title = '';
    try {
      const data = JSON.parse(row.data) as { signer_title?: unknown };
      title = typeof data.signer_title === 'string' ? data.signer_title.trim() : '';
    } catch {
      // A broken row suggests no position; the name is still offered.
    }
    if (!title) continue;
    const set = titles.get(row.signer) ?? new Set<string>();
    set.add(title);
    titles.set(row.signer, set);
  }
  return titles;
}
