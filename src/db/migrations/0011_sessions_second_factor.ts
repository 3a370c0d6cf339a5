import { type Kysely, sql } from 'kysely';

/**
 * Issue 12, finding 2: a sign-in that needed no second factor used to mark its session as past it
 * (two_factor_ok = 1), so an editor promoted to a role that requires one kept publishing from that
 * session. Only a verified code sets the mark now; this takes it from the open sessions of people
 * who have no second factor, so the access hook sends them to enrolment as soon as a role needs it.
 * Data only; those sessions stay signed in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`update sessions set two_factor_ok = 0
    where two_factor_ok = 1 and user_id in (select id from users where totp_enabled = 0)`.execute(db);
}

/** Nothing to undo: a session earns the mark again with a code. */
export async function down(): Promise<void> {}
