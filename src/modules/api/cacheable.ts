import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';

/** Public API reads: anyone (and any CDN) may keep them for a minute. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60';

function matches(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => {
    const candidate = tag.trim();
    return candidate === '*' || candidate.replace(/^W\//, '') === bare;
  });
}

/** The JSON text of data after its zod schema (so nothing outside the schema leaves). */
export function toJson<S extends z.ZodType>(schema: S, data: z.input<S>): string {
  return JSON.stringify(schema.parse(data));
}

/**
 * Sends a public response with Cache-Control and an ETag of its bytes, or 304 when the client
 * already has them.
 */
export function sendCacheable(
  request: FastifyRequest,
  reply: FastifyReply,
  text: string,
  contentType = 'application/json; charset=utf-8',
): FastifyReply {
  const etag = `W/"${createHash('sha1').update(text).digest('base64url')}"`;
  reply.header('cache-control', PUBLIC_CACHE_CONTROL);
  reply.header('etag', etag);
  reply.header('vary', 'Accept-Encoding');
  if (matches(request, etag)) return reply.code(304).send();
  return reply.type(contentType).send(text);
}
