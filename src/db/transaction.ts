import type { Kysely } from 'kysely';

/**
 * Runs `work` atomically: inside the caller's transaction when `db` is one (it commits or rolls
 * back with the rest of the command), otherwise in a transaction of its own.
 */
export async function atomically<DB, T>(db: Kysely<DB>, work: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute(work);
}
