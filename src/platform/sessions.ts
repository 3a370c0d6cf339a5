import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, SessionRow } from '../db/schema.ts';

/** Idle and absolute session lifetimes. */
export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 3_600_000;
/** last_seen_at is written at most this often (reads stay cheap). */
const TOUCH_EVERY_MS = 60_000;

export const SESSION_COOKIE = 'dinh_session';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The id a session has in the database (the hash of its cookie token). */
export function sessionIdHash(token: string): string {
  return hashToken(token);
}

/** Server-side sessions: the cookie holds a random token; the database only its hash. */
export function sessionStore(db: Kysely<DB>) {
  return {
    /** Starts a session (a fresh id on every login) and returns the cookie token. */
    async create(input: {
      userId: number;
      twoFactorOk: boolean;
      ip: string;
      userAgent: string;
      now: Date;
    }): Promise<string> {
      const token = randomBytes(32).toString('base64url');
      const stamp = input.now.toISOString();
      await db
        .insertInto('sessions')
        .values({
          id_hash: hashToken(token),
          user_id: input.userId,
          created_at: stamp,
          last_seen_at: stamp,
          expires_at: new Date(input.now.getTime() + SESSION_ABSOLUTE_MS).toISOString(),
          two_factor_ok: input.twoFactorOk ? 1 : 0,
          ip: input.ip.slice(0, 64),
          user_agent: input.userAgent.slice(0, 300),
        })
        .execute();
      return token;
    },

    /** The live session for a token, or undefined when unknown, idle too long or past its end. */
    async load(token: string | undefined, now: Date): Promise<SessionRow | undefined> {
      if (!token || token.length > 100) return undefined;
      const idHash = hashToken(token);
      const row = await db
        .selectFrom('sessions')
        .selectAll()
        .where('id_hash', '=', idHash)
        .executeTakeFirst();
      if (!row) return undefined;
      const nowMs = now.getTime();
      if (Date.parse(row.expires_at) <= nowMs || Date.parse(row.last_seen_at) + SESSION_IDLE_MS <= nowMs) {
        await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
        return undefined;
      }
      if (nowMs - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) {
        await db
          .updateTable('sessions')
          .set({ last_seen_at: now.toISOString() })
          .where('id_hash', '=', idHash)
          .execute();
      }
      return row;
    },

    async markTwoFactorOk(token: string): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ two_factor_ok: 1 })
        .where('id_hash', '=', hashToken(token))
        .execute();
    },

    async destroy(token: string): Promise<void> {
      await db.deleteFrom('sessions').where('id_hash', '=', hashToken(token)).execute();
    },

    /** Ends a person's sessions ("sign out everywhere"), but the one whose hash is `exceptIdHash` (the one in use). */
    async destroyAllFor(userId: number, exceptIdHash?: string): Promise<number> {
      let query = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (exceptIdHash) query = query.where('id_hash', '<>', exceptIdHash);
      const result = await query.executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async countFor(userId: number): Promise<number> {
      const row = await db
        .selectFrom('sessions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
