import type { ComponentChildren } from 'preact';
import type { LanguageCode } from '../../db/schema.ts';
import { languageInfo, messages } from '../../i18n/index.ts';
import { errorCatalogue } from '../../platform/errors.ts';
import { assetUrl, emblemUrl } from '../../web/assets.ts';
import { ColumnHeads } from '../../web/column-heads.tsx';
import { renderDocument } from '../../web/render.ts';
import {
  asArray,
  asObject,
  constraints,
  type Json,
  localized,
  SchemaView,
  type T,
  text,
  typeName,
} from './docs-schema.tsx';
import { type AccessDoc, ERROR_REF } from './openapi.ts';

/**
 * The readable API documentation, rendered on the server from the OpenAPI document (no script:
 * the CSP forbids foreign JavaScript, and none is needed). All text goes through Preact, which
 * escapes it.
 */

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface Operation {
  method: string;
  path: string;
  id: string;
  op: Json;
}

/** Every operation of the document, ordered by path then method. */
export function operations(doc: Json): Operation[] {
  const list: Operation[] = [];
  for (const [path, item] of Object.entries(asObject(doc.paths)).sort(([a], [b]) => a.localeCompare(b))) {
    for (const method of METHODS) {
      const op = asObject(asObject(item)[method]);
      if (Object.keys(op).length === 0) continue;
      const id = `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '');
      list.push({ method: method.toUpperCase(), path, id, op });
    }
  }
  return list;
}

function AccessLine({ access, t }: { access: AccessDoc | undefined; t: T }) {
  if (!access || access.kind === 'public') return <p class="access">{t.accessPublic}</p>;
  if (access.kind === 'user') return <p class="access">{t.accessUser}</p>;
  const names = (access.roles ?? []).map((role) => t.roleNames[role as keyof T['roleNames']] ?? role);
  return (
    <p class="access">
      {t.accessRoles(names.join(', '))}
      {access.scope ? (
        <>
          {' · '}
          {t.scope(access.scope)}
        </>
      ) : null}
    </p>
  );
}

/**
 * A table that may scroll sideways on a phone: a named region (a section with a name) in the tab
 * order, so a keyboard user can reach it and scroll it with the arrow keys (WCAG 2.1.1; axe
 * scrollable-region-focusable).
 */
function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to be scrolled by keyboard.
    <section class="table-scroll" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}

function OperationView({
  doc,
  operation,
  lang,
  t,
}: {
  doc: Json;
  operation: Operation;
  lang: LanguageCode;
  t: T;
}) {
  const { op } = operation;
  const parameters = asArray(op.parameters).map(asObject);
  const body = asObject(asObject(asObject(op.requestBody).content)['application/json']).schema;
  const responses = Object.entries(asObject(op.responses));
  const base = { doc, lang, t, depth: 0, seen: new Set<string>() };
  return (
    <section class="operation" id={operation.id} aria-labelledby={`${operation.id}-title`}>
      <h3 id={`${operation.id}-title`}>
        <span class={`method method-${operation.method.toLowerCase()}`}>{operation.method}</span>{' '}
        <code>{operation.path}</code>
      </h3>
      {localized(op, 'summary', lang) ? <p class="summary">{localized(op, 'summary', lang)}</p> : null}
      {localized(op, 'description', lang) ? <p>{localized(op, 'description', lang)}</p> : null}
      <h4>{t.access}</h4>
      <AccessLine access={op['x-access'] as AccessDoc | undefined} t={t} />
      {parameters.length > 0 ? (
        <>
          <h4 id={`${operation.id}-parameters`}>{t.parameters}</h4>
          <ScrollRegion labelledBy={`${operation.id}-parameters ${operation.id}-title`}>
            <table>
              <ColumnHeads
                labels={[t.paramName, t.paramIn, t.paramType, t.paramRequired, t.paramDescription]}
              />
              <tbody>
                {parameters.map((parameter) => {
                  const schema = asObject(parameter.schema);
                  const where = text(parameter.in) as keyof T['locations'];
                  return (
                    <tr key={`${where}-${text(parameter.name)}`}>
                      <td>
                        <code>{text(parameter.name)}</code>
                      </td>
                      <td>{t.locations[where] ?? where}</td>
                      <td>{[typeName(schema), ...constraints(schema, t)].join(' · ')}</td>
                      <td>{parameter.required ? t.yes : t.no}</td>
                      <td>
                        {localized(parameter, 'description', lang) || localized(schema, 'description', lang)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      ) : null}
      {body ? (
        <>
          <h4>{t.requestBody}</h4>
          <SchemaView {...base} schema={asObject(body)} />
        </>
      ) : null}
      <h4>{t.responses}</h4>
      <dl class="responses">
        {responses.map(([status, raw]) => {
          const response = asObject(raw);
          const content = asObject(response.content);
          const json = asObject(content['application/json']).schema;
          return (
            <div key={status}>
              <dt>
                <code>{status}</code>
              </dt>
              <dd>
                {asObject(json).$ref === ERROR_REF ? (
                  <p>
                    <a href="#docs-errors">{t.errorShape}</a>
                  </p>
                ) : json && asObject(json).type !== 'null' ? (
                  <SchemaView {...base} schema={asObject(json)} />
                ) : (
                  <p>{localized(asObject(json), 'description', lang) || t.noBody}</p>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

/** The docs page's address in a language (Vietnamese, the default, has no ?lang). */
function docsUrl(origin: string, lang: LanguageCode): string {
  return `${origin}/api/v1/docs${lang === 'vi' ? '' : `?lang=${lang}`}`;
}

/**
 * The whole docs page for a language. `origin` is the site's configured origin (siteOrigin, never
 * the request's Host): the language alternates are absolute URLs, as hreflang asks.
 */
export function renderDocsPage(
  doc: Json,
  lang: LanguageCode,
  { origin = '', emblem = '' }: { origin?: string; emblem?: string } = {},
): string {
  const t = messages(lang).apiAdmin.docs;
  const errors = messages(lang).errors;
  const list = operations(doc);
  const other: LanguageCode = lang === 'vi' ? 'en' : 'vi';
  return renderDocument(
    <html lang={languageInfo[lang].htmlLang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{t.title}</title>
        <link rel="stylesheet" href={assetUrl('api-docs.css')} />
        <link rel="icon" href={emblemUrl(emblem)} />
        <link rel="alternate" hrefLang={languageInfo[lang].htmlLang} href={docsUrl(origin, lang)} />
        <link rel="alternate" hrefLang={languageInfo[other].htmlLang} href={docsUrl(origin, other)} />
      </head>
      <body>
        <header class="docs-header">
          <h1>{t.title}</h1>
          <p>{t.intro}</p>
          <p class="docs-links">
            <a href="/api/v1/openapi.json" type="application/json">
              {t.openapi}
            </a>
            <a
              href={docsUrl(origin, other)}
              hrefLang={languageInfo[other].htmlLang}
              lang={languageInfo[other].htmlLang}
            >
              {t.otherLanguage}
            </a>
          </p>
        </header>
        <main>
          <nav aria-labelledby="docs-contents">
            <h2 id="docs-contents">{t.contents}</h2>
            <ul class="contents">
              {list.map((operation) => (
                <li key={operation.id}>
                  <a href={`#${operation.id}`}>
                    <span class="method">{operation.method}</span> <code>{operation.path}</code>
                  </a>
                  {localized(operation.op, 'summary', lang)
                    ? ` — ${localized(operation.op, 'summary', lang)}`
                    : ''}
                </li>
              ))}
            </ul>
          </nav>
          <section aria-labelledby="docs-auth">
            <h2 id="docs-auth">{t.authTitle}</h2>
            <ul>
              <li>{t.authPublic}</li>
              <li>{t.authToken}</li>
              <li>{t.authSession}</li>
            </ul>
          </section>
          <section aria-labelledby="docs-errors">
            <h2 id="docs-errors">{t.errorsTitle}</h2>
            <p>{t.errorsIntro}</p>
            <ScrollRegion labelledBy="docs-errors">
              <table>
                <ColumnHeads labels={[t.code, t.status, t.meaning]} />
                <tbody>
                  {Object.entries(errorCatalogue).map(([code, entry]) => (
                    <tr key={code}>
                      <td>
                        <code>{code}</code>
                      </td>
                      <td>{entry.status}</td>
                      <td>{lang === 'vi' ? errors[entry.body] : entry.meaning}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
          {list.map((operation) => (
            <OperationView key={operation.id} doc={doc} operation={operation} lang={lang} t={t} />
          ))}
        </main>
      </body>
    </html>,
  );
}
