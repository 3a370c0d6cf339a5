import type { Transaction } from 'kysely';
import type { DB, LanguageCode, Role } from '../../db/schema.ts';
import type { Messages } from '../../i18n/index.ts';
import { inTransaction } from '../../platform/outbox.ts';
import {
  type Actor,
  afterWrite,
  audit,
  type CommandServices,
  canEdit,
  canPublish,
  effectsFor,
  insertDraft,
  recordRevision,
  runIn,
  snapshotOf,
} from './commands.ts';
import { type CollectionDef, type ItemData, storedFields } from './definition.ts';
import { collectionChangeTags, enqueueAfterCommit } from './effects.ts';
import { collectionRepository, type ItemStatus } from './repository.ts';

/** The workflow's transitions of a collection item, its translation and its deletion (ADR 0013). */

export type Transition = 'submit' | 'approve' | 'return' | 'publish' | 'unpublish';

/** Which transitions lead where, and who may take them. */
function transitionTarget(
  def: CollectionDef,
  action: Transition,
  status: ItemStatus,
  role: Role | undefined,
): ItemStatus | 'forbidden' | 'wrong' {
  const editorial = def.workflow === 'editorial';
  // In the simple workflow whoever edits publishes; in the editorial one the board's heads do.
  const publisher = editorial ? canPublish(def, role) : canEdit(def, role);
  const rules: Record<
    Transition,
    { from: ItemStatus; to: ItemStatus; allowed: boolean; editorial?: boolean }
  > = {
    submit: { from: 'draft', to: 'pending_approval', allowed: canEdit(def, role), editorial: true },
    approve: { from: 'pending_approval', to: 'published', allowed: publisher, editorial: true },
    return: { from: 'pending_approval', to: 'draft', allowed: publisher, editorial: true },
    publish: {
      from: 'draft',
      to: 'published',
      allowed: publisher,
      ...(def.publishDirectly ? {} : { editorial: false }),
    },
    unpublish: { from: 'published', to: 'draft', allowed: publisher },
  };
  const rule = rules[action];
  if (rule.editorial !== undefined && rule.editorial !== editorial) return 'wrong';
  if (!rule.allowed) return 'forbidden';
  return rule.from === status ? rule.to : 'wrong';
}

/** Moves an item through its workflow (submit, approve, return, publish, unpublish). */
export async function transitionItem(
  services: CommandServices,
  input: {
    def: CollectionDef;
    siteId: number;
    id: number;
    action: Transition;
    actor: Actor;
    t: Messages;
    /** The caller's transaction: the transition joins it. */
    trx?: Transaction<DB>;
  },
): Promise<{ ok: true } | { ok: false; message: string; notFound?: boolean }> {
  const { def, actor, t } = input;
  const existing = await collectionRepository(input.trx ?? services.db).find(
    input.siteId,
    def.type,
    input.id,
  );
  if (!existing) return { ok: false, message: '', notFound: true };
  const target = transitionTarget(def, input.action, existing.status, actor.role);
  if (target === 'forbidden') return { ok: false, message: t.adminCollections.notAllowed };
  if (target === 'wrong') return { ok: false, message: t.adminCollections.wrongState };
  const now = services.clock();
  const at = now.toISOString();
  const item = await runIn(services, input.trx, async (trx) => {
    const changed = await trx
      .updateTable('collection_items')
      .set({
        status: target,
        version: existing.version + 1,
        updated_at: at,
        ...(target === 'published' ? { published_at: at } : {}),
      })
      .where('id', '=', existing.id)
      .where('status', '=', existing.status)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) === 0) return undefined;
    const after = (await collectionRepository(trx).find(input.siteId, def.type, existing.id))!;
    await recordRevision(trx, { item: after, actor, note: input.action, at });
    await afterWrite(trx, def, { action: 'transition', item: after, now, t });
    await enqueueAfterCommit(trx, effectsFor(def, after));
    await audit(trx, {
      def,
      item: after,
      actor,
      action: input.action,
      before: snapshotOf(existing),
      at: now,
    });
    return after;
  });
  if (!item) return { ok: false, message: t.adminCollections.wrongState };
  return { ok: true };
}

/** Starts a translation of an original: a draft in `lang` with the original's per-language text to translate. */
export async function translateItem(
  services: CommandServices,
  input: {
    def: CollectionDef;
    siteId: number;
    sourceId: number;
    lang: LanguageCode;
    actor: Actor;
    t: Messages;
  },
): Promise<{ ok: true; id: number } | { ok: false; message: string; notFound?: boolean }> {
  const { def, actor } = input;
  const repo = collectionRepository(services.db);
  const source = await repo.find(input.siteId, def.type, input.sourceId);
  if (!source || source.sourceId !== null || input.lang === 'vi')
    return { ok: false, message: '', notFound: true };
  if (!canEdit(def, actor.role)) return { ok: false, message: input.t.adminCollections.notAllowed };
  const existing = (await repo.translations(source.id)).find((item) => item.lang === input.lang);
  if (existing) return { ok: true, id: existing.id };
  const now = services.clock();
  const at = now.toISOString();
  const data: ItemData = {};
  for (const field of storedFields(def, true)) data[field.name] = source.data[field.name] ?? null;
  const item = await inTransaction(services, async (trx) => {
    const created = await insertDraft(trx, {
      def,
      siteId: source.siteId,
      lang: input.lang,
      source,
      title: source.title,
      slug: source.slug,
      position: source.position,
      data,
      actor,
      at,
    });
    await recordRevision(trx, { item: created, actor, note: 'translate', at });
    await afterWrite(trx, def, { action: 'translate', item: created, now, t: input.t });
    await enqueueAfterCommit(trx, { purge: collectionChangeTags(created.siteId), reindex: [] });
    await audit(trx, { def, item: created, actor, action: 'translate', at: now });
    return created;
  });
  return { ok: true, id: item.id };
}

/** Deletes an item (an original with its translations). */
export async function deleteItem(
  services: CommandServices,
  input: { def: CollectionDef; siteId: number; id: number; actor: Actor; t: Messages },
): Promise<{ ok: true; lang: LanguageCode } | { ok: false; message: string; notFound?: boolean }> {
  const { def, actor } = input;
  const repo = collectionRepository(services.db);
  const existing = await repo.find(input.siteId, def.type, input.id);
  if (!existing) return { ok: false, message: '', notFound: true };
  if (!canPublish(def, actor.role)) return { ok: false, message: input.t.adminCollections.notAllowed };
  const translations = existing.sourceId === null ? await repo.translations(existing.id) : [];
  const now = services.clock();
  await inTransaction(services, async (trx) => {
    // Before the rows go: the type's side tables may need what points at them.
    await afterWrite(trx, def, { action: 'delete', item: existing, now, t: input.t });
    await trx.deleteFrom('collection_items').where('source_id', '=', existing.id).execute();
    await trx.deleteFrom('collection_items').where('id', '=', existing.id).execute();
    await enqueueAfterCommit(trx, effectsFor(def, existing, translations));
    await audit(trx, { def, item: existing, actor, action: 'delete', before: snapshotOf(existing), at: now });
  });
  return { ok: true, lang: existing.lang };
}
