import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formatUntil } from '../../i18n/dates.ts';
import type { PasswordProblem } from '../../platform/passwords.ts';
import { cookieName, cookieSecurity } from '../../platform/security.ts';
import type { AppServices } from '../../platform/services.ts';
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE } from '../../platform/sessions.ts';
import { siteOrigin } from '../../platform/sites/site.ts';
import { adminContext } from '../../web/admin/admin-context.ts';
import { AdminLayout, Notice } from '../../web/admin/admin-layout.tsx';
import { renderDocument } from '../../web/render.ts';
import { secondFactorPending } from './access.ts';
import {
  confirmTwoFactor,
  login,
  requestPasswordReset,
  resetPassword,
  resetTokenUser,
  signOut,
  twoFactorSecretFor,
  verifySecondFactor,
} from './auth.service.ts';
import { CodePage, EnrolPage, ForgotPage, LoginPage, ResetPage } from './auth.views.tsx';

type Body = Record<string, unknown>;
const text = (body: unknown, key: string): string => {
  const value = (body as Body | undefined)?.[key];
  return typeof value === 'string' ? value.normalize('NFC').slice(0, 500) : '';
};

/**
 * Only same-site admin paths may be a post-login destination (no open redirects, nothing that
 * cannot go into a Location header): one leading `/`, printable ASCII only (no CR, LF, TAB, NUL,
 * space or other control characters: the browser sends a path percent-encoded), no `//` and no
 * backslash anywhere (browsers read `/\` as `//`), no scheme. Anything else is /admin.
 */
export function safeNext(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/admin';
  const isAdminPath = /^\/admin(\/|\?|$)/.test(value);
  const isPlainAscii = /^[\x21-\x7e]*$/.test(value);
  const isHostile = value.includes('//') || value.includes('\\') || /^[a-z][a-z0-9+.-]*:/i.test(value);
  return isAdminPath && isPlainAscii && !isHostile ? value : '/admin';
}

function send(reply: FastifyReply, html: string, status = 200) {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'private, no-store')
    .send(html);
}

