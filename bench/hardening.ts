// Hardening benchmark (issue 12): what the security and recovery work costs, on the real app built
// by the test harness (test/harness.ts). Runs on SQLite, or on PostgreSQL when DATABASE_URL (or
// TEST_DATABASE_URL) is postgres://… — a throwaway database: the app lives in its own schema there,
// and the restore goes into a second database created and dropped by the script. Not part of
// `npm test`.
//
//   npm run bench:hardening
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_bench npm run bench:hardening
//
// Prints a Markdown table and writes bench/results/hardening-<engine>.{md,json}.

import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backupMessages } from '../src/i18n/cli-backup.ts';
import { appendAudit, CHAIN, GENESIS_HASH, keyedEntryHash, verifyAudit } from '../src/modules/audit/audit.ts';
import { checkSearchIndex } from '../src/modules/search/consistency.ts';
import { reindexAll } from '../src/modules/search/registry.ts';
import { createBackup } from '../src/platform/backup/backup.ts';
import { restoreBackup } from '../src/platform/backup/restore.ts';
import type { Installation } from '../src/platform/backup/target.ts';
import { hasControlCharacters } from '../src/platform/nfc-input.ts';
import { hashPassword, passwordVerifications, verifyPassword } from '../src/platform/passwords.ts';
import { Client, createStaff, csrfToken } from '../test/admin-session.ts';
import { createCategory, defaultSiteId } from '../test/factories.ts';
import { createApiToken, uploadForm } from '../test/media-fixtures.ts';
import {
  bombPng,
  count,
  insertArticles,
  median,
  round,
  schemaUrl,
  timed,
  withPg,
} from './hardening-helpers.ts';

// The harness reads TEST_DATABASE_URL when it is loaded: set it from DATABASE_URL first.
const PG_URL = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
if (PG_URL) process.env.TEST_DATABASE_URL = PG_URL;
const { createTestApp } = await import('../test/harness.ts');
type TestApp = Awaited<ReturnType<typeof createTestApp>>;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENGINE = PG_URL ? 'postgres' : 'sqlite';
const AUDIT_KEY = randomBytes(32).toString('hex');
const PASSPHRASE = 'bench-backup-passphrase-2026';
const rows: { what: string; value: string }[] = [];
const json: Record<string, unknown> = {};

const log = (text: string) => process.stderr.write(`${ENGINE}: ${text}\n`);
function report(what: string, value: string, raw: unknown) {
  rows.push({ what, value });
  json[what] = raw;
  log(`${what}: ${value}`);
}
// 6. The edge check: a cached public page with and without a long query string.
async function edgeCheck(t: TestApp) {
  const longQuery = `?${Array.from({ length: 50 }, (_, i) => `tham_so_${i}=gia-tri-${i}-${'x'.repeat(6)}`).join('&')}`;
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { host: 'localhost' } });
  /** Median µs per request of each URL, measured in turn (one of each per round, so drift hits both). */
  const perRequest = async (urls: string[]) => {
    for (const url of urls) {
      const first = await get(url);
      if (first.statusCode !== 200) throw new Error(`GET ${url.slice(0, 40)}… answered ${first.statusCode}`);
    }
    for (let i = 0; i < 200; i++) for (const url of urls) await get(url); // warm-up (and cached)
    const times = urls.map((): number[] => []);
    for (let i = 0; i < 2000; i++) {
      for (const [index, url] of urls.entries()) {
        const started = performance.now();
        await get(url);
        times[index]?.push((performance.now() - started) * 1000);
      }
    }
    return times.map(median);
  };
  const hitsBefore = t.services.pageCache.stats.hits;
  const [plain = 0, long = 0] = await perRequest(['/', `/${longQuery}`]);
  const hits = t.services.pageCache.stats.hits - hitsBefore;
  // Both pages come from the page cache, answered in onRequest before the edge check runs.
  if (hits < 4400) throw new Error(`only ${hits} of 4,402 requests were cache hits`);
  report('cached home page, no query (median of 2,000)', `${round(plain, 0)} µs`, {
    us: plain,
    cacheHits: hits,
  });
  report(`cached home page, 50 params (${longQuery.length} chars)`, `${round(long, 0)} µs`, { us: long });
  // An uncached route that passes the edge check (preValidation) on every request.
  const [health = 0, healthLong = 0] = await perRequest(['/healthz', `/healthz${longQuery}`]);
  report('/healthz (not cached, edge check runs), no query', `${round(health, 0)} µs`, { us: health });
  report('/healthz, 50 params', `${round(healthLong, 0)} µs`, { us: healthLong });
  // The check itself, on the parsed query of a page that is not served from the cache.
  const query = Object.fromEntries(new URLSearchParams(longQuery.slice(1)));
  let found = false;
  const started = performance.now();
  for (let i = 0; i < 100_000; i++) found = hasControlCharacters(query) || found;
  const ns = ((performance.now() - started) * 1e6) / 100_000;
  if (found) throw new Error('a control character in the benchmark query');
  report('control-character check alone, 50-param query', `${round(ns / 1000, 2)} µs`, { ns });
}

