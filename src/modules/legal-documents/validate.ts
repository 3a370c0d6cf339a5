import type { Kysely } from 'kysely';
import type { DB, LanguageCode } from '../../db/schema.ts';
import { enqueue } from '../../platform/outbox.ts';
import type { FieldErrors } from '../../web/admin/form-kit.tsx';
import type { AfterWriteContext, ExtraValues, ValidateContext } from '../collections/type-hooks.ts';
import { say } from './messages.ts';
import { relationRows } from './relations-form.tsx';
import {
  findByNumber,
  fold,
  numberOf,
  recomputeValidity,
  replaceRelations,
  type StoredRelation,
  targetsOf,
  vietnamDay,
  writeSideRow,
  yearOf,
} from './store.ts';
import { RELATION_KINDS, type RelationKind } from './vocabulary.ts';

/**
 * The registry's own checks and side-table upkeep, run by the collection kit inside the
 * command's transaction (collections/type-hooks.ts): a refusal writes nothing, and the side
 * table, the relations and the validity of every document concerned commit with the item.
 */

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Does `from` (transitively) replace `to`? Follows stored replacements. */
async function replacesTransitively(trx: Kysely<DB>, from: number, to: number): Promise<boolean> {
  const seen = new Set<number>([from]);
  let frontier = [from];
  while (frontier.length > 0) {
    const rows = await trx
      .selectFrom('legal_document_relations')
      .select('target_id')
      .where('kind', '=', 'replaces')
      .where('source_id', 'in', frontier)
      .execute();
    frontier = [];
    for (const { target_id } of rows) {
      if (target_id === to) return true;
      if (!seen.has(target_id)) {
        seen.add(target_id);
        frontier.push(target_id);
      }
    }
  }
  return false;
}

/** The document with this id on the site (a relation named by id). */
async function findById(
  trx: Kysely<DB>,
  siteId: number,
  id: number,
): Promise<{ id: number; number: string }[]> {
  return trx
    .selectFrom('legal_documents')
    .select(['item_id as id', 'number_text as number'])
    .where('item_id', '=', id)
    .where('site_id', '=', siteId)
    .execute();
}

/** The relations a form (or the API) names, resolved to documents, or the messages by input name. */
export async function resolveRelations(
  trx: Kysely<DB>,
  input: { siteId: number; selfId: number | undefined; extra: ExtraValues; lang: LanguageCode },
): Promise<{ relations: StoredRelation[]; errors: FieldErrors }> {
  const relations: StoredRelation[] = [];
  const errors: FieldErrors = {};
  for (const row of relationRows(input.extra)) {
    const key = `rel.target.${row.index}`;
    if (!RELATION_KINDS.includes(row.kind as RelationKind)) {
      errors[key] = say('relationKindMissing', input.lang);
      continue;
    }
    const byId = row.targetId !== null ? await findById(trx, input.siteId, row.targetId) : [];
    // The id a suggestion picked stands while the number beside it is still that document's (or
    // when only the id is given, as the API may); a number typed afresh is looked up as typed.
    const idStands = row.target === '' || byId[0]?.number === row.target.normalize('NFC');
    const found = idStands ? byId : await findByNumber(trx, input.siteId, row.target, 2);
    if (found.length === 0) {
      errors[key] = say('relationTargetMissing', input.lang);
      continue;
    }
    if (found.length > 1) {
      errors[key] = say('relationTargetAmbiguous', input.lang);
      continue;
    }
    const targetId = found[0]!.id;
    if (targetId === input.selfId) {
      errors[key] = say('relationSelf', input.lang);
      continue;
    }
    if (
      row.kind === 'replaces' &&
      input.selfId !== undefined &&
      (await replacesTransitively(trx, targetId, input.selfId))
    ) {
      errors[key] = say('relationCycle', input.lang);
      continue;
    }
    relations.push({
      kind: row.kind as RelationKind,
      targetId,
      partial: row.kind === 'repeals' && row.partial,
      note: row.note,
    });
  }
  return { relations, errors };
}

