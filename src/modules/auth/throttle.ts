import type { Kysely } from 'kysely';
import { LOCKS, lockForTransaction } from '../../db/locks.ts';
import type { DB } from '../../db/schema.ts';
import { atomically } from '../../db/transaction.ts';

/**
 * How many failures a key allows within the window: `free` ones, then waits that double from
 * 2 s (up to 64 s), and a 15-minute lock at `lockAfter`.
 */
export interface ThrottleRule {
  free: number;
  lockAfter: number;
}

/**
 * The limits, narrowest first. One person guessing (or mistyping) is stopped per account and
 * address, so colleagues behind the same NAT are not locked out with them; a whole office gets
 * a much higher ceiling per address; guessing one account from many addresses meets the
 * per-account ceiling. The second factor is limited per account.
 */
export const THROTTLE_RULES = {
  pair: { free: 3, lockAfter: 10 },
  account: { free: 30, lockAfter: 30 },
  ip: { free: 100, lockAfter: 100 },
  secondFactor: { free: 3, lockAfter: 10 },
} as const satisfies Record<string, ThrottleRule>;

const LOCK_MS = 15 * 60_000;
/** Failures older than this are forgotten. */
const WINDOW_MS = 60 * 60_000;

export interface ThrottledKey {
  key: string;
  rule: ThrottleRule;
}

/** The keys of a password attempt: the account and address pair, the account, the address. */
export function loginKeys(email: string, ip: string): ThrottledKey[] {
  return [
    { key: `pair:${email}|${ip}`, rule: THROTTLE_RULES.pair },
    { key: `user:${email}`, rule: THROTTLE_RULES.account },
    { key: `ip:${ip}`, rule: THROTTLE_RULES.ip },
  ];
}

export type Reservation =
  | { allowed: false; until: string }
  /** `lockedIfFailed`: the wait this attempt started, which applies if it fails. */
  | { allowed: true; lockedIfFailed?: string };

function lockFor(rule: ThrottleRule, failures: number): number {
  if (failures >= rule.lockAfter) return LOCK_MS;
  if (failures > rule.free) return 2 ** Math.min(failures - rule.free, 6) * 1000;
  return 0;
}

/**
 * Brute-force protection shared by every instance (it lives in the database). An attempt is
 * counted BEFORE its password or code is checked, in one short transaction that serialises the
 * attempts of all instances: so parallel guesses see each other, and a locked attempt never
 * reaches the expensive hash. A success gives its count back (`settle`).
 */
export function loginThrottle(db: Kysely<DB>) {
  return {
    /** Counts an attempt on every key, or refuses it (nothing counted) while any key is locked. */
    async reserve(keys: ThrottledKey[], now: Date): Promise<Reservation> {
      return atomically(db, async (trx) => {
        await lockForTransaction(trx, LOCKS.loginThrottle);
        const rows = await trx
          .selectFrom('login_throttle')
          .selectAll()
          .where(
            'key',
            'in',
            keys.map((entry) => entry.key),
          )
          .execute();
        const nowMs = now.getTime();
        const live = new Map(
          rows
            .filter((row) => Date.parse(row.last_failure_at) + WINDOW_MS >= nowMs)
            .map((row) => [row.key, row]),
        );
        const locks = [...live.values()]
          .map((row) => row.locked_until)
          .filter((until): until is string => until !== null && Date.parse(until) > nowMs)
          .sort();
        const latest = locks.at(-1);
        if (latest) return { allowed: false, until: latest };
        let lockedIfFailed: string | undefined;
        for (const { key, rule } of keys) {
          const failures = (live.get(key)?.failures ?? 0) + 1;
          const lockMs = lockFor(rule, failures);
          const lockedUntil = lockMs > 0 ? new Date(nowMs + lockMs).toISOString() : null;
          if (lockedUntil && (!lockedIfFailed || lockedUntil > lockedIfFailed)) lockedIfFailed = lockedUntil;
          const values = { failures, last_failure_at: now.toISOString(), locked_until: lockedUntil };
          await trx
            .insertInto('login_throttle')
            .values({ key, ...values })
            .onConflict((conflict) => conflict.column('key').doUpdateSet(values))
            .execute();
        }
        return lockedIfFailed ? { allowed: true, lockedIfFailed } : { allowed: true };
      });
    },

    /**
     * After a success: the first key (the person's own: account and address, or their second
     * factor) starts afresh; the wider ones only give back this attempt, so a colleague's success
     * never wipes the failures counted against other accounts from the same address.
     */
    async settle(keys: ThrottledKey[], now: Date): Promise<void> {
      const [own, ...wider] = keys;
      await atomically(db, async (trx) => {
        await lockForTransaction(trx, LOCKS.loginThrottle);
        if (own) await trx.deleteFrom('login_throttle').where('key', '=', own.key).execute();
        for (const { key, rule } of wider) {
          const row = await trx
            .selectFrom('login_throttle')
            .selectAll()
            .where('key', '=', key)
            .executeTakeFirst();
          if (!row) continue;
          const failures = Math.max(0, row.failures - 1);
          const isStillLocked = row.locked_until !== null && failures >= rule.lockAfter;
          await trx
            .updateTable('login_throttle')
            .set({ failures, ...(isStillLocked ? {} : { locked_until: null }) })
            .where('key', '=', key)
            .execute();
        }
        // Rows past their window count for nothing: drop them while here.
        const stale = new Date(now.getTime() - WINDOW_MS).toISOString();
        await trx.deleteFrom('login_throttle').where('last_failure_at', '<', stale).execute();
      });
    },
  };
}
