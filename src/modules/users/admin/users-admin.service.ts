import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB, Role, UserRow } from '../../../db/schema.ts';
import type { Messages } from '../../../i18n/index.ts';
import { type AuthContext, isRole, roleOn, roles, siteRoles } from '../../../platform/roles.ts';
import type { AppServices } from '../../../platform/services.ts';
import { type FieldErrors, type FormReader, issuesToErrors } from '../../../web/admin/form-kit.tsx';
import { usersRepository } from '../users.repository.ts';
import {
  type AccountStateChange,
  CreateUserError,
  changeAccountState,
  changeRole,
  createUser,
} from '../users.service.ts';

/** A user with their role on the current site. */
export interface SiteUser {
  user: UserRow;
  role: Role;
  categoryIds: number[];
}

export interface Actor {
  actorId: number | null;
  actorLabel: string;
  ip: string;
}

/** The users with a role on a site, by name. */
export async function listSiteUsers(db: Kysely<DB>, siteId: number): Promise<SiteUser[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .selectAll('u')
    .select(['m.role', 'm.category_ids'])
    .where('m.site_id', '=', siteId)
    .orderBy('u.display_name')
    .orderBy('u.id')
    .execute();
  return rows.map(({ role, category_ids, ...user }) => ({
    user,
    role,
    categoryIds: siteRoles([{ user_id: user.id, site_id: siteId, role, category_ids }])[0]?.categoryIds ?? [],
  }));
}

export async function findSiteUser(
  db: Kysely<DB>,
  siteId: number,
  userId: number,
): Promise<SiteUser | undefined> {
  const user = await usersRepository(db).findById(userId);
  if (!user) return undefined;
  const membership = siteRoles(await usersRepository(db).memberships(userId)).find(
    (m) => m.siteId === siteId,
  );
  return membership ? { user, role: membership.role, categoryIds: membership.categoryIds } : undefined;
}

async function categoryIdsOf(
  db: Kysely<DB>,
  siteId: number,
  form: FormReader,
): Promise<number[] | undefined> {
  const chosen = [
    ...new Set(
      form
        .list('category_ids')
        .filter((v) => /^\d{1,9}$/.test(v))
        .map(Number),
    ),
  ];
  if (chosen.length === 0) return [];
  const rows = await db
    .selectFrom('categories')
    .select('id')
    .where('site_id', '=', siteId)
    .where('id', 'in', chosen)
    .execute();
  return rows.length === chosen.length ? chosen.sort((a, b) => a - b) : undefined;
}

export type UserFormValues = Record<string, string>;

/** Creates an account on the site; roles with 2FA enrol at their first login. */
export async function createSiteUser(
  services: AppServices,
  input: { siteId: number; form: FormReader; t: Messages; actor: Actor },
): Promise<
  { ok: true; id: number } | { ok: false; errors: FieldErrors; values: UserFormValues; categoryIds: number[] }
