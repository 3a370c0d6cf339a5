import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** Failures allowed before waiting starts, then doubling waits, then a 15-minute lock. */
const FREE_FAILURES = 3;
const LOCK_AFTER = 10;
const LOCK_MS = 15 * 60_000;
/** Failures older than this are forgotten. */
const WINDOW_MS = 60 * 60_000;

export interface ThrottleState {
  locked: boolean;
  /** When the next attempt is allowed (ISO), if locked. */
  until?: string;
  failures: number;
}

/**
 * Brute-force protection shared by every instance (it lives in the database): keyed per
 * account ("user:email") and per IP ("ip:1.2.3.4").
 */
export function loginThrottle(db: Kysely<DB>) {
  return {
    async state(key: string, now: Date): Promise<ThrottleState> {
      const row = await db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
      if (!row || Date.parse(row.last_failure_at) + WINDOW_MS < now.getTime())
        return { locked: false, failures: 0 };
      if (row.locked_until && Date.parse(row.locked_until) > now.getTime()) {
        return { locked: true, until: row.locked_until, failures: row.failures };
      }
      return { locked: false, failures: row.failures };
    },

    /** Records a failure and returns the resulting state. */
    async fail(key: string, now: Date, limitScale = 1): Promise<ThrottleState> {
      const current = await this.state(key, now);
      const failures = current.failures + 1;
      let lockedMs = 0;
      if (failures >= LOCK_AFTER * limitScale) lockedMs = LOCK_MS;
      else if (failures > FREE_FAILURES * limitScale)
        lockedMs = 2 ** Math.min(failures - FREE_FAILURES * limitScale, 6) * 1000;
      const lockedUntil = lockedMs > 0 ? new Date(now.getTime() + lockedMs).toISOString() : null;
      const values = { failures, last_failure_at: now.toISOString(), locked_until: lockedUntil };
      await db
        .insertInto('login_throttle')
        .values({ key, ...values })
        .onConflict((conflict) => conflict.column('key').doUpdateSet(values))
        .execute();
      return lockedUntil ? { locked: true, until: lockedUntil, failures } : { locked: false, failures };
    },

    async reset(key: string): Promise<void> {
      await db.deleteFrom('login_throttle').where('key', '=', key).execute();
    },
  };
}
