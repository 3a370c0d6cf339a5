import type { FastifyInstance } from 'fastify';
import { sendError } from '../error-handler.ts';
import type { AppServices } from '../services.ts';

/**
 * Paths that answer whatever the Host header says: monitors and load balancers probe them by
 * IP address, and they carry no links. Everything else needs a configured site (ADR 0016).
 */
const ANY_HOST_PATHS = new Set(['/healthz', '/metrics']);

/** Does this request URL answer for a Host that names no site? */
export function servesAnyHost(url: string): boolean {
  return ANY_HOST_PATHS.has(url.split('?')[0] ?? url);
}

/**
 * Answers a request whose Host (or trusted X-Forwarded-Host) names no site with UNKNOWN_HOST: a
 * plain localised 404, `no-store`, nothing of any site. Registered after the security headers so
 * the page carries them, and before the page cache so no cached page answers it.
 */
export function registerHostCheck(app: FastifyInstance, services: AppServices): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.site || servesAnyHost(request.url)) return;
    request.log.info({ host: request.host }, 'unknown host');
    return sendError(request, reply, services, 'UNKNOWN_HOST');
  });
}
