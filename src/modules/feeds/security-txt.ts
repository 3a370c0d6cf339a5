import type { FastifyInstance } from 'fastify';
import { AppError } from '../../platform/errors.ts';
import type { AppServices } from '../../platform/services.ts';
import { type Site, siteOrigin } from '../../platform/sites/site.ts';

/** Expires: a calendar year ahead less a day (RFC 9116 asks for under a year), renewed on every request. */
function expiresAfter(now: Date): string {
  const expires = new Date(now.getTime());
  expires.setUTCFullYear(expires.getUTCFullYear() + 1);
  expires.setUTCDate(expires.getUTCDate() - 1);
  return expires.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Readers and crawlers may keep it a day; Expires stays almost a year ahead anyway. */
const CACHE_CONTROL = 'public, max-age=86400';

/** An e-mail address as a mailto: URI; a mailto: or https: URI as it is. */
function contactUri(value: string): string {
  return /^(?:mailto:|https:\/\/)/i.test(value) ? value : `mailto:${value}`;
}

/** The Contact lines in order of preference: the operator's SECURITY_CONTACT, then the site's e-mail. */
export function securityContacts(securityContact: string | undefined, site: Site): string[] {
  const contacts = [securityContact, site.email.trim() || undefined]
    .filter((value): value is string => Boolean(value))
    .map(contactUri);
  return [...new Set(contacts)];
}

/** The body of /.well-known/security.txt (RFC 9116) for a site, or undefined with no contact. */
export function securityTxt(input: { contacts: string[]; origin: string; now: Date }): string | undefined {
  if (input.contacts.length === 0) return undefined;
  return [
    ...input.contacts.map((contact) => `Contact: ${contact}`),
    `Expires: ${expiresAfter(input.now)}`,
    'Preferred-Languages: vi, en',
    `Canonical: ${input.origin}/.well-known/security.txt`,
    '',
  ].join('\n');
}

/**
 * GET /.well-known/security.txt: where to report a vulnerability in this site (RFC 9116). Its
 * Canonical line names the site's configured origin, never the request's Host (ADR 0016); a
 * site with no contact configured answers 404 rather than a file without the required Contact.
 */
export function securityTxtRoutes(app: FastifyInstance, services: AppServices): void {
  app.get('/.well-known/security.txt', async (request, reply) => {
    const site = request.site;
    if (!site) throw new AppError('NOT_FOUND');
    const body = securityTxt({
      contacts: securityContacts(services.config.SECURITY_CONTACT, site),
      origin: siteOrigin(services, site),
      now: services.clock(),
    });
    if (!body) throw new AppError('NOT_FOUND');
    reply.header('cache-control', CACHE_CONTROL);
    return reply.type('text/plain; charset=utf-8').send(body);
  });
}
