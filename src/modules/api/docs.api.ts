import { z } from 'zod';
import type { LanguageCode } from '../../db/schema.ts';
import type { AppServices } from '../../platform/services.ts';
import { siteOrigin } from '../../platform/sites/site.ts';
import type { ApiInstance } from './api.plugin.ts';
import { sendCacheable } from './cacheable.ts';
import { renderDocsPage } from './docs-page.tsx';
import { errorResponses, operation } from './openapi.ts';

/** The OpenAPI document, its readable page, and the CSRF token for session-authenticated writes. */
export async function docsApiRoutes(api: ApiInstance, services: AppServices): Promise<void> {
  let json: string | undefined;
  const documentText = () => {
    json ??= JSON.stringify(api.swagger());
    return json;
  };

  api.get(
    '/api/v1/openapi.json',
    {
      config: { access: 'public' },
      schema: operation(['meta'], ['Tài liệu OpenAPI 3.1 của API', 'The OpenAPI 3.1 document of the API']),
    },
    async (request, reply) => sendCacheable(request, reply, documentText()),
  );

  api.get(
    '/api/v1/docs',
    {
      config: { access: 'public' },
      schema: {
        ...operation(
          ['meta'],
          ['Trang tài liệu API dễ đọc', 'The readable API documentation page'],
          ['Tiếng Việt mặc định; ?lang=en cho tiếng Anh.', 'Vietnamese by default; ?lang=en for English.'],
        ),
        querystring: z.object({ lang: z.string().max(8).optional() }),
      },
    },
    async (request, reply) => {
      const wanted = request.query.lang;
      const lang: LanguageCode = wanted === 'en' || wanted === 'zh' ? wanted : 'vi';
      const html = renderDocsPage(JSON.parse(documentText()) as Record<string, unknown>, lang, {
        origin: siteOrigin(services, request.site),
        emblem: request.site?.emblem,
      });
      return sendCacheable(request, reply, html, 'text/html; charset=utf-8');
    },
  );

  api.get(
    '/api/v1/csrf-token',
    {
      config: { access: 'user' },
      schema: {
        ...operation(
          ['meta'],
          [
            'Mã CSRF cho các yêu cầu ghi bằng phiên đăng nhập',
            'A CSRF token for session-authenticated writes',
          ],
          [
            'Gửi mã trong tiêu đề x-csrf-token cùng cookie phiên.',
            'Send it in the x-csrf-token header along with the session cookie.',
          ],
        ),
        response: { 200: z.object({ token: z.string() }), ...errorResponses(401) },
      },
    },
    async (_request, reply) => ({ token: reply.generateCsrf() }),
  );
}
