import type { Kysely } from 'kysely';
import type { DB, LanguageCode } from '../../db/schema.ts';
import { isoVietnam } from '../../i18n/dates.ts';
import { stripDiacritics } from '../../platform/text.ts';
import type { ItemData } from '../collections/definition.ts';
import { type DocumentNumber, type NumberQuery, numberQuery, parseDocumentNumber } from './number.ts';
import { computeValidity } from './validity.ts';
import { type RelationKind, VALIDITIES, type Validity } from './vocabulary.ts';

/**
 * The registry's side tables (migration 0015, ADR 0019): written from the item in the command's
 * transaction, read by the public list, the relations and the validity job.
 */

/** Lower case, no diacritics, spaces squeezed: how names and summaries are matched. */
export function fold(text: string): string {
  return stripDiacritics(text.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Today's date (YYYY-MM-DD) in Vietnam at an instant. */
export function vietnamDay(now: Date): string {
  return isoVietnam(now).slice(0, 10);
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const strOrNull = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** The number of a document's data, parsed (null when it holds none). */
export function numberOf(data: ItemData): DocumentNumber | null {
  return parseDocumentNumber(str(data.number));
}

/** The year a number counts in for duplicates: the number's own, else the year of issue. */
export function yearOf(number: DocumentNumber | null, issuedOn: string): number {
  return number?.year ?? Number(issuedOn.slice(0, 4));
}

/** The part of Kysely's expression builder the symbol filter uses. */
interface OrBuilder {
  (ref: string, op: string, value: string): unknown;
  or(list: unknown[]): unknown;
}

/** Narrows a query on the side table (alias `d`) to the numbers a typed number query names. */
export function whereNumber<Q extends { where: (...args: never[]) => Q }>(query: Q, wanted: NumberQuery): Q {
  // biome-ignore lint/suspicious/noExplicitAny: Kysely's builder types are narrowed by the caller
  let q: any = query;
  if (wanted.serial !== null) q = q.where('d.number_serial', '=', wanted.serial);
  if (wanted.year !== null) q = q.where('d.number_year', '=', wanted.year);
  for (const part of wanted.symbolParts)
    q = q.where((eb: OrBuilder) =>
      eb.or([
        eb('d.number_symbol', '=', part),
        eb('d.number_symbol', 'like', `${part}-%`),
        eb('d.number_symbol', 'like', `%-${part}`),
        eb('d.number_symbol', 'like', `%-${part}-%`),
      ]),
    );
  return q as Q;
}

/** Writes the side row and the fields of an original from its data (published flag from its status). */
export async function writeSideRow(
  trx: Kysely<DB>,
  input: { itemId: number; siteId: number; data: ItemData; published: boolean; at: string },
): Promise<void> {
  const { data } = input;
  const number = numberOf(data);
  const issuedOn = str(data.issued_on);
  const override = VALIDITIES.includes(str(data.validity_override) as Validity)
    ? str(data.validity_override)
    : null;
  const values = {
    site_id: input.siteId,
    type_code: str(data.doc_type),
    section_code: str(data.section),
    number_text: str(data.number).normalize('NFC').trim(),
    number_serial: number?.serial ?? null,
    number_year: yearOf(number, issuedOn),
    number_symbol: number?.symbol ?? '',
    issuer: str(data.issuer),
    issuer_plain: fold(str(data.issuer)),
    level: str(data.level),
    signer: str(data.signer),
    issued_on: issuedOn,
    issued_year: Number(issuedOn.slice(0, 4)),
    effective_on: strOrNull(data.effective_on),
    expires_on: strOrNull(data.expires_on),
    summary_plain: fold(`${str(data.title)} ${str(data.number)}`),
    validity_override: override,
    override_reason: str(data.validity_reason),
    published: (input.published ? 1 : 0) as 0 | 1,
    updated_at: input.at,
  };
  const exists = await trx
    .selectFrom('legal_documents')
    .select('item_id')
    .where('item_id', '=', input.itemId)
    .executeTakeFirst();
  if (exists)
    await trx.updateTable('legal_documents').set(values).where('item_id', '=', input.itemId).execute();
  else
    await trx
      .insertInto('legal_documents')
      .values({ item_id: input.itemId, validity: 'in_force', ...values })
      .execute();
  await trx.deleteFrom('legal_document_fields').where('item_id', '=', input.itemId).execute();
  const fields = Array.isArray(data.fields) ? data.fields.map(String) : [];
  if (fields.length > 0)
    await trx
      .insertInto('legal_document_fields')
      .values(fields.map((code) => ({ item_id: input.itemId, field_code: code })))
      .execute();
}

export interface StoredRelation {
  kind: RelationKind;
  targetId: number;
  partial: boolean;
  note: string;
}

/** Replaces the relations a document makes; returns the targets before and after (to recompute). */
export async function replaceRelations(
  trx: Kysely<DB>,
  sourceId: number,
  relations: StoredRelation[],
): Promise<number[]> {
  const before = await trx
    .selectFrom('legal_document_relations')
    .select('target_id')
    .where('source_id', '=', sourceId)
    .execute();
  await trx.deleteFrom('legal_document_relations').where('source_id', '=', sourceId).execute();
  const seen = new Set<string>();
  const rows = relations.filter((relation) => {
    const key = `${relation.kind}:${relation.targetId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (rows.length > 0)
    await trx
      .insertInto('legal_document_relations')
      .values(
        rows.map((relation, position) => ({
          source_id: sourceId,
          target_id: relation.targetId,
          kind: relation.kind,
          partial: (relation.partial ? 1 : 0) as 0 | 1,
          note: relation.note,
          position,
        })),
      )
      .execute();
  return [...new Set([...before.map((row) => row.target_id), ...rows.map((row) => row.targetId)])];
}

/** The documents a document acts on (the targets of its relations). */
export async function targetsOf(db: Kysely<DB>, sourceId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('legal_document_relations')
    .select('target_id')
    .where('source_id', '=', sourceId)
    .execute();
  return [...new Set(rows.map((row) => row.target_id))];
}

/**
 * Recomputes and stores the validity of documents on `today`: their dates, the published
 * documents acting on them, an editor's override. Returns the ids whose stored state changed.
 */
export async function recomputeValidity(db: Kysely<DB>, ids: number[], today: string): Promise<number[]> {
  const changed: number[] = [];
  for (const id of [...new Set(ids)]) {
    const row = await db
      .selectFrom('legal_documents')
      .select([
        'item_id',
        'effective_on',
        'expires_on',
        'validity',
        'validity_changes_on',
        'validity_next',
        'validity_override',
      ])
      .where('item_id', '=', id)
      .executeTakeFirst();
    if (!row) continue;
    const acting = await db
      .selectFrom('legal_document_relations as r')
      .innerJoin('legal_documents as s', 's.item_id', 'r.source_id')
      .select(['r.kind', 'r.partial', 's.effective_on', 's.issued_on'])
      .where('r.target_id', '=', id)
      .where('s.published', '=', 1)
      .execute();
    const state = computeValidity(
      {
        effectiveOn: row.effective_on,
        expiresOn: row.expires_on,
        actedOnBy: acting.map((act) => ({
          kind: act.kind,
          partial: act.partial === 1,
          effectiveOn: act.effective_on ?? act.issued_on,
        })),
        override: (row.validity_override as Validity | null) ?? null,
      },
      today,
    );
    if (
      state.validity === row.validity &&
      state.changesOn === row.validity_changes_on &&
      state.next === row.validity_next
    )
      continue;
    await db
      .updateTable('legal_documents')
      .set({ validity: state.validity, validity_changes_on: state.changesOn, validity_next: state.next })
      .where('item_id', '=', id)
      .execute();
    changed.push(id);
  }
  return changed;
}

/** Documents whose validity changes on or before `today` (the job's work). */
export async function dueForRecompute(
  db: Kysely<DB>,
  today: string,
  limit = 500,
): Promise<{ id: number; siteId: number }[]> {
  const rows = await db
    .selectFrom('legal_documents')
    .select(['item_id', 'site_id'])
    .where('validity_changes_on', 'is not', null)
    .where('validity_changes_on', '<=', today)
    .orderBy('item_id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: row.item_id, siteId: row.site_id }));
}

/** Originals on a site whose number answers a typed number (the relation form, the lookup). */
export async function findByNumber(
  db: Kysely<DB>,
  siteId: number,
  text: string,
  limit = 10,
): Promise<{ id: number; number: string; title: string; issuedOn: string }[]> {
  const exact = text.normalize('NFC').trim();
  const base = () =>
    db
      .selectFrom('legal_documents as d')
      .innerJoin('collection_items as i', 'i.id', 'd.item_id')
      .select(['d.item_id as id', 'd.number_text as number', 'i.title as title', 'd.issued_on as issuedOn'])
      .where('d.site_id', '=', siteId);
  // Exact spelling first (NFC, as stored: the same bytes on both engines), then as people type it.
  const same = await base().where('d.number_text', '=', exact).limit(limit).execute();
  if (same.length > 0) return same;
  const wanted = numberQuery(exact);
  if (!wanted) return [];
  return whereNumber(base(), wanted).orderBy('d.issued_on', 'desc').limit(limit).execute();
}

/** The stored validity of these documents (originals), for the search's validity filter. */
export async function validityOf(db: Kysely<DB>, ids: number[]): Promise<Map<number, string>> {
  const result = new Map<number, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('legal_documents')
      .select(['item_id', 'validity'])
      .where('item_id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const row of rows) result.set(row.item_id, row.validity);
  }
  return result;
}

/**
 * The newest published documents of a site in a language, by date of issue (the RSS feed): read
 * from the side table's (site, published, issue date) index, not from every item.
 */
export async function newestDocumentIds(input: {
  db: Kysely<DB>;
  siteId: number;
  lang: LanguageCode;
  limit: number;
}): Promise<number[]> {
  const { db, siteId, lang, limit } = input;
  const rows =
    lang === 'vi'
      ? await db
          .selectFrom('legal_documents as d')
          .select('d.item_id as id')
          .where('d.site_id', '=', siteId)
          .where('d.published', '=', 1)
          .orderBy('d.issued_on', 'desc')
          .orderBy('d.item_id', 'desc')
          .limit(limit)
          .execute()
      : await db
          .selectFrom('legal_documents as d')
          .innerJoin('collection_items as i', 'i.source_id', 'd.item_id')
          .select('i.id as id')
          .where('d.site_id', '=', siteId)
          .where('d.published', '=', 1)
          .where('i.lang', '=', lang)
          .where('i.status', '=', 'published')
          .orderBy('d.issued_on', 'desc')
          .orderBy('d.item_id', 'desc')
          .limit(limit)
          .execute();
  return rows.map((row) => row.id);
}
