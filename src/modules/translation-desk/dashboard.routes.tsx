import type { FastifyInstance } from 'fastify';
import type { LanguageCode, Role } from '../../db/schema.ts';
import type { AppServices } from '../../platform/services.ts';
import type { AdminContext } from '../../web/admin/admin-context.ts';
import { adminContext } from '../../web/admin/admin-context.ts';
import { sendHtml } from '../../web/admin/form-kit.tsx';
import { canCreate } from '../articles/articles.policy.ts';
import { type DashboardSection, dashboardSections } from '../dashboard/sections.ts';
import { coverage, sitePages, staleKeys, targetLanguages } from './coverage.ts';
import { TranslationDashboard } from './dashboard.view.tsx';
import { legalRows, missingItems, staleItems } from './worklists.ts';

/** Who sees the translators' dashboard: the roles that edit static pages as well as articles. */
export const translatorRoles: Role[] = ['admin', 'chief_editor', 'editor'];
const access = { config: { access: { roles: translatorRoles } } };

const categoryRoles: Role[] = ['admin', 'chief_editor'];

/** The summary on the admin start page, with a link to the dashboard. */
const section: DashboardSection = {
  order: 20,
  async render(ctx: AdminContext, services: AppServices) {
    if (!ctx.role || !translatorRoles.includes(ctx.role.role)) return null;
    const siteId = ctx.site.id;
    const [stale, pages] = await Promise.all([
      staleKeys(services.db, siteId),
      sitePages(services.db, siteId),
    ]);
    const legal = legalRows(pages, stale).filter((row) => row.state !== 'ok').length;
    const d = ctx.t.adminTranslations.dashboard;
    return (
      <section class="panel" aria-labelledby="dash-translations">
        <h2 id="dash-translations">{ctx.t.adminTranslations.nav}</h2>
        <p>{d.summary(stale.size, legal)}</p>
        <p>
          <a href="/admin/translations">{d.open}</a>
        </p>
      </section>
    );
  },
};

/** GET /admin/translations: coverage, stale and missing translations, legally required English. */
export async function translationDashboardRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  if (!dashboardSections.includes(section)) dashboardSections.push(section);

  app.get('/admin/translations', access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const siteId = ctx.site.id;
    const query = request.query as Record<string, unknown>;
    const lang: LanguageCode = targetLanguages.find((code) => code === query.lang) ?? 'en';
    const t = ctx.t.adminTranslations.dashboard;
    const overview = await coverage(services.db, siteId, { pages: t.pagesRow, categories: t.categoriesRow });
    const [stale, missing] = await Promise.all([
      staleItems(services.db, siteId),
      missingItems(services.db, { siteId, lang, pages: overview.pages, categories: overview.categories }),
    ]);
    const role = ctx.role;
    return sendHtml(
      reply,
      <TranslationDashboard
        ctx={ctx}
        lang={lang}
        legal={legalRows(overview.pages, overview.stale)}
        coverage={overview.rows}
        stale={stale}
        missing={missing}
        canAdd={(item) =>
          item.type === 'category'
            ? !!role && categoryRoles.includes(role.role)
            : item.type === 'page' || canCreate({ userId: ctx.user?.id ?? 0, role }, item.categoryId ?? 0)
        }
      />,
    );
  });
}
