import type { FastifyDynamicSwaggerOptions, SwaggerTransform } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { $ZodType } from 'zod/v4/core';
import { errorCatalogue } from '../../platform/errors.ts';
import { type Access, routeAccess } from '../../platform/roles.ts';
import type { AppServices } from '../../platform/services.ts';
import { SESSION_COOKIE } from '../../platform/sessions.ts';

declare module 'fastify' {
  interface FastifySchema {
    /** English summary and description of the operation (summary/description are Vietnamese). */
    'x-summary-en'?: string;
    'x-description-en'?: string;
  }
}

/** Only these paths are the API; everything else is left out of the document. */
export const API_PREFIX = '/api/v1';

/** A field's description in Vietnamese with its English twin, for `.meta()`. */
export function describe(vi: string, en: string) {
  return { description: vi, 'x-description-en': en };
}

/** Summary (and optional description) of an operation, in Vietnamese and English. */
export function operation(
  tags: string[],
  summary: [vi: string, en: string],
  description?: [vi: string, en: string],
) {
  return {
    tags,
    summary: summary[0],
    'x-summary-en': summary[1],
    ...(description ? { description: description[0], 'x-description-en': description[1] } : {}),
  };
}

/** The JSON every error has (src/platform/errors.ts); validation errors add `fields`. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(errorCatalogue) as [keyof typeof errorCatalogue]),
      message: z.string(),
      requestId: z.string(),
      fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error', ...describe('Lỗi, với mã ổn định', 'An error, with a stable code') });

/** Where the shared error schema lives in the document. */
export const ERROR_REF = '#/components/schemas/Error';

/** Error responses a route documents, by status. */
export function errorResponses(...statuses: Array<400 | 401 | 403 | 404 | 409 | 413>) {
  return Object.fromEntries(statuses.map((status) => [status, errorSchema])) as Record<
    number,
    typeof errorSchema
  >;
}

/** How a route's access is described: OpenAPI security plus `x-access` for the docs page. */
export interface AccessDoc {
  kind: 'public' | 'user' | 'roles';
  roles?: string[];
  scope?: string;
}

type Security = Array<Record<string, string[]>>;

function accessDoc(access: Access, method: string): { security: Security; 'x-access': AccessDoc } {
  if (access === 'public' || access === 'anonymous') {
    return { security: [], 'x-access': { kind: 'public' } satisfies AccessDoc };
  }
  const isWrite = !['GET', 'HEAD', 'OPTIONS'].includes(method);
  const session: Record<string, string[]> = isWrite
    ? { sessionCookie: [], csrfHeader: [] }
    : { sessionCookie: [] };
  if (typeof access === 'string')
    return { security: [session], 'x-access': { kind: 'user' } satisfies AccessDoc };
  return {
    security: [{ bearerAuth: access.scope ? [access.scope] : [] }, session],
    'x-access': {
      kind: 'roles',
      roles: [...access.roles],
      ...(access.scope ? { scope: access.scope } : {}),
    } satisfies AccessDoc,
  };
}

const isZod = (value: unknown) => value === undefined || value instanceof $ZodType;

/** Are all of a route's schema parts zod schemas (so jsonSchemaTransform can convert them)? */
function allZod(schema: Record<string, unknown>): boolean {
  const parts = [schema.body, schema.querystring, schema.params, schema.headers];
  const response = schema.response as Record<string, unknown> | undefined;
  for (const value of Object.values(response ?? {})) {
    const content = (value as { content?: Record<string, { schema?: unknown }> } | undefined)?.content;
    if (content) parts.push(...Object.values(content).map((entry) => entry.schema));
    else parts.push(value);
  }
  return parts.every(isZod);
}

/**
 * Keeps /api/v1 routes only, turns their zod schemas into JSON Schema (routes written with plain
 * JSON Schema pass through as they are) and documents the access each route enforces.
 */
const transform: SwaggerTransform = (document) => {
  const { url, route } = document;
  const schema = (document.schema ?? {}) as Record<string, unknown>;
  if (!(url === API_PREFIX || url.startsWith(`${API_PREFIX}/`)) || schema.hide) {
    return { schema: { hide: true }, url };
  }
  const converted = allZod(schema) ? jsonSchemaTransform({ ...document, schema }) : { schema, url };
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  const access = routeAccess(url, route.config?.access);
  return { schema: { ...converted.schema, ...accessDoc(access, methods[0] ?? 'GET') }, url };
};

/** Options for @fastify/swagger: OpenAPI 3.1, servers from PUBLIC_URL (else relative). */
export function swaggerOptions(services: Pick<AppServices, 'config'>): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Đình API',
        version: '1.0.0',
        description:
          'Giao diện lập trình JSON của cổng thông tin điện tử Đình. / The JSON API of the Đình e-portal.',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      servers: [{ url: services.config.PUBLIC_URL ?? '/' }],
      tags: [
        { name: 'articles', description: 'Tin bài / Articles' },
        { name: 'categories', description: 'Chuyên mục / Categories' },
        { name: 'media', description: 'Đa phương tiện / Media' },
        { name: 'search', description: 'Tìm kiếm / Search' },
        { name: 'legal-documents', description: 'Văn bản / Legal documents' },
        { name: 'meta', description: 'Tài liệu và phiên / Documentation and session' },
      ],
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            description: 'Khóa API "dinh_…" do quản trị viên cấp / An API key issued by an administrator',
          },
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: `Phiên đăng nhập quản trị (qua HTTPS: __Host-${SESSION_COOKIE}) / An admin session (over HTTPS: __Host-${SESSION_COOKIE})`,
          },
          csrfHeader: {
            type: 'apiKey',
            in: 'header',
            name: 'x-csrf-token',
            description: 'Mã CSRF cho yêu cầu ghi bằng phiên / CSRF token for session writes',
          },
        },
      },
    },
    transform,
    // Named (and recursive) schemas, such as the category tree's node, become components.
    transformObject: jsonSchemaTransformObject,
  };
}
