import type { FastifyReply, FastifyRequest } from 'fastify';
import { messages } from '../i18n/index.ts';
import { mainMenu, siteStructure } from '../modules/navigation/navigation.ts';
import type { Site } from '../modules/sites/site.ts';
import type { AppServices } from '../platform/services.ts';
import type { PageContext } from './context.ts';

/** The absolute origin pages should link to: PUBLIC_URL for the default site, else the request's. */
export function originFor(request: FastifyRequest, services: AppServices, site: Site): string {
  if (services.config.PUBLIC_URL && site.isDefault) return services.config.PUBLIC_URL;
  const host = request.host.replace(request.protocol === 'https' ? /:443$/ : /:80$/, '');
  return `${request.protocol}://${host}`;
}

/** Builds the shell's context for a request (loads the main menu). */
export async function pageContext(
  request: FastifyRequest,
  reply: FastifyReply,
  services: AppServices,
): Promise<PageContext> {
  const site = request.site;
  if (!site) throw new Error('No site is configured');
  const lang = request.lang;
  const structure = await siteStructure(services, site.id, lang);
  return {
    site,
    lang,
    t: messages(lang),
    nonce: reply.cspNonce?.script ?? '',
    path: request.url.split('?')[0] ?? '/',
    origin: originFor(request, services, site),
    menu: mainMenu(structure, lang),
    now: services.clock(),
  };
}
