import { type CollectionDef, installCollection } from './modules/collections/index.ts';
import { leaders } from './modules/leaders/leaders.collection.ts';

/**
 * The collection types this installation serves (src/modules/collections; ADR 0013). Adding a
 * government type is a declaration in its module folder and one line here.
 */
export const installedCollections: CollectionDef[] = [leaders];

for (const def of installedCollections) installCollection(def);
