import { type Kysely, sql, type Transaction } from 'kysely';
import { engineOf } from './dialect.ts';

/**
 * Serialises writers of one resource inside a transaction. PostgreSQL: a transaction-scoped
 * advisory lock (several instances). SQLite: the database has one writer at a time already.
 */
export async function lockForTransaction<T>(trx: Transaction<T> | Kysely<T>, key: number): Promise<void> {
  if (engineOf(trx) === 'postgres') await sql`select pg_advisory_xact_lock(${key})`.execute(trx);
}

/**
 * Advisory lock keys used by Đình. Search (src/db/search-sql.ts) keys its own per schema:
 * 4_242_006 index rebuild at start, 4_242_007 writes to the index.
 */
export const LOCKS = { auditChain: 4_242_001, loginThrottle: 4_242_011 } as const;
