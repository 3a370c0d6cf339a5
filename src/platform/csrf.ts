import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
// Type-only import: brings @fastify/cookie's request/reply augmentations (cookies, setCookie).
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { AppError } from './errors.ts';
import { cookieName, cookieSecurity } from './security.ts';
import type { AppServices } from './services.ts';

declare module 'fastify' {
  interface FastifyReply {
    /** A CSRF token for this response's forms, bound to the session (or, signed out, to a cookie). */
    generateCsrf(): string;
  }
  interface FastifyInstance {
    /** Refuses (CSRF_INVALID) a request whose token is missing or belongs to another session. */
    csrfProtection(request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void;
  }
}

/** The cookie that carries a signed-out visitor's CSRF secret (login and password-reset forms). */
export const CSRF_COOKIE = 'dinh_csrf';

/**
 * What a token is bound to: the signed-in session (its id hash) or, for the anonymous forms, a
 * random secret in a cookie. A token made for one session is refused in every other one, even
 * with a CSRF cookie carried over: nothing but the server's key and the session make it.
 */
function bindingOf(request: FastifyRequest, services: AppServices): string | undefined {
  const session = request.auth?.via === 'session' ? request.auth.session : undefined;
  if (session) return `session:${session.id_hash}`;
  const secret = request.cookies[cookieName(request, services, CSRF_COOKIE)];
  return secret && /^[A-Za-z0-9_-]{20,64}$/.test(secret) ? `anonymous:${secret}` : undefined;
}

function tokenOf(request: FastifyRequest): string | undefined {
  const fromBody = (request.body as Record<string, unknown> | undefined)?._csrf;
  const fromHeader = request.headers['x-csrf-token'];
  const token = typeof fromBody === 'string' ? fromBody : typeof fromHeader === 'string' ? fromHeader : '';
  return token.length > 0 && token.length <= 200 ? token : undefined;
}

/**
 * Installs session-bound CSRF tokens: `salt.HMAC(key, salt | binding)` with a key derived from
 * the session secret. The salt changes every response (a compressed page never repeats the same
 * token bytes); signed-in requests need no CSRF cookie at all.
 */
export function registerCsrf(app: FastifyInstance, services: AppServices): void {
  const key = createHmac('sha256', services.secrets.sessionSecret).update('dinh csrf v2').digest();
  const mac = (salt: string, binding: string) =>
    createHmac('sha256', key).update(`${salt}|${binding}`).digest('base64url');

  app.decorateReply('generateCsrf', function generateCsrf(this: FastifyReply): string {
    const request = this.request;
    let binding = bindingOf(request, services);
    if (!binding) {
      const secret = randomBytes(24).toString('base64url');
      // The same request may draw several forms: they share the new secret.
      request.cookies[cookieName(request, services, CSRF_COOKIE)] = secret;
      this.setCookie(cookieName(request, services, CSRF_COOKIE), secret, {
        ...cookieSecurity(request, services),
        httpOnly: true,
        sameSite: 'lax',
      });
      binding = `anonymous:${secret}`;
    }
    const salt = randomBytes(9).toString('base64url');
    return `${salt}.${mac(salt, binding)}`;
  });

  app.decorate(
    'csrfProtection',
    (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction): void => {
      const binding = bindingOf(request, services);
      const [salt, given] = tokenOf(request)?.split('.') ?? [];
      const wanted = binding && salt ? Buffer.from(mac(salt, binding)) : undefined;
      const actual = Buffer.from(given ?? '');
      const isValid =
        wanted !== undefined && actual.length === wanted.length && timingSafeEqual(actual, wanted);
      done(isValid ? undefined : new AppError('CSRF_INVALID'));
    },
  );
}
