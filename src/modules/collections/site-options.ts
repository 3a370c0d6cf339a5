import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { handleEffect } from '../../platform/outbox.ts';
import type { ChoiceOption, CollectionDef, FieldDef } from './definition.ts';
import { collectionChangeTags } from './effects.ts';

/**
 * Choice options a site configures (a legal document's types, sections and fields): a `choice`
 * or `choices` field declares `optionsFor`, and every screen of the kit — admin form, checks,
 * public pages, search filters, API — asks `siteDefinition` for the declaration with that site's
 * options in place of the static ones. The answer is memoised per database and site, at most
 * MAX_SITES sites, each for TTL_MS; a change enqueues `collections.optionsChanged`, which drops
 * the site's entry after the commit (a second instance heals within TTL_MS at most).
 */

declare module '../../platform/outbox.ts' {
  interface EffectKinds {
    /** A site's configured choice options changed: forget them and purge its public pages. */
    'collections.optionsChanged': { siteId: number };
  }
}

/** How long a site's options are trusted without a purge (bounds staleness on other instances). */
const TTL_MS = 60_000;
/** Sites remembered per database at most (the least recently used go first). */
const MAX_SITES = 200;

interface Entry {
  defs: Map<string, Promise<CollectionDef>>;
  loadedAt: number;
}

/** Keyed by the database handle, so two test apps (or a transaction) never share an entry. */
const memo = new WeakMap<Kysely<DB>, Map<number, Entry>>();

function hasSiteOptions(field: FieldDef): boolean {
  return (field.kind === 'choice' || field.kind === 'choices') && field.optionsFor !== undefined;
}

async function resolve(db: Kysely<DB>, siteId: number, def: CollectionDef): Promise<CollectionDef> {
  const fields = await Promise.all(
    def.fields.map(async (field): Promise<FieldDef> => {
      if ((field.kind !== 'choice' && field.kind !== 'choices') || !field.optionsFor) return field;
      const options = await field.optionsFor(db, siteId);
      return { ...field, options: options.length > 0 ? options : field.options };
    }),
  );
  return { ...def, fields };
}

/**
 * The declaration as the site sees it: its own options in every field that has `optionsFor`
 * (the declaration itself when none has). Retired options stay in the list, marked, so stored
 * values keep their names; new entries must not pick them (fields.ts, form-fields.tsx).
 */
export function siteDefinition(db: Kysely<DB>, siteId: number, def: CollectionDef): Promise<CollectionDef> {
  if (!def.fields.some(hasSiteOptions)) return Promise.resolve(def);
  let sites = memo.get(db);
  if (!sites) {
    sites = new Map();
    memo.set(db, sites);
  }
  const now = Date.now();
  let entry = sites.get(siteId);
  if (entry && now - entry.loadedAt >= TTL_MS) entry = undefined;
  if (entry) {
    // Most recently used last, so the oldest is the first key.
    sites.delete(siteId);
    sites.set(siteId, entry);
  } else {
    entry = { defs: new Map(), loadedAt: now };
    sites.set(siteId, entry);
    while (sites.size > MAX_SITES) sites.delete(sites.keys().next().value as number);
  }
  let pending = entry.defs.get(def.type);
  if (!pending) {
    pending = resolve(db, siteId, def);
    const current = entry;
    // A failed read is not remembered.
    pending.catch(() => current.defs.delete(def.type));
    entry.defs.set(def.type, pending);
  }
  return pending;
}

/** Drops a site's remembered options (after a change commits). */
export function forgetSiteOptions(db: Kysely<DB>, siteId: number): void {
  memo.get(db)?.delete(siteId);
}

/** Options a new entry may choose: not retired, or the value the item already has. */
export function selectableOptions(options: ChoiceOption[], current: readonly string[] = []): ChoiceOption[] {
  return options.filter((option) => !option.retired || current.includes(option.value));
}

handleEffect('collections.optionsChanged', async (services, { siteId }) => {
  forgetSiteOptions(services.db, siteId);
  services.purge([...collectionChangeTags(siteId), `site:${siteId}`, `search:${siteId}`]);
});
