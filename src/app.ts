import { randomUUID } from 'node:crypto';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { allCollections } from './collections.ts';
import { languageOfRequest } from './i18n/index.ts';
import { apiRoutes } from './modules/api/api.plugin.ts';
import { tokenAdminRoutes } from './modules/api/tokens.routes.tsx';
import { articlesAdminRoutes } from './modules/articles/admin/index.ts';
import { articleResolver } from './modules/articles/article.routes.tsx';
import { useArticleFooterParts } from './modules/articles/article-page.tsx';
import { articleApiRoutes } from './modules/articles/articles.api.ts';
import { categoryPageResolver } from './modules/articles/category-page.tsx';
import { registerScheduler } from './modules/articles/scheduler.ts';
import { createViewCounter, viewRoutes } from './modules/articles/view-counter.ts';
import { auditAdminRoutes } from './modules/audit/admin/audit-admin.routes.tsx';
import { registerAccessControl } from './modules/auth/access.ts';
import { authRoutes } from './modules/auth/auth.routes.tsx';
import { sendNoAccess } from './modules/auth/no-access.tsx';
import { categoriesAdminRoutes } from './modules/categories/admin/categories-admin.routes.tsx';
import { categoryApiRoutes } from './modules/categories/categories.api.ts';
import { collectionApiRoutes, collectionRoutes } from './modules/collections/index.ts';
import { contentRoutes } from './modules/content/content.routes.tsx';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes.tsx';
import { feedRoutes } from './modules/feeds/feeds.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { homeRoutes } from './modules/home/home.routes.tsx';
import { legalDocumentRoutes } from './modules/legal-documents/routes.ts';
import { mediaApiRoutes } from './modules/media/media.api.ts';
import { mediaRoutes } from './modules/media/media.routes.ts';
import { registerMediaSweeper } from './modules/media/media-sweep.ts';
import { siteMenu } from './modules/navigation/navigation.ts';
import { sitemapRoutes } from './modules/navigation/sitemap.routes.tsx';
import { notificationRoutes } from './modules/notifications/notifications.routes.tsx';
import { pagesAdminRoutes } from './modules/pages/admin/pages-admin.routes.tsx';
import { staticPageResolver } from './modules/pages/static-page.tsx';
import { RatingForm } from './modules/ratings/rating-form.tsx';
import { ratingRoutes } from './modules/ratings/ratings.routes.tsx';
import { abbreviationsAdminRoutes } from './modules/search/admin/abbreviations-admin.routes.tsx';
import { searchApiRoutes } from './modules/search-ui/search.api.ts';
import { searchRoutes } from './modules/search-ui/search.routes.tsx';
import { settingsAdminRoutes } from './modules/sites/admin/settings-admin.routes.tsx';
import { translationRoutes } from './modules/translation-desk/translations.routes.tsx';
import { accountRoutes } from './modules/users/admin/account.routes.tsx';
import { usersAdminRoutes } from './modules/users/admin/users-admin.routes.tsx';
import { registerCsrf } from './platform/csrf.ts';
import { registerErrorHandling, sendError, useErrorPages } from './platform/error-handler.ts';
import { registerHttpCache } from './platform/http-cache.ts';
import { installClientErrorHandler, MAX_HEADER_BYTES, MAX_URL_LENGTH } from './platform/limits.ts';
import { registerNfcInput } from './platform/nfc-input.ts';
import { registerOutboxRunner } from './platform/outbox-runner.ts';
import type { Access } from './platform/roles.ts';
import { registerSecurityHeaders } from './platform/security.ts';
import type { AppServices } from './platform/services.ts';
import { registerHostCheck } from './platform/sites/host-check.ts';
import { trustProxyOption } from './platform/trust-proxy.ts';
import { registerAssets } from './web/assets.ts';
import { canonicalRedirect } from './web/canonical-path.ts';
import { renderErrorPage } from './web/error-page.tsx';
import { useMenuSource } from './web/page-context.ts';

