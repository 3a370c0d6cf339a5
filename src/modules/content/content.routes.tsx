import type { FastifyInstance } from 'fastify';
import { languageInfo, languages } from '../../i18n/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AppServices } from '../../platform/services.ts';
import type { ContentResolver } from './resolvers.ts';

const SEGMENT = /^[a-z0-9][a-z0-9-]{0,199}$/;

/** Splits a path below the language prefix; undefined when it cannot be a content path. */
function slugSegments(rest: string): string[] | undefined {
  const segments = rest.split('/').filter(Boolean);
  if (segments.length === 0 || segments.length > 6) return undefined;
  return segments;
}

/**
 * Everything under a language prefix that is not a fixed route: static pages
 * (/gioi-thieu/lich-su-van-hoa), categories (/tin-tuc) and articles (/kinh-te/slug-123), each
 * answered by the first resolver that knows the path.
 */
export async function contentRoutes(
  app: FastifyInstance,
  services: AppServices,
  resolvers: ContentResolver[],
): Promise<void> {
  for (const lang of languages) {
    const prefix = languageInfo[lang].prefix;
    app.get(`${prefix}/*`, async (request, reply) => {
      const rest = (request.params as { '*': string })['*'] ?? '';
      const segments = slugSegments(rest);
      if (!request.site || !segments) throw new AppError('NOT_FOUND');
      const isClean = segments.every((segment) => SEGMENT.test(segment));
      for (const resolve of resolvers) {
        const answered = await resolve({ services, request, reply, lang, segments, isClean });
        if (answered) return answered;
      }
      throw new AppError('NOT_FOUND');
    });
  }
}
