import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppServices } from './services.ts';

/**
 * Whether the browser talks to the portal over HTTPS: the request came that way (directly, or
 * through a proxy trusted by TRUST_PROXY), or PUBLIC_URL says the public address is https.
 */
export function isHttps(request: FastifyRequest, services: Pick<AppServices, 'config'>): boolean {
  return request.protocol === 'https' || services.config.PUBLIC_URL?.startsWith('https://') === true;
}

/**
 * The name of one of our cookies for this request: over HTTPS with the `__Host-` prefix, which
 * browsers accept only when Secure, on Path=/ and without Domain, so a neighbouring subdomain
 * cannot plant or overwrite it; on plain http://localhost the plain name (browsers drop Secure
 * cookies there). A cookie under the other name is ignored.
 */
export function cookieName(
  request: FastifyRequest,
  services: Pick<AppServices, 'config'>,
  base: string,
): string {
  return isHttps(request, services) ? `__Host-${base}` : base;
}

/** The attributes that go with `cookieName`: Path=/, never a Domain, Secure over HTTPS. */
export function cookieSecurity(
  request: FastifyRequest,
  services: Pick<AppServices, 'config'>,
): { path: '/'; secure: boolean } {
  return { path: '/', secure: isHttps(request, services) };
}

const framablePdfPaths: RegExp[] = [];

/**
 * Lets the portal's pages frame the PDFs served at addresses matching `pattern` (a module's own
 * file address for the browser's viewer, such as a legal document's `/van-ban/{slug}/tep/{id}?xem=1`).
 */
export function registerFramablePdfPath(pattern: RegExp): void {
  if (!framablePdfPaths.some((known) => known.source === pattern.source)) framablePdfPaths.push(pattern);
}

/** A PDF from the media library, or from a registered viewer address, which the portal's pages show inline. */
export function isFramablePdf(url: string, contentType: unknown): boolean {
  if (!String(contentType ?? '').startsWith('application/pdf')) return false;
  return url.startsWith('/media/documents/') || framablePdfPaths.some((pattern) => pattern.test(url));
}

/**
 * Security headers on every response: a strict CSP with per-response nonces, nosniff, a strict
 * referrer policy, framing denied, and HSTS whenever the request arrived over HTTPS.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // HSTS only makes sense over HTTPS; added below when the request came that way.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.protocol === 'https') {
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    }
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
    if (isFramablePdf(request.url, reply.getHeader('content-type'))) {
      // A stored PDF is shown in the portal's own pages (the browser's viewer in an iframe): it
      // may be framed by this origin only, and as a document it may load nothing at all.
      reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'self'");
    }
    return payload;
  });
}
