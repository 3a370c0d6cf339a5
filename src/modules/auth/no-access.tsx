import { localize, siteOrigin } from '../../platform/sites/site.ts';
import { adminContext } from '../../web/admin/admin-context.ts';
import { AdminLayout, PostButton } from '../../web/admin/admin-layout.tsx';
import { sendHtml } from '../../web/admin/form-kit.tsx';
import type { NoRoleHandler } from './access.ts';

/**
 * The admin page for a signed-in person with no role on the request's site (403): says so, links
 * to the sites where they have one (from the configured hosts, never the request's Host) and
 * offers sign-out, instead of an empty dashboard.
 */
export const sendNoAccess: NoRoleHandler = (request, reply, services, roles) => {
  const ctx = adminContext(request, reply, services);
  const t = ctx.t.admin;
  const sites = [...new Set(roles.map((role) => role.siteId))]
    .map((id) => services.sites.byId(id))
    .filter((site) => site !== undefined)
    .map((site) => ({ name: localize(site.name, ctx.lang), href: `${siteOrigin(services, site)}/admin` }))
    .sort((a, b) => a.name.localeCompare(b.name, ctx.lang));
  return sendHtml(
    reply,
    <AdminLayout ctx={ctx} title={t.noAccessTitle}>
      <h1>{t.noAccessTitle}</h1>
      <p>{t.noAccessBody(localize(ctx.site.name, ctx.lang))}</p>
      {sites.length > 0 ? (
        <>
          <p id="no-access-sites">{t.noAccessSites}</p>
          <ul aria-labelledby="no-access-sites">
            {sites.map((site) => (
              <li key={site.href}>
                <a href={site.href}>{site.name}</a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>{t.noAccessNoSites}</p>
          {ctx.site.email ? (
            <p>
              {t.noAccessContact} <a href={`mailto:${ctx.site.email}`}>{ctx.site.email}</a>
            </p>
          ) : null}
        </>
      )}
      <PostButton ctx={ctx} action="/admin/logout" label={t.logout} />
    </AdminLayout>,
    403,
  );
};
