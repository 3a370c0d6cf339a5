import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocsPage } from '../../src/modules/api/docs-page.tsx';
import { createTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

type Operation = {
  tags?: string[];
  summary?: string;
  'x-summary-en'?: string;
  'x-access'?: { kind: string };
  security?: unknown[];
};

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 JSON with an operation for every /api/v1 route registered', async () => {
    const response = await t.app.inject({ url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    const doc = JSON.parse(response.body);
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('Đình API');
    expect(doc.servers).toEqual([{ url: '/' }]);

    const routes = t.app.routeTable.filter(
      (route) => /^\/api\/v1(\/|$)/.test(route.url) && route.method !== 'HEAD' && route.method !== 'OPTIONS',
    );
    expect(routes.length).toBeGreaterThanOrEqual(12);
    const missing = routes.filter((route) => {
      const path = route.url.replace(/:([A-Za-z_]+)/g, '{$1}');
      return !doc.paths[path]?.[route.method.toLowerCase()];
    });
    expect(missing).toEqual([]);
    // …and nothing that is not the API.
    expect(Object.keys(doc.paths).every((path) => path.startsWith('/api/v1/'))).toBe(true);
    // The media routes, registered by their own module, are in the document too.
    expect(doc.paths['/api/v1/media']?.post).toBeDefined();

    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Operation>>)) {
      for (const [method, operation] of Object.entries(item)) {
        expect(operation['x-access'], `${method} ${path}`).toBeDefined();
        // This module's operations are described in both languages.
        if (operation.tags?.some((tag) => ['articles', 'categories', 'meta'].includes(tag))) {
          expect(operation.summary, `${method} ${path}`).toBeTruthy();
          expect(operation['x-summary-en'], `${method} ${path}`).toBeTruthy();
        }
      }
    }
    const create = doc.paths['/api/v1/articles'].post;
    expect(create.security).toEqual([
      { bearerAuth: ['articles:write'] },
      { sessionCookie: [], csrfHeader: [] },
    ]);
    expect(create['x-access']).toMatchObject({ kind: 'roles', scope: 'articles:write' });
    expect(create.requestBody.content['application/json'].schema).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: expect.arrayContaining(['title', 'categoryId']),
    });
    expect(doc.paths['/api/v1/articles'].get.security).toEqual([]);
    // Every $ref points at a schema that exists.
    const refs = [...response.body.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    for (const ref of refs) expect(doc.components.schemas[ref as string], ref).toBeDefined();
  });

  it('names PUBLIC_URL as the server when it is set', async () => {
    const other = await createTestApp({ env: { PUBLIC_URL: 'https://lachong.gov.vn' } });
    try {
      const doc = (await other.app.inject({ url: '/api/v1/openapi.json' })).json();
      expect(doc.servers).toEqual([{ url: 'https://lachong.gov.vn' }]);
      expect(doc.paths['/api/v1/articles']).toBeDefined();
    } finally {
      await other.close();
    }
  });
});

describe('API documentation page', () => {
  it('renders every operation in Vietnamese, without scripts', async () => {
    const response = await t.app.inject({ url: '/api/v1/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const html = response.body;
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Tài liệu API của Đình');
    expect(html).not.toMatch(/<script/i);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Operation>>)) {
      for (const [method, operation] of Object.entries(item)) {
        expect(html).toContain(`${method.toUpperCase()}</span> <code>${path}</code>`);
        if (operation.summary) expect(html).toContain(operation.summary);
      }
    }
    expect(html).toContain('Phạm vi khóa API: articles:write');
    expect(html).toContain('Vai trò: Quản trị, Trưởng ban biên tập');
    expect(html).toContain('VALIDATION_FAILED');
    expect(html).toContain('pageSize');
  });

  it('is available in English with ?lang=en', async () => {
    const response = await t.app.inject({ url: '/api/v1/docs?lang=en' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<html lang="en">');
    expect(response.body).toContain('Đình API documentation');
    expect(response.body).toContain('Create a draft');
    expect(response.body).toContain('API key scope: articles:write');
    expect(response.body).not.toContain('Tạo bài nháp');
  });

  it('escapes everything it shows from the document', () => {
    const evil = '<script>alert("x")</script>';
    const html = renderDocsPage(
      {
        paths: {
          '/api/v1/evil/{id}': {
            get: {
              summary: evil,
              description: `<img src=x onerror=alert(1)>`,
              parameters: [{ name: '<b>id</b>', in: 'path', required: true, schema: { type: 'integer' } }],
              'x-access': { kind: 'roles', roles: ['<i>admin</i>'], scope: '"><svg onload=alert(1)>' },
              responses: {
                200: {
                  content: {
                    'application/json': {
                      schema: {
                        type: 'object',
                        properties: { '<u>field</u>': { type: 'string', description: evil } },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
      'vi',
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<svg');
    expect(html).not.toMatch(/<(b|i|u)>/);
    expect(html).toContain('&lt;script>alert(&quot;x&quot;)&lt;/script>');
    expect(html).toContain('&lt;u>field&lt;/u>');
  });
});
