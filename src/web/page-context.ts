import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LanguageCode } from '../db/schema.ts';
import { messages } from '../i18n/index.ts';
import type { AppServices } from '../platform/services.ts';
import { sharedCookieDomains } from '../platform/sites/cookie-domain.ts';
import { siteOrigin } from '../platform/sites/site.ts';
import type { NavItem, PageContext } from './context.ts';

/** Loads a site's main menu in a language; the navigation module provides it at start. */
export type MenuSource = (services: AppServices, siteId: number, lang: LanguageCode) => Promise<NavItem[]>;

// The shell cannot import the navigation module (it sits above web); buildApp installs it.
let menuSource: MenuSource = async () => [];

/** Installs where the shell's main menu comes from (app.ts: the navigation module's siteMenu). */
export function useMenuSource(source: MenuSource): void {
  menuSource = source;
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
  return {
    site,
    lang,
    t: messages(lang),
    nonce: reply.cspNonce?.script ?? '',
    path: request.url.split('?')[0] ?? '/',
    origin: siteOrigin(services, site),
    menu: await menuSource(services, site.id, lang),
    now: services.clock(),
    cookieDomains: sharedCookieDomains(site, services.sites.all(), services.config.PUBLIC_URL),
  };
}
