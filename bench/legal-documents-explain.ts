// The query plans of the legal documents list (bench/legal-documents.ts): EXPLAIN QUERY PLAN on
// SQLite, EXPLAIN on PostgreSQL, for the count and the page of rows of each filter mix, to check
// that the list reads indexes and not the whole table.

import { CompiledQuery, type Kysely } from 'kysely';
import type { DB } from '../src/db/schema.ts';
import { numberQuery } from '../src/modules/legal-documents/number.ts';
import {
  countQuery,
  type ListMode,
  listQuery,
  readFilters,
} from '../src/modules/legal-documents/public-list.tsx';

export async function explainList(
  db: Kysely<DB>,
  engine: string,
  siteId: number,
  mixes: { label: string; query: Record<string, string> }[],
): Promise<string> {
  const explain = async (compiled: { sql: string; parameters: readonly unknown[] }) => {
    const prefix = engine === 'postgres' ? 'explain ' : 'explain query plan ';
    const result = await db.executeQuery<Record<string, unknown>>(
      CompiledQuery.raw(prefix + compiled.sql, [...compiled.parameters]),
    );
    return result.rows
      .map((row) => `    ${String(row['QUERY PLAN'] ?? row.detail ?? JSON.stringify(row))}`)
      .join('\n');
  };
  const out: string[] = [];
  for (const mix of mixes) {
    const filters = readFilters(mix.query);
    const mode: ListMode = filters.q ? (numberQuery(filters.q) ? 'number' : 'words') : 'none';
    const base = listQuery(db, siteId, 'vi', filters, mode);
    out.push(`## ${mix.label} (${mode})`);
    out.push('  count:', await explain(countQuery(db, siteId, 'vi', filters, mode).compile()));
    out.push(
      '  rows:',
      await explain(
        base
          .select(['d.item_id', 'd.number_text', 'd.issued_on', 'i.title', 'i.slug', 'd.validity'])
          .orderBy('d.issued_on', 'desc')
          .orderBy('d.item_id', 'desc')
          .limit(20)
          .offset((filters.page - 1) * 20)
          .compile(),
      ),
    );
  }
  // The same query as newestDocumentIds (store.ts) for Vietnamese.
  out.push('## RSS: newest 50');
  out.push(
    await explain(
      db
        .selectFrom('legal_documents as d')
        .select('d.item_id as id')
        .where('d.site_id', '=', siteId)
        .where('d.published', '=', 1)
        .orderBy('d.issued_on', 'desc')
        .orderBy('d.item_id', 'desc')
        .limit(50)
        .compile(),
    ),
  );
  return out.join('\n');
}
