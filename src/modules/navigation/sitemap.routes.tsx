import type { FastifyInstance } from 'fastify';
import { languages } from '../../i18n/index.ts';
import type { AppServices } from '../../platform/services.ts';
import type { NavItem } from '../../web/context.ts';
import { ShortcutList } from '../../web/display-prefs.tsx';
import { Layout } from '../../web/layout.tsx';
import { pageContext } from '../../web/page-context.ts';
import { renderDocument } from '../../web/render.ts';
import { SeoHead } from '../../web/seo.tsx';
import { homeUrl, sitemapUrl } from '../../web/urls.ts';
import { sitemapTree, siteStructure } from './navigation.ts';

function Tree({ items }: { items: NavItem[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.href}>
          <a href={item.href}>{item.label}</a>
          {item.children.length > 0 ? <Tree items={item.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** Sơ đồ cổng: the HTML site map for people (Thông tư 32/2017 Đ16 k4). */
export async function sitemapRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  for (const lang of languages) {
    app.get(sitemapUrl(lang), async (request, reply) => {
      const ctx = await pageContext(request, reply, services);
      ctx.alternates = { vi: sitemapUrl('vi'), en: sitemapUrl('en'), zh: sitemapUrl('zh') };
      const structure = await siteStructure(services, ctx.site.id, lang);
      const t = ctx.t;
      const html = renderDocument(
        <Layout
          ctx={ctx}
          title={t.sitemapPage.title}
          description={t.sitemapPage.intro}
          breadcrumb={[{ label: t.shell.home, href: homeUrl(lang) }, { label: t.sitemapPage.title }]}
          head={
            <SeoHead
              ctx={ctx}
              title={t.sitemapPage.title}
              description={t.sitemapPage.intro}
              canonicalPath={sitemapUrl(lang)}
            />
          }
        >
          <h1>{t.sitemapPage.title}</h1>
          <p>{t.sitemapPage.intro}</p>
          <div class="sitemap-tree">
            <Tree
              items={[{ label: t.shell.home, href: homeUrl(lang), children: sitemapTree(structure, lang) }]}
            />
          </div>
          <ShortcutList ctx={ctx} />
        </Layout>,
      );
      return reply.type('text/html; charset=utf-8').send(html);
    });
  }
}
