import type { FastifyInstance } from 'fastify';
import type { LanguageCode } from '../../db/schema.ts';
import { languageInfo, languages } from '../../i18n/index.ts';
import type { AppServices } from '../../platform/services.ts';
import { Layout } from '../../web/layout.tsx';
import { pageContext } from '../../web/page-context.ts';
import { renderDocument } from '../../web/render.ts';
import { localize } from '../sites/site.ts';

/** The home page of each language: `/`, `/en/`, `/zh/`. */
export async function homeRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  for (const lang of languages) {
    const home = languageInfo[lang].home;
    app.get(home, async (request, reply) => renderHome(lang, request, reply));
    if (home !== '/') {
      // /en → /en/ so each language's home has one URL.
      app.get(home.slice(0, -1), async (_request, reply) => reply.redirect(home, 301));
    }
  }

  async function renderHome(
    lang: LanguageCode,
    request: Parameters<typeof pageContext>[0],
    reply: Parameters<typeof pageContext>[1],
  ) {
    const ctx = await pageContext(request, reply, services);
    const siteName = localize(ctx.site.name, lang);
    const sections = ctx.menu.slice(1, -1);
    const html = renderDocument(
      <Layout ctx={ctx} title={siteName}>
        <h1 class="visually-hidden">{siteName}</h1>
        <section class="welcome" aria-labelledby="welcome-title">
          <h2 id="welcome-title">{ctx.t.home.welcome(siteName)}</h2>
        </section>
        {sections.length > 0 ? (
          <section aria-labelledby="sections-title">
            <h2 id="sections-title">{ctx.t.home.sections}</h2>
            <ul class="section-grid">
              {sections.map((item) => (
                <li key={item.href}>
                  <a href={item.href}>{item.label}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : (
          <p>{ctx.t.home.empty}</p>
        )}
      </Layout>,
    );
    return reply.type('text/html; charset=utf-8').send(html);
  }
}
