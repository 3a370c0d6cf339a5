import { type Insertable, type Kysely, type RawBuilder, sql } from 'kysely';
import { type Engine, engineOf } from './dialect.ts';
import type { DB, SearchDocumentsTable } from './schema.ts';

/**
 * Full-text search storage, where the engines differ (docs/adr/0004-search.md); the queries
 * are in search-query-sql.ts. Terms come pre-analysed from src/modules/search/analyzer.ts and
 * are only quoted and stored here: an FTS5 table (contentless, `ascii` tokenizer keeping `:` and
 * `_`) on SQLite; on PostgreSQL a tsvector built from a literal (no text-search configuration
 * touches the terms, as with 'simple'; weights A title, B lead, C body) with a GIN index. User
 * text never gets here, only terms matching SAFE_TERM.
 */

/** Terms are letters, marks, digits and the class separators `:` and `_`. */
const SAFE_TERM = /^[\p{L}\p{M}\p{N}:_]{1,200}$/u;

/** Is this a term the engines may be given (defence in depth: the analyser only makes these)? */
export const safeTerm = (term: string): boolean => SAFE_TERM.test(term);

/** Filter terms (SQLite keeps them in the FTS `meta` column; PostgreSQL filters on columns). */
export const filterTerm = {
  site: (id: number) => `site:${id}`,
  lang: (lang: string) => `lang:${lang}`,
  type: (type: string) => `type:${type}`,
  category: (id: number) => `cat:${id}`,
};

/** PostgreSQL positions stop at 16383; a lexeme keeps at most 255 of them. */
const PG_MAX_POSITION = 16_383;
const PG_MAX_POSITIONS_PER_TERM = 255;

/** Creates the engine's full-text structure next to search_documents (migration 0003). */
export async function createSearchIndex(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine === 'sqlite') {
    await sql`create virtual table search_fts using fts5(title, lead, body, meta, content='',
      contentless_delete=1, tokenize="ascii tokenchars ':_'")`.execute(db);
    await sql`create trigger search_documents_fts_delete after delete on search_documents begin
      delete from search_fts where rowid = old.id; end`.execute(db);
    return;
  }
  await sql`alter table search_documents add column tsv tsvector not null default ''::tsvector`.execute(db);
  await sql`create index search_documents_tsv_idx on search_documents using gin (tsv)`.execute(db);
}

/** Terms of one document: per position for the weighted fields, position-free for the rest. */
export interface IndexFields {
  title: string[][];
  lead: string[][];
  body: string[][];
  /** Type-ahead terms (x:), both engines. */
  prefixes: string[];
  /** Filter terms (site:, lang:, type:, cat:). */
  filters: string[];
}

export interface IndexRecord {
  row: Omit<Insertable<SearchDocumentsTable>, 'id'>;
  fields: IndexFields;
}

const safe = safeTerm;

function ftsText(positions: string[][]): string {
  let text = '';
  for (const terms of positions) {
    for (const term of terms) if (safe(term)) text += text ? ` ${term}` : term;
  }
  return text;
}

/**
 * A tsvector literal: weighted fields with positions (title A, lead B, body C, in one position
 * sequence) and position-free extra terms.
 */
export function tsvectorLiteral(
  fields: [weight: 'A' | 'B' | 'C', positions: string[][]][],
  extra: string[] = [],
): string {
  // term → positions, or null when the term is not safe (checked once per distinct term)
  const positions = new Map<string, string[] | null>();
  const listOf = (term: string) => {
    let list = positions.get(term);
    if (list === undefined) {
      list = safe(term) ? [] : null;
      positions.set(term, list);
    }
    return list;
  };
  let position = 0;
  for (const [weight, field] of fields) {
    for (const terms of field) {
      if (position >= PG_MAX_POSITION) break;
      position++;
      for (const term of terms) {
        const list = listOf(term);
        if (list && list.length < PG_MAX_POSITIONS_PER_TERM) list.push(`${position}${weight}`);
      }
    }
    position = Math.min(position + 1, PG_MAX_POSITION);
  }
  for (const term of extra) listOf(term);
  const out: string[] = [];
  for (const [term, list] of positions) {
    if (list) out.push(list.length > 0 ? `${tsLexeme(term)}:${list.join(',')}` : tsLexeme(term));
  }
  return out.join(' ');
}

/** Quotes a term as a tsvector or tsquery lexeme. */
export function tsLexeme(term: string): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * The publication month as a term (PostgreSQL): the GIN index can then look among recent
 * documents only, without visiting older matches (search-query-sql.ts, pgNewestIds).
 */