/** Dates in order, a number that parses and is not taken, an override with its reason, relations that hold. */
export async function validateDocument(ctx: ValidateContext): Promise<FieldErrors> {
  if (ctx.isTranslation) return {};
  const { data, lang, trx } = ctx;
  const errors: FieldErrors = {};
  const number = numberOf(data);
  const issuedOn = str(data.issued_on);
  const effectiveOn = str(data.effective_on);
  const expiresOn = str(data.expires_on);
  if (!number) errors['d.number'] = say('numberInvalid', lang);
  if (effectiveOn && issuedOn && effectiveOn < issuedOn)
    errors['d.effective_on'] = say('effectiveBeforeIssue', lang);
  if (expiresOn && expiresOn <= (effectiveOn || issuedOn))
    errors['d.expires_on'] = say('expiryBeforeEffect', lang);
  if (str(data.validity_override) && !str(data.validity_reason).trim())
    errors['d.validity_reason'] = say('overrideReason', lang);
  if (number) {
    let query = trx
      .selectFrom('legal_documents as d')
      .innerJoin('collection_items as i', 'i.id', 'd.item_id')
      .select(['d.item_id', 'i.title'])
      .where('d.site_id', '=', ctx.siteId)
      .where('d.issuer_plain', '=', fold(str(data.issuer)))
      .where('d.number_year', '=', yearOf(number, issuedOn))
      .where('d.number_symbol', '=', number.symbol);
    query =
      number.serial === null
        ? query.where('d.number_serial', 'is', null)
        : query.where('d.number_serial', '=', number.serial);
    if (ctx.item) query = query.where('d.item_id', '<>', ctx.item.id);
    const existing = await query.executeTakeFirst();
    if (existing) {
      errors['d.number'] = say('duplicate', lang, { title: existing.title });
      errors._duplicate = `/admin/legal-documents/${existing.item_id}`;
    }
  }
  if (ctx.extra['rel.present']) {
    const resolved = await resolveRelations(trx, {
      siteId: ctx.siteId,
      selfId: ctx.item?.id,
      extra: ctx.extra,
      lang,
    });
    Object.assign(errors, resolved.errors);
  }
  return errors;
}

/** Keeps the side row, the fields, the relations and the validity of every document concerned in step. */
export async function afterDocumentWrite(trx: Kysely<DB>, ctx: AfterWriteContext): Promise<void> {
  const { item } = ctx;
  if (item.sourceId !== null || ctx.action === 'translate') return;
  const today = vietnamDay(ctx.now);
  if (ctx.action === 'delete') {
    // The documents it acted on no longer are: their validity follows.
    const targets = await targetsOf(trx, item.id);
    await trx.deleteFrom('legal_document_relations').where('source_id', '=', item.id).execute();
    await reindexDocuments(trx, await recomputeValidity(trx, targets, today), ctx.now);
    return;
  }
  await writeSideRow(trx, {
    itemId: item.id,
    siteId: item.siteId,
    data: item.data,
    published: item.status === 'published',
    at: ctx.now.toISOString(),
  });
  let targets = await targetsOf(trx, item.id);
  if (ctx.extra?.['rel.present']) {
    const resolved = await resolveRelations(trx, {
      siteId: item.siteId,
      selfId: item.id,
      extra: ctx.extra,
      lang: ctx.lang,
    });
    targets = await replaceRelations(trx, item.id, resolved.relations);
  }
  const changed = await recomputeValidity(trx, [item.id, ...targets], today);
  // The search filters on validity: documents whose validity this save changed are reindexed
  // (the saved one is, by the kit).
  await reindexDocuments(
    trx,
    changed.filter((id) => id !== item.id),
    ctx.now,
  );
}

/** Enqueues the search reindexing of these documents and their translations, after the commit. */
export async function reindexDocuments(trx: Kysely<DB>, ids: number[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  const translations = await trx
    .selectFrom('collection_items')
    .select('id')
    .where('source_id', 'in', ids)
    .execute();
  for (const id of [...ids, ...translations.map((row) => row.id)])
    await enqueue(trx, { kind: 'search.reindex', type: 'legal_document', id }, at);
}
