import { createHash } from 'node:crypto';
// Type-only import: brings the cookie plugin's request/reply augmentations.
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type {} from '../../platform/csrf.ts';
import { sendError } from '../../platform/error-handler.ts';
import {
  type AuthContext,
  needsTwoFactor,
  PROTECTED_PATH,
  roleOn,
  routeAccess,
  type SiteRole,
  siteRoles,
} from '../../platform/roles.ts';
import { cookieName } from '../../platform/security.ts';
import type { AppServices } from '../../platform/services.ts';
import { SESSION_COOKIE, sessionStore } from '../../platform/sessions.ts';
import { usersRepository } from '../users/users.repository.ts';

/** The person's own account: open to anyone signed in, with or without a role on the site. */
const OWN_ACCOUNT = /^\/admin\/(account|logout)(\/|\?|$)/;

function isApi(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}

function toLogin(request: FastifyRequest, reply: FastifyReply) {
  const next = encodeURIComponent(request.method === 'GET' ? request.url : '/admin');
  return reply.redirect(`/admin/login?next=${next}`, 303);
}

async function loadAuth(services: AppServices, request: FastifyRequest): Promise<AuthContext | undefined> {
  const users = usersRepository(services.db);
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ') && isApi(request)) {
    const tokenHash = createHash('sha256').update(header.slice(7).trim()).digest('hex');
    const token = await services.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    const now = services.clock();
    if (!token || token.revoked_at || (token.expires_at && Date.parse(token.expires_at) <= now.getTime()))
      return undefined;
    const user = token.created_by ? await users.findById(token.created_by) : undefined;
    if (user?.is_active !== 1) return undefined;
    let scopes: string[] = [];
    try {
      scopes = JSON.parse(token.scopes) as string[];
    } catch {
      scopes = [];
    }
    await services.db
      .updateTable('api_tokens')
      .set({ last_used_at: now.toISOString() })
      .where('id', '=', token.id)
      .execute();
    return {
      user,
      roles: siteRoles(await users.memberships(user.id)),
      via: 'token',
      token: { id: token.id, siteId: token.site_id, scopes },
    };
  }
  const cookie = request.cookies[cookieName(request, services, SESSION_COOKIE)];
  const unsigned = cookie ? request.unsignCookie(cookie) : undefined;
  if (!unsigned?.valid || !unsigned.value) return undefined;
  const session = await sessionStore(services.db).load(unsigned.value, services.clock());
  if (!session) return undefined;
  const user = await users.findById(session.user_id);
  if (user?.is_active !== 1) return undefined;
  return {
    user,
    roles: siteRoles(await users.memberships(user.id)),
    via: 'session',
    session,
    sessionToken: unsigned.value,
  };
}

/**
 * Whether a session still owes its second factor: the person has one, or one of their CURRENT
 * roles (read on every request) requires one, and this session has not passed it. A session
 * that needed none when it began (an editor) owes it as soon as a role that requires it is
 * given, whatever happened to the session in between.
 */
export function secondFactorPending(auth: AuthContext): boolean {
  return (
    auth.via === 'session' &&
    auth.session?.two_factor_ok !== 1 &&
    (auth.user.totp_enabled === 1 || needsTwoFactor(auth.roles))
  );
}

/** Answers a signed-in person who has no role on the request's site (src/modules/auth/no-access.tsx). */
export type NoRoleHandler = (
  request: FastifyRequest,
  reply: FastifyReply,
  services: AppServices,
  roles: SiteRole[],
) => FastifyReply;

/**
 * Installs authentication (session cookie or API token) and the access hook. The "no access" page
 * is passed in: it is drawn with the admin shell, which itself reads roles from here.
 */
export function registerAccessControl(
  app: FastifyInstance,
  services: AppServices,
  options: { noRole: NoRoleHandler },
): void {
  app.decorateRequest('auth', undefined);
  app.addHook('preHandler', async (request, reply) => {
    const access = routeAccess(request.url, request.routeOptions.config?.access);
    if (PROTECTED_PATH.test(request.url) || access !== 'public') {
      request.auth = await loadAuth(services, request);
      reply.header('cache-control', 'private, no-store');
    }
    if (access === 'public' || access === 'anonymous') return;

    const auth = request.auth;
    if (!auth)
      return isApi(request) ? sendError(request, reply, services, 'UNAUTHORIZED') : toLogin(request, reply);
    if (access === 'two-factor') return;
    if (secondFactorPending(auth)) {
      if (isApi(request)) return sendError(request, reply, services, 'UNAUTHORIZED');
      return reply.redirect(auth.user.totp_enabled === 1 ? '/admin/login/2fa' : '/admin/account/2fa', 303);
    }
    const siteId = request.site?.id;
    const role = siteId === undefined ? undefined : roleOn(services, auth.roles, siteId);
    // No role on this site: a page that says so, not an empty dashboard (the own account stays open).
    if (!role && !isApi(request) && !OWN_ACCOUNT.test(request.url))
      return options.noRole(request, reply, services, auth.roles);
    if (access === 'user') return;
    if (!role || !access.roles.includes(role.role)) return sendError(request, reply, services, 'FORBIDDEN');
    if (auth.via === 'token') {
      if (auth.token?.siteId !== siteId || (access.scope && !auth.token?.scopes.includes(access.scope))) {
        return sendError(request, reply, services, 'FORBIDDEN');
      }
    }
  });
  // Forms and session-authenticated API writes need a CSRF token; token-authenticated calls do
  // not. A failed check reaches the error handler as CSRF_INVALID.
  app.addHook('preHandler', (request, reply, done) => {
    const access = routeAccess(request.url, request.routeOptions.config?.access);
    const isWrite = !['GET', 'HEAD', 'OPTIONS'].includes(request.method);
    if (!isWrite || access === 'public' || request.auth?.via === 'token') return done();
    app.csrfProtection(request, reply, done);
  });
}