/** The session cookie: `__Host-dinh_session` over HTTPS (Secure, Path=/, no Domain), signed. */
function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  services: AppServices,
  token: string,
) {
  reply.setCookie(cookieName(request, services, SESSION_COOKIE), token, {
    ...cookieSecurity(request, services),
    httpOnly: true,
    sameSite: 'lax',
    signed: true,
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

function clearSessionCookie(request: FastifyRequest, reply: FastifyReply, services: AppServices) {
  reply.clearCookie(cookieName(request, services, SESSION_COOKIE), cookieSecurity(request, services));
}

export async function authRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const anonymous = { config: { access: 'anonymous' as const } };
  const twoFactor = { config: { access: 'two-factor' as const } };
  const limited = {
    config: { access: 'anonymous' as const, rateLimit: { max: 30, timeWindow: '1 minute' } },
  };
  const origin = (request: FastifyRequest) => ({
    ip: request.ip,
    userAgent: String(request.headers['user-agent'] ?? ''),
  });

  app.get('/admin/login', anonymous, async (request, reply) => {
    const next = safeNext((request.query as Body).next);
    if (request.auth && !secondFactorPending(request.auth)) return reply.redirect(next, 303);
    return send(
      reply,
      renderDocument(<LoginPage ctx={adminContext(request, reply, services)} next={next} />),
    );
  });

  app.post('/admin/login', limited, async (request, reply) => {
    const next = safeNext((request.query as Body).next);
    const ctx = adminContext(request, reply, services);
    const email = text(request.body, 'email').trim();
    const password = text(request.body, 'password');
    const fieldErrors = {
      ...(email ? {} : { email: ctx.t.auth.emailRequired }),
      ...(password ? {} : { password: ctx.t.auth.passwordRequired }),
    };
    if (!email || !password) {
      return send(
        reply,
        renderDocument(
          <LoginPage
            ctx={ctx}
            email={email}
            next={next}
            error={ctx.t.admin.formErrors}
            fieldErrors={fieldErrors}
          />,
        ),
        400,
      );
    }
    const outcome = await login(services, { email, password, ...origin(request) });
    if (outcome.kind !== 'ok') {
      const error =
        outcome.kind === 'locked'
          ? ctx.t.auth.locked(formatUntil(new Date(outcome.until), ctx.lang))
          : outcome.kind === 'inactive'
            ? ctx.t.auth.inactive
            : ctx.t.auth.badCredentials;
      return send(
        reply,
        renderDocument(<LoginPage ctx={ctx} email={email} next={next} error={error} />),
        outcome.kind === 'locked' ? 429 : 401,
      );
    }
    setSessionCookie(request, reply, services, outcome.token);
    if (outcome.secondFactor === 'verify')
      return reply.redirect(`/admin/login/2fa?next=${encodeURIComponent(next)}`, 303);
    if (outcome.secondFactor === 'enrol') return reply.redirect('/admin/account/2fa', 303);
    return reply.redirect(next, 303);
  });

  app.get('/admin/login/2fa', twoFactor, async (request, reply) => {
    return send(reply, renderDocument(<CodePage ctx={adminContext(request, reply, services)} />));
  });

  app.post(
    '/admin/login/2fa',
    { config: { access: 'two-factor', rateLimit: { max: 30, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const auth = request.auth!;
      const ctx = adminContext(request, reply, services);
      const result = await verifySecondFactor(services, {
        user: auth.user,
        sessionToken: auth.sessionToken ?? '',
        code: text(request.body, 'code'),
        ...origin(request),
      });
      if (result.kind !== 'ok') {
        const error =
          result.kind === 'locked'
            ? ctx.t.auth.locked(formatUntil(new Date(result.until), ctx.lang))
            : ctx.t.auth.badCode;
        return send(
          reply,
          renderDocument(<CodePage ctx={ctx} error={error} />),
          result.kind === 'locked' ? 429 : 401,
        );
      }
      return reply.redirect(safeNext((request.query as Body).next), 303);
    },
  );

  app.get('/admin/account/2fa', twoFactor, async (request, reply) => {
    const auth = request.auth!;
    const ctx = adminContext(request, reply, services);
    if (auth.user.totp_enabled === 1 && auth.user.totp_secret) return reply.redirect('/admin', 303);
    const secret = await twoFactorSecretFor(services, auth.user);
    return send(reply, renderDocument(await EnrolPage({ ctx, secret, email: auth.user.email })));
  });

  app.post('/admin/account/2fa', twoFactor, async (request, reply) => {
    const auth = request.auth!;
    const ctx = adminContext(request, reply, services);
    const outcome = await confirmTwoFactor(services, {
      userId: auth.user.id,
      code: text(request.body, 'code'),
      sessionToken: auth.sessionToken ?? '',
      ip: request.ip,
    });
    if (outcome.kind === 'done') return reply.redirect('/admin', 303);
    if (outcome.kind === 'badCode') {
      const { totp_secret: secret, email } = outcome.user;
      return send(
        reply,
        renderDocument(await EnrolPage({ ctx, secret, email, error: ctx.t.auth.badCode })),
        400,
      );
    }
    return send(
      reply,
      renderDocument(
        <AdminLayout ctx={ctx} title={ctx.t.auth.enrolTitle} bare>
          <h1>{ctx.t.auth.enrolTitle}</h1>
          <Notice kind="success">{ctx.t.auth.enrolled}</Notice>
          <ul class="recovery-codes">
            {outcome.recoveryCodes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ul>
          <p>
            <a class="button button-primary" href="/admin">
              {ctx.t.auth.continue}
            </a>
          </p>
        </AdminLayout>,
      ),
    );
  });

  app.post('/admin/logout', twoFactor, async (request, reply) => {
    const auth = request.auth!;
    await signOut(services, { user: auth.user, sessionToken: auth.sessionToken, ip: request.ip });
    clearSessionCookie(request, reply, services);
    return reply.redirect('/admin/login', 303);
  });

  app.post('/admin/account/sessions/revoke', { config: { access: 'user' } }, async (request, reply) => {
    const auth = request.auth!;
    await signOut(services, { user: auth.user, isEverywhere: true, ip: request.ip });
    clearSessionCookie(request, reply, services);
    return reply.redirect('/admin/login', 303);
  });

  app.get('/admin/password/forgot', anonymous, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    return send(reply, renderDocument(<ForgotPage ctx={ctx} />));
  });

  app.post(
    '/admin/password/forgot',
    { config: { access: 'anonymous', rateLimit: { max: 5, timeWindow: '15 minutes' } } },
    async (request, reply) => {
      const ctx = adminContext(request, reply, services);
      const email = text(request.body, 'email').trim();
      if (!email)
        return send(reply, renderDocument(<ForgotPage ctx={ctx} error={ctx.t.auth.emailRequired} />), 400);
      const site = request.site!;
      await requestPasswordReset(services, {
        email,
        origin: siteOrigin(services, site),
        ip: request.ip,
        mail: (name, link) => ({
          subject: ctx.t.auth.resetMailSubject,
          text: ctx.t.auth.resetMailBody(name, link),
        }),
      });
      return send(reply, renderDocument(<ForgotPage ctx={ctx} sent />));
    },
  );

  app.get('/admin/password/reset', anonymous, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const token = text(request.query, 'token');
    const user = await resetTokenUser(services, token);
    return send(
      reply,
      renderDocument(<ResetPage ctx={ctx} token={token} invalid={!user} />),
      user ? 200 : 400,
    );
  });

  app.post('/admin/password/reset', limited, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const token = text(request.body, 'token');
    const result = await resetPassword(services, {
      token,
      password: text(request.body, 'password'),
      ip: request.ip,
    });
    if (!result.ok) {
      const invalid = result.problems.includes('invalid');
      const messages = result.problems
        .filter((p): p is PasswordProblem => p !== 'invalid')
        .map((problem) => ctx.t.auth[problem]);
      return send(
        reply,
        renderDocument(<ResetPage ctx={ctx} token={token} invalid={invalid} errors={messages} />),
        400,
      );
    }
    return send(
      reply,
      renderDocument(
        <AdminLayout ctx={ctx} title={ctx.t.auth.resetTitle} bare>
          <h1>{ctx.t.auth.resetTitle}</h1>
          <Notice kind="success">{ctx.t.auth.resetDone}</Notice>
          <p>
            <a class="button button-primary" href="/admin/login">
              {ctx.t.auth.submit}
            </a>
          </p>
        </AdminLayout>,
      ),
    );
  });
}
