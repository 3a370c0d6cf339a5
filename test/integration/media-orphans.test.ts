import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.ts';
import { mediaKeys } from '../../src/modules/media/media.repository.ts';
import { filesystemStorage } from '../../src/modules/media/media-storage.ts';
import { sweepMedia } from '../../src/modules/media/media-sweep.ts';
import { dinhEnv, dinhFromSource, runDinh } from '../cli-runner.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, testDatabaseUrl } from '../harness.ts';
import { docx, filesBelow, uploadForm } from '../media-fixtures.ts';

/**
 * Finding 13: a real `dinh start` is killed with SIGKILL while uploads are in flight. After a
 * restart (with the sweep's age threshold at 0 minutes, so the test need not wait an hour) the
 * media folder holds exactly the files of committed rows: no temporaries, no orphans, and every
 * upload that was acknowledged is complete and served.
 */

let dataDir: string;
let databaseUrl: string | undefined;
let databaseName: string | undefined;
let port: number;
let token: string;
let server: ChildProcess | undefined;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as { port: number };
      probe.close(() => resolve(free));
    });
  });
}

async function withAdminClient<T>(task: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    return await task(client);
  } finally {
    await client.end();
  }
}

const env = (extra: Record<string, string> = {}) => ({
  DATA_DIR: dataDir,
  DEMO_CONTENT: 'false',
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  ...extra,
});

