import type { LanguageCode } from '../../db/schema.ts';
import { filterTerm, type IndexRecord } from '../../db/search-sql.ts';
import { analyze, type PositionedTerms } from './analyzer.ts';
import { type AbbreviationIndex, forgivingTerms } from './forgiving.ts';
import { encodeHead } from './ranking.ts';

/** A public item as the index sees it, whatever its type. */
export interface SearchDocument {
  /** Registered type name (lower-case letters, digits, underscores). */
  type: string;
  itemId: number;
  siteId: number;
  lang: LanguageCode;
  categoryId: number | null;
  title: string;
  lead: string;
  /** Plain text of the body. */
  body: string;
  /** Public path on its site. */
  url: string;
  /** ISO-8601 UTC; items with a later date stay out of results until then. */
  publishedAt: string;
}

/** Body text beyond this is not indexed nor kept for snippets (a long report's opening is enough). */
export const MAX_BODY_CHARS = 60_000;
/** Tokens indexed per body (PostgreSQL positions stop at 16,383). */
const MAX_BODY_TOKENS = 15_000;

/**
 * What the engines index per position: the plain word (p:) or Han terms (z:). Exact forms (a:)
 * and bigrams (b:) of title and lead are kept with the row, for ranking; quoted phrases are
 * matched by the engines' own phrase search over consecutive p: terms.
 */
function matching(positions: PositionedTerms): PositionedTerms {
  return positions.map((terms) => terms.filter((term) => term.startsWith('p:') || term.startsWith('z:')));
}

/**
 * The index row and terms of a document; `abbreviations` is its site's list (built-in plus the
 * site's own, abbreviations.ts), the built-in list when not given.
 */
export function toIndexRecord(
  doc: SearchDocument,
  indexedAt: string,
  abbreviations?: AbbreviationIndex,
): IndexRecord {
  const body = doc.body.length > MAX_BODY_CHARS ? doc.body.slice(0, MAX_BODY_CHARS) : doc.body;
  const title = analyze(doc.title, { prefixes: true });
  const filters = [filterTerm.site(doc.siteId), filterTerm.lang(doc.lang), filterTerm.type(doc.type)];
  if (doc.categoryId !== null) filters.push(filterTerm.category(doc.categoryId));
  const lead = analyze(doc.lead);
  return {
    row: {
      site_id: doc.siteId,
      type: doc.type,
      item_id: doc.itemId,
      lang: doc.lang,
      category_id: doc.categoryId,
      published_at: doc.publishedAt,
      indexed_at: indexedAt,
      title: doc.title.normalize('NFC'),
      lead: doc.lead.normalize('NFC'),
      body: body.normalize('NFC'),
      url: doc.url,
      head_terms: encodeHead(doc.title, doc.lead),
    },
    fields: {
      title: matching(title.positions),
      lead: matching(lead.positions),
      body: analyze(body, { maxTokens: MAX_BODY_TOKENS, accents: false, bigrams: false }).positions,
      prefixes: title.prefixes,
      forgiving: forgivingTerms([doc.title, doc.lead, body], abbreviations),
      filters,
    },
  };
}
