import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/index.ts';
import { createTestApp, type TestApp } from '../harness.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('API errors speak the caller’s language', () => {
  it('localises 401 and 404 by Accept-Language, Vietnamese by default, keeping the code', async () => {
    const cases = [
      [undefined, 'vi'],
      ['vi-VN,vi;q=0.9', 'vi'],
      ['en-GB,en;q=0.8', 'en'],
      ['zh-CN', 'zh'],
      ['fr-FR', 'vi'],
    ] as const;
    for (const [header, lang] of cases) {
      const headers = { host: 'localhost', ...(header ? { 'accept-language': header } : {}) };
      const t401 = await t.app.inject({ method: 'POST', url: '/api/v1/articles', headers, payload: {} });
      expect(t401.statusCode).toBe(401);
      expect(t401.json().error).toMatchObject({
        code: 'UNAUTHORIZED',
        message: messages(lang).errors.unauthorizedBody,
      });
      const t404 = await t.app.inject({ method: 'GET', url: '/api/v1/articles/999999', headers });
      expect(t404.statusCode).toBe(404);
      expect(t404.json().error).toMatchObject({
        code: 'NOT_FOUND',
        message: messages(lang).errors.notFoundBody,
      });
      // Answered outside the API's own routes: an unknown address, a form-only route.
      for (const url of ['/api/v1/no-such-thing', '/api/v2/articles']) {
        const outside = await t.app.inject({ method: 'GET', url, headers });
        const { code, message } = outside.json().error;
        const body = code === 'UNAUTHORIZED' ? 'unauthorizedBody' : 'notFoundBody';
        expect(message, `${url} ${lang}`).toBe(messages(lang).errors[body]);
      }
    }
    expect(messages('en').errors.unauthorizedBody).not.toBe(messages('vi').errors.unauthorizedBody);
  });

  it('?lang= chooses the language of an error body, over Accept-Language', async () => {
    for (const lang of ['vi', 'en', 'zh'] as const) {
      for (const accept of [undefined, 'fr-FR', lang === 'en' ? 'zh-CN' : 'en-GB']) {
        const headers = { host: 'localhost', ...(accept ? { 'accept-language': accept } : {}) };
        const t401 = await t.app.inject({
          method: 'POST',
          url: `/api/v1/articles?lang=${lang}`,
          headers,
          payload: {},
        });
        expect(t401.statusCode).toBe(401);
        expect(t401.json().error.message, `${lang} ${accept}`).toBe(messages(lang).errors.unauthorizedBody);
        const t404 = await t.app.inject({
          method: 'GET',
          url: `/api/v1/articles/999999?lang=${lang}`,
          headers,
        });
        expect(t404.json().error.message, `${lang} ${accept}`).toBe(messages(lang).errors.notFoundBody);
      }
    }
    // A language the portal does not have falls back to the header.
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/v1/articles?lang=fr',
      headers: { host: 'localhost', 'accept-language': 'en' },
      payload: {},
    });
    expect(other.json().error.message).toBe(messages('en').errors.unauthorizedBody);
  });
});
