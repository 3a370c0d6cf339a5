import type { LanguageCode } from '../../db/schema.ts';
import { localPath } from '../../web/urls.ts';
import type { CollectionDef } from './definition.ts';

/** Public list of a collection in a language: /lanh-dao, /en/leadership. */
export function listUrl(def: CollectionDef, lang: LanguageCode): string {
  return localPath(lang, def.path[lang]);
}

/** Public page of one item: /lanh-dao/tran-thi-minh-huong. */
export function itemUrl(def: CollectionDef, lang: LanguageCode, slug: string): string {
  return localPath(lang, def.path[lang], slug);
}

/** RSS feed of a collection in a language: /lanh-dao/rss.xml. */
export function collectionFeedUrl(def: CollectionDef, lang: LanguageCode): string {
  return `${listUrl(def, lang)}/rss.xml`;
}
