import type { CollectionDef } from './definition.ts';

const registered = new Map<string, CollectionDef>();

/**
 * Adds a collection type to the installation (idempotent per type). Its search source, sitemap
 * entries and admin menu entry are attached by the kit's hooks (hooks.ts).
 */
export function registerCollection(def: CollectionDef): void {
  registered.set(def.type, def);
}

/** Every registered collection type, in registration order. */
export function collectionDefs(): CollectionDef[] {
  return [...registered.values()];
}

/** The registered collection of a type, or undefined. */
export function collectionDef(type: string): CollectionDef | undefined {
  return registered.get(type);
}
