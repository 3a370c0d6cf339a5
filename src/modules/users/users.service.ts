import type { Kysely } from 'kysely';
import type { DB, LanguageCode, Role, UserRow } from '../../db/schema.ts';
import { atomically } from '../../db/transaction.ts';
import {
  hashPassword,
  type PasswordProblem,
  passwordProblems,
  verifyPassword,
} from '../../platform/passwords.ts';
import { roleRequiresTwoFactor } from '../../platform/roles.ts';
import { sessionStore } from '../../platform/sessions.ts';
import { newTotpSecret, totpUri } from '../../platform/totp.ts';
import { appendAudit } from '../audit/audit.ts';
import { usersRepository } from './users.repository.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type CreateUserProblem =
  | 'emailInvalid'
  | 'emailTaken'
  | 'nameMissing'
  | 'siteUnknown'
  | PasswordProblem;

export class CreateUserError extends Error {
  constructor(readonly problems: CreateUserProblem[]) {
    super(`Cannot create the account: ${problems.join(', ')}`);
    this.name = 'CreateUserError';
  }
}

export interface CreateUserInput {
  email: string;
  name: string;
  password: string;
  role: Role;
  siteId: number;
  categoryIds?: number[];
  actorLabel: string;
  actorId?: number | null;
  ip?: string;
  now: Date;
  /**
   * 'now' (default, for the CLI): roles that require 2FA get an enabled TOTP secret whose URI
   * is returned. 'first-login' (web admin): no secret; the person enrols when first signing in.
   */
  twoFactor?: 'now' | 'first-login';
}

export interface CreatedUser {
  id: number;
  /** For roles that require 2FA: the secret was generated and must be enrolled. */
  otpauthUri?: string;
}

/**
 * Creates an account with a role on a site. Roles that publish or administer get a TOTP
 * secret at once (enabled), whose otpauth:// URI the caller shows exactly once — unless
 * `twoFactor: 'first-login'`, where the person enrols at their first sign-in instead.
 */
