import type { Kysely, Transaction } from 'kysely';
import type { DB, LanguageCode, Role } from '../../db/schema.ts';
import { languages, type Messages, messages } from '../../i18n/index.ts';
import { inTransaction } from '../../platform/outbox.ts';
import type { AppServices } from '../../platform/services.ts';
import { slugify } from '../../platform/text.ts';
import type { FieldErrors } from '../../web/admin/form-kit.tsx';
import { appendAudit } from '../audit/audit.ts';
import { type CollectionDef, editRoles, type ItemData, publishRoles } from './definition.ts';
import { type AfterCommit, collectionChangeTags } from './effects.ts';
import { type CollectionItem, collectionRepository, type ItemStatus } from './repository.ts';
import type { ExtraValues, WriteAction } from './type-hooks.ts';

/**
 * What the collection kit's commands share (service.ts saves, transitions.ts moves an item
 * through the workflow, translates and deletes it): the acting person, the transaction a command
 * joins or opens, permissions, revisions, audit entries, slugs, and the effects after commit.
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
export function runIn<T>(
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
export function langOf(t: Messages): LanguageCode {
  return languages.find((lang) => messages(lang) === t) ?? 'vi';
}

/** Runs the type's afterWrite hook (its side tables) in the command's transaction. */
export async function afterWrite(
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
export function snapshotOf(item: Pick<CollectionItem, 'title' | 'slug' | 'status' | 'lang' | 'data'>) {
  return { title: item.title, slug: item.slug, status: item.status, lang: item.lang, data: item.data };
}

/** The text a translation follows: the per-language fields of the original. */
export function localizedText(def: CollectionDef, data: ItemData): string {
  return JSON.stringify(
    def.fields.filter((field) => field.localized).map((field) => data[field.name] ?? null),
  );
}

export async function recordRevision(
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

export async function audit(
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
export async function freeSlug(
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
export async function insertDraft(
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

export function effectsFor(
  def: CollectionDef,
  item: CollectionItem,
  others: CollectionItem[] = [],
): AfterCommit {
  return {
    purge: collectionChangeTags(item.siteId),
    reindex: [item, ...others].map((entry) => ({ type: def.type, id: entry.id })),
  };
}

/** Whether the type's own inputs (relations of a legal document, …) are as stored; empty values ignored. */
export async function sameExtras(
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
