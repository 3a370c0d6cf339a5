import { type Insertable, type Kysely, sql } from 'kysely';
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
  /** A value of a type's own filter (a legal document's section): letters, digits, `_` only. */
  facet: (name: string, value: string) => `facet:${name}_${value}`.toLowerCase().replace(/[^a-z0-9:_]/g, '_'),
};

/** PostgreSQL positions stop at 16383; a lexeme keeps at most 255 of them. */
const PG_MAX_POSITION = 16_383;
const PG_MAX_POSITIONS_PER_TERM = 255;

/**
 * Creates the format-1 full-text structure next to search_documents: for migration 0003 only
 * (migrations are immutable; 0006 replaces it with format 2).
 */
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

/**
 * What the stored index holds and how (terms, tables). Raise it whenever that changes: an index
 * built by another format is rebuilt at start (registry.ts, ensureSearchIndex). 1: migration
 * 0003 (PostgreSQL month and filter terms were added later without a number, so an index
 * without a recorded format counts as outdated); 2: migration 0006; 3: compact spellings and
 * abbreviations as position-free terms (modules/search/forgiving.ts); 4: attached files' texts
 * in bodies and types' own filter terms (facet:).
 */
export const SEARCH_INDEX_FORMAT = 4;

type WithState = { search_state: { name: string; value: string } };

/** A value recorded about the stored index (format, last rebuild). */
export async function readSearchState(db: Kysely<DB>, name: string): Promise<string | undefined> {
  const row = await db
    .withTables<WithState>()
    .selectFrom('search_state')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.value;
}

export async function writeSearchState(db: Kysely<DB>, name: string, value: string): Promise<void> {
  await db
    .withTables<WithState>()
    .insertInto('search_state')
    .values({ name, value })
    .onConflict((conflict) => conflict.column('name').doUpdateSet({ value }))
    .execute();
}

/** The format the stored index was built with, if recorded. */
export async function readIndexFormat(db: Kysely<DB>): Promise<number | undefined> {
  const value = Number(await readSearchState(db, 'format'));
  return Number.isInteger(value) ? value : undefined;
}

/** Records that the stored index is complete in this format (after a full rebuild). */
export async function writeIndexFormat(db: Kysely<DB>, format = SEARCH_INDEX_FORMAT): Promise<void> {
  await writeSearchState(db, 'format', String(format));
}

/** Advisory lock key of full index rebuilds at start (src/db/locks.ts lists the others). */
const INDEX_REBUILD_LOCK = 4_242_006;

/**
 * Runs a task while holding the index rebuild lock: on PostgreSQL a transaction-scoped advisory
 * lock held on one pooled connection (the task runs on others), so that instances starting
 * together rebuild the index once; SQLite has one process.
 */
export async function withIndexLock<T>(db: Kysely<DB>, task: () => Promise<T>): Promise<T> {
  if (engineOf(db) === 'sqlite') return task();
  return db.transaction().execute(async (trx) => {
    // Per schema: installations (or test runs) sharing a database rebuild independently.
    await sql`select pg_advisory_xact_lock(${INDEX_REBUILD_LOCK}, hashtext(current_schema()))`.execute(trx);
    return task();
  });
}

