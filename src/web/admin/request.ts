import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.ts';
import { isRowId, MAX_ROW_ID } from '../../platform/nfc-input.ts';
import { type ActorInfo, roleOn } from '../../platform/roles.ts';
import type { AppServices } from '../../platform/services.ts';

/** What the admin routes read from the request besides the form (src/web/admin/form-kit.tsx). */

/** The site of the request (admin screens always have one; without it, a 404). */
export function siteIdOf(request: FastifyRequest): number {
  if (!request.site) throw new AppError('NOT_FOUND');
  return request.site.id;
}

/** The largest row id: ids are INTEGER on both engines (SQLite's are wider, PostgreSQL's are not). */
export const MAX_ID = MAX_ROW_ID;

/** A route parameter as a row id (1 … MAX_ID, written without leading zeros), else undefined. */
export function rowId(raw: string | undefined): number | undefined {
  return isRowId(raw) ? Number(raw) : undefined;
}

/** The numeric :id (or another named parameter) of the route, or a 404 on both engines alike. */
export function idParam(request: FastifyRequest, name = 'id'): number {
  const id = rowId((request.params as Record<string, string | undefined>)[name]);
  if (id === undefined) throw new AppError('NOT_FOUND');
  return id;
}

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
