import { createHash, randomBytes } from 'node:crypto';
import type { UserRow } from '../../db/schema.ts';
import { atomically } from '../../db/transaction.ts';
import { enqueue, inTransaction } from '../../platform/outbox.ts';
import {
  dummyPasswordHash,
  hashPassword,
  type PasswordProblem,
  passwordProblems,
  verifyPassword,
} from '../../platform/passwords.ts';
import { needsTwoFactor, siteRoles } from '../../platform/roles.ts';
import type { AppServices } from '../../platform/services.ts';
import { sessionIdHash, sessionStore } from '../../platform/sessions.ts';
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, verifyTotp } from '../../platform/totp.ts';
import { appendAudit } from '../audit/audit.ts';
import { usersRepository } from '../users/users.repository.ts';
import { enableTwoFactor } from '../users/users.service.ts';
import { loginKeys, loginThrottle, THROTTLE_RULES } from './throttle.ts';

const RESET_TTL_MS = 60 * 60_000;

export type LoginOutcome =
  | { kind: 'ok'; user: UserRow; token: string; secondFactor: 'none' | 'verify' | 'enrol' }
  | { kind: 'bad-credentials' }
  | { kind: 'locked'; until: string }
  | { kind: 'inactive' };

interface Origin {
  ip: string;
  userAgent: string;
}

/**
 * Signs in with e-mail and password. The attempt is counted against the account and address
 * pair, the account and the address before the password hash is checked (a locked attempt costs
 * no hash); a failure is audited, a success gives the attempt back.
 */
export async function login(
  services: AppServices,
  input: { email: string; password: string } & Origin,
): Promise<LoginOutcome> {
  const now = services.clock();
  const email = input.email.trim().toLowerCase();
  const throttle = loginThrottle(services.db);
  const keys = loginKeys(email, input.ip);
  const reservation = await throttle.reserve(keys, now);
  if (!reservation.allowed) return { kind: 'locked', until: reservation.until };
  const user = await usersRepository(services.db).findByEmail(email);
  const valid = user
    ? await verifyPassword(user.password_hash, input.password)
    : await verifyPassword(await dummyPasswordHash(), `${input.password}x`);
  if (!user || !valid) {
    const lockedUntil = reservation.lockedIfFailed ?? null;
    await appendAudit(services.db, {
      actorId: user?.id ?? null,
      actorLabel: email.slice(0, 200),
      ip: input.ip,
      action: lockedUntil ? 'auth.login_locked' : 'auth.login_failed',
      entityType: 'user',
      entityId: user?.id ?? '',
      after: { lockedUntil },
      at: now,
    });
    return lockedUntil ? { kind: 'locked', until: lockedUntil } : { kind: 'bad-credentials' };
  }
  await throttle.settle(keys, now);
  if (user.is_active !== 1) return { kind: 'inactive' };
  const roles = siteRoles(await usersRepository(services.db).memberships(user.id));
  const secondFactor = user.totp_enabled === 1 ? 'verify' : needsTwoFactor(roles) ? 'enrol' : 'none';
  // The session, the last sign-in time and the audit entry commit together.
  const token = await atomically(services.db, async (trx) => {
    const created = await sessionStore(trx).create({
      userId: user.id,
      // Only a verified code marks a session past the second factor: a session that needed none
      // at sign-in must still pass one when a later role requires it (the access hook checks).
      twoFactorOk: false,
      ip: input.ip,
      userAgent: input.userAgent,
      now,
    });
    await trx
      .updateTable('users')
      .set({ last_login_at: now.toISOString() })
      .where('id', '=', user.id)
      .execute();
    await appendAudit(trx, {
      actorId: user.id,
      actorLabel: user.email,
      ip: input.ip,
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      after: { secondFactor },
      at: now,
    });
    return created;
  });
  return { kind: 'ok', user, token, secondFactor };
}

export type SecondFactorOutcome = { kind: 'ok' } | { kind: 'bad-code' } | { kind: 'locked'; until: string };

/**
 * Checks a TOTP or recovery code for a signed-in session; refuses replays; audits the result.
 * Attempts are counted per account before the code is checked, like passwords.
 */