/** Terms of one document: per position for the weighted fields, position-free for the rest. */
export interface IndexFields {
  title: string[][];
  lead: string[][];
  body: string[][];
  /** Type-ahead terms (x:), both engines. */
  prefixes: string[];
  /** Position-free word terms: compact spellings and abbreviations (modules/search/forgiving.ts). */
  forgiving?: string[];
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
 * The term for two adjacent words (plain forms, stop words included) that PostgreSQL indexes so
 * that a quoted phrase is found without reading positions: "quốc phòng" → q:quoc_phong.
 */
export function pairTerm(first: string, second: string): string {
  return `q:${first.slice(2)}_${second.slice(2)}`;
}

/** The words' pair terms of a phrase of plain (p:) terms. */
export function phrasePairs(phrase: string[]): string[] {
  return phrase.slice(1).map((term, index) => pairTerm(phrase[index]!, term));
}

const wordAt = (terms: string[]) => terms.find((term) => term.startsWith('p:'));

/**
 * The two tsvector literals of a document on PostgreSQL. `match` is position-free (what the GIN
 * index holds): every p: and z: term, the pair term of every two adjacent words of a field, the
 * extra terms (prefixes, filters, month). `phrase` holds the p: terms' positions, one position
 * sequence over title, lead and body with a gap between fields (phrases never span two).
 */
export function pgTermLiterals(
  fields: string[][][],
  extra: string[] = [],
): { match: string; phrase: string } {
  const terms = new Set<string>();
  const positions = new Map<string, number[]>();
  let position = 0;
  for (const field of fields) {
    let previous: string | undefined;
    for (const here of field) {
      position = Math.min(position + 1, PG_MAX_POSITION);
      for (const term of here) if (term.startsWith('p:') || term.startsWith('z:')) terms.add(term);
      const word = wordAt(here);
      if (word !== undefined) {
        if (previous !== undefined) terms.add(pairTerm(previous, word));
        let list = positions.get(word);
        if (list === undefined) {
          list = [];
          positions.set(word, list);
        }
        if (list.length < PG_MAX_POSITIONS_PER_TERM && list.at(-1) !== position) list.push(position);
      }
      previous = word;
    }
    position = Math.min(position + 1, PG_MAX_POSITION);
  }
  for (const term of extra) terms.add(term);
  const match: string[] = [];
  for (const term of terms) if (safe(term)) match.push(tsLexeme(term));
  const phrase: string[] = [];
  for (const [term, list] of positions) if (safe(term)) phrase.push(`${tsLexeme(term)}:${list.join(',')}`);
  return { match: match.join(' '), phrase: phrase.join(' ') };
}

/** Quotes a term as a tsvector or tsquery lexeme. */
export function tsLexeme(term: string): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * The publication month as a term (PostgreSQL): the GIN index can then look among recent
 * documents only, without visiting older matches (search-pg-sql.ts, pgNewest).
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

/** The PostgreSQL terms table (migration 0006); not in schema.ts, which both engines share. */
export interface SearchTermsTable {
  id: number;
  site_id: number;
  lang: string;
  /** Title and lead terms for ranking (search_documents.head_terms on SQLite). */
  head: string;
  tsv: string;
  ptsv: string;
}
export type WithSearchTerms = { search_terms: SearchTermsTable };

/** Advisory lock key of writes to the index (src/db/locks.ts lists the others). */
const INDEX_WRITE_LOCK = 4_242_007;

/**
 * Serialises writers of the index until the end of the caller's transaction. A rebuild
 * (`dinh search reindex`, another process) and an item's reindexing from the outbox may write
 * the same item, or pick the same free recency key, at once: on PostgreSQL, without this lock,
 * both deleted nothing and both inserted, and the second failed on search_documents_item_key.
 * SQLite has one writer at a time already. Re-entrant within a transaction.
 */
export async function lockIndexWrites(trx: Kysely<DB>): Promise<void> {
  if (engineOf(trx) !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(${INDEX_WRITE_LOCK}, hashtext(current_schema()))`.execute(trx);
}

/**
 * Inserts or replaces the index rows of these items (by type and item id): old rows go (with
 * their terms: a trigger on SQLite, a cascading key on PostgreSQL), new ones get their recency
 * key (the next free one in the rare case of a clash). Run it in a transaction: it takes the
 * index write lock (lockIndexWrites) until the commit.
 */
export async function writeSearchDocuments(db: Kysely<DB>, records: IndexRecord[]): Promise<void> {
  if (records.length === 0) return;
  const engine = engineOf(db);
  await lockIndexWrites(db);
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
    // The ranking terms live with the terms there (search_terms.head).
    await db
      .insertInto('search_documents')
      .values(rows.map((row) => ({ ...row, head_terms: '' })))
      .execute();
    await db
      .withTables<WithSearchTerms>()
      .insertInto('search_terms')
      .values(
        rows.map((row, index) => {
          const { title, lead, body, prefixes, filters, forgiving = [] } = records[index]!.fields;
          const { match, phrase } = pgTermLiterals(
            [title, lead, body],
            [...prefixes, ...forgiving, ...filters, monthTerm(row.published_at)],
          );
          return {
            id: row.id,
            site_id: row.site_id,
            lang: row.lang,
            head: row.head_terms ?? '',
            tsv: sql`cast(${match} as tsvector)`,
            ptsv: sql`cast(${phrase} as tsvector)`,
          };
        }),
      )
      .execute();
    return;
  }
  await db.insertInto('search_documents').values(rows).execute();
  // In rowid order: FTS5 flushes its pending terms into a new segment whenever a rowid is lower
  // than the previous one of the transaction, and recency keys of a batch loaded in item order
  // are in date order only by chance (legal documents: issue dates of 20 years). Unsorted, every
  // row became a segment of its own and merging them grew with the index: a rebuild of 20,000
  // documents went from minutes to over half an hour.
  const order = records.map((_, index) => index).sort((a, b) => ids[a]! - ids[b]!);
  const values = order.map((index) => {
    const { fields } = records[index]!;
    return sql`(${ids[index]}, ${ftsText(fields.title)}, ${ftsText(fields.lead)}, ${ftsText(fields.body)}, ${[...fields.filters, ...fields.prefixes, ...(fields.forgiving ?? [])].filter(safe).join(' ')})`;
  });
  await sql`insert into search_fts (rowid, title, lead, body, meta) values ${sql.join(values)}`.execute(db);
}

/**
 * Before a full rebuild: when the index is empty (first build, new index format), PostgreSQL
 * drops the GIN index so that optimizeSearchIndex builds it in one pass at the end, several
 * times faster than entry by entry. (Searches meanwhile have nothing to find anyway.)
 */
export async function beginRebuild(db: Kysely<DB>): Promise<void> {
  if (engineOf(db) !== 'postgres') return;
  // Under the write lock: two rebuilds at once (the CLI's and a site's) must not race on it.
  await db.transaction().execute(async (trx) => {
    await lockIndexWrites(trx);
    const indexed = await trx.selectFrom('search_documents').select('id').limit(1).executeTakeFirst();
    if (!indexed) await sql`drop index if exists search_terms_tsv_idx`.execute(trx);
  });
}

/**
 * After a rebuild: merges FTS5 segments into one (faster reads) on SQLite; on PostgreSQL builds
 * the GIN index if beginRebuild (or an interrupted rebuild) left it out, and refreshes the
 * planner's statistics. The index is the one of migration 0006.
 */
export async function optimizeSearchIndex(db: Kysely<DB>): Promise<void> {
  if (engineOf(db) === 'sqlite') {
    await sql`insert into search_fts (search_fts) values ('optimize')`.execute(db);
    return;
  }
  await db.transaction().execute(async (trx) => {
    // Two rebuilds finishing at once would both create it (duplicate key in pg_class).
    await lockIndexWrites(trx);
    await sql`set local maintenance_work_mem = '256MB'`.execute(trx);
    await sql`create index if not exists search_terms_tsv_idx on search_terms using gin (tsv)`.execute(trx);
  });
  await sql`analyze search_documents, search_terms`.execute(db);
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
  }>`select pg_total_relation_size('search_documents') + pg_total_relation_size('search_terms') as bytes`.execute(
    db,
  );
  return Number(rows[0]?.bytes ?? 0);
}