/** A registered route and the access it declares. */
export interface RouteEntry {
  method: string;
  url: string;
  access: Access | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

export interface BuildAppOptions {
  /** pino logger options or false; defaults to LOG_LEVEL. */
  logger?: FastifyServerOptions['logger'];
  /**
   * Run the scheduled-publishing tick and the outbox retries while the app is up (default true;
   * tests call runSchedulerTick and runOutbox). The outbox always runs once at start.
   */
  scheduler?: boolean;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Builds the Fastify application from its services. Never listens: main.ts and tests do that. */
export async function buildApp(
  services: AppServices,
  options: BuildAppOptions = {},
): Promise<FastifyInstance> {
  const { config } = services;
  // Lower layers reach the features through what is installed here (docs/adr/0011-module-boundaries.md).
  useErrorPages(renderErrorPage);
  useMenuSource(siteMenu);
  useArticleFooterParts([RatingForm]);
  const app = Fastify({
    logger: options.logger ?? { level: config.LOG_LEVEL },
    trustProxy: trustProxyOption(config.TRUST_PROXY),
    bodyLimit: 1024 * 1024,
    // A search of 10,000 Vietnamese characters is ~90 KB percent-encoded in its URL (Node's
    // default allows 16 KB of request line and headers); other URLs stay under MAX_URL_LENGTH.
    http: { maxHeaderSize: MAX_HEADER_BYTES },
    routerOptions: { maxParamLength: 500, caseSensitive: true, ignoreTrailingSlash: false },
    requestIdHeader: false,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    return503OnClosing: true,
    // A malformed URL (bad percent-encoding) is the client's mistake: a localised 400 page.
    frameworkErrors: (error, request, reply) => {
      request.lang = languageOfRequest(request.raw.url ?? '/', request.headers['accept-language']);
      request.site = services.sites.forHost(request.headers.host);
      request.log.info({ reason: error.message }, 'malformed request');
      void sendError(request, reply, services, 'BAD_REQUEST');
    },
  });
  installClientErrorHandler(app);
  services.mailer.useLog?.(app.log);
  // Every route, for the route-permission test and the API documentation.
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routeTable.push({ method, url: route.url, access: route.config?.access });
  });

  app.decorateRequest('site', undefined);
  app.decorateRequest('lang', 'vi');
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    request.lang = languageOfRequest(request.url, request.headers['accept-language']);
    request.site = services.sites.forHost(request.host);
    if (request.url.length > MAX_URL_LENGTH && !request.routeOptions.config?.longQuery)
      return sendError(request, reply, services, 'URI_TOO_LONG');
    const redirect = canonicalRedirect(request.method, request.url);
    // An unknown host gets its 404 (registerHostCheck), not a redirect.
    if (redirect && request.site) return reply.redirect(redirect, 301);
  });

  await registerSecurityHeaders(app);
  // After the security headers, before the page cache: a Host naming no site gets a 404 (ADR 0016).
  registerHostCheck(app, services);
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip', 'deflate'] });
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  await app.register(rateLimit, { global: false });
  await app.register(cookie, { secret: services.secrets.sessionSecret });
  registerCsrf(app, services);
  registerNfcInput(app);
  registerAccessControl(app, services, { noRole: sendNoAccess });
  registerHttpCache(app, services.pageCache);
  await registerAssets(app);
  // Media keys are unique per upload, so their files never change: cache them for a year.
  await app.register(fastifyStatic, {
    root: services.mediaDir,
    prefix: '/media/',
    decorateReply: false,
    index: false,
    maxAge: '365d',
    immutable: true,
    allowedPath: (pathName) => !pathName.includes('..') && !pathName.endsWith('.tmp'),
  });

  registerErrorHandling(app, services);
  // Before the other routes: the OpenAPI document lists every /api/v1 route registered after it.
  await apiRoutes(app, services, [
    articleApiRoutes,
    categoryApiRoutes,
    mediaApiRoutes,
    searchApiRoutes,
    ...collectionApiRoutes(allCollections),
  ]);
  await tokenAdminRoutes(app, services);
  await healthRoutes(app, services);
  await authRoutes(app, services);
  await dashboardRoutes(app, services);
  await articlesAdminRoutes(app, services);
  await notificationRoutes(app, services);
  await categoriesAdminRoutes(app, services);
  await pagesAdminRoutes(app, services);
  await translationRoutes(app, services);
  await settingsAdminRoutes(app, services);
  await abbreviationsAdminRoutes(app, services);
  await usersAdminRoutes(app, services);
  await accountRoutes(app, services);
  await auditAdminRoutes(app, services);
  await mediaRoutes(app, services);
  await homeRoutes(app, services);
  await sitemapRoutes(app, services);
  await feedRoutes(app, services);
  await viewRoutes(app, createViewCounter(services));
  await ratingRoutes(app, services);
  await searchRoutes(app, services);
  await collectionRoutes(app, services);
  await legalDocumentRoutes(app, services);
  // The first resolver that knows a content path renders it: static pages, then categories, then articles.
  await contentRoutes(app, services, [staticPageResolver, categoryPageResolver, articleResolver]);
  if (options.scheduler ?? true) registerScheduler(app, services);
  // Effects left by a crash run at start; retries run with the scheduler's tick.
  registerOutboxRunner(app, services, { isPeriodic: options.scheduler ?? true });
  // Files a crash left behind mid-upload: completed or removed at start, then periodically.
  registerMediaSweeper(app, services, { isPeriodic: options.scheduler ?? true });
  return app;
}
