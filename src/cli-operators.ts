import type { Kysely } from 'kysely';
import type { DB, SiteRow } from './db/schema.ts';
import type { CliMessages } from './i18n/cli.ts';
import { issueToken, isTokenScope, TOKEN_SCOPES, type TokenScope } from './modules/api/tokens.ts';
import { usersRepository } from './modules/users/users.repository.ts';
import { sitesRepository } from './platform/sites/sites.repository.ts';

/** The `dinh site` and `dinh token` subcommands: what an operator needs besides accounts. */

/** A CLI failure: a sentence for the operator and the exit code (2: wrong input). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const SITE_HELP = `Usage: dinh site list

Prints every site: its code (what --site takes), then its host names.
`;

export const TOKEN_HELP = `Usage: dinh token create --email EMAIL --site CODE --scope SCOPE [--scope SCOPE …] [--name NAME]

Creates an API token for the staff member with that e-mail, on the site with that code, and
prints the token — only the token — on standard output:
  TOKEN=$(dinh token create --email bientap@lachong.gov.vn --site default --scope articles:write)
The token acts with the staff member's role on the site. SCOPE is ${TOKEN_SCOPES.join(', ')}.
NAME labels the token in the admin (default: "dinh token create"). Errors go to standard error.
`;

/** The site with a code, or a CliError that lists the valid codes; no code: the default site. */
export async function siteByCode(db: Kysely<DB>, t: CliMessages, code: string | undefined): Promise<SiteRow> {
  const sites = await sitesRepository(db).listAll();
  if (sites.length === 0) throw new CliError(t.noSites);
  const site =
    code === undefined
      ? (sites.find((candidate) => candidate.is_default === 1) ?? sites[0])
      : sites.find((candidate) => candidate.code === code);
  if (!site)
    throw new CliError(t.siteUnknown(code ?? '', sites.map((candidate) => candidate.code).join(', ')));
  return site;
}

/** `dinh site list`: one line per site, "code<TAB>host host …". */
export async function siteList(db: Kysely<DB>, t: CliMessages): Promise<number> {
  const repository = sitesRepository(db);
  const [sites, hostnames] = await Promise.all([repository.listAll(), repository.listHostnames()]);
  if (sites.length === 0) throw new CliError(t.noSites, 1);
  for (const site of sites) {
    const hosts = hostnames.filter((row) => row.site_id === site.id).map((row) => row.hostname);
    process.stdout.write(`${site.code}\t${hosts.join(' ')}\n`);
  }
  return 0;
}

/** `dinh token create`: prints the new token and nothing else on standard output. */
export async function tokenCreate(
  db: Kysely<DB>,
  t: CliMessages,
  values: { email?: string; site?: string; scope?: string[]; name?: string },
): Promise<number> {
  const email = values.email?.trim().toLowerCase() ?? '';
  const requested = values.scope ?? [];
  if (!email || !values.site || requested.length === 0)
    throw new CliError(`${t.tokenUsage}\n\n${TOKEN_HELP}`);
  const unknown = requested.find((scope) => !isTokenScope(scope));
  if (unknown !== undefined) throw new CliError(t.scopeUnknown(unknown, TOKEN_SCOPES.join(', ')));
  const site = await siteByCode(db, t, values.site);
  const users = usersRepository(db);
  const user = await users.findByEmail(email);
  if (!user) throw new CliError(t.userUnknown(email));
  if (user.is_active !== 1) throw new CliError(t.userInactive(email));
  const memberships = await users.memberships(user.id);
  if (!memberships.some((membership) => membership.site_id === site.id))
    throw new CliError(t.noRole(email, site.code));
  const issued = await issueToken(
    { db, clock: () => new Date() },
    {
      siteId: site.id,
      name: values.name?.trim() || 'dinh token create',
      scopes: requested.filter(isTokenScope) satisfies TokenScope[],
      expiresAt: null,
      actor: { actorId: user.id, actorLabel: `cli (${email})`, ip: '' },
    },
  );
  process.stdout.write(`${issued.token}\n`);
  return 0;
}
