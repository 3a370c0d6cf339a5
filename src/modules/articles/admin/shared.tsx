import type { FastifyRequest } from 'fastify';
import type { ContentStatus } from '../../../db/schema.ts';
import type { AppServices } from '../../../platform/services.ts';
import type { AdminContext } from '../../../web/admin/admin-context.ts';
import { originFor } from '../../../web/page-context.ts';
import { type CategoryView, categoriesRepository } from '../../categories/categories.repository.ts';

/** The absolute origin for links in mail. */
export function originOf(request: FastifyRequest, services: AppServices): string {
  return request.site ? originFor(request, services, request.site) : '';
}

/** The site's categories (Vietnamese names: every category has one), in tree order with depth. */
export async function categoryChoices(
  services: AppServices,
  siteId: number,
): Promise<(CategoryView & { depth: number })[]> {
  const all = await categoriesRepository(services.db).listForSite(siteId, 'vi');
  const out: (CategoryView & { depth: number })[] = [];
  const walk = (parentId: number | null, depth: number) => {
    for (const category of all.filter((item) => item.parentId === parentId)) {
      out.push({ ...category, depth });
      walk(category.id, depth + 1);
    }
  };
  walk(null, 0);
  // Categories whose parent is missing still appear.
  for (const category of all)
    if (!out.some((item) => item.id === category.id)) out.push({ ...category, depth: 0 });
  return out;
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
