import type { ComponentChildren } from 'preact';
import { formatDate, isoVietnam } from '../i18n/dates.ts';
import { languageInfo } from '../i18n/index.ts';
import { localize } from '../platform/sites/site.ts';
import { assetUrl, emblemUrl } from './assets.ts';
import type { Crumb, PageContext } from './context.ts';
import { accessKeys, DisplayPrefs } from './display-prefs.tsx';
import { LanguageSwitch, LunarDate } from './language-switch.tsx';
import { homeUrl, searchUrl, sitemapUrl } from './urls.ts';

export interface LayoutProps {
  ctx: PageContext;
  /** The page's own title; the site name is appended. */
  title: string;
  description?: string;
  breadcrumb?: Crumb[];
  /** Extra elements for <head> (metadata, feeds, alternates). */
  head?: ComponentChildren;
  children: ComponentChildren;
}

/** The portal shell (Thông tư 32/2017 Đ16): header, main menu, content, footer. */
export function Layout({ ctx, title, description, breadcrumb, head, children }: LayoutProps) {
  const { site, lang, t } = ctx;
  const siteName = localize(site.name, lang);
  const fullTitle = title === siteName ? siteName : `${title} - ${siteName}`;
  return (
    <html lang={languageInfo[lang].htmlLang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {description ? <meta name="description" content={description} /> : null}
        <link rel="stylesheet" href={assetUrl('site.css')} />
        <script src={assetUrl('prefs.js')} />
        <script type="module" src={assetUrl('display-prefs.js')} />
        <script type="module" src={assetUrl('menu.js')} />
        <script type="module" src={assetUrl('access-keys.js')} />
        <script type="module" src={assetUrl('language-hint.js')} />
        <script type="module" src={assetUrl('search-suggest.js')} data-stylesheet={assetUrl('search.css')} />
        <link rel="icon" href={emblemUrl(site.emblem)} type="image/svg+xml" />
        {head}
      </head>
      <body>
        {/* biome-ignore lint/a11y/noAccessKey: Thông tư 32/2017 Đ18 asks for shortcuts to home, site map and search; listed on the site map page (display-prefs.tsx). */}
        <a class="skip-link" href="#main" accessKey={accessKeys.content}>
          {t.shell.skipToContent}
        </a>
        <Header ctx={ctx} />
        <MainMenu ctx={ctx} />
        <main id="main" tabIndex={-1} class="container main">
          {breadcrumb && breadcrumb.length > 0 ? <Breadcrumb ctx={ctx} items={breadcrumb} /> : null}
          {children}
        </main>
        <Footer ctx={ctx} />
      </body>
    </html>
  );
}

function Header({ ctx }: { ctx: PageContext }) {
  const { site, lang, t, now } = ctx;
  return (
    <header class="site-header">
      <div class="topbar">
        <div class="container topbar-inner">
          <p class="today">
            <span class="visually-hidden">
              {t.shell.todayLabel}
              {t.colon}
            </span>
            <time dateTime={isoVietnam(now).slice(0, 10)}>{formatDate(now, lang)}</time>
            <LunarDate ctx={ctx} />
          </p>
          <DisplayPrefs ctx={ctx} />
          <LanguageSwitch ctx={ctx} />
          <a class="login" href="/admin/login">
            {t.shell.login}
          </a>
        </div>
      </div>
      <div class="banner">
        <div class="container banner-inner">
          {/* biome-ignore lint/a11y/noAccessKey: Thông tư 32/2017 Đ18 asks for shortcuts to home, site map and search; listed on the site map page (display-prefs.tsx). */}
          <a class="brand" href={homeUrl(lang)} accessKey={accessKeys.home}>
            <img class="emblem" src={emblemUrl(site.emblem)} alt={t.shell.emblemAlt} width="72" height="72" />
            <span class="brand-text">
              <span class="brand-unit">{localize(site.unitName, lang)}</span>
              <span class="brand-name">{localize(site.name, lang)}</span>
            </span>
          </a>
          {/* biome-ignore lint/a11y/useSemanticElements: role="search" on the form is what Thông tư 32 portals and older screen readers expect; <search> is too new. */}
          <form class="search" role="search" method="get" action={searchUrl(lang)}>
            <label for="site-search" class="visually-hidden">
              {t.shell.searchLabel}
            </label>
            <input
              id="site-search"
              type="search"
              name="q"
              placeholder={t.shell.searchPlaceholder}
              maxLength={200}
              // biome-ignore lint/a11y/noAccessKey: see the skip link.
              accessKey={accessKeys.search}
            />
            <button type="submit">{t.shell.searchButton}</button>
          </form>
        </div>
      </div>
    </header>
  );
}

function MainMenu({ ctx }: { ctx: PageContext }) {
  const { menu, path, t, lang } = ctx;
  const sitemap = sitemapUrl(lang);
  const isCurrent = (href: string) => href === path || (href.length > 4 && path.startsWith(`${href}/`));
  return (
    <nav class="main-menu" aria-label={t.shell.mainMenu}>
      <ul class="container menu-list">
        {menu.map((item) => (
          <li key={item.href} class={item.children.length > 0 ? 'has-children' : undefined}>
            <a
              href={item.href}
              aria-current={isCurrent(item.href) ? 'page' : undefined}
              // biome-ignore lint/a11y/noAccessKey: see the skip link.
              accessKey={item.href === sitemap ? accessKeys.sitemap : undefined}
            >
              {item.label}
            </a>
            {item.children.length > 0 ? (
              <ul class="submenu">
                {item.children.map((child) => (
                  <li key={child.href}>
                    <a href={child.href} aria-current={isCurrent(child.href) ? 'page' : undefined}>
                      {child.label}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Breadcrumb({ ctx, items }: { ctx: PageContext; items: Crumb[] }) {
  return (
    <nav class="breadcrumb" aria-label={ctx.t.shell.breadcrumb}>
      <ol>
        {items.map((item, index) => (
          <li key={`${index}-${item.label}`}>
            {item.href && index < items.length - 1 ? (
              <a href={item.href}>{item.label}</a>
            ) : (
              <span aria-current={index === items.length - 1 ? 'page' : undefined}>{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Footer({ ctx }: { ctx: PageContext }) {
  const { site, lang, t, now } = ctx;
  const unit = localize(site.unitName, lang);
  return (
    <footer class="site-footer">
      <div class="container footer-inner">
        <h2 class="footer-title">{localize(site.name, lang)}</h2>
        <p class="copyright">{t.shell.copyright(unit, Number(isoVietnam(now).slice(0, 4)))}</p>
        <dl class="contact">
          <div>
            <dt>{t.shell.responsible}</dt>
            <dd>{localize(site.responsiblePerson, lang)}</dd>
          </div>
          <div>
            <dt>{t.shell.address}</dt>
            <dd>{localize(site.address, lang)}</dd>
          </div>
          {site.phone ? (
            <div>
              <dt>{t.shell.phone}</dt>
              <dd>
                <a href={`tel:${site.phone.replace(/[^0-9+]/g, '')}`}>{site.phone}</a>
              </dd>
            </div>
          ) : null}
          {site.email ? (
            <div>
              <dt>{t.shell.email}</dt>
              <dd>
                <a href={`mailto:${site.email}`}>{site.email}</a>
              </dd>
            </div>
          ) : null}
        </dl>
        {localize(site.licence, lang) ? <p class="licence">{localize(site.licence, lang)}</p> : null}
        <p class="back-to-top">
          <a href="#main">{t.shell.backToTop}</a>
        </p>
      </div>
    </footer>
  );
}