> {
  const { form, t } = input;
  const f = t.adminForms;
  const values: UserFormValues = {
    email: form.text('email', 300).trim(),
    name: form.text('name', 300),
    role: form.text('role', 40),
  };
  const password = form.text('password', 1000);
  const schema = z.object({
    email: z
      .string()
      .max(254, f.tooLong(254))
      .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, f.emailInvalid),
    name: z.string().trim().min(1, f.required).max(200, f.tooLong(200)),
    role: z.string().refine(isRole, f.choiceInvalid),
  });
  const parsed = schema.safeParse(values);
  const errors: FieldErrors = parsed.success ? {} : issuesToErrors(parsed.error);
  if (!password) errors.password = f.required;
  const categoryIds = await categoryIdsOf(services.db, input.siteId, form);
  if (!categoryIds) errors.category_ids = t.adminUsers.categoryUnknown;
  const keep = categoryIds ?? [];
  if (!parsed.success || Object.keys(errors).length > 0 || !categoryIds)
    return { ok: false, errors, values, categoryIds: keep };
  try {
    const created = await createUser(services.db, {
      email: parsed.data.email,
      name: parsed.data.name,
      password,
      role: parsed.data.role as Role,
      siteId: input.siteId,
      categoryIds,
      actorId: input.actor.actorId,
      actorLabel: input.actor.actorLabel,
      ip: input.actor.ip,
      now: services.clock(),
      twoFactor: 'first-login',
    });
    return { ok: true, id: created.id };
  } catch (error) {
    if (!(error instanceof CreateUserError)) throw error;
    for (const problem of error.problems) {
      if (problem === 'emailInvalid') errors.email ??= f.emailInvalid;
      else if (problem === 'emailTaken') errors.email ??= t.adminUsers.emailTaken;
      else if (problem === 'nameMissing') errors.name ??= f.required;
      else if (problem === 'siteUnknown') errors._form ??= t.admin.formErrors;
      else errors.password = [errors.password, t.auth[problem]].filter(Boolean).join(' ');
    }
    return { ok: false, errors, values, categoryIds: keep };
  }
}

async function activeAdmins(db: Kysely<DB>, siteId: number): Promise<number> {
  const row = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('m.site_id', '=', siteId)
    .where('m.role', '=', 'admin')
    .where('u.is_active', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Changes a member's role and category limits on the site. */
export async function updateRole(
  services: AppServices,
  input: {
    siteId: number;
    target: SiteUser;
    form: FormReader;
    t: Messages;
    actor: Actor;
    /** The actor's own session (id hash), kept when they change their own membership. */
    keepSession?: string | undefined;
  },
): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  const { t, target } = input;
  const role = input.form.text('role', 40);
  const errors: FieldErrors = {};
  if (!isRole(role)) errors.role = t.adminForms.choiceInvalid;
  const categoryIds = await categoryIdsOf(services.db, input.siteId, input.form);
  if (!categoryIds) errors.category_ids = t.adminUsers.categoryUnknown;
  if (target.user.id === input.actor.actorId && role !== target.role) errors.role = t.adminUsers.ownRole;
  else if (
    target.role === 'admin' &&
    role !== 'admin' &&
    (await activeAdmins(services.db, input.siteId)) <= 1
  )
    errors.role = t.adminUsers.lastAdmin;
  if (Object.keys(errors).length > 0 || !isRole(role) || !categoryIds) return { ok: false, errors };
  await changeRole(services.db, {
    userId: target.user.id,
    siteId: input.siteId,
    role,
    categoryIds,
    before: { role: target.role, categoryIds: target.categoryIds },
    actor: { ...input.actor, siteId: input.siteId },
    keepSession: input.keepSession,
    at: services.clock(),
  });
  return { ok: true };
}

/**
 * Whether the actor may lock or reset an account: not their own, and every site the account
 * works on is one the actor administers (an account is shared by all its sites).
 */
export async function mayManageAccount(
  services: AppServices,
  auth: AuthContext,
  target: UserRow,
): Promise<'ok' | 'self' | 'otherSites'> {
  if (auth.user.id === target.id) return 'self';
  const memberships = await usersRepository(services.db).memberships(target.id);
  const allAdministered = memberships.every(
    (membership) => roleOn(services, auth.roles, membership.site_id)?.role === 'admin',
  );
  return allAdministered ? 'ok' : 'otherSites';
}

export type AccountAction = AccountStateChange;

/** Locks, unlocks, or resets the second factor of an account; locking and resetting end its sessions. */
export async function accountAction(
  services: AppServices,
  input: { siteId: number; target: UserRow; action: AccountAction; actor: Actor },
): Promise<void> {
  await changeAccountState(services.db, {
    target: input.target,
    change: input.action,
    actor: { ...input.actor, siteId: input.siteId },
    at: services.clock(),
  });
}

export { roles };
