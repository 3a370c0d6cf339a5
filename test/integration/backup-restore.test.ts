import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/platform/backup/manifest.ts';
import { createStaff } from '../admin-session.ts';
import {
  allRows,
  archiveEntry,
  type BackupTarget,
  mediaHashes,
  rewriteArchive,
  targetDigests,
  withPg,
} from '../backup.ts';
import { type DinhResult, runDinh } from '../cli-runner.ts';
import { createCategory, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp, testDatabaseUrl, testEngine } from '../harness.ts';
import { createApiToken, filesBelow } from '../media-fixtures.ts';

// A populated portal (the demo province) is backed up by the real `dinh backup` while articles
// are saved through the API in a loop, restored by `dinh restore` into a fresh DATA_DIR (and on
// PostgreSQL a fresh database), and compared table by table, row by row and file by file.

const PASSPHRASE = 'đê sông Hồng vững chãi 2026';
let t: TestApp;
let work: string;
let archive: string;
let manifest: Manifest;
const databases: string[] = [];

/** The source installation's environment for `dinh`: its DATA_DIR and database (schema). */
function sourceEnv(): Record<string, string> {
  return { DATA_DIR: t.dataDir, ...(testDatabaseUrl ? { DATABASE_URL: schemaUrl(testDatabaseUrl) } : {}) };
}

function schemaUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${t.pgSchema}`);
  return url.href;
}

/** A fresh restore target: an empty folder, and on PostgreSQL a new empty database. */
async function freshTarget(): Promise<{
  dataDir: string;
  databaseUrl?: string;
  env: Record<string, string>;
}> {
  const dataDir = await mkdtemp(path.join(work, 'target-'));
  if (!testDatabaseUrl) return { dataDir, env: { DATA_DIR: dataDir } };
  const name = `h_backup_${randomBytes(5).toString('hex')}`;
  await admin((client) => client.query(`create database ${name}`));
  databases.push(name);
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  const databaseUrl = schemaUrl(url.href);
  return { dataDir, databaseUrl, env: { DATA_DIR: dataDir, DATABASE_URL: databaseUrl } };
}

function dinh(args: string[], env: Record<string, string>, input = ''): Promise<DinhResult> {
  return runDinh(args, { env: { BACKUP_PASSPHRASE: PASSPHRASE, ...env }, cwd: work, input });
}

function admin<T>(task: (client: pg.Client) => Promise<T>, connectionString = testDatabaseUrl): Promise<T> {
  return withPg(connectionString, task);
}

async function articleCount(): Promise<number> {
  const row = await t.services.db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Whether a restore target is still untouched. */
async function isEmpty(target: BackupTarget): Promise<boolean> {
  const files = await filesBelow(target.dataDir);
  if (files.length > 0) return false;
  if (!target.databaseUrl) return true;
  const { rows } = await admin(
    (client) =>
      client.query<{ n: number }>(
        `select count(*)::int as n from information_schema.tables where table_schema = $1`,
        [t.pgSchema],
      ),
    target.databaseUrl,
  );
  return rows[0]?.n === 0;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'dinh-backup-'));
  archive = path.join(work, 'portal.dinh-backup.tar');
  t = await createTestApp({ demo: true });
});

afterAll(async () => {
  await t?.close();
  for (const name of databases)
    await admin((client) => client.query(`drop database if exists ${name} with (force)`));
  await rm(work, { recursive: true, force: true });
});

describe(`dinh backup and dinh restore (${testEngine})`, () => {
  it('backs up a portal while it is written, and restores every row, file and secret', async () => {
    const siteId = await defaultSiteId(t.services.db);
    const editor = await createStaff(t.services, 'editor', siteId);
    const categoryId = await createCategory(t.services.db, siteId, { name: 'Sao lưu', slug: 'sao-luu' });
    const token = await createApiToken(t.services, { siteId, userId: editor.id, scopes: ['articles:write'] });
    const before = await articleCount();

    // Articles are saved through the API for as long as the backup runs.
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/v1/articles',
          headers: { authorization: `Bearer ${token}`, host: 'localhost' },
          payload: {
            title: `Bài viết trong lúc sao lưu ${written + 1}`,
            categoryId,
            lead: 'Tóm tắt.',
            body: 'Nội dung.',
          },
        });
        expect(response.statusCode).toBe(201);
        written++;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const backup = await dinh(['backup', archive], sourceEnv());
    const writtenWhileBackingUp = written;
    writing = false;
    await writer;

    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^Đã sao lưu vào .+: \d+ bảng, \d+ dòng, \d+ tệp media\.\n$/);
    expect(writtenWhileBackingUp).toBeGreaterThan(0);

    manifest = JSON.parse((await archiveEntry(archive, 'manifest.json'))?.toString('utf8') ?? '{}');
    expect(manifest).toMatchObject({
      format: 'dinh-backup',
      formatVersion: 1,
      engine: testEngine,
      hasSecrets: true,
    });
    expect(manifest.migration).toBe(manifest.migrations.at(-1));
    expect(manifest.migration).toMatch(/^\d{4}_/);
    // The snapshot is one point in time: it has what was there before, not what came after.
    const snapshotArticles = manifest.tables.articles?.rows ?? 0;
    expect(snapshotArticles).toBeGreaterThanOrEqual(before);
    expect(await articleCount()).toBeGreaterThan(snapshotArticles);
    expect(Object.keys(manifest.files).filter((name) => name.startsWith('media/')).length).toBeGreaterThan(
      10,
    );

    const target = await freshTarget();
    const restore = await dinh(['restore', archive], target.env);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain('khớp từng bảng với bản sao lưu');

    // Every table of the restored database equals the snapshot (rows in primary-key order).
    expect(await targetDigests(target, t.pgSchema)).toEqual(manifest.tables);
    expect(Object.keys(manifest.tables)).toEqual(
      expect.arrayContaining(['articles', 'audit_log', 'users', 'media']),
    );
    // Every media file, and the secrets.
    expect(await mediaHashes(target.dataDir)).toEqual(await mediaHashes(t.dataDir));
    expect(await readFile(path.join(target.dataDir, 'secrets.json'))).toEqual(
      await readFile(path.join(t.dataDir, 'secrets.json')),
    );
    const verify = await dinh(['audit', 'verify'], target.env);
    expect(verify.stderr).toBe('');
    expect(verify.code).toBe(0);

    // Restoring again over it is refused without --force …
    const again = await dinh(['restore', archive], target.env);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^dinh: Nơi khôi phục không trống \(.+\)\. .*--force/);

    // … and with --force, a second backup of the now quiet portal restores row for row.
    const quiet = path.join(work, 'quiet.tar');
    expect((await dinh(['backup', quiet], sourceEnv())).code).toBe(0);
    const forced = await dinh(['restore', quiet, '--force', '--lang', 'en'], target.env);
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/^Restored .+ \(each table matches the backup\)/);
    const [sourceRows, restoredRows] = [
      await allRows({ dataDir: t.dataDir, ...sourceDatabase() }, t.pgSchema),
      await allRows(target, t.pgSchema),
    ];
    expect(Object.keys(restoredRows)).toEqual(Object.keys(sourceRows));
    for (const table of Object.keys(sourceRows))
      expect(restoredRows[table], table).toEqual(sourceRows[table]);
    expect(sourceRows.articles?.length).toBe(await articleCount());
    expect((await dinh(['audit', 'verify'], target.env)).code).toBe(0);
  });

  it('refuses a wrong passphrase, changing nothing', async () => {
    const target = await freshTarget();
    const result = await dinh(['restore', archive], {
      ...target.env,
      BACKUP_PASSPHRASE: 'không phải mật khẩu này',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('dinh: Sai mật khẩu của bản sao lưu. Không khôi phục gì.\n');
    expect(await isEmpty(target)).toBe(true);
  });

  it('refuses an archive whose bytes were changed, naming the file', async () => {
    const database = testEngine === 'sqlite' ? 'database.sqlite' : 'database.pgdump';
    const tampered = path.join(work, 'tampered.tar');
    const bytes = await readFile(archive);
    bytes[2048] = (bytes[2048] ?? 0) ^ 0xff; // inside the database, the first entry
    await writeFile(tampered, bytes);
    const target = await freshTarget();
    const result = await dinh(['restore', tampered], target.env);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `dinh: Bản sao lưu đã bị sửa hoặc hỏng (${database} không khớp tổng kiểm). Không khôi phục gì.\n`,
    );
    expect(await isEmpty(target)).toBe(true);

    // Changing a media file and its checksum in the manifest is caught by the manifest's MAC.
    const media = Object.keys(manifest.files).find((name) => name.startsWith('media/')) ?? '';
    const forged = path.join(work, 'forged.tar');
    const altered = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await rewriteArchive(archive, forged, (name, content) => {
      if (name === media) return altered;
      if (name !== 'manifest.json') return content;
      const edited = JSON.parse(content.toString('utf8')) as Manifest;
      edited.files[media] = {
        bytes: altered.length,
        sha256: createHash('sha256').update(altered).digest('hex'),
      };
      return Buffer.from(JSON.stringify(edited));
    });
    const forgedResult = await dinh(['restore', forged, '--lang', 'en'], target.env);
    expect(forgedResult.code).toBe(1);
    expect(forgedResult.stderr).toBe(
      'dinh: The backup was altered or is damaged (manifest.json does not match its checksum). Nothing was restored.\n',
    );
    expect(await isEmpty(target)).toBe(true);
  });

  it('refuses a backup in a newer format, of a newer database level or of the other engine', async () => {
    const newer = path.join(work, 'newer.tar');
    await rewriteArchive(archive, newer, (name, content) =>
      name === 'manifest.json'
        ? Buffer.from(JSON.stringify({ ...JSON.parse(content.toString('utf8')), formatVersion: 2 }))
        : content,
    );
    const target = await freshTarget();
    const result = await dinh(['restore', newer], target.env);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'dinh: Bản sao lưu dùng định dạng 2, mới hơn định dạng 1 mà phiên bản Đình này đọc được. Hãy nâng cấp Đình trước.\n',
    );
    expect(await isEmpty(target)).toBe(true);

    // A database level this version does not know, and the other engine, are refused as well.
    const edited = (change: (manifest: Manifest) => void) => async (file: string) => {
      await rewriteArchive(archive, file, (name, content) => {
        if (name !== 'manifest.json') return content;
        const json = JSON.parse(content.toString('utf8')) as Manifest;
        change(json);
        return Buffer.from(JSON.stringify(json));
      });
      return file;
    };
    const future = await edited((m) => m.migrations.push('9999_future'))(path.join(work, 'future.tar'));
    const futureResult = await dinh(['restore', future, '--lang', 'en'], target.env);
    expect(futureResult.code).toBe(2);
    expect(futureResult.stderr).toMatch(
      /^dinh: The backup was made by Đình .+ \(9999_future\)\. Install that version/,
    );
    const other = await edited((m) => {
      m.engine = testEngine === 'sqlite' ? 'postgres' : 'sqlite';
    })(path.join(work, 'other-engine.tar'));
    const otherResult = await dinh(['restore', other, '--lang', 'en'], target.env);
    expect(otherResult.code).toBe(2);
    expect(otherResult.stderr).toContain('Restoring across database engines is not supported.');
    expect(await isEmpty(target)).toBe(true);
  });

  it('refuses what is not a backup, a missing passphrase and an existing output file', async () => {
    const target = await freshTarget();
    const notTar = path.join(work, 'not-a-backup.tar');
    await writeFile(notTar, 'xin chào');
    const result = await dinh(['restore', notTar], target.env);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`dinh: ${notTar} không phải bản sao lưu của Đình.\n`);
    const noPassphrase = await runDinh(['backup', path.join(work, 'x.tar')], { env: sourceEnv(), cwd: work });
    expect(noPassphrase.code).toBe(2);
    expect(noPassphrase.stderr).toContain('BACKUP_PASSPHRASE');
    const short = await dinh(['backup', path.join(work, 'x.tar')], {
      ...sourceEnv(),
      BACKUP_PASSPHRASE: 'ngắn',
    });
    expect(short.stderr).toBe('dinh: Mật khẩu của bản sao lưu cần ít nhất 12 ký tự.\n');
    const exists = await dinh(['backup', archive], sourceEnv());
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain('đã có');
    // The passphrase may come on standard input instead.
    const piped = await runDinh(['backup', path.join(work, 'piped.tar')], {
      env: sourceEnv(),
      cwd: work,
      input: `${PASSPHRASE}\n`,
    });
    expect(piped.code).toBe(0);
  });

  it.skipIf(testEngine !== 'postgres')('says in one line when pg_dump is missing or too old', async () => {
    const empty = await mkdtemp(path.join(work, 'path-'));
    const missing = await dinh(['backup', path.join(work, 'y.tar')], { ...sourceEnv(), PATH: empty });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      /^dinh: Không tìm thấy lệnh pg_dump\. Hãy cài gói postgresql-client phiên bản \d+ trở lên\.\n$/,
    );
    const old = path.join(empty, 'pg_dump');
    await writeFile(old, '#!/bin/sh\necho "pg_dump (PostgreSQL) 9.6.24"\n');
    await chmod(old, 0o755);
    const tooOld = await dinh(['backup', path.join(work, 'y.tar'), '--lang', 'en'], {
      ...sourceEnv(),
      PATH: `${empty}:/usr/bin:/bin`,
    });
    expect(tooOld.code).toBe(1);
    expect(tooOld.stderr).toMatch(/^dinh: pg_dump version 9 is too old; version \d+ or newer is needed/);
  });
});

function sourceDatabase(): { databaseUrl?: string } {
  return testDatabaseUrl ? { databaseUrl: schemaUrl(testDatabaseUrl) } : {};
}