export async function verifySecondFactor(
  services: AppServices,
  input: { user: UserRow; sessionToken: string; code: string } & Origin,
): Promise<SecondFactorOutcome> {
  const now = services.clock();
  const throttle = loginThrottle(services.db);
  const keys = [{ key: `2fa:${input.user.id}`, rule: THROTTLE_RULES.secondFactor }];
  const reservation = await throttle.reserve(keys, now);
  if (!reservation.allowed) return { kind: 'locked', until: reservation.until };
  const user = await usersRepository(services.db).findById(input.user.id);
  if (!user?.totp_secret) return { kind: 'bad-code' };
  const code = input.code.trim();
  let ok = false;
  if (/^\d{3}\s?\d{3}$/.test(code)) {
    const check = verifyTotp(user.totp_secret, code, user.totp_last_step, now);
    if (check.ok) {
      // Only one request can move the step forward: a replay in parallel updates nothing.
      const updated = await services.db
        .updateTable('users')
        .set({ totp_last_step: check.step })
        .where('id', '=', user.id)
        .where('totp_last_step', '<', check.step)
        .executeTakeFirst();
      ok = Number(updated.numUpdatedRows) === 1;
    }
  } else {
    const hashes = JSON.parse(user.recovery_codes) as string[];
    const wanted = hashRecoveryCode(code);
    if (hashes.includes(wanted)) {
      // Only if the list is still the one read: the same code used twice in parallel works once.
      const updated = await services.db
        .updateTable('users')
        .set({ recovery_codes: JSON.stringify(hashes.filter((hash) => hash !== wanted)) })
        .where('id', '=', user.id)
        .where('recovery_codes', '=', user.recovery_codes)
        .executeTakeFirst();
      ok = Number(updated.numUpdatedRows) === 1;
    }
  }
  const audit = {
    actorId: user.id,
    actorLabel: user.email,
    ip: input.ip,
    entityType: 'user',
    entityId: user.id,
    at: now,
  };
  if (!ok) {
    const lockedUntil = reservation.lockedIfFailed;
    await appendAudit(services.db, {
      ...audit,
      action: 'auth.second_factor_failed',
      ...(lockedUntil ? { after: { lockedUntil } } : {}),
    });
    return lockedUntil ? { kind: 'locked', until: lockedUntil } : { kind: 'bad-code' };
  }
  await throttle.settle(keys, now);
  // The session passes the second factor with its audit entry.
  await atomically(services.db, async (trx) => {
    await sessionStore(trx).markTwoFactorOk(input.sessionToken);
    await appendAudit(trx, { ...audit, action: 'auth.second_factor' });
  });
  return { kind: 'ok' };
}

/** Starts a password reset: stores a one-hour token and mails the link (same answer either way). */
export async function requestPasswordReset(
  services: AppServices,
  input: {
    email: string;
    origin: string;
    ip: string;
    mail: (name: string, link: string) => { subject: string; text: string };
  },
): Promise<void> {
  const user = await usersRepository(services.db).findByEmail(input.email);
  const now = services.clock();
  // The audit entry, the token and its mail (from the outbox, after the commit) go together.
  await inTransaction(services, async (trx) => {
    await appendAudit(trx, {
      actorId: user?.id ?? null,
      actorLabel: input.email.trim().toLowerCase().slice(0, 200),
      ip: input.ip,
      action: 'auth.reset_requested',
      entityType: 'user',
      entityId: user?.id ?? '',
      at: now,
    });
    if (user?.is_active !== 1) return;
    const token = randomBytes(32).toString('base64url');
    await trx
      .insertInto('password_resets')
      .values({
        token_hash: createHash('sha256').update(token).digest('hex'),
        user_id: user.id,
        expires_at: new Date(now.getTime() + RESET_TTL_MS).toISOString(),
        used_at: null,
      })
      .execute();
    const content = input.mail(user.display_name, `${input.origin}/admin/password/reset?token=${token}`);
    await enqueue(trx, { kind: 'mail', to: user.email, ...content }, now);
  });
}

/** Finds the user of a live reset token. */
export async function resetTokenUser(services: AppServices, token: string): Promise<UserRow | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const row = await services.db
    .selectFrom('password_resets')
    .selectAll()
    .where('token_hash', '=', createHash('sha256').update(token).digest('hex'))
    .executeTakeFirst();
  if (!row || row.used_at || Date.parse(row.expires_at) <= services.clock().getTime()) return undefined;
  return usersRepository(services.db).findById(row.user_id);
}

