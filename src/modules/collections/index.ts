import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { AppServices } from '../../platform/services.ts';
import { collectionAdminRoutes } from './admin/admin-routes.tsx';
import { FORM_MULTIPART_LIMITS } from './admin/attachments-form.ts';
import { collectionPublicRoutes } from './public-routes.tsx';
import { collectionDefs } from './registry.ts';

/**
 * The collection kit's public surface: declare a type with defineCollection, install it with
 * installCollection (src/collections.ts), and app.ts registers every installed type's routes.
 */
export { collectionApiRoutes } from './api.ts';
export {
  type CollectionDef,
  commonFields,
  defineCollection,
  editRoles,
  type PublicEntry,
} from './definition.ts';
export { installCollection } from './hooks.ts';
export { collectionDefs } from './registry.ts';
export { collectionRepository } from './repository.ts';

/** Admin screens and public pages of every installed collection. */
export async function collectionRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  // The admin forms may be multipart (attachments uploaded with the item): parsed in their scope only.
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: FORM_MULTIPART_LIMITS, throwFileSizeLimit: true });
    for (const def of collectionDefs()) await collectionAdminRoutes(scope, services, def);
  });
  for (const def of collectionDefs()) await collectionPublicRoutes(app, services, def);
}
