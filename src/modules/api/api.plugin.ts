import type { IncomingMessage, ServerResponse } from 'node:http';
import swagger from '@fastify/swagger';
import type { FastifyBaseLogger, FastifyError, FastifyInstance, RawServerDefault } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppServices } from '../../platform/services.ts';
import { docsApiRoutes } from './docs.api.ts';
import { swaggerOptions } from './openapi.ts';
import { FieldsError, fieldProblems, sendValidationFailed } from './validation.ts';

/** The Fastify instance API route modules receive: zod schemas type the request and reply. */
export type ApiInstance = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** A module of /api/v1 routes (declared with their full path, e.g. '/api/v1/media'). */
export type ApiRoutes = (api: ApiInstance, services: AppServices) => Promise<void>;

/** Largest JSON body the API accepts; bigger ones get 413 PAYLOAD_TOO_LARGE. */
export const API_BODY_LIMIT = 1024 * 1024;

/**
 * Registers the OpenAPI document (on the root, so every /api/v1 route registered after this
 * call is listed, wherever it lives) and the /api/v1 routes in one encapsulated plugin that
 * alone uses the zod validator and serializer. Features add their route modules through `extra`
 * (app.ts passes them: the API kit sits below the features and imports none of them).
 *
 * Validation errors are held until the access hooks have run (`attachValidation`), so a caller
 * without a session or the right role hears 401/403, never details of the body's schema.
 */
export async function apiRoutes(
  app: FastifyInstance,
  services: AppServices,
  extra: ApiRoutes[] = [],
): Promise<void> {
  await app.register(swagger, swaggerOptions(services));
  await app.register(async (scope) => {
    scope.setValidatorCompiler(validatorCompiler);
    scope.setSerializerCompiler(serializerCompiler);
    scope.addHook('onRoute', (route) => {
      route.attachValidation = true;
      route.bodyLimit ??= API_BODY_LIMIT;
    });
    // Runs after the access and CSRF hooks (registered on the root, so they come first).
    scope.addHook('preHandler', async (request) => {
      if (request.validationError) throw request.validationError;
    });
    scope.setErrorHandler(async (error: FastifyError, request, reply) => {
      if (hasZodFastifySchemaValidationErrors(error)) {
        const context = error.validationContext;
        const input =
          context === 'querystring'
            ? request.query
            : context === 'params'
              ? request.params
              : context === 'headers'
                ? request.headers
                : request.body;
        return sendValidationFailed(request, reply, fieldProblems(error.validation, input, request.lang));
      }
      if (error instanceof FieldsError) return sendValidationFailed(request, reply, error.fields);
      // Everything else: the application's handler (catalogue codes, 413, 500 without internals).
      throw error;
    });
    const api = scope.withTypeProvider<ZodTypeProvider>();
    for (const routes of [docsApiRoutes, ...extra]) {
      await routes(api, services);
    }
  });
}
