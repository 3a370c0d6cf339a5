import type { FastifyInstance } from 'fastify';
import type { AppServices } from '../../platform/services.ts';
import { collectionAdminRoutes } from './admin/admin-routes.tsx';
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
  for (const def of collectionDefs()) {
    await collectionAdminRoutes(app, services, def);
    await collectionPublicRoutes(app, services, def);
  }
}
