import type { FastifyInstance } from 'fastify';
import type { AppServices } from '../../../platform/services.ts';
import { articleCoverRoutes } from './cover.routes.tsx';
import { registerDashboardSections } from './dashboard-sections.tsx';
import { articleEditRoutes } from './edit.routes.tsx';
import { articleListRoutes } from './list.routes.tsx';
import { articlePreviewRoutes } from './preview.routes.tsx';
import { articleRevisionRoutes } from './revisions.routes.tsx';

/** The newsroom's article screens (/admin/articles…) and dashboard sections. */
export async function articlesAdminRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  registerDashboardSections();
  await articleListRoutes(app, services);
  await articleEditRoutes(app, services);
  await articleCoverRoutes(app, services);
  await articlePreviewRoutes(app, services);
  await articleRevisionRoutes(app, services);
}
