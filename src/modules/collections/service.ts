import type { Kysely, Transaction } from 'kysely';
import type { DB, LanguageCode, Role } from '../../db/schema.ts';
import { languages, type Messages, messages } from '../../i18n/index.ts';
import { inTransaction } from '../../platform/outbox.ts';
import type { AppServices } from '../../platform/services.ts';
import { slugify } from '../../platform/text.ts';
import type { FieldErrors } from '../../web/admin/form-kit.tsx';
import { appendAudit } from '../audit/audit.ts';
import { sameSnapshot } from '../revisions/revisions.ts';
import { type CollectionDef, editRoles, type ItemData, publishRoles, storedFields } from './definition.ts';
import { type AfterCommit, collectionChangeTags, enqueueAfterCommit } from './effects.ts';
import { checkFields, type RawValues } from './fields.ts';
import { type CollectionItem, collectionRepository, type ItemStatus } from './repository.ts';
import { siteDefinition } from './site-options.ts';
import type { ExtraValues, WriteAction } from './type-hooks.ts';

/**
 * The commands of the collection kit. Each runs its writes — the item, its translations' stale
 * flags, the revision and the audit entry — in one transaction; purges and reindexing run
 * after the commit (effects.ts).
 */

export interface Actor {
  actorId: number | null;
  actorLabel: string;
  ip: string;
  role: Role | undefined;
}

export type CommandServices = AppServices;

/**
 * Runs a command's writes: in the caller's transaction when it gives one (a bulk import writes
 * many items all-or-nothing), else in a transaction of its own.
 */
function runIn<T>(
  services: CommandServices,
  trx: Transaction<DB> | undefined,
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  return trx ? work(trx) : inTransaction(services, work);
}

export type SaveResult =
  | { ok: true; id: number }
  | { ok: false; errors: FieldErrors; conflict?: boolean; forbidden?: boolean };

/** The language of a staff member's catalogue (the type's own messages follow it). */
function langOf(t: Messages): LanguageCode {
  return languages.find((lang) => messages(lang) === t) ?? 'vi';
}

/** Runs the type's afterWrite hook (its side tables) in the command's transaction. */
async function afterWrite(
  trx: Kysely<DB>,
  def: CollectionDef,
  input: {
    action: WriteAction;
    item: CollectionItem;
    extra?: ExtraValues | undefined;
    now: Date;
    t: Messages;
  },
): Promise<void> {
  if (!def.hooks?.afterWrite) return;
  await def.hooks.afterWrite(trx, {
    siteId: input.item.siteId,
    action: input.action,
    item: input.item,
    extra: input.extra,
    now: input.now,
    lang: langOf(input.t),
  });
}

/** Can this role edit items of the collection (a published one needs the right to publish)? */
export function canEdit(def: CollectionDef, role: Role | undefined, status?: ItemStatus): boolean {
  if (!role || !editRoles(def).includes(role)) return false;
  return status !== 'published' || def.workflow === 'simple' || canPublish(def, role);
}

/** Can this role approve, publish and unpublish? */
export function canPublish(def: CollectionDef, role: Role | undefined): boolean {
  return role !== undefined && publishRoles(def).includes(role);
}

/** The stored snapshot of an item (revisions and audit). */
function snapshotOf(item: Pick<CollectionItem, 'title' | 'slug' | 'status' | 'lang' | 'data'>) {
  return { title: item.title, slug: item.slug, status: item.status, lang: item.lang, data: item.data };
}

/** The text a translation follows: the per-language fields of the original. */
function localizedText(def: CollectionDef, data: ItemData): string {
  return JSON.stringify(
    def.fields.filter((field) => field.localized).map((field) => data[field.name] ?? null),
  );
}

async function recordRevision(
  trx: Kysely<DB>,
  input: { item: CollectionItem; actor: Actor; note: string; at: string },
): Promise<void> {
  await trx
    .insertInto('revisions')
    .values({
      site_id: input.item.siteId,
      entity_type: 'collection_item',
      entity_id: input.item.id,
      version: input.item.version,
      data: JSON.stringify(snapshotOf(input.item)),
      created_by: input.actor.actorId,
      created_at: input.at,
      note: input.note,
    })
    .execute();
}

async function audit(
  trx: Kysely<DB>,
  input: {
    def: CollectionDef;
    item: CollectionItem;
    actor: Actor;
    action: string;
    before?: unknown;
    at: Date;
  },
): Promise<void> {
  await appendAudit(trx, {
    siteId: input.item.siteId,
    actorId: input.actor.actorId,
    actorLabel: input.actor.actorLabel,
    ip: input.actor.ip,
    action: `${input.def.type}.${input.action}`,
    entityType: input.def.type,
    entityId: input.item.id,
    ...(input.before === undefined ? {} : { before: input.before }),
    after: snapshotOf(input.item),
    at: input.at,
  });
}

/** A free slug for an original: from its title, then -2, -3 … */
async function freeSlug(
  db: Kysely<DB>,
  input: { siteId: number; type: string; title: string; exceptId?: number },
): Promise<string> {
  const base = slugify(input.title, 100) || input.type.replace(/_/g, '-');
  const repo = collectionRepository(db);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await repo.slugTaken(input.siteId, input.type, slug, input.exceptId))) return slug;
  }
}

/** Inserts a new draft (an original, or a translation when sourceId is set); returns the stored item. */
async function insertDraft(
  trx: Kysely<DB>,
  input: {
    def: CollectionDef;
    siteId: number;
    lang: LanguageCode;
    source?: CollectionItem;
    title: string;
    slug: string;
    position: number;
    data: ItemData;
    actor: Actor;
    at: string;
  },
): Promise<CollectionItem> {
  const { id } = await trx
    .insertInto('collection_items')
    .values({
      site_id: input.siteId,
      type: input.def.type,
      lang: input.lang,
      source_id: input.source?.id ?? null,
      source_version: input.source?.version ?? null,
      stale_since: null,
      title: input.title,
      slug: input.slug,
      position: input.position,
      status: 'draft',
      data: JSON.stringify(input.data),
      version: 1,
      published_at: null,
      created_by: input.actor.actorId,
      created_at: input.at,
      updated_at: input.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await collectionRepository(trx).find(input.siteId, input.def.type, id))!;
}

function effectsFor(def: CollectionDef, item: CollectionItem, others: CollectionItem[] = []): AfterCommit {
  return {
    purge: collectionChangeTags(item.siteId),
    reindex: [item, ...others].map((entry) => ({ type: def.type, id: entry.id })),
  };
}

/** Whether the type's own inputs (relations of a legal document, …) are as stored; empty values ignored. */
async function sameExtras(
  db: Kysely<DB>,
  def: CollectionDef,
  item: CollectionItem,
  extra: ExtraValues | undefined,
): Promise<boolean> {
  if (!def.hooks?.loadForm) return true;
  const filled = (values: ExtraValues | undefined) =>
    JSON.stringify(
      Object.entries(values ?? {})
        .filter(([, value]) => value !== '')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  return filled(await def.hooks.loadForm(db, item)) === filled(extra);
}

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