/** Sets a new password from a reset token; ends all sessions of the user. */
export async function resetPassword(
  services: AppServices,
  input: { token: string; password: string; ip: string },
): Promise<{ ok: true } | { ok: false; problems: (PasswordProblem | 'invalid')[] }> {
  const user = await resetTokenUser(services, input.token);
  if (!user) return { ok: false, problems: ['invalid'] };
  const problems = passwordProblems(input.password, user.email);
  if (problems.length > 0) return { ok: false, problems };
  const now = services.clock();
  const passwordHash = await hashPassword(input.password);
  // The new password, the used token, the ended sessions and the audit entry commit together.
  await atomically(services.db, async (trx) => {
    await trx
      .updateTable('users')
      .set({
        password_hash: passwordHash,
        password_changed_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .where('id', '=', user.id)
      .execute();
    await trx
      .updateTable('password_resets')
      .set({ used_at: now.toISOString() })
      .where('user_id', '=', user.id)
      .where('used_at', 'is', null)
      .execute();
    await sessionStore(trx).destroyAllFor(user.id);
    await appendAudit(trx, {
      actorId: user.id,
      actorLabel: user.email,
      ip: input.ip,
      action: 'auth.password_reset',
      entityType: 'user',
      entityId: user.id,
      at: now,
    });
  });
  return { ok: true };
}

/** The secret a person enrols in their authenticator app: the pending one, or a new one kept for them. */
export async function twoFactorSecretFor(services: AppServices, user: UserRow): Promise<string> {
  if (user.totp_secret) return user.totp_secret;
  const secret = newTotpSecret();
  await usersRepository(services.db).update(user.id, { totp_secret: secret });
  return secret;
}

export type EnrolOutcome =
  | { kind: 'done' }
  | { kind: 'badCode'; user: UserRow & { totp_secret: string } }
  | { kind: 'enrolled'; recoveryCodes: string[] };

/**
 * Confirms the second factor with a code from the app: turns it on, gives the person recovery
 * codes (shown once), and marks this session as past the second factor — with the audit entry,
 * in one transaction.
 */
export async function confirmTwoFactor(
  services: AppServices,
  input: { userId: number; code: string; sessionToken: string; ip: string },
): Promise<EnrolOutcome> {
  const user = await usersRepository(services.db).findById(input.userId);
  if (!user?.totp_secret || user.totp_enabled === 1) return { kind: 'done' };
  const at = services.clock();
  const check = verifyTotp(user.totp_secret, input.code, user.totp_last_step, at);
  if (!check.ok) return { kind: 'badCode', user: { ...user, totp_secret: user.totp_secret } };
  const recovery = newRecoveryCodes();
  await enableTwoFactor(services.db, {
    user,
    step: check.step,
    recoveryHashes: recovery.hashes,
    sessionToken: input.sessionToken,
    keepSession: sessionIdHash(input.sessionToken),
    actor: { actorId: user.id, actorLabel: user.email, ip: input.ip, siteId: null },
    at,
  });
  return { kind: 'enrolled', recoveryCodes: recovery.codes };
}

/** Signs a person out: this session (`sessionToken`) or, with `isEverywhere`, all of theirs. */
export async function signOut(
  services: AppServices,
  input: { user: UserRow; sessionToken?: string | undefined; isEverywhere?: boolean; ip: string },
): Promise<void> {
  await atomically(services.db, async (trx) => {
    const sessions = sessionStore(trx);
    const audit = {
      actorId: input.user.id,
      actorLabel: input.user.email,
      ip: input.ip,
      entityType: 'user',
      entityId: input.user.id,
      at: services.clock(),
    };
    if (input.isEverywhere) {
      const count = await sessions.destroyAllFor(input.user.id);
      await appendAudit(trx, { ...audit, action: 'auth.logout_everywhere', after: { sessions: count } });
      return;
    }
    if (input.sessionToken) await sessions.destroy(input.sessionToken);
    await appendAudit(trx, { ...audit, action: 'auth.logout' });
  });
}
