import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LanguageCode } from '../../db/schema.ts';
import type { AppServices } from '../../platform/services.ts';

/** What a content resolver is asked: the path below the language prefix, as segments. */
export interface ContentRequest {
  services: AppServices;
  request: FastifyRequest;
  reply: FastifyReply;
  lang: LanguageCode;
  segments: string[];
  /** Every segment is a clean slug (lower-case ASCII letters, digits, hyphens). */
  isClean: boolean;
}

/**
 * A feature that renders pages at content paths (static pages, categories, articles): it answers
 * the paths that are its own and returns undefined for the others, which the next resolver tries.
 * app.ts passes them in order, so content imports none of the features that render.
 */
export type ContentResolver = (input: ContentRequest) => Promise<FastifyReply | undefined>;
