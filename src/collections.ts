import { type CollectionDef, installCollection } from './modules/collections/index.ts';
import { leaders } from './modules/leaders/leaders.collection.ts';
import { legalDocuments } from './modules/legal-documents/legal-documents.collection.ts';
import './modules/spokespeople/late-record.tsx';
import { spokespeople } from './modules/spokespeople/spokespeople.collection.ts';
import { units } from './modules/units/units.collection.tsx';

/**
 * The collection types this installation serves (src/modules/collections; ADR 0013). Adding a
 * government type is a declaration in its module folder and one line here.
 */
export const installedCollections: CollectionDef[] = [leaders, units, spokespeople];

/** Every installed type, for the API and routes. */
export const allCollections: CollectionDef[] = [...installedCollections, legalDocuments];

/** The demo's Giới thiệu page in each language: citizens find the collections under it. */
const about = { vi: 'gioi-thieu', en: 'introduction', zh: 'introduction' };

for (const def of installedCollections) installCollection(def, { menuUnder: about });

/** Văn bản has its own entry in the main menu (the demo's menu links /van-ban), not under Giới thiệu. */
installCollection(legalDocuments, { menuPosition: 40 });
