import type { FastifyRequest } from 'fastify';
import type { ContentStatus } from '../../../db/schema.ts';
import type { AppServices } from '../../../platform/services.ts';
import { siteOrigin } from '../../../platform/sites/site.ts';
import type { AdminContext } from '../../../web/admin/admin-context.ts';
import {
  type CategoryView,
  categoriesRepository,
  inTreeOrder,
} from '../../categories/categories.repository.ts';

/** The absolute origin for links in mail: the site's configured address (ADR 0016). */
export function originOf(request: FastifyRequest, services: AppServices): string {
  return request.site ? siteOrigin(services, request.site) : '';
}

/** The site's categories (Vietnamese names: every category has one), in tree order with depth. */
export async function categoryChoices(
  services: AppServices,
  siteId: number,
): Promise<(CategoryView & { depth: number })[]> {
  return inTreeOrder(await categoriesRepository(services.db).listForSite(siteId, 'vi'));
}

/** A status as a small badge. */
export function StatusBadge({ ctx, status }: { ctx: AdminContext; status: ContentStatus }) {
  return <span class={`status-badge status-${status}`}>{ctx.t.articlesAdmin.status[status]}</span>;
}

/** Query-string value as a string ('' when absent or repeated oddly). */
export function queryText(query: unknown, key: string): string {
  const value = (query as Record<string, unknown> | undefined)?.[key];
  const single = Array.isArray(value) ? value[0] : value;
  return typeof single === 'string' ? single.slice(0, 200) : '';
}
