import { type Kysely, sql } from 'kysely';
import { engineOf } from '../dialect.ts';

/**
 * Search index, format 2 (docs/adr/0004-search.md). The index is derived data: its tables are
 * dropped and created afresh here, and bootstrap rebuilds it because the recorded index format
 * (search_state) is missing. Self-contained on purpose: later changes to src/db/search-sql.ts
 * must not change what this migration did.
 *
 * - search_documents: the same columns as in 0003, but the ranking terms (head_terms) before the
 *   long text, so that SQLite reads them without walking the body's overflow pages.
 * - SQLite: the FTS5 table and its delete trigger, as in 0003 (they went with the old table).
 * - PostgreSQL: the terms move to their own table, search_terms, whose rows hold what a match
 *   is filtered on and ranked by (site, language, the title and lead terms), the tsvectors being
 *   always stored out of line: `tsv`, position-free and GIN-indexed (words, Han bigrams,
 *   adjacent-word pairs for phrases, title prefixes, filter and month terms), and `ptsv`, the
 *   words' positions, read only to confirm phrases of three or more words.
 * - search_state: the index format the stored index was built with.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const engine = engineOf(db);
  if (engine === 'sqlite') {
    await sql`drop trigger if exists search_documents_fts_delete`.execute(db);
    await sql`drop table if exists search_fts`.execute(db);
  }
  await db.schema.dropTable('search_documents').execute();
  await db.schema
    .createTable('search_documents')
    .addColumn('id', engine === 'postgres' ? 'bigint' : 'integer', (c) => c.primaryKey())
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('item_id', 'integer', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull().check(sql`lang in ('vi', 'en', 'zh')`))
    .addColumn('category_id', 'integer')
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('indexed_at', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('head_terms', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('lead', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('search_documents_item_key', ['type', 'item_id'])
    .execute();
  // Also counts a scope's documents (search-scope-sql.ts, scopeStats) without reading rows.
  await db.schema
    .createIndex('search_documents_site_idx')
    .on('search_documents')
    .columns(['site_id', 'lang'])
    .execute();
  await db.schema
    .createTable('search_state')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  if (engine === 'sqlite') {
    await sql`create virtual table search_fts using fts5(title, lead, body, meta, content='',
      contentless_delete=1, tokenize="ascii tokenchars ':_'")`.execute(db);
    await sql`create trigger search_documents_fts_delete after delete on search_documents begin
      delete from search_fts where rowid = old.id; end`.execute(db);
    return;
  }
  // toast_tuple_target: the tsvectors always go out of line; the ranking terms (head) stay on
  // the row (storage main: compressed there if need be), so the rows that a GIN match visits
  // give the ranking what it needs without another read.
  await sql`create table search_terms (
      id bigint primary key references search_documents (id) on delete cascade,
      site_id integer not null,
      lang text not null,
      head text not null default '',
      tsv tsvector not null,
      ptsv tsvector not null
    ) with (toast_tuple_target = 128)`.execute(db);
  await sql`alter table search_terms alter column head set storage main`.execute(db);
  const { rows } = await sql<{ lz4: boolean }>`select coalesce(bool_or('lz4' = any(enumvals)), false) as lz4
    from pg_settings where name = 'default_toast_compression'`.execute(db);
  if (rows[0]?.lz4) {
    // Faster to write and to read back than the default pglz (PostgreSQL built with lz4).
    await sql`alter table search_terms alter column tsv set compression lz4,
      alter column ptsv set compression lz4`.execute(db);
  }
  await sql`create index search_terms_tsv_idx on search_terms using gin (tsv)`.execute(db);
}
