import type { FastifyReply, FastifyRequest } from 'fastify';
import { messages } from '../../i18n/index.ts';
import { AppError, type ErrorCode, errorCatalogue } from '../../platform/errors.ts';
import { type ActorInfo, roleOn } from '../../platform/roles.ts';
import type { AppServices } from '../../platform/services.ts';
import { type Site, siteOrigin } from '../../platform/sites/site.ts';

/** The site the Host header selects; a request for no site answers 404. */
export function siteOf(request: FastifyRequest): Site {
  if (!request.site) throw new AppError('NOT_FOUND');
  return request.site;
}

/** The absolute origin links in responses use: the site's configured address (ADR 0016). */
export function originOf(request: FastifyRequest, services: AppServices): string {
  return siteOrigin(services, siteOf(request));
}

/** How the audit log names the caller: the e-mail, and the token when one was used. */
export function actorLabel(request: FastifyRequest): string {
  const auth = request.auth;
  if (!auth) return 'anonymous';
  return auth.via === 'token' ? `${auth.user.email} (api-token:${auth.token?.id ?? '?'})` : auth.user.email;
}

/** The caller as the articles service sees it (the access hook guarantees `auth`). */
export function actorOf(request: FastifyRequest, services: AppServices): ActorInfo {
  const auth = request.auth;
  if (!auth) throw new AppError('UNAUTHORIZED');
  return {
    userId: auth.user.id,
    role: roleOn(services, auth.roles, siteOf(request).id),
    label: actorLabel(request),
    name: auth.user.display_name,
    ip: request.ip,
  };
}

/** The caller for appendAudit. */
export function auditActorOf(request: FastifyRequest) {
  return { actorId: request.auth?.user.id ?? null, actorLabel: actorLabel(request), ip: request.ip };
}

/** An error in the catalogue's JSON shape with a more specific message than the catalogue's. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  message?: string,
): FastifyReply {
  const entry = errorCatalogue[code];
  return reply
    .code(entry.status)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send({
      error: { code, message: message ?? messages(request.lang).errors[entry.body], requestId: request.id },
    });
}