// 1. The keyed audit chain: appends, then verification over 5,000 and 20,000 entries.
async function audit(t: TestApp) {
  const { db } = t.services;
  const appends = await timed(async () => {
    for (let i = 0; i < 1000; i++)
      await appendAudit(db, {
        actorLabel: 'bench',
        action: 'bench.append',
        entityType: 'bench',
        entityId: i,
        after: { i },
      });
  });
  report('appendAudit, 1,000 sequential calls', `${round(appends.ms / 1000, 2)} ms per append`, {
    totalMs: appends.ms,
  });
  for (const target of [5000, 20000]) {
    const have = await count(db, 'audit_log');
    const last = await db
      .selectFrom('audit_log')
      .select('hash')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    let prev = last?.hash ?? GENESIS_HASH;
    const at = new Date().toISOString();
    for (let start = have; start < target; start += 500) {
      const batch = [];
      for (let i = start; i < Math.min(target, start + 500); i++) {
        const fields = {
          at,
          site_id: null,
          actor_id: null,
          actor_label: 'bench',
          ip: '192.0.2.1',
          action: 'article.update',
          entity_type: 'article',
          entity_id: String(i),
          before: JSON.stringify({ title: `Bài ${i}` }),
          after: JSON.stringify({ title: `Bài ${i} (sửa)` }),
          prev_hash: prev,
        };
        prev = keyedEntryHash(fields, AUDIT_KEY);
        batch.push({ ...fields, hash: prev, chain: CHAIN.keyed });
      }
      await db.insertInto('audit_log').values(batch).execute();
    }
    const runs: number[] = [];
    let checked = 0;
    for (let run = 0; run < 5; run++) {
      const { ms, result } = await timed(() => verifyAudit(db));
      if (!result.ok)
        throw new Error(`the audit chain does not verify: ${result.reason} at ${result.brokenAt}`);
      checked = result.checked;
      runs.push(ms);
    }
    report(
      `verifyAudit, ${checked.toLocaleString('en')} entries (median of 5)`,
      `${round(median(runs), 0)} ms`,
      {
        entries: checked,
        runsMs: runs,
      },
    );
  }
}

