import type { Kysely } from 'kysely';
import type { DB, LanguageCode, TranslationLinkRow } from '../../db/schema.ts';
import { languages } from '../../i18n/index.ts';
import { compareText, isUntranslatedCopy, parseSourceText, type TextComparison } from './source-text.ts';
import { loadItem, siblingsOf, type TranslatableItem } from './translations.repository.ts';

/** One language of an item on its edit screen. */
export interface LanguageEntry {
  lang: LanguageCode;
  /** The item being edited, another version, or no version yet. */
  state: 'this' | 'exists' | 'missing';
  item?: TranslatableItem;
  /** This version is a translation whose source changed since it was last brought up to date. */
  stale: boolean;
  /** This version is the source the edited item was translated from. */
  isSource: boolean;
}

/** The edited item as a translation: its source, and what changed there since. */
export interface LinkState {
  link: TranslationLinkRow;
  /** Undefined when the source no longer exists. */
  source: TranslatableItem | undefined;
  stale: boolean;
  comparison: TextComparison;
  /** The text is still the source's (a fresh copy, not translated yet). */
  untranslated: boolean;
}

/** Everything the translation panels of an edit screen show. */
export interface TranslationState {
  item: TranslatableItem;
  entries: LanguageEntry[];
  /** Set when the item is a translation made here. */
  asTranslation?: LinkState;
  /** Other versions exist: the item's language can no longer change. */
  hasVersions: boolean;
}

/** The translation state of an item for its edit screen. */
export async function translationState(db: Kysely<DB>, item: TranslatableItem): Promise<TranslationState> {
  const siblings = await siblingsOf(db, item);
  const versions = [item, ...siblings];
  const links = await db
    .selectFrom('translation_links')
    .selectAll()
    .where('entity_type', '=', item.type)
    .where(
      'item_id',
      'in',
      versions.map((version) => version.id),
    )
    .execute();
  const linkOf = (version: TranslatableItem) =>
    links.find((link) => link.item_id === version.id && link.lang === version.lang);
  const own = linkOf(item);
  let asTranslation: LinkState | undefined;
  if (own) {
    const source = await loadItem(db, item.type, own.source_id, own.source_lang);
    const base = parseSourceText(own.source_text);
    asTranslation = {
      link: own,
      source,
      stale: own.stale_since !== null,
      comparison: source
        ? compareText(item.type, base, source.text)
        : { changes: [], structureChanged: false },
      untranslated:
        isUntranslatedCopy(item.text, base) || (!!source && isUntranslatedCopy(item.text, source.text)),
    };
  }
  const entries = languages.map((lang): LanguageEntry => {
    const version = versions.find((candidate) => candidate.lang === lang);
    if (!version) return { lang, state: 'missing', stale: false, isSource: false };
    const isSource = !!own && own.source_lang === lang && own.source_id === version.id;
    return {
      lang,
      state: version === item ? 'this' : 'exists',
      item: version,
      stale: linkOf(version)?.stale_since != null,
      isSource,
    };
  });
  return { item, entries, ...(asTranslation ? { asTranslation } : {}), hasVersions: siblings.length > 0 };
}
