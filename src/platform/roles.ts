import type { MembershipRow, Role, SessionRow, UserRow } from '../db/schema.ts';
import type { AppServices } from './services.ts';

/** Roles from most to least powerful. */
export const roles: readonly Role[] = ['admin', 'chief_editor', 'editor', 'contributor'];

/** Roles that can publish or administer must sign in with a second factor. */
export function roleRequiresTwoFactor(role: Role): boolean {
  return role === 'admin' || role === 'chief_editor';
}

/** Is the string a role name? */
export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** A user's role on one site, with the categories it is limited to (empty: all). */
export interface SiteRole {
  siteId: number;
  role: Role;
  categoryIds: number[];
}

/** Parses membership rows. */
export function siteRoles(rows: MembershipRow[]): SiteRole[] {
  return rows.map((row) => {
    let categoryIds: number[] = [];
    try {
      const parsed: unknown = JSON.parse(row.category_ids);
      if (Array.isArray(parsed))
        categoryIds = parsed.filter((value): value is number => Number.isInteger(value));
    } catch {
      categoryIds = [];
    }
    return { siteId: row.site_id, role: row.role, categoryIds };
  });
}

/** Does any of the user's roles require a second factor? */
export function needsTwoFactor(roleList: SiteRole[]): boolean {
  return roleList.some((entry) => roleRequiresTwoFactor(entry.role));
}

/** The role a user has on a site (its own membership, or administrator of its parent site). */
export function roleOn(services: AppServices, roles: SiteRole[], siteId: number): SiteRole | undefined {
  const direct = roles.find((entry) => entry.siteId === siteId);
  if (direct) return direct;
  const parentId = services.sites.byId(siteId)?.parentId;
  const parentAdmin = parentId
    ? roles.find((entry) => entry.siteId === parentId && entry.role === 'admin')
    : undefined;
  return parentAdmin ? { siteId, role: 'admin', categoryIds: [] } : undefined;
}

/** Who is calling: the signed-in user (or API token) and their roles; set on request.auth by the access hook. */
export interface AuthContext {
  user: UserRow;
  roles: SiteRole[];
  /** Session-based (cookie) or token-based (API). */
  via: 'session' | 'token';
  session?: SessionRow;
  sessionToken?: string;
  token?: { id: number; siteId: number; scopes: string[] };
}

/**
 * Who may call a route, declared in its config and enforced by one hook:
 * - 'public': anyone;
 * - 'anonymous': login and password-reset forms (anyone; CSRF still checked on writes);
 * - 'two-factor': a signed-in user who still has to pass or enrol the second factor;
 * - 'user': any signed-in staff member who passed 2FA where required;
 * - { roles, scope }: one of the roles on the request's site (API tokens need the scope).
 * Routes under /admin or /api/v1 without a declaration count as 'user' (deny by default).
 */
export type Access = 'public' | 'anonymous' | 'two-factor' | 'user' | { roles: Role[]; scope?: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    auth: AuthContext | undefined;
  }
}

/** Paths that need a signed-in caller unless a route declares otherwise. */
export const PROTECTED_PATH = /^\/(admin|api\/v1)(\/|$)/;

/** The access a route declares, with the deny-by-default rule for admin and API paths. */
export function routeAccess(url: string, declared: Access | undefined): Access {
  if (declared) return declared;
  return PROTECTED_PATH.test(url) ? 'user' : 'public';
}

/** The person acting: their user id and role on the site. */
export interface Actor {
  userId: number;
  role: SiteRole | undefined;
}

/** Who is acting, for permission checks and the audit log ('system' for the scheduler). */
export interface ActorInfo extends Actor {
  /** E-mail or "system", as the audit log shows it. */
  label: string;
  /** Display name, as notifications show it. */
  name?: string;
  ip: string;
}
