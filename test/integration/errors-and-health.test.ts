import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, openDatabase } from '../../src/db/connection.ts';
import { createTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('errors and health', () => {
  it('reports a healthy database', async () => {
    const response = await t.app.inject({ url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: { status: 'ok' } });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('never shows internals: a failing query gives the styled 500 and a 503 health check', async () => {
    const other = await createTestApp();
    await other.services.database.close();
    const page = await other.app.inject({ url: '/' });
    expect(page.statusCode).toBe(500);
    expect(page.body).toContain('Hệ thống đang gặp sự cố');
    expect(page.body).toContain('INTERNAL');
    expect(page.body).not.toMatch(/select|sqlite|postgres|at .*\.ts:\d+|Error:/i);
    const health = await other.app.inject({ url: '/healthz' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({ status: 'error', database: { status: 'unreachable' } });
    await other.app.close();
  });

  it('answers API-style clients with JSON errors', async () => {
    const response = await t.app.inject({ url: '/no-such-thing', headers: { accept: 'application/json' } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('fails with one clear line when the database cannot be reached', async () => {
    const error = await openDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:1/nothing' }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(String(error.message)).toMatch(
      /^Cannot connect to the database \(PostgreSQL 127\.0\.0\.1:1\/nothing\): .+/,
    );
    expect(String(error.message)).not.toContain('\n');
  });
});
