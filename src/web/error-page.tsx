import type { LanguageCode } from '../db/schema.ts';
import { languageInfo, languages, messages } from '../i18n/index.ts';
import type { ErrorPageInput } from '../platform/error-handler.ts';
import { type ErrorCode, errorCatalogue } from '../platform/errors.ts';
import { assetUrl } from './assets.ts';
import type { PageContext } from './context.ts';
import { Layout } from './layout.tsx';
import { pageContext } from './page-context.ts';
import { renderDocument } from './render.ts';
import { homeUrl, sitemapUrl } from './urls.ts';

interface ErrorContentProps {
  lang: LanguageCode;
  code: ErrorCode;
  requestId: string;
}

function ErrorContent({ lang, code, requestId }: ErrorContentProps) {
  const t = messages(lang);
  const entry = errorCatalogue[code];
  return (
    <section class="error-page" aria-labelledby="error-title">
      <p class="error-status" aria-hidden="true">
        {entry.status}
      </p>
      <h1 id="error-title">{t.errors[entry.title]}</h1>
      <p>{t.errors[entry.body]}</p>
      {code === 'UNKNOWN_LANGUAGE' ? (
        <ul class="language-choices">
          {languages.map((other) => (
            <li key={other}>
              <a
                href={homeUrl(other)}
                lang={languageInfo[other].htmlLang}
                hrefLang={languageInfo[other].htmlLang}
              >
                {messages(other).languageName}
              </a>
            </li>
          ))}
        </ul>
      ) : code === 'UNKNOWN_HOST' ? null : (
        <ul class="error-links">
          <li>
            <a href={homeUrl(lang)}>{t.errors.goHome}</a>
          </li>
          <li>
            <a href={sitemapUrl(lang)}>{t.errors.goSitemap}</a>
          </li>
        </ul>
      )}
      <p class="error-meta">
        {t.errors.errorCode}
        {t.colon}
        <code>{code}</code> · {t.errors.requestId}
        {t.colon}
        <code>{requestId}</code>
      </p>
    </section>
  );
}

/** An error page inside the portal shell. */
export function ErrorPage({
  ctx,
  code,
  requestId,
}: {
  ctx: PageContext;
  code: ErrorCode;
  requestId: string;
}) {
  const t = ctx.t;
  // The request's path is what failed (it may not even be a valid URL, e.g. "/%ZZ"): the language
  // switch links each language to its home, never back to the failing path.
  const shell: PageContext = { ...ctx, path: homeUrl(ctx.lang), alternates: {} };
  return (
    <Layout
      ctx={shell}
      title={t.errors[errorCatalogue[code].title]}
      head={<meta name="robots" content="noindex" />}
    >
      <ErrorContent lang={ctx.lang} code={code} requestId={requestId} />
    </Layout>
  );
}

/** A minimal error page for when the shell cannot be built (no site, database down). */
export function BareErrorPage({ lang, code, requestId }: ErrorContentProps) {
  const t = messages(lang);
  return (
    <html lang={languageInfo[lang].htmlLang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{t.errors[errorCatalogue[code].title]}</title>
        {/* An unknown host is served nothing, not even the stylesheet: a plain page. */}
        {code === 'UNKNOWN_HOST' ? null : <link rel="stylesheet" href={assetUrl('site.css')} />}
      </head>
      <body>
        <main id="main" class="container main">
          <ErrorContent lang={lang} code={code} requestId={requestId} />
        </main>
      </body>
    </html>
  );
}

/** The error page in the site's shell, or a bare page when the shell cannot be built (useErrorPages). */
export async function renderErrorPage({
  request,
  reply,
  services,
  code,
  lang,
}: ErrorPageInput): Promise<string> {
  try {
    if (!services || !request.site) throw new Error('no shell');
    const ctx = await pageContext(request, reply, services);
    return renderDocument(ErrorPage({ ctx, code, requestId: request.id }));
  } catch {
    // The shell needs the database; when it is the problem, a plain page still explains.
    return renderDocument(BareErrorPage({ lang, code, requestId: request.id }));
  }
}
