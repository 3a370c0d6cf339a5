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
  /**
   * The text of the item's attached files (extracted from PDF and DOCX, media_texts), indexed
   * after the body; a result found through one of them names it, with a snippet of its text.
   */
  files?: SearchFile[] | undefined;
  /**
   * The item's values of its type's filters (SearchSource.facets): facet name → values. They
   * become filter terms; a search may require one value of a facet.
   */
  facets?: Record<string, string[]> | undefined;
}

/** An attached file as the index sees it. */
export interface SearchFile {
  /** The file's name as shown (its original name). */
  name: string;
  /** Where to download it. */
  url: string;
  text: string;
}

/**
 * Stored bodies keep the files' texts after the item's own text, each one opened by this mark
 * (control characters that analysed text never holds), its name and its URL; `splitBody` reads
 * them back.
 */
const FILE_MARK = '\u001e';
const FILE_FIELD = '\u001f';

/** The body as stored: the item's text, then each file's. */
export function joinBody(body: string, files: readonly SearchFile[] = []): string {
  const clean = (text: string) => text.replaceAll(FILE_MARK, ' ').replaceAll(FILE_FIELD, ' ');
  return [
    clean(body),
    ...files.map(
      (file) =>
        `${FILE_MARK}${clean(file.name)}${FILE_FIELD}${clean(file.url)}${FILE_FIELD}\n${clean(file.text)}`,
    ),
  ].join('\n');
}

/** A stored body split back into the item's own text and its files' texts. */
export function splitBody(stored: string): { body: string; files: SearchFile[] } {
  const [body = '', ...parts] = stored.split(FILE_MARK);
  const files = parts.map((part) => {
    const [name = '', url = '', ...rest] = part.split(FILE_FIELD);
    return { name, url, text: rest.join(' ').replace(/^\n/, '').replace(/\n$/, '') };
  });
  return { body: body.replace(/\n$/, ''), files };
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
  // The item's own text first: files fill what is left of the budget, in their order.
  const joined = joinBody(doc.body, doc.files);
  const body = joined.length > MAX_BODY_CHARS ? joined.slice(0, MAX_BODY_CHARS) : joined;
  const title = analyze(doc.title, { prefixes: true });
  const filters = [filterTerm.site(doc.siteId), filterTerm.lang(doc.lang), filterTerm.type(doc.type)];
  if (doc.categoryId !== null) filters.push(filterTerm.category(doc.categoryId));
  for (const [name, values] of Object.entries(doc.facets ?? {}))
    for (const value of values) filters.push(filterTerm.facet(name, value));
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