export function monthTerm(iso: string): string {
  return `m:${iso.slice(0, 4)}${iso.slice(5, 7)}`;
}

/** Slots per second in the recency key; ids are second × SLOTS + slot. */
export const SLOTS = 1_048_576;
const MAX_SECOND = 2 ** 32 - 1;

/** Whole seconds since 1970 (clamped), the high part of a recency key. */
export function secondOf(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? Math.min(MAX_SECOND, Math.max(0, Math.floor(ms / 1000))) : 0;
}

/** A stable slot for an item (FNV-1a of type and id), so its key survives reindexing. */
function slotOf(type: string, itemId: number): number {
  let hash = 0x811c9dc5;
  for (const char of `${type}:${itemId}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SLOTS;
}

/** The id of a document: its publication second, then a slot (id order is date order). */
export function recencyKey(publishedAt: string, type: string, itemId: number): number {
  return secondOf(publishedAt) * SLOTS + slotOf(type, itemId);
}

type WithTsv = { search_documents: { tsv: RawBuilder<unknown> } };

/**
 * Inserts or replaces the index rows of these items (by type and item id): old rows go, new
 * ones get their recency key (the next free one in the rare case of a clash). Run it in a
 * transaction.
 */
export async function writeSearchDocuments(db: Kysely<DB>, records: IndexRecord[]): Promise<void> {
  if (records.length === 0) return;
  const engine = engineOf(db);
  const byType = new Map<string, number[]>();
  for (const { row } of records) byType.set(row.type, [...(byType.get(row.type) ?? []), row.item_id]);
  for (const [type, itemIds] of byType) {
    await db
      .deleteFrom('search_documents')
      .where('type', '=', type)
      .where('item_id', 'in', itemIds)
      .execute();
  }
  const wanted = records.map(({ row }) => recencyKey(row.published_at, row.type, row.item_id));
  const taken = new Set(
    (await db.selectFrom('search_documents').select('id').where('id', 'in', wanted).execute()).map(
      (row) => row.id,
    ),
  );
  const ids: number[] = [];
  for (let key of wanted) {
    while (taken.has(key)) {
      key++;
      if (!taken.has(key)) {
        const clash = await db
          .selectFrom('search_documents')
          .select('id')
          .where('id', '=', key)
          .executeTakeFirst();
        if (clash) taken.add(key);
      }
    }
    taken.add(key);
    ids.push(key);
  }
  const rows = records.map(({ row }, index) => ({ ...row, id: ids[index]! }));
  if (engine === 'postgres') {
    const pg = db.withTables<WithTsv>();
    await pg
      .insertInto('search_documents')
      .values(
        rows.map((row, index) => {
          const { title, lead, body, prefixes, filters } = records[index]!.fields;
          const tsv = tsvectorLiteral(
            [
              ['A', title],
              ['B', lead],
              ['C', body],
            ],
            [...prefixes, monthTerm(row.published_at), ...filters],
          );
          return { ...row, tsv: sql`cast(${tsv} as tsvector)` };
        }),
      )
      .execute();
    return;
  }
  await db.insertInto('search_documents').values(rows).execute();
  const values = records.map(
    ({ fields }, index) =>
      sql`(${ids[index]}, ${ftsText(fields.title)}, ${ftsText(fields.lead)}, ${ftsText(fields.body)}, ${[...fields.filters, ...fields.prefixes].filter(safe).join(' ')})`,
  );
  await sql`insert into search_fts (rowid, title, lead, body, meta) values ${sql.join(values)}`.execute(db);
}

/**
 * After a bulk rebuild: merges FTS5 segments into one (faster reads) on SQLite; refreshes the
 * planner's statistics on PostgreSQL (they choose between the GIN index and the id order).
 */
export async function optimizeSearchIndex(db: Kysely<DB>): Promise<void> {
  if (engineOf(db) === 'sqlite')
    await sql`insert into search_fts (search_fts) values ('optimize')`.execute(db);
  else await sql`analyze search_documents`.execute(db);
}

/** Bytes used by the index (documents and full-text structure), for the benchmark. */
export async function searchIndexBytes(db: Kysely<DB>): Promise<number> {
  if (engineOf(db) === 'sqlite') {
    const { rows } = await sql<{ bytes: number }>`select coalesce(sum(pgsize), 0) as bytes from dbstat
      where name like 'search%' or name like 'sqlite_autoindex_search%'`.execute(db);
    return Number(rows[0]?.bytes ?? 0);
  }
  const { rows } = await sql<{
    bytes: number;
  }>`select pg_total_relation_size('search_documents') as bytes`.execute(db);
  return Number(rows[0]?.bytes ?? 0);
}
