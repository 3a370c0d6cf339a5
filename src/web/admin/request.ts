import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.ts';

/** What the admin routes read from the request besides the form (src/web/admin/form-kit.tsx). */

/** The site of the request (admin screens always have one; without it, a 404). */
export function siteIdOf(request: FastifyRequest): number {
  if (!request.site) throw new AppError('NOT_FOUND');
  return request.site.id;
}

/** The numeric :id of the route (at most nine digits, an INTEGER on both engines), or a 404. */
export function idParam(request: FastifyRequest): number {
  const raw = (request.params as { id?: string }).id ?? '';
  if (!/^\d{1,9}$/.test(raw)) throw new AppError('NOT_FOUND');
  return Number(raw);
}
