import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { bootstrap } from '../../src/bootstrap.ts';
import { settingsValues } from '../../src/modules/sites/admin/settings-admin.service.ts';
import { RedisUnavailableError } from '../../src/platform/cluster.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import { createArticle, createCategory, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

// Two instances of one installation (same database, same DATA_DIR) talking through the real
// Redis on this machine; a channel prefix of their own keeps parallel test files apart.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function until(check: () => Promise<boolean>, timeoutMs = 3000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return check();
}

describe('several instances with Redis', () => {
  const env = { REDIS_URL, REDIS_PREFIX: `dinh-test-${randomBytes(4).toString('hex')}` };
  let a: TestApp;
  let b: TestApp;
  let admin: Client;
  let siteId: number;
  let categoryId: number;
  let articleUrl: string;

  beforeAll(async () => {
    a = await createTestApp({ env });
    b = await createTestApp({ env, sameInstallationAs: a });
    siteId = await defaultSiteId(a.services.db);
    categoryId = await createCategory(a.services.db, siteId, {
      name: 'Kinh tế',
      slug: 'kinh-te',
      showInMenu: true,
    });
    const id = await createArticle(a.services.db, siteId, categoryId, {
      title: 'Mùa lúa chín trên cánh đồng',
    });
    articleUrl = `/kinh-te/mua-lua-chin-tren-canh-dong-${id}`;
    admin = await loginAs(a.app, await createStaff(a.services, 'admin', siteId));
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('both instances say they are clustered', () => {
    expect(a.services.cluster.mode).toBe('redis');
    expect(b.services.cluster.instanceId).not.toBe(a.services.cluster.instanceId);
  });

  it('a category renamed on one instance disappears from the other instance’s cached pages', async () => {
    const first = await b.app.inject({ url: articleUrl });
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('Kinh tế');
    expect((await b.app.inject({ url: articleUrl })).headers['x-cache']).toBe('HIT');

    const saved = await admin.submit(`/admin/categories/${categoryId}`, `/admin/categories/${categoryId}`, {
      name_vi: 'Kinh tế - Đầu tư',
      slug_vi: 'kinh-te',
      position: '0',
      show_in_menu: '1',
    });
    expect(saved.statusCode).toBe(303);

    const fresh = await until(async () =>
      (await b.app.inject({ url: articleUrl })).body.includes('Kinh tế - Đầu tư'),
    );
    expect(fresh).toBe(true);
  });

  it('site settings saved on one instance reach the other instance’s site directory', async () => {
    const site = a.services.sites.byId(siteId)!;
    const saved = await admin.submit('/admin/settings', '/admin/settings', {
      ...settingsValues(site),
      name_vi: 'Cổng thông tin điện tử tỉnh Lạc Hồng',
    });
    expect(saved.statusCode).toBe(303);
    const reached = await until(
      async () => b.services.sites.byId(siteId)?.name.vi === 'Cổng thông tin điện tử tỉnh Lạc Hồng',
    );
    expect(reached).toBe(true);
    expect((await b.app.inject({ url: '/' })).body).toContain('Cổng thông tin điện tử tỉnh Lạc Hồng');
  });

  it('an instance whose Redis link broke drops its caches when the link comes back', async () => {
    await b.app.inject({ url: articleUrl });
    expect((await b.app.inject({ url: articleUrl })).headers['x-cache']).toBe('HIT');
    // A change whose invalidation B cannot have received: written straight to the database.
    await a.services.db
      .updateTable('articles')
      .set({ title: 'Mùa lúa chín vàng trên cánh đồng' })
      .where('site_id', '=', siteId)
      .execute();
    const control = new Redis(REDIS_URL);
    try {
      const clients = String(await control.call('CLIENT', 'LIST', 'TYPE', 'pubsub'));
      const ids = [...clients.matchAll(/^id=(\d+) .*\bname=(\S*)/gm)]
        .filter((match) => match[2] === `${env.REDIS_PREFIX}:subscriber`)
        .map((match) => match[1]!);
      expect(ids.length).toBeGreaterThanOrEqual(2);
      for (const id of ids) await control.call('CLIENT', 'KILL', 'ID', id);
    } finally {
      control.disconnect();
    }
    const healed = await until(
      async () => (await b.app.inject({ url: articleUrl })).body.includes('Mùa lúa chín vàng'),
      5000,
    );
    expect(healed).toBe(true);
  });
});

describe('one instance without Redis', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp({ sameInstallationAs: a });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('keeps its own cache: a purge on one instance does not reach the other (why REDIS_URL exists)', async () => {
    expect(a.services.cluster.mode).toBe('single');
    const siteId = await defaultSiteId(a.services.db);
    const categoryId = await createCategory(a.services.db, siteId, { name: 'Xã hội', slug: 'xa-hoi' });
    const id = await createArticle(a.services.db, siteId, categoryId, { title: 'Ngày hội đại đoàn kết' });
    const url = `/xa-hoi/ngay-hoi-dai-doan-ket-${id}`;
    expect((await b.app.inject({ url })).statusCode).toBe(200);
    await a.services.db.updateTable('articles').set({ title: 'Ngày hội đại đoàn kết toàn dân' }).execute();
    a.services.purge([`article:${id}`]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = await b.app.inject({ url });
    expect(again.headers['x-cache']).toBe('HIT');
    expect(again.body).not.toContain('toàn dân');
  });
});

describe('start-up with REDIS_URL', () => {
  it('stops with a clear error when Redis does not answer', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'dinh-redis-down-'));
    onTestFinished(() => rm(dataDir, { recursive: true, force: true }));
    const config = loadConfig({
      DATA_DIR: dataDir,
      DEMO_CONTENT: 'false',
      LOG_LEVEL: 'silent',
      REDIS_URL: 'redis://:secret-password@127.0.0.1:6390',
    });
    const error = await bootstrap(config).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(RedisUnavailableError);
    expect(String((error as Error).message)).toMatch(
      /Cannot connect to Redis \(redis:\/\/127\.0\.0\.1:6390\/?\)/,
    );
    expect(String((error as Error).message)).not.toContain('secret-password');
  });
});
