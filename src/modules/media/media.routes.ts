import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { AppServices } from '../../platform/services.ts';
import { mediaAdminRoutes } from './media.admin.tsx';
import { MULTIPART_LIMITS } from './upload.ts';

/**
 * The media library's admin screens (/admin/media), with multipart parsing registered in their
 * own scope only. The JSON API (media.api.ts) is registered with the other /api/v1 routes.
 */
export async function mediaRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: MULTIPART_LIMITS, throwFileSizeLimit: true });
    await mediaAdminRoutes(scope, services);
  });
}