// 2. The search consistency check over 10,000 articles, consistent and then damaged.
async function searchCheck(t: TestApp, siteId: number) {
  const { db } = t.services;
  const categoryId = await createCategory(db, siteId, { name: 'Tin tức', slug: 'tin-tuc-bench' });
  await insertArticles(db, siteId, categoryId, 10_000, 'tim');
  await reindexAll(t.services);
  const articles = await count(db, 'articles');
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const { ms, result } = await timed(() => checkSearchIndex(t.services));
    if (result.missing + result.stale > 0) throw new Error(`not consistent: ${result.summary}`);
    runs.push(ms);
  }
  report(
    `search check, consistent, ${articles.toLocaleString('en')} articles (median of 5)`,
    `${round(median(runs), 0)} ms`,
    { runsMs: runs },
  );
  // Three rounds, each on 200 other articles: 100 index rows removed, 100 articles withdrawn
  // behind the index's back.
  const ids = (await db.selectFrom('articles').select('id').orderBy('id').limit(600).execute()).map(
    (r) => r.id,
  );
  const damaged: number[] = [];
  const repaired: { missing: number; stale: number }[] = [];
  for (let run = 0; run < 3; run++) {
    const slice = ids.slice(run * 200, run * 200 + 200);
    await db
      .deleteFrom('search_documents')
      .where('type', '=', 'article')
      .where('item_id', 'in', slice.slice(0, 100))
      .execute();
    await db.updateTable('articles').set({ status: 'draft' }).where('id', 'in', slice.slice(100)).execute();
    const { ms, result } = await timed(() => checkSearchIndex(t.services));
    damaged.push(ms);
    repaired.push({ missing: result.missing, stale: result.stale });
  }
  const all100 = repaired.every((r) => r.missing === 100 && r.stale === 100);
  report(
    'search check, 100 missing + 100 stale rows (median of 3)',
    `${round(median(damaged), 0)} ms, repaired ${all100 ? '100 missing + 100 stale each time' : JSON.stringify(repaired)}`,
    { runsMs: damaged, repaired },
  );
}

// 3. An image bomb refused through POST /api/v1/media.
async function imageBomb(t: TestApp, siteId: number) {
  const editor = await createStaff(t.services, 'editor', siteId);
  const token = await createApiToken(t.services, { siteId, userId: editor.id, scopes: ['media:write'] });
  const bomb = bombPng(10000, 9999);
  const post = () =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/media',
      headers: { authorization: `Bearer ${token}`, host: 'localhost' },
      payload: uploadForm([{ name: 'bom.png', bytes: bomb }]),
    });
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const { ms, result } = await timed(post);
    if (result.statusCode !== 400 || result.json().error?.files?.[0]?.reason !== 'dimensions')
      throw new Error(`the bomb got ${result.statusCode}: ${result.body.slice(0, 200)}`);
    if (i > 0) times.push(ms);
  }
  report(
    `image bomb 10000×9999 PNG (${round(bomb.length / 1024, 0)} KB) refused, 400 (median of 20)`,
    `${round(median(times), 1)} ms`,
    { bytes: bomb.length, times },
  );
}

// 4. 20 parallel wrong passwords for one account from one address.
async function guessStorm(t: TestApp, siteId: number) {
  const editor = await createStaff(t.services, 'editor', siteId);
  const client = new Client(t.app);
  const remoteAddress = '198.51.100.77';
  const page = await client.request({ method: 'GET', url: '/admin/login', remoteAddress });
  const csrf = csrfToken(page.body);
  const before = passwordVerifications();
  const { ms, result } = await timed(() =>
    Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        client.request({
          method: 'POST',
          url: '/admin/login',
          remoteAddress,
          payload: new URLSearchParams({
            _csrf: csrf,
            email: editor.email,
            password: `sai-mat-khau-${i}`,
          }).toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
      ),
    ),
  );
  const hashes = passwordVerifications() - before;
  const statuses = result.map((response) => response.statusCode);
  const locked = statuses.filter((status) => status === 429).length;
  report(
    '20 parallel wrong logins, one account',
    `${hashes} argon2 checks, ${round(ms, 0)} ms total (${locked}× 429)`,
    {
      hashes,
      ms,
      statuses,
    },
  );
  // For comparison: what the storm cost before the lock was decided first (20 argon2 checks).
  const hash = await hashPassword('Lạc-Hồng-mật-khẩu-2026');
  const reference = await timed(() =>
    Promise.all(Array.from({ length: 20 }, (_, i) => verifyPassword(hash, `sai-mat-khau-${i}`))),
  );
  report('for comparison: 20 parallel argon2 checks alone', `${round(reference.ms, 0)} ms`, {
    ms: reference.ms,
  });
}

