import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LanguageCode, UserRow } from '../../db/schema.ts';
import { type Messages, messages } from '../../i18n/index.ts';
import { roleOn, type SiteRole } from '../../platform/roles.ts';
import type { AppServices } from '../../platform/services.ts';
import type { Site } from '../../platform/sites/site.ts';

/** What every admin screen needs. */
export interface AdminContext {
  site: Site;
  lang: LanguageCode;
  t: Messages;
  /** The signed-in user (undefined on the login and password-reset screens). */
  user?: UserRow;
  /** The user's role on this site. */
  role?: SiteRole;
  /** CSRF token for this response's forms. */
  csrf: string;
  path: string;
  now: Date;
}

/** Builds the admin context: the interface language is the user's own choice. */
export function adminContext(
  request: FastifyRequest,
  reply: FastifyReply,
  services: AppServices,
): AdminContext {
  const site = request.site;
  if (!site) throw new Error('No site is configured');
  const user = request.auth?.user;
  const lang: LanguageCode = user?.locale ?? 'vi';
  const role = request.auth ? roleOn(services, request.auth.roles, site.id) : undefined;
  return {
    site,
    lang,
    t: messages(lang),
    ...(user ? { user } : {}),
    ...(role ? { role } : {}),
    csrf: reply.generateCsrf(),
    path: request.url.split('?')[0] ?? '/admin',
    now: services.clock(),
  };
}