export async function createUser(db: Kysely<DB>, input: CreateUserInput): Promise<CreatedUser> {
  const email = input.email.trim().toLowerCase().normalize('NFC');
  const name = input.name.trim().normalize('NFC');
  const problems: CreateUserProblem[] = [];
  if (!EMAIL.test(email) || email.length > 254) problems.push('emailInvalid');
  if (!name) problems.push('nameMissing');
  problems.push(...passwordProblems(input.password, email));
  const site = await db.selectFrom('sites').select('id').where('id', '=', input.siteId).executeTakeFirst();
  if (!site) problems.push('siteUnknown');
  if (await usersRepository(db).findByEmail(email)) problems.push('emailTaken');
  if (problems.length > 0) throw new CreateUserError(problems);

  const stamp = input.now.toISOString();
  const twoFactor = roleRequiresTwoFactor(input.role) && input.twoFactor !== 'first-login';
  const secret = twoFactor ? newTotpSecret() : null;
  const passwordHash = await hashPassword(input.password);
  // The account, its role and its audit entry commit together (slow hashing stays outside).
  const id = await atomically(db, async (trx) => {
    const { id } = await trx
      .insertInto('users')
      .values({
        email,
        display_name: name,
        password_hash: passwordHash,
        totp_secret: secret,
        totp_enabled: twoFactor ? 1 : 0,
        password_changed_at: stamp,
        created_at: stamp,
        updated_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await usersRepository(trx).setMembership(id, input.siteId, input.role, input.categoryIds ?? []);
    await appendAudit(trx, {
      siteId: input.siteId,
      actorId: input.actorId ?? null,
      actorLabel: input.actorLabel,
      ip: input.ip ?? '',
      action: 'user.create',
      entityType: 'user',
      entityId: id,
      after: { email, name, role: input.role, siteId: input.siteId, categoryIds: input.categoryIds ?? [] },
      at: input.now,
    });
    return id;
  });
  return secret ? { id, otpauthUri: totpUri(secret, email, 'Đình') } : { id };
}

/** Who acts, as the audit log records it. */
export interface AccountActor {
  actorId: number | null;
  actorLabel: string;
  ip: string;
  siteId: number | null;
}

/** A person changes their own display name and interface language (one transaction with its audit entry). */
export async function updateOwnProfile(
  db: Kysely<DB>,
  input: { user: UserRow; displayName: string; locale: LanguageCode; actor: AccountActor; at: Date },
): Promise<void> {
  const { user, displayName, locale } = input;
  await atomically(db, async (trx) => {
    await usersRepository(trx).update(user.id, {
      display_name: displayName,
      locale,
      updated_at: input.at.toISOString(),
    });
    await appendAudit(trx, {
      ...input.actor,
      action: 'user.profile_update',
      entityType: 'user',
      entityId: user.id,
      before: { displayName: user.display_name, locale: user.locale },
      after: { displayName, locale },
      at: input.at,
    });
  });
}

/** Why a password change is refused, per field. */
export interface PasswordChangeProblems {
  current?: 'required' | 'wrong';
  next?: 'required' | PasswordProblem[];
  confirm?: 'mismatch';
}

/**
 * A person changes their own password: the current one must be right (a wrong one is audited),
 * the new one acceptable and confirmed. The new hash, the end of their other sessions and the
 * audit entry commit together; `keepSession` (the one in use) stays signed in.
 */
export async function changeOwnPassword(
  db: Kysely<DB>,
  input: {
    user: UserRow;
    current: string;
    next: string;
    confirm: string;
    keepSession?: string;
    actor: AccountActor;
    at: Date;
  },
): Promise<{ ok: true } | { ok: false; problems: PasswordChangeProblems }> {
  const { user } = input;
  const problems: PasswordChangeProblems = {};
  if (!input.current) problems.current = 'required';
  else if (!(await verifyPassword(user.password_hash, input.current))) problems.current = 'wrong';
  const weak = input.next ? passwordProblems(input.next, user.email) : [];
  if (!input.next) problems.next = 'required';
  else if (weak.length > 0) problems.next = weak;
  else if (input.next !== input.confirm) problems.confirm = 'mismatch';
  const audit = { ...input.actor, entityType: 'user', entityId: user.id, at: input.at };
  if (problems.current === 'wrong')
    await appendAudit(db, { ...audit, action: 'user.password_change_failed' });
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const passwordHash = await hashPassword(input.next);
  const stamp = input.at.toISOString();
  await atomically(db, async (trx) => {
    const users = usersRepository(trx);
    await users.update(user.id, {
      password_hash: passwordHash,
      password_changed_at: stamp,
      updated_at: stamp,
    });
    // Other devices must sign in again with the new password.
    const ended = await endSessions(trx, { userId: user.id, keepSession: input.keepSession });
    await appendAudit(trx, { ...audit, action: 'user.password_change', after: { sessionsEnded: ended } });
  });
  return { ok: true };
}

/**
 * Ends a person's sessions inside the caller's transaction: all of them, or all but the one in
 * use (`keepSession`, a session id hash) when the person changes their own account. Every change
 * of roles, password, second factor or active state calls it, so an old session never keeps
 * privileges (or a missing second factor) that the account no longer has.
 */
export async function endSessions(
  trx: Kysely<DB>,
  input: { userId: number; keepSession?: string | undefined },
): Promise<number> {
  return sessionStore(trx).destroyAllFor(input.userId, input.keepSession);
}

/**
 * Gives a person a role (and category limits) on a site. When anything changed, their sessions
 * end (but the actor's own one in use), with the membership and the audit entry, in one transaction.
 */
export async function changeRole(
  db: Kysely<DB>,
  input: {
    userId: number;
    siteId: number;
    role: Role;
    categoryIds: number[];
    before: { role: Role; categoryIds: number[] };
    actor: AccountActor;
    keepSession?: string | undefined;
    at: Date;
  },
): Promise<void> {
  const { userId, siteId, role, categoryIds, before } = input;
  const isChanged = before.role !== role || before.categoryIds.join(',') !== categoryIds.join(',');
  await atomically(db, async (trx) => {
    await usersRepository(trx).setMembership(userId, siteId, role, categoryIds);
    const ended = isChanged
      ? await endSessions(trx, {
          userId,
          keepSession: userId === input.actor.actorId ? input.keepSession : undefined,
        })
      : 0;
    await appendAudit(trx, {
      ...input.actor,
      action: 'user.role_change',
      entityType: 'user',
      entityId: userId,
      before,
      after: { role, categoryIds, ...(ended ? { sessionsEnded: ended } : {}) },
      at: input.at,
    });
  });
}

/**
 * An operator sets someone's password (`dinh user password`): the new hash, the end of all their
 * sessions and the audit entry commit together. Returns what is wrong with a refused password.
 */
export async function setPassword(
  db: Kysely<DB>,
  input: { user: UserRow; password: string; actor: AccountActor; at: Date },
): Promise<PasswordProblem[]> {
  const { user } = input;
  const problems = passwordProblems(input.password, user.email);
  if (problems.length > 0) return problems;
  const passwordHash = await hashPassword(input.password);
  const stamp = input.at.toISOString();
  await atomically(db, async (trx) => {
    await usersRepository(trx).update(user.id, {
      password_hash: passwordHash,
      password_changed_at: stamp,
      updated_at: stamp,
    });
    const ended = await endSessions(trx, { userId: user.id });
    await appendAudit(trx, {
      ...input.actor,
      action: 'user.password_set',
      entityType: 'user',
      entityId: user.id,
      after: { sessionsEnded: ended },
      at: input.at,
    });
  });
  return [];
}

/**
 * A person turns on their second factor (confirmed with a code at `step`): the flag, the recovery
 * codes, this session marked as past the second factor, the end of their other sessions and the
 * audit entry commit together.
 */
export async function enableTwoFactor(
  db: Kysely<DB>,
  input: {
    user: UserRow;
    step: number;
    recoveryHashes: string[];
    sessionToken: string;
    keepSession?: string | undefined;
    actor: AccountActor;
    at: Date;
  },
): Promise<void> {
  const { user } = input;
  await atomically(db, async (trx) => {
    await usersRepository(trx).update(user.id, {
      totp_enabled: 1,
      totp_last_step: input.step,
      recovery_codes: JSON.stringify(input.recoveryHashes),
      updated_at: input.at.toISOString(),
    });
    await sessionStore(trx).markTwoFactorOk(input.sessionToken);
    const ended = await endSessions(trx, { userId: user.id, keepSession: input.keepSession });
    await appendAudit(trx, {
      ...input.actor,
      action: 'auth.two_factor_enabled',
      entityType: 'user',
      entityId: user.id,
      ...(ended ? { after: { sessionsEnded: ended } } : {}),
      at: input.at,
    });
  });
}

export type AccountStateChange = 'deactivate' | 'reactivate' | 'reset-2fa';

/**
 * An administrator locks, unlocks, or resets the second factor of someone else's account; locking
 * and resetting end all its sessions, with the change and its audit entry, in one transaction.
 */
export async function changeAccountState(
  db: Kysely<DB>,
  input: { target: UserRow; change: AccountStateChange; actor: AccountActor; at: Date },
): Promise<void> {
  const { target } = input;
  const stamp = input.at.toISOString();
  const isReset = input.change === 'reset-2fa';
  const isActive = input.change === 'reactivate' ? 1 : 0;
  await atomically(db, async (trx) => {
    await usersRepository(trx).update(
      target.id,
      isReset
        ? { totp_secret: null, totp_enabled: 0, totp_last_step: 0, recovery_codes: '[]', updated_at: stamp }
        : { is_active: isActive, updated_at: stamp },
    );
    const ended = input.change === 'reactivate' ? 0 : await endSessions(trx, { userId: target.id });
    const after = isReset ? { totpEnabled: false } : { active: isActive === 1 };
    await appendAudit(trx, {
      ...input.actor,
      action: isReset ? 'user.two_factor_reset' : `user.${input.change}`,
      entityType: 'user',
      entityId: target.id,
      before: isReset ? { totpEnabled: target.totp_enabled === 1 } : { active: target.is_active === 1 },
      after: { ...after, ...(ended ? { sessionsEnded: ended } : {}) },
      at: input.at,
    });
  });
}
