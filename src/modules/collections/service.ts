import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Messages } from '../../i18n/index.ts';
import { sameSnapshot } from '../revisions/revisions.ts';
import {
  type Actor,
  afterWrite,
  audit,
  type CommandServices,
  canEdit,
  effectsFor,
  freeSlug,
  insertDraft,
  langOf,
  localizedText,
  recordRevision,
  runIn,
  type SaveResult,
  sameExtras,
  snapshotOf,
} from './commands.ts';
import { type CollectionDef, storedFields } from './definition.ts';
import { enqueueAfterCommit } from './effects.ts';
import { checkFields, type RawValues } from './fields.ts';
import { type CollectionItem, collectionRepository } from './repository.ts';
import { siteDefinition } from './site-options.ts';
import type { ExtraValues } from './type-hooks.ts';

/**
 * The commands of the collection kit: saving an item here, the workflow's transitions, translating
 * and deleting in transitions.ts (re-exported so callers import one module). Each runs its writes — the item, its translations' stale
 * flags, the revision and the audit entry — in one transaction; purges and reindexing run
 * after the commit (effects.ts).
 */

/**
 * Creates or updates an item from the form's raw values. A new item is an original in
 * Vietnamese; `version` (the one the form was loaded with) guards against lost updates.
 * `synced` marks a translation as brought up to date with its original.
 */
export async function saveItem(
  services: CommandServices,
  input: {
    def: CollectionDef;
    siteId: number;
    id?: number;
    raw: RawValues;
    version?: number;
    synced?: boolean;
    /** The type's own inputs (its hooks' readForm). */
    extra?: ExtraValues;
    actor: Actor;
    t: Messages;
    /** The caller's transaction: the save joins it (and commits or rolls back with it). */
    trx?: Transaction<DB>;
  },
): Promise<SaveResult> {
  const { def, siteId, actor, t } = input;
  const db = input.trx ?? services.db;
  const repo = collectionRepository(db);
  const existing = input.id === undefined ? undefined : await repo.find(siteId, def.type, input.id);
  if (input.id !== undefined && !existing) return { ok: false, errors: {}, forbidden: true };
  if (!canEdit(def, actor.role, existing?.status))
    return { ok: false, errors: { _form: t.adminCollections.notAllowed }, forbidden: true };
  const isTranslation = existing?.sourceId != null;
  // The site's own options (types, sections …); a retired one stays allowed on an item that has it.
  const fields = storedFields(await siteDefinition(db, siteId, def), isTranslation);
  const checked = await checkFields({ db: db, siteId, t, previous: existing?.data }, fields, input.raw);
  if (!checked.ok) return checked;
  const now = services.clock();
  const at = now.toISOString();
  const title = String(checked.data[def.titleField] ?? '');
  const position = def.orderField ? Number(checked.data[def.orderField] ?? 0) : 0;

  // "Lưu" with nothing changed writes nothing (no revision, no new version, no audit entry).
  const isSyncing = isTranslation && input.synced === true;
  if (
    existing &&
    !isSyncing &&
    (await sameExtras(db, def, existing, input.extra)) &&
    sameSnapshot(
      { title: existing.title, position: isTranslation ? 0 : existing.position, data: existing.data },
      { title, position: isTranslation ? 0 : position, data: checked.data },
    )
  )
    return { ok: true, id: existing.id };

  const outcome = await runIn(services, input.trx, async (trx) => {
    const txRepo = collectionRepository(trx);
    if (def.hooks?.validate) {
      // The type's own checks see the database as the transaction does; a refusal writes nothing.
      const errors = await def.hooks.validate({
        trx,
        siteId,
        lang: langOf(t),
        item: existing,
        isTranslation,
        data: checked.data,
        extra: input.extra ?? {},
        now,
      });
      if (Object.keys(errors).length > 0) return { refused: errors };
    }
    if (!existing) {
      const slug = await freeSlug(trx, { siteId, type: def.type, title });
      const item = await insertDraft(trx, {
        def,
        siteId,
        lang: 'vi',
        title,
        slug,
        position,
        data: checked.data,
        actor,
        at,
      });
      await recordRevision(trx, { item, actor, note: 'create', at });
      await afterWrite(trx, def, { action: 'create', item, extra: input.extra, now, t });
      await enqueueAfterCommit(trx, effectsFor(def, item));
      await audit(trx, { def, item, actor, action: 'create', at: now });
      return { item, stale: [] as CollectionItem[] };
    }
    // The version check and the update are one statement: a concurrent save changes no row here.
    const updated = await trx
      .updateTable('collection_items')
      .set({
        title,
        ...(isTranslation ? {} : { position }),
        data: JSON.stringify(checked.data),
        version: existing.version + 1,
        updated_at: at,
      })
      .where('id', '=', existing.id)
      .where('version', '=', input.version ?? existing.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return undefined;
    // Language versions list in the original's order.
    if (!isTranslation && position !== existing.position)
      await trx
        .updateTable('collection_items')
        .set({ position })
        .where('source_id', '=', existing.id)
        .execute();
    let stale: CollectionItem[] = [];
    if (!isTranslation && localizedText(def, existing.data) !== localizedText(def, checked.data)) {
      // The original's translatable text changed: its translations no longer follow it.
      await trx
        .updateTable('collection_items')
        .set({ stale_since: at })
        .where('source_id', '=', existing.id)
        .where('stale_since', 'is', null)
        .execute();
      stale = await txRepo.translations(existing.id);
    }
    if (isTranslation && input.synced) {
      const source = (await txRepo.byIds([existing.sourceId!]))[0];
      await trx
        .updateTable('collection_items')
        .set({ stale_since: null, source_version: source?.version ?? existing.sourceVersion })
        .where('id', '=', existing.id)
        .execute();
    }
    const item = (await txRepo.find(siteId, def.type, existing.id))!;
    await recordRevision(trx, { item, actor, note: input.synced && isTranslation ? 'synced' : 'save', at });
    await afterWrite(trx, def, { action: 'update', item, extra: input.extra, now, t });
    await enqueueAfterCommit(trx, effectsFor(def, item, stale));
    await audit(trx, { def, item, actor, action: 'update', before: snapshotOf(existing), at: now });
    return { item, stale };
  });
  if (!outcome) return { ok: false, errors: { _form: t.adminCollections.conflict }, conflict: true };
  if ('refused' in outcome) return { ok: false, errors: outcome.refused! };
  return { ok: true, id: outcome.item.id };
}

export {
  type Actor,
  type CommandServices,
  canEdit,
  canPublish,
  type SaveResult,
} from './commands.ts';
export { deleteItem, type Transition, transitionItem, translateItem } from './transitions.ts';
