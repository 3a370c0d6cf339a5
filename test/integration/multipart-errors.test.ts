import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createStaff, csrfToken, loginAs } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { createApiToken, filesBelow } from '../media-fixtures.ts';
import { BROKEN_MULTIPART } from '../multipart-fixtures.ts';

// A multipart body a browser never sends (cut off, with the wrong or no boundary, a garbage part
// header) is the client's mistake: a localised 400, and nothing stored. It used to be a 500.
let t: TestApp;
let admin: Client;
let csrf: string;
let token: string;

const mediaRows = async () =>
  Number(
    (
      await t.services.db
        .selectFrom('media')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await createTestApp();
  const siteId = await defaultSiteId(t.services.db);
  const staff = await createStaff(t.services, 'admin', siteId);
  admin = await loginAs(t.app, staff);
  csrf = csrfToken((await admin.get('/admin/media')).body);
  token = await createApiToken(t.services, { siteId, userId: staff.id, scopes: ['media:write'] });
});
afterAll(async () => t?.close());

const CASES = ['truncated', 'bad boundary', 'no boundary', 'header garbage'] as const;

describe('malformed multipart uploads', () => {
  it.each(CASES)('%s to /admin/media: the error page in Vietnamese', async (name) => {
    const broken = BROKEN_MULTIPART[name]?.(csrf);
    if (!broken) throw new Error(name);
    const response = await admin.request({
      method: 'POST',
      url: '/admin/media',
      headers: { 'content-type': broken.contentType, 'x-csrf-token': csrf },
      payload: broken.body,
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('<html lang="vi"');
    expect(response.body).toMatch(/Yêu cầu không hợp lệ|Tải lên không thành công|không/);
    expect(await mediaRows()).toBe(0);
    expect(await filesBelow(path.join(t.dataDir, 'media'))).toEqual([]);
  });

  it.each(CASES)('%s to /api/v1/media: a JSON problem', async (name) => {
    const broken = BROKEN_MULTIPART[name]?.();
    if (!broken) throw new Error(name);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/media',
      headers: { 'content-type': broken.contentType, authorization: `Bearer ${token}` },
      payload: broken.body,
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(['BAD_REQUEST', 'VALIDATION_FAILED']).toContain(error.code);
    expect(error.message).toMatch(/[À-ỹ]/);
    expect(await mediaRows()).toBe(0);
    expect(await filesBelow(path.join(t.dataDir, 'media'))).toEqual([]);
  });

  it('answers in English to an English client of the API', async () => {
    const broken = BROKEN_MULTIPART.truncated?.();
    if (!broken) throw new Error('truncated');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/media',
      headers: {
        'content-type': broken.contentType,
        authorization: `Bearer ${token}`,
        'accept-language': 'en',
      },
      payload: broken.body,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/^[\x20-\x7e]+$/);
  });
});
