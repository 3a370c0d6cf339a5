import type { FastifyRequest } from 'fastify';
import type { ContentStatus, Role } from '../../../db/schema.ts';
import { AppError } from '../../../platform/errors.ts';
import { type ActorInfo, roleOn } from '../../../platform/roles.ts';
import type { AppServices } from '../../../platform/services.ts';
import type { AdminContext } from '../../../web/admin/admin-context.ts';
import { originFor } from '../../../web/page-context.ts';
import { type CategoryView, categoriesRepository } from '../../categories/categories.repository.ts';

/** Every newsroom role may open the article screens; the policy decides per article. */
export const newsroomRoles: Role[] = ['admin', 'chief_editor', 'editor', 'contributor'];
export const newsroom = { config: { access: { roles: newsroomRoles } } };

/** The signed-in person as the policy and the audit log see them. */
export function actorOf(request: FastifyRequest, services: AppServices): ActorInfo {
  const auth = request.auth;
  const site = request.site;
  if (!auth || !site) throw new AppError('FORBIDDEN');
  return {
    userId: auth.user.id,
    role: roleOn(services, auth.roles, site.id),
    label: auth.user.email,
    name: auth.user.display_name,
    ip: request.ip,
  };
}

/** The site of the request, for the article screens and the translators' routes that import it from here. */
export { siteIdOf } from '../../../web/admin/request.ts';

/** The numeric :id of the route, or a 404. */
export function idParam(request: FastifyRequest, name = 'id'): number {
  const raw = (request.params as Record<string, string | undefined>)[name] ?? '';
  if (!/^\d{1,12}$/.test(raw)) throw new AppError('NOT_FOUND');
  return Number(raw);
}

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
