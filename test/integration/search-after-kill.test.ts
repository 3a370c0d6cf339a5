import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../src/modules/api/tokens.ts';
import { reindexAll } from '../../src/modules/search/registry.ts';
import { createStaff } from '../admin-session.ts';
import { dinhEnv, dinhFromSource } from '../cli-runner.ts';
import { createArticle, createCategory, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp, testDatabaseUrl, testEngine } from '../harness.ts';

/**
 * kill -9 between a publish's commit and its indexing (issue 12, finding 5). A real `dinh start`
 * process publishes an article whose index write fails (a trigger stands in for the crash
 * window: the commit is done, the effect is not), is killed with SIGKILL, and starts again: the
 * article is searchable, from the outbox and the start-up consistency check.
 */
let t: TestApp;
let token: string;
let categoryId: number;
const TITLE = 'Hội nghị xúc tiến đầu tư tỉnh Lạc Hồng năm 2027';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function databaseUrl(): Record<string, string> {
  if (!testDatabaseUrl) return {};
  const url = new URL(testDatabaseUrl);
  url.searchParams.set('options', `-c search_path=${t.pgSchema}`);
  return { DATABASE_URL: url.href };
}

/** `dinh start` from source in its own process, on the test installation; resolves once it serves. */
async function startPortal(): Promise<{ child: ChildProcess; base: string; exited: Promise<unknown> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...dinhFromSource, 'start'], {
    env: dinhEnv({
      DATA_DIR: t.dataDir,
      ...databaseUrl(),
      DEMO_CONTENT: 'false',
      PORT: String(port),
      HOST: '127.0.0.1',
    }),
    cwd: t.dataDir,
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.on('close', resolve));
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt++) {
    const status = await fetch(`${base}/healthz`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return { child, base, exited };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error('dinh start did not answer within 30 s');
}

/** Makes every index write of the article fail, the way a process dying before it would leave it. */
async function blockIndexing(): Promise<void> {
  if (testEngine === 'sqlite') {
    await sql
      .raw(
        `create trigger test_block_index before insert on search_documents when new.title like 'Hội nghị xúc tiến%'
         begin select raise(abort, 'indexing blocked by the test'); end`,
      )
      .execute(t.services.db);
    return;
  }
  await sql
    .raw(
      `create function test_block_index() returns trigger language plpgsql as $$
       begin if new.title like 'Hội nghị xúc tiến%' then raise exception 'indexing blocked by the test'; end if; return new; end $$;
       create trigger test_block_index before insert on search_documents for each row execute function test_block_index();`,
    )
    .execute(t.services.db);
}

async function unblockIndexing(): Promise<void> {
  if (testEngine === 'sqlite') await sql.raw('drop trigger test_block_index').execute(t.services.db);
  else await sql.raw('drop function test_block_index() cascade').execute(t.services.db);
}

async function api(base: string, path: string, body: unknown) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  t = await createTestApp();
  const siteId = await defaultSiteId(t.services.db);
  categoryId = await createCategory(t.services.db, siteId, { name: 'Tin tức', slug: 'tin-tuc' });
  // An index that is not empty (an empty one with public content is rebuilt whole at start).
  await createArticle(t.services.db, siteId, categoryId, { title: 'Khánh thành cầu Rạch Miễu hai' });
  await reindexAll(t.services);
  const chief = await createStaff(t.services, 'chief_editor', siteId);
  token = (
    await issueToken(t.services, {
      siteId,
      name: 'Khóa thử',
      scopes: ['articles:write'],
      expiresAt: null,
      actor: { actorId: chief.id, actorLabel: chief.email, ip: '127.0.0.1' },
    })
  ).token;
});
afterAll(async () => t?.close());

describe(`kill -9 after a publish commits, before it is indexed (${testEngine})`, () => {
  it('leaves the article searchable once the portal is started again', async () => {
    await blockIndexing();
    const first = await startPortal();
    let articleId: number;
    try {
      const created = await api(first.base, '/api/v1/articles', {
        title: TITLE,
        categoryId,
        lead: 'Tỉnh mời gọi các nhà đầu tư vào khu công nghiệp mới.',
        body: 'Hội nghị diễn ra tại trung tâm hội nghị tỉnh.',
      });
      expect(created.status).toBe(201);
      articleId = Number(created.json.id);
      const published = await api(first.base, `/api/v1/articles/${articleId}/transitions`, {
        action: 'publish',
      });
      expect(published.status).toBe(200);
    } finally {
      first.child.kill('SIGKILL');
      await first.exited;
    }
    // Committed and public, but not in the index; the effect waits in the outbox.
    const row = await t.services.db
      .selectFrom('articles')
      .select('status')
      .where('id', '=', articleId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('published');
    const indexed = () =>
      t.services.db
        .selectFrom('search_documents')
        .select('id')
        .where('type', '=', 'article')
        .where('item_id', '=', articleId)
        .executeTakeFirst();
    expect(await indexed()).toBeUndefined();
    const waiting = await t.services.db
      .selectFrom('outbox')
      .select(['kind', 'payload'])
      .where('kind', '=', 'search.reindex')
      .execute();
    expect(waiting.map((effect) => JSON.parse(effect.payload))).toContainEqual({
      type: 'article',
      id: articleId,
    });

    await unblockIndexing();
    const second = await startPortal();
    try {
      // Searchable as soon as the portal answers (the start-up check), and /healthz says what it fixed.
      const search = await fetch(`${second.base}/tim-kiem?q=${encodeURIComponent('xúc tiến đầu tư')}`);
      expect(search.status).toBe(200);
      expect(await search.text()).toMatch(new RegExp(`href="[^"]*-${articleId}"`));
      expect(await indexed()).toBeDefined();
      const health = (await (await fetch(`${second.base}/healthz`)).json()) as Record<string, unknown>;
      expect(health).toMatchObject({ search: 'ok', searchCheck: { missing: 1, stale: 0 } });
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
