import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../../src/bootstrap.ts';
import { type Database, openDatabase } from '../../src/db/connection.ts';
import { createMigrator, migrateToLatest } from '../../src/db/migrate.ts';
import type { DB } from '../../src/db/schema.ts';
import { readIndexFormat, SEARCH_INDEX_FORMAT } from '../../src/db/search-sql.ts';
import { ensureSearchIndex } from '../../src/modules/search/registry.ts';
import { searchDocuments } from '../../src/modules/search/search.service.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { paragraphs } from '../factories.ts';
import { createTestApp, type TestApp, testDatabaseUrl, testEngine } from '../harness.ts';
import { breakIndex, seedBridgeArticle } from '../search-index.ts';

// An index built by another index format (an older release, or before the format was recorded)
// is rebuilt at start; a current one is left alone. On the engine of the run (TEST_DATABASE_URL).

const now = () => new Date().toISOString();
const search = (db: Kysely<DB>, q: string, siteIds: number[]) =>
  searchDocuments(db, { q, siteIds, now: now() });

describe(`search index format on ${testEngine}`, () => {
  let t: TestApp;
  let siteId: number;

  beforeAll(async () => {
    t = await createTestApp();
    siteId = await seedBridgeArticle(t.services.db);
  });
  afterAll(async () => t?.close());

  it('records the format when it builds the index, and leaves a current index alone', async () => {
    expect(await ensureSearchIndex(t.services)).toBe(1);
    expect(await readIndexFormat(t.services.db)).toBe(SEARCH_INDEX_FORMAT);
    expect((await search(t.services.db, 'cau rach mieu', [siteId])).total).toBe(1);
    expect(await ensureSearchIndex(t.services)).toBeUndefined();
  });

  it('rebuilds an index of an older format, or of no recorded format, at start', async () => {
    for (const format of [SEARCH_INDEX_FORMAT - 1, undefined]) {
      await breakIndex(t.services.db, format);
      expect((await search(t.services.db, 'cau rach mieu', [siteId])).total).toBe(0);
      expect(await ensureSearchIndex(t.services)).toBe(1);
      expect(await readIndexFormat(t.services.db)).toBe(SEARCH_INDEX_FORMAT);
      expect((await search(t.services.db, 'cầu Rạch Miễu', [siteId])).total).toBe(1);
    }
  });

  it('does so when the portal starts on the same database', async () => {
    await breakIndex(t.services.db, SEARCH_INDEX_FORMAT - 1);
    const lines: string[] = [];
    const pgSchema = testDatabaseUrl
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(t.services.db)).rows[0]!
          .schema
      : undefined;
    const config = loadConfig({
      DATA_DIR: t.dataDir,
      DEMO_CONTENT: 'false',
      LOG_LEVEL: 'silent',
      ...(testDatabaseUrl ? { DATABASE_URL: testDatabaseUrl } : {}),
    });
    const services = await bootstrap(config, {
      ...(pgSchema ? { pgSchema } : {}),
      report: (line) => lines.push(line),
    });
    try {
      expect(lines).toContain('search index built: 1 documents');
      expect((await search(services.db, 'khanh thanh cau', [siteId])).total).toBe(1);
    } finally {
      await services.database.close();
    }
  });

  it('records the format of an empty index without building anything', async () => {
    await sql`delete from articles`.execute(t.services.db);
    await sql`delete from pages`.execute(t.services.db);
    await sql`delete from search_documents`.execute(t.services.db);
    await sql`delete from search_state`.execute(t.services.db);
    expect(await ensureSearchIndex(t.services)).toBeUndefined();
    expect(await readIndexFormat(t.services.db)).toBe(SEARCH_INDEX_FORMAT);
  });
});

describe(`upgrading an installation with a format-1 index on ${testEngine}`, () => {
  let database: Database;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    if (testDatabaseUrl) {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      const admin = async (text: string) => {
        const client = new pg.Client({ connectionString: testDatabaseUrl });
        await client.connect();
        try {
          await client.query(text);
        } finally {
          await client.end();
        }
      };
      await admin(`create schema ${schema}`);
      database = await openDatabase({ databaseUrl: testDatabaseUrl, pgSchema: schema });
      cleanup = () => admin(`drop schema ${schema} cascade`);
    } else {
      const dir = await mkdtemp(path.join(tmpdir(), 'dinh-search-format-'));
      database = await openDatabase({ sqliteFile: path.join(dir, 'dinh.sqlite') });
      cleanup = () => rm(dir, { recursive: true, force: true });
    }
  });
  afterAll(async () => {
    await database?.close();
    await cleanup?.();
  });

  it('migrates the index tables and rebuilds the index from the content at start', async () => {
    const db = database.db as unknown as Kysely<unknown>;
    const migrator = await createMigrator(db);
    const before = await migrator.migrateTo('0004_newsroom');
    expect(before.error).toBeUndefined();
    // The content and a format-1 index entry, as the release before migration 0006 left them.
    const stamp = now();
    const json = JSON.stringify({ vi: 'Tỉnh Lạc Hồng' });
    await sql`insert into sites (id, code, kind, parent_id, is_default, name, unit_name, emblem,
        responsible_person, address, phone, email, licence, created_at, updated_at)
      values (1, 'lac-hong', 'province', null, 1, ${json}, ${json}, '', ${json}, ${json}, '', '', ${json},
        ${stamp}, ${stamp})`.execute(db);
    await sql`insert into categories (id, site_id, parent_id, position, show_in_menu, created_at, updated_at)
      values (1, 1, null, 1, 1, ${stamp}, ${stamp})`.execute(db);
    await sql`insert into category_translations (category_id, site_id, lang, name, slug, description)
      values (1, 1, 'vi', 'Tin tức', 'tin-tuc', '')`.execute(db);
    await sql`insert into articles (id, site_id, category_id, lang, translation_group, title, slug, lead, body,
        status, published_at, created_at, updated_at)
      values (7, 1, 1, 'vi', 'g7', 'Mùa nước nổi ở đồng bằng', 'mua-nuoc-noi', 'Nước lên.',
        ${paragraphs('Người dân đón mùa nước nổi.')}, 'published', ${stamp}, ${stamp}, ${stamp})`.execute(db);
    await sql`insert into search_documents (id, site_id, type, item_id, lang, category_id, published_at,
        indexed_at, title, lead, body, url, head_terms)
      values (1, 1, 'article', 7, 'vi', 1, ${stamp}, ${stamp}, 'Mùa nước nổi ở đồng bằng', '', '', '/x', '')`.execute(
      db,
    );

    expect(await migrateToLatest(database.db)).toContain('0006_search_v2');
    expect(await readIndexFormat(database.db)).toBeUndefined();
    expect(await ensureSearchIndex({ db: database.db, purge: () => {} })).toBe(1);
    expect(await readIndexFormat(database.db)).toBe(SEARCH_INDEX_FORMAT);
    const result = await search(database.db, 'mua nuoc noi', [1]);
    expect(result.hits.map((hit) => hit.itemId)).toEqual([7]);
    expect(result.hits[0]!.url).toMatch(/\/tin-tuc\/mua-nuoc-noi-7$/);
  });
});
