import type { ComponentChildren } from 'preact';
import type { Role } from '../../db/schema.ts';
import { languageInfo } from '../../i18n/index.ts';
import { localize } from '../../platform/sites/site.ts';
import { assetUrl, emblemUrl } from '../assets.ts';
import type { AdminContext } from './admin-context.ts';

/** An entry of the admin navigation, shown to the listed roles. */
export interface AdminNavItem {
  href: string;
  label: (ctx: AdminContext) => string;
  roles: Role[];
}

const everyone: Role[] = ['admin', 'chief_editor', 'editor', 'contributor'];

/** The admin menu. Features add their screens here. */
export const adminNav: AdminNavItem[] = [
  { href: '/admin', label: (ctx) => ctx.t.admin.dashboard, roles: everyone },
  { href: '/admin/articles', label: (ctx) => ctx.t.articlesAdmin.nav, roles: everyone },
  { href: '/admin/categories', label: (ctx) => ctx.t.adminCategories.nav, roles: ['admin', 'chief_editor'] },
  { href: '/admin/pages', label: (ctx) => ctx.t.adminPages.nav, roles: ['admin', 'chief_editor', 'editor'] },
  {
    href: '/admin/translations',
    label: (ctx) => ctx.t.adminTranslations.nav,
    roles: ['admin', 'chief_editor', 'editor'],
  },
  { href: '/admin/media', label: (ctx) => ctx.t.mediaAdmin.nav, roles: everyone },
  { href: '/admin/users', label: (ctx) => ctx.t.adminUsers.nav, roles: ['admin'] },
  { href: '/admin/audit', label: (ctx) => ctx.t.adminAudit.nav, roles: ['admin'] },
  { href: '/admin/settings', label: (ctx) => ctx.t.adminSettings.nav, roles: ['admin'] },
  {
    href: '/admin/search-abbreviations',
    label: (ctx) => ctx.t.adminAbbreviations.nav,
    roles: ['admin'],
  },
  { href: '/admin/account', label: (ctx) => ctx.t.adminAccount.nav, roles: everyone },
  { href: '/admin/api-tokens', label: (ctx) => ctx.t.apiAdmin.nav, roles: ['admin'] },
];

/** Hidden CSRF field for every admin form. */
export function CsrfField({ ctx }: { ctx: AdminContext }) {
  return <input type="hidden" name="_csrf" value={ctx.csrf} />;
}

/** A form that is just one button posting to `action` (log out, revoke, verify, delete), with CSRF. */
export function PostButton(props: {
  ctx: AdminContext;
  action: string;
  label: string;
  /** The button's classes: "button" unless told. */
  class?: string;
  /** A longer accessible name where the label alone is ambiguous (one of many rows). */
  ariaLabel?: string;
}) {
  return (
    <form method="post" action={props.action}>
      <CsrfField ctx={props.ctx} />
      <button type="submit" class={props.class ?? 'button'} aria-label={props.ariaLabel}>
        {props.label}
      </button>
    </form>
  );
}

export interface AdminLayoutProps {
  ctx: AdminContext;
  title: string;
  children: ComponentChildren;
  /** Narrow, centred layout without navigation (login, 2FA, password reset). */
  bare?: boolean;
}

/** The admin shell: site name, navigation by role, account actions. */
export function AdminLayout({ ctx, title, children, bare }: AdminLayoutProps) {
  const siteName = localize(ctx.site.name, ctx.lang);
  const items = adminNav.filter((item) => ctx.role && item.roles.includes(ctx.role.role));
  return (
    <html lang={languageInfo[ctx.lang].htmlLang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${title} - ${ctx.t.admin.title}`}</title>
        <link rel="stylesheet" href={assetUrl('site.css')} />
        <link rel="stylesheet" href={assetUrl('admin.css')} />
        <link rel="icon" href={emblemUrl(ctx.site.emblem)} />
      </head>
      <body class="admin">
        <a class="skip-link" href="#main">
          {ctx.t.shell.skipToContent}
        </a>
        <header class="admin-header">
          <div class="admin-header-inner">
            <a class="admin-brand" href={ctx.user ? '/admin' : '/'}>
              <img src={emblemUrl(ctx.site.emblem)} alt="" width="36" height="36" />
              <span>
                <span class="admin-brand-title">{ctx.t.admin.title}</span>
                <span class="admin-brand-site">{siteName}</span>
              </span>
            </a>
            {ctx.user ? (
              <div class="admin-account">
                <span>{ctx.t.admin.signedInAs(ctx.user.display_name)}</span>
                <a href="/">{ctx.t.admin.viewSite}</a>
                <PostButton ctx={ctx} action="/admin/logout" label={ctx.t.admin.logout} class="link-button" />
              </div>
            ) : null}
          </div>
        </header>
        <div class={bare ? 'admin-body admin-bare' : 'admin-body'}>
          {!bare && items.length > 0 ? (
            <nav class="admin-nav" aria-label={ctx.t.admin.nav}>
              <ul>
                {items.map((item) => (
                  <li key={item.href}>
                    <a
                      href={item.href}
                      aria-current={
                        ctx.path === item.href ||
                        (item.href !== '/admin' && ctx.path.startsWith(`${item.href}/`))
                          ? 'page'
                          : undefined
                      }
                    >
                      {item.label(ctx)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <main id="main" tabIndex={-1} class="admin-main">
            {children}
          </main>
        </div>
      </body>
    </html>
  );
}

/** A labelled form field with its error message tied by aria-describedby. */
export function Field(props: {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  children: ComponentChildren;
}) {
  const describedBy = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={props.error ? 'field field-invalid' : 'field'} data-described-by={describedBy || undefined}>
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <p class="field-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.children}
      {props.error ? (
        <p class="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** A status or error message box. */
export function Notice({
  kind,
  children,
}: {
  kind: 'error' | 'success' | 'info';
  children: ComponentChildren;
}) {
  return (
    <div class={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
