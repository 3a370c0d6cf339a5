import type { Kysely } from 'kysely';
import type { DB, Role } from '../../db/schema.ts';
import { hashPassword, type PasswordProblem, passwordProblems } from '../../platform/passwords.ts';
import { roleRequiresTwoFactor } from '../../platform/roles.ts';
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
  const { id } = await db
    .insertInto('users')
    .values({
      email,
      display_name: name,
      password_hash: await hashPassword(input.password),
      totp_secret: secret,
      totp_enabled: twoFactor ? 1 : 0,
      password_changed_at: stamp,
      created_at: stamp,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await usersRepository(db).setMembership(id, input.siteId, input.role, input.categoryIds ?? []);
  await appendAudit(db, {
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
  return secret ? { id, otpauthUri: totpUri(secret, email, 'Đình') } : { id };
}