// 5. dinh backup and dinh restore of the demo portal with 5,000 more articles.
async function backupRestore() {
  log('loading the demo portal');
  const t = await createTestApp({ demo: true });
  const work = mkdtempSync(join(os.tmpdir(), 'dinh-hardening-bench-'));
  const databases: string[] = [];
  try {
    const siteId = await defaultSiteId(t.services.db);
    const category = await t.services.db
      .selectFrom('categories')
      .select('id')
      .where('site_id', '=', siteId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await insertArticles(t.services.db, siteId, category.id, 5000, 'sao-luu');
    const articles = await count(t.services.db, 'articles');
    const source: Installation = {
      engine: ENGINE,
      databaseUrl: PG_URL && t.pgSchema ? schemaUrl(PG_URL, t.pgSchema) : undefined,
      sqliteFile: join(t.dataDir, 'dinh.sqlite'),
      mediaDir: join(t.dataDir, 'media'),
      secretsFile: join(t.dataDir, 'secrets.json'),
    };
    const messages = backupMessages('en');
    const backups: number[] = [];
    const restores: number[] = [];
    let bytes = 0;
    let mediaFiles = 0;
    for (let run = 0; run < 3; run++) {
      const file = join(work, `backup-${run}.tar`);
      const backup = await timed(() =>
        createBackup({ file, source, passphrase: PASSPHRASE, t: messages, now: new Date() }),
      );
      backups.push(backup.ms);
      bytes = statSync(file).size;
      mediaFiles = backup.result.mediaFiles;
      const targetDir = join(work, `target-${run}`);
      let databaseUrl: string | undefined;
      if (PG_URL && t.pgSchema) {
        const database = `h_bench_restore_${randomBytes(4).toString('hex')}`;
        await withPg(PG_URL, (client) => client.query(`create database ${database}`));
        databases.push(database);
        const url = new URL(PG_URL);
        url.pathname = `/${database}`;
        databaseUrl = schemaUrl(url.href, t.pgSchema);
      }
      const target: Installation = {
        engine: ENGINE,
        databaseUrl,
        sqliteFile: join(targetDir, 'dinh.sqlite'),
        mediaDir: join(targetDir, 'media'),
        secretsFile: join(targetDir, 'secrets.json'),
      };
      const restore = await timed(() =>
        restoreBackup({ file, target, force: false, passphrase: async () => PASSPHRASE, t: messages }),
      );
      restores.push(restore.ms);
    }
    report(
      `dinh backup, demo portal + 5,000 articles (${articles.toLocaleString('en')} articles, ${mediaFiles} media files; median of 3)`,
      `${round(median(backups) / 1000, 2)} s, archive ${round(bytes / 1e6, 1)} MB`,
      { runsMs: backups, bytes, articles, mediaFiles },
    );
    report(
      'dinh restore of that archive into an empty target (median of 3)',
      `${round(median(restores) / 1000, 2)} s`,
      {
        runsMs: restores,
      },
    );
  } finally {
    await t.close();
    rmSync(work, { recursive: true, force: true });
    for (const database of databases)
      if (PG_URL) await withPg(PG_URL, (client) => client.query(`drop database ${database}`));
  }
}

const started = performance.now();
const loadBefore = os.loadavg()[0] ?? 0;
const t = await createTestApp({ env: { AUDIT_KEY } });
try {
  const siteId = await defaultSiteId(t.services.db);
  log('edge check');
  await edgeCheck(t);
  log('audit chain');
  await audit(t);
  log('search consistency check (loading 10,000 articles)');
  await searchCheck(t, siteId);
  log('image bomb');
  await imageBomb(t, siteId);
  log('password-guess storm');
  await guessStorm(t, siteId);
} finally {
  await t.close();
}
await backupRestore();

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 1e9)} GB, Node ${process.version}`;
const load = `${round(loadBefore)} → ${round(os.loadavg()[0] ?? 0)}`;
const lines = [
  `# Hardening benchmark — ${ENGINE}`,
  '',
  `${machine}; load average ${load}; whole run ${round((performance.now() - started) / 1000, 0)} s.`,
  '',
  '| what | figure |',
  '| --- | ---: |',
  ...rows.map((row) => `| ${row.what} | ${row.value} |`),
];
console.log(lines.join('\n'));
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results', `hardening-${ENGINE}.md`), `${lines.join('\n')}\n`);
writeFileSync(
  join(ROOT, 'bench', 'results', `hardening-${ENGINE}.json`),
  `${JSON.stringify({ machine, load, results: json }, null, 2)}\n`,
);