/** Starts `dinh start` and resolves once it answers /healthz. */
async function startServer(extra: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...dinhFromSource, 'start'], {
    env: dinhEnv(env({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...extra })),
    cwd: dataDir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`dinh start exited: ${stderr}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`dinh start did not answer: ${stderr}`);
}

function stopped(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** Photos with noise (slow enough to encode that a kill finds some half done). */
async function noisyJpeg(width: number, height: number): Promise<Buffer> {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

interface Acknowledged {
  items: { id: number; url: string; srcset: string; bytes: number }[];
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'dinh-orphans-'));
  if (testDatabaseUrl) {
    databaseName = `orphans_${randomBytes(6).toString('hex')}`;
    await withAdminClient((client) => client.query(`create database ${databaseName}`));
    const url = new URL(testDatabaseUrl);
    url.pathname = `/${databaseName}`;
    databaseUrl = url.href;
  }
  port = await freePort();
});

afterAll(async () => {
  if (server) {
    server.kill('SIGKILL');
    await stopped(server);
  }
  await rm(dataDir, { recursive: true, force: true });
  if (databaseName)
    await withAdminClient((client) => client.query(`drop database ${databaseName} with (force)`));
});

describe('kill -9 during uploads', () => {
  it('leaves no orphan files after a restart, and every acknowledged upload complete', async () => {
    server = await startServer();
    const email = 'bientap@lachong.gov.vn';
    const added = await runDinh(['user', 'add', '--email', email, '--name', 'Biên Tập', '--role', 'editor'], {
      env: env(),
      cwd: dataDir,
      input: 'Một mật khẩu đủ dài 2026\n',
    });
    expect(added.code, added.stderr).toBe(0);
    const created = await runDinh(
      ['token', 'create', '--email', email, '--site', 'default', '--scope', 'media:write'],
      {
        env: env(),
        cwd: dataDir,
      },
    );
    expect(created.code, created.stderr).toBe(0);
    token = created.stdout.trim();

    const photos = await Promise.all([0, 1, 2].map((n) => noisyJpeg(1800 + n * 10, 1300)));
    const acknowledged: Acknowledged[] = [];
    let killed = false;
    let sent = 0;
    const upload = async (n: number) => {
      sent++;
      const form = uploadForm([
        { name: `anh-${n}.jpg`, bytes: photos[n % photos.length]!, type: 'image/jpeg' },
        { name: `van-ban-${n}.docx`, bytes: docx(`Văn bản ${n}`) },
      ]);
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/media`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      const body = (await response.json()) as Acknowledged;
      if (response.status === 201) acknowledged.push(body);
      else throw new Error(`upload answered ${response.status}: ${JSON.stringify(body)}`);
    };
    // Six clients upload again and again. Once four uploads are acknowledged, the server is
    // killed at the first moment files of an unacknowledged upload are on disk (written, with
    // their rows not yet committed or just committed), the window a crash must survive.
    const child = server;
    const mediaRoot = path.join(dataDir, 'media');
    const acknowledgedFiles = () =>
      new Set(
        acknowledged.flatMap((ack) =>
          ack.items.flatMap((item) => [
            item.url,
            ...item.srcset
              .split(', ')
              .filter(Boolean)
              .map((entry) => entry.split(' ')[0]!),
          ]),
        ),
      );
    const killer = (async () => {
      const deadline = Date.now() + 60_000;
      while (!killed && Date.now() < deadline) {
        if (acknowledged.length >= 4) {
          const known = acknowledgedFiles();
          const files = await filesBelow(mediaRoot);
          const inFlight = files.filter(
            (file) => !known.has(`/media/${path.relative(mediaRoot, file).split(path.sep).join('/')}`),
          );
          if (inFlight.length > 0) break;
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      killed = true;
      child.kill('SIGKILL');
    })();
    const workers = Array.from({ length: 6 }, async (_, worker) => {
      for (let round = 0; !killed; round++) {
        try {
          await upload(worker * 100 + round);
        } catch (error) {
          if (!killed) throw error;
          return;
        }
      }
    });
    await killer;
    await Promise.all(workers);
    await stopped(child);
    server = undefined;
    const left = await filesBelow(path.join(dataDir, 'media'));
    console.info(
      `killed with ${sent - acknowledged.length} of ${sent} uploads unacknowledged; ${left.length} files in the media folder, ${left.filter((file) => file.includes('.part-')).length} temporaries`,
    );
    expect(acknowledged.length).toBeGreaterThanOrEqual(4);

    server = await startServer({ MEDIA_SWEEP_AFTER_MINUTES: '0' });
    const database = await openDatabase({
      databaseUrl,
      sqliteFile: path.join(dataDir, 'dinh.sqlite'),
    });
    try {
      const referenced = async () => {
        const rows = await database.db
          .selectFrom('media')
          .select(['id', 'storage_key', 'variants'])
          .execute();
        return { rows, keys: new Set(rows.flatMap((row) => mediaKeys(row))) };
      };
      const onDisk = async () =>
        (await filesBelow(mediaRoot)).map((file) => path.relative(mediaRoot, file).split(path.sep).join('/'));
      // The sweep at start runs in the background: wait (bounded) until it has done its work.
      let orphans: string[] = [];
      const deadline = Date.now() + 20_000;
      do {
        const { keys } = await referenced();
        orphans = (await onDisk()).filter((file) => !keys.has(file));
        if (orphans.length === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      } while (Date.now() < deadline);
      expect(orphans).toEqual([]);

      // Every row's files exist (a row whose files were still temporaries was completed).
      const { rows, keys } = await referenced();
      for (const key of keys) expect(existsSync(path.join(mediaRoot, key)), key).toBe(true);
      // Every acknowledged upload is there, complete and served.
      const ids = new Set(rows.map((row) => row.id));
      for (const ack of acknowledged) {
        for (const item of ack.items) {
          expect(ids.has(item.id)).toBe(true);
          const urls = [
            item.url,
            ...item.srcset
              .split(', ')
              .filter(Boolean)
              .map((entry) => entry.split(' ')[0]!),
          ];
          for (const url of urls) {
            const file = path.join(mediaRoot, url.replace(/^\/media\//, ''));
            expect(statSync(file).size).toBeGreaterThan(0);
            const served = await fetch(`http://127.0.0.1:${port}${url}`);
            expect(served.status, url).toBe(200);
            await served.arrayBuffer();
          }
        }
      }
    } finally {
      await database.close();
    }
  }, 180_000);
});

describe('the media sweep', () => {
  it('moves into place the temporaries of committed rows, removes old orphans, keeps young files', async () => {
    const t = await createTestApp();
    try {
      const storage = filesystemStorage(t.services.mediaDir);
      const siteId = await defaultSiteId(t.services.db);
      // Killed between the commit and the move: the row exists, its file is still a temporary.
      const committed = await storage.stage('documents/2026/12/da-luu.pdf', Buffer.from('%PDF-1.4 đã lưu'));
      await t.services.db
        .insertInto('media')
        .values({
          site_id: siteId,
          kind: 'document',
          original_name: 'đã lưu.pdf',
          storage_key: 'documents/2026/12/da-luu.pdf',
          mime: 'application/pdf',
          bytes: 16,
          width: null,
          height: null,
          alt: '',
          caption: '',
          credit: '',
          variants: '[]',
          created_by: null,
          created_at: new Date().toISOString(),
        })
        .execute();
      // Killed before the commit: a temporary without a row; and a file without a row.
      await storage.stage('images/2026/12/mo-coi-480.webp', Buffer.from('RIFF'));
      await storage.put('documents/2026/12/mo-coi.docx', Buffer.from('PK'));
      const relative = async () =>
        (await filesBelow(t.services.mediaDir))
          .map((file) => path.relative(t.services.mediaDir, file).split(path.sep).join('/'))
          .sort();

      const young = await sweepMedia(t.services, { olderThanMs: 60 * 60_000 });
      expect(young).toEqual({ completed: ['documents/2026/12/da-luu.pdf'], removed: [] });
      expect(await relative()).toHaveLength(3);
      // Moving it again (the upload's own commit, after the sweep did it) is no error.
      await committed.commit();

      const anHourLater = await sweepMedia(t.services, {
        olderThanMs: 60 * 60_000,
        now: Date.now() + 3_600_001,
      });
      expect(anHourLater.completed).toEqual([]);
      expect(anHourLater.removed.sort()).toEqual([
        'documents/2026/12/mo-coi.docx',
        expect.stringMatching(/^images\/2026\/12\/mo-coi-480\.webp\.part-[0-9a-f-]{36}$/),
      ]);
      expect(await relative()).toEqual(['documents/2026/12/da-luu.pdf']);
    } finally {
      await t.close();
    }
  });
});
