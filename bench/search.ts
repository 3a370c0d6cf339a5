// Search benchmark: loads N generated articles (bench/search-corpus.ts) into a fresh database,
// times the full index build (reindexAll), reports the index size, then times the search
// service (match, rank, rows, snippets) over a fixed query mix, and type-ahead suggestions.
// Runs on SQLite, and on PostgreSQL too when DATABASE_URL or TEST_DATABASE_URL is set (in a
// throwaway schema). Not part of `npm test`.
//
//   npm run bench:search                       100,000 articles, both engines when possible
//   npx tsx bench/search.ts                    the same
//   SEARCH_BENCH_ARTICLES=20000 npx tsx bench/search.ts
//   SEARCH_BENCH_ENGINES=sqlite npx tsx bench/search.ts
//
// Prints a Markdown table and writes bench/results/search-latest.{md,json}.

import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Insertable, sql } from 'kysely';
import pg from 'pg';
import { registerSearchSources } from '../src/bootstrap.ts';
import { type Database, openDatabase } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { ArticlesTable } from '../src/db/schema.ts';
import { searchIndexBytes } from '../src/db/search-sql.ts';
import { reindexAll } from '../src/modules/search/registry.ts';
import { type SearchRequest, searchDocuments, suggestTitles } from '../src/modules/search/search.service.ts';
import { suggestSpelling } from '../src/modules/search/spelling.ts';
import { createCorpus, TOPICS } from './search-corpus.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ARTICLES = Number(process.env.SEARCH_BENCH_ARTICLES ?? 100_000);
const ROUNDS = Number(process.env.SEARCH_BENCH_ROUNDS ?? 8);
const PG_URL = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
const ENGINES = (process.env.SEARCH_BENCH_ENGINES ?? (PG_URL ? 'sqlite,postgres' : 'sqlite')).split(',');
const NOW = new Date('2026-11-29T03:00:00.000Z');
const DAY = 86_400_000;

type Query = Omit<SearchRequest, 'siteIds' | 'now'> & { label?: string };

/** The fixed query mix: what people type into a provincial portal, plus hostile input. */
function queryMix(categoryId: number): Query[] {
  const vi = (q: string, extra: Partial<Query> = {}): Query => ({ q, lang: 'vi', ...extra });
  const from = new Date(NOW.getTime() - 365 * DAY).toISOString();
  return [
    ...['nông thôn mới', 'quốc phòng', 'an ninh trật tự', 'giải phóng mặt bằng', 'chuyển đổi số'].map((q) =>
      vi(q),
    ),
    ...[
      'dịch vụ công trực tuyến',
      'sốt xuất huyết',
      'du lịch cộng đồng',
      'biến đổi khí hậu',
      'khu công nghiệp',
    ].map((q) => vi(q)),
    ...['nong thon moi', 'quoc phong', 'giai phong mat bang', 'chuyen doi so', 'bao hiem xa hoi'].map((q) =>
      vi(q),
    ),
    ...['Quốc Phong', 'NÔNG THÔN mới', 'Dich tả lợn châu phi'].map((q) => vi(q)),
    ...['"xây dựng nông thôn mới"', '"cải cách hành chính"'].map((q) => vi(q)),
    ...['Tân Phước', 'huyện Mường Tè', 'Nguyễn Văn Hùng', 'xã Đắk Ơ'].map((q) => vi(q)),
    ...['1587/KH-UBND', 'Quyết định 643'].map((q) => vi(q)),
    vi('kế hoạch giải ngân vốn đầu tư công năm 2024'),
    vi('phòng chống thiên tai mùa mưa bão huyện Châu Thành'),
    ...['tỉnh', 'kết quả', 'người dân'].map((q) => vi(q)),
    ...['tàu ngầm hạt nhân', 'blockchain'].map((q) => vi(q)),
    ...['investment', 'rice varieties', 'online public services', '新农村', '数字化转型'].map((q) => ({ q })),
    vi('an toàn thực phẩm', { sort: 'date' }),
    vi('trường đạt chuẩn quốc gia', { page: 3 }),
    vi('giải ngân', { categoryIds: [categoryId] }),
    vi('lễ hội', { from, to: NOW.toISOString() }),
    vi('NEAR(a b) OR "x" AND -y* \\ \'; drop table articles; --'),
  ];
}

/** Typing slips and Telex left-overs: the search page then looks for "Có phải bạn muốn tìm". */
const SLIPS = ['quoc phonng', 'hoij nghij', 'quocs phongf', 'tiem chunh', 'giai phongs mat bang'];
const SUGGEST = ['nô', 'nông th', 'quoc ph', 'giải phóng m', 'du l', 'tân phư', 'chuyển đổi s', 'dich t'];

// For repeated runs: SEARCH_BENCH_KEEP=<name> keeps the database (SQLite file in the temp
// folder, PostgreSQL schema) and reuses it next time, skipping the load; SEARCH_BENCH_REINDEX=0
// also skips the index build.
const KEEP = process.env.SEARCH_BENCH_KEEP?.replace(/[^a-z0-9_]/gi, '') || undefined;
const REINDEX = process.env.SEARCH_BENCH_REINDEX !== '0';

async function openFresh(
  engine: string,
): Promise<{ database: Database; cleanup: () => Promise<void>; file?: string }> {
  if (engine === 'sqlite') {
    const dir = KEEP
      ? join(os.tmpdir(), `dinh-search-bench-${KEEP}`)
      : mkdtempSync(join(os.tmpdir(), 'dinh-search-bench-'));
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'bench.sqlite');
    const database = await openDatabase({ sqliteFile: file });
    return {
      database,
      file,
      cleanup: async () => (KEEP ? undefined : rmSync(dir, { recursive: true, force: true })),
    };
  }
  if (!PG_URL) throw new Error('PostgreSQL needs DATABASE_URL or TEST_DATABASE_URL');
  const schema = KEEP ? `bench_${KEEP}` : `bench_${randomBytes(5).toString('hex')}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await admin(`create schema if not exists ${schema}`);
  const database = await openDatabase({ databaseUrl: PG_URL, pgSchema: schema, poolSize: 4 });
  return { database, cleanup: () => (KEEP ? Promise.resolve() : admin(`drop schema ${schema} cascade`)) };
}

function paragraphsJson(paragraphs: string[]): string {
  return JSON.stringify({
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  });
}

async function load(database: Database): Promise<{ siteId: number; categoryIds: number[] }> {
  const db = database.db;
  const stamp = NOW.toISOString();
  const json = (vi: string) => JSON.stringify({ vi });
  const { id: siteId } = await db
    .insertInto('sites')
    .values({
      code: 'bench',
      kind: 'province',
      parent_id: null,
      is_default: 1,
      name: json('Cổng thông tin điện tử tỉnh Lạc Hồng'),
      unit_name: json('UBND tỉnh Lạc Hồng'),
      emblem: '/assets/emblem.svg',
      responsible_person: json('Nguyễn Văn A'),
      address: json('Lạc Hồng'),
      phone: '',
      email: 'bench@example.gov.vn',
      licence: json(''),
      created_at: stamp,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const categoryIds: number[] = [];
  for (const [index, topic] of TOPICS.entries()) {
    const { id } = await db
      .insertInto('categories')
      .values({
        site_id: siteId,
        parent_id: null,
        position: index,
        show_in_menu: 1,
        created_at: stamp,
        updated_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    categoryIds.push(id);
    await db
      .insertInto('category_translations')
      .values(
        (['vi', 'en', 'zh'] as const).map((lang) => ({
          category_id: id,
          site_id: siteId,
          lang,
          name: topic.name,
          slug: `chuyen-muc-${index}`,
          description: '',
        })),
      )
      .execute();
  }
  const article = createCorpus(ARTICLES);
  const BATCH = 500;
  for (let start = 0; start < ARTICLES; start += BATCH) {
    const rows: Insertable<ArticlesTable>[] = [];
    for (let i = start; i < Math.min(ARTICLES, start + BATCH); i++) {
      const a = article(i);
      const published = new Date(NOW.getTime() - a.daysAgo * DAY - (i % 1440) * 60_000).toISOString();
      rows.push({
        site_id: siteId,
        category_id: categoryIds[a.topic]!,
        lang: a.lang,
        translation_group: `g${i}`,
        title: a.title,
        slug: `bai-${i}`,
        lead: a.lead,
        body: paragraphsJson(a.paragraphs),
        cover_caption: '',
        cover_alt: '',
        byline: '',
        source: '',
        seo_description: '',
        status: 'published' as const,
        published_at: published,
        created_at: published,
        updated_at: published,
      });
    }
    await db.transaction().execute((trx) => trx.insertInto('articles').values(rows).execute());
    if ((start / BATCH) % 40 === 0) process.stderr.write(`  loaded ${start + rows.length}\n`);
  }
  return { siteId, categoryIds };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (value: number) => Math.round(value * 10) / 10;

async function benchEngine(engine: string) {
  process.stderr.write(`\n${engine}: loading ${ARTICLES.toLocaleString('en')} articles\n`);
  const { database, cleanup, file } = await openFresh(engine);
  try {
    await migrateToLatest(database.db);
    let started = performance.now();
    const existing = await database.db
      .selectFrom('sites')
      .select('id')
      .where('code', '=', 'bench')
      .executeTakeFirst();
    let loaded: { siteId: number; categoryIds: number[] };
    if (existing) {
      const categories = await database.db
        .selectFrom('categories')
        .select('id')
        .where('site_id', '=', existing.id)
        .orderBy('position')
        .execute();
      loaded = { siteId: existing.id, categoryIds: categories.map((row) => row.id) };
      process.stderr.write(`${engine}: reusing the kept database\n`);
    } else {
      loaded = await load(database);
    }
    const { siteId, categoryIds } = loaded;
    const loadSeconds = (performance.now() - started) / 1000;
    const services = { db: database.db, purge: () => {} };
    started = performance.now();
    let indexed = Number(
      (
        await database.db
          .selectFrom('search_documents')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    if (REINDEX || indexed === 0) {
      if (indexed > 0) {
        // A kept database: empty the index first, so that the build is timed as a first build.
        process.stderr.write(`${engine}: emptying the kept index\n`);
        if (engine === 'postgres')
          await sql`truncate search_terms, search_documents, search_state`.execute(database.db);
        else {
          await sql`delete from search_documents`.execute(database.db);
          await sql`delete from search_state`.execute(database.db);
        }
        started = performance.now();
      }
      process.stderr.write(`${engine}: indexing\n`);
      registerSearchSources();
      indexed = (
        await reindexAll(services, {
          onProgress: (n) => {
            if (n % 20_000 === 0) process.stderr.write(`  indexed ${n}\n`);
          },
        })
      ).indexed;
      if (engine === 'postgres') await sql`vacuum analyze`.execute(database.db);
      else await sql`pragma optimize`.execute(database.db);
    }
    const indexSeconds = (performance.now() - started) / 1000;
    const indexBytes = await searchIndexBytes(database.db);
    const fileBytes = file ? statSync(file).size : undefined;

    const mix = queryMix(categoryIds[1]!);
    const now = NOW.toISOString();
    const run = async (query: Query) => {
      const t0 = performance.now();
      const request = { ...query, siteIds: [siteId], now };
      const result = await searchDocuments(database.db, request);
      // As the page does: a correction is looked for only when little is found.
      await suggestSpelling(database.db, request, result.total);
      return { time: performance.now() - t0, total: result.total };
    };
    for (const query of mix) await run(query); // warm-up
    const loadBefore = os.loadavg()[0]!;
    const times: number[] = [];
    const perQuery = new Map<string, { times: number[]; total: number }>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const query of mix) {
        const { time, total } = await run(query);
        times.push(time);
        const key =
          String(query.q) +
          (query.sort === 'date' ? ' [date]' : '') +
          (query.page ? ` [p${query.page}]` : '');
        const entry = perQuery.get(key) ?? { times: [], total };
        entry.times.push(time);
        perQuery.set(key, entry);
      }
    }
    const suggestTimes: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of SUGGEST) {
        const t0 = performance.now();
        await suggestTitles(database.db, { q, siteIds: [siteId], lang: 'vi', now });
        suggestTimes.push(performance.now() - t0);
      }
    }
    const slipTimes: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of SLIPS) slipTimes.push((await run({ q })).time);
    }
    slipTimes.sort((a, b) => a - b);
    const loadAverage = [loadBefore, os.loadavg()[0]!].map((value) => Math.round(value * 10) / 10);
    times.sort((a, b) => a - b);
    suggestTimes.sort((a, b) => a - b);
    const slowest = [...perQuery]
      .map(([q, entry]) => {
        const sorted = [...entry.times].sort((a, b) => a - b);
        return { q, total: entry.total, median: percentile(sorted, 50), max: sorted.at(-1) ?? 0 };
      })
      .sort((a, b) => b.median - a.median);
    return {
      engine,
      articles: ARTICLES,
      documents: indexed,
      loadSeconds: ms(loadSeconds),
      indexSeconds: ms(indexSeconds),
      indexMB: ms(indexBytes / 1e6),
      fileMB: fileBytes === undefined ? undefined : ms(fileBytes / 1e6),
      queries: times.length,
      p50: ms(percentile(times, 50)),
      p95: ms(percentile(times, 95)),
      p99: ms(percentile(times, 99)),
      max: ms(times.at(-1) ?? 0),
      suggestP50: ms(percentile(suggestTimes, 50)),
      suggestP95: ms(percentile(suggestTimes, 95)),
      slipP50: ms(percentile(slipTimes, 50)),
      slipP95: ms(percentile(slipTimes, 95)),
      load: loadAverage,
      slowest: slowest
        .slice(0, 8)
        .map((entry) => ({ ...entry, median: ms(entry.median), max: ms(entry.max) })),
    };
  } finally {
    await database.close();
    await cleanup();
  }
}

const results = [];
for (const engine of ENGINES) results.push(await benchEngine(engine));
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 1e9)} GB, Node ${process.version}`;
const lines = [
  `# Search benchmark — ${ARTICLES.toLocaleString('en')} articles`,
  '',
  `${machine}; ${ROUNDS} rounds of ${queryMix(0).length} queries (search service end to end: match, rank, rows, snippets, and the spelling check the page runs when little is found); slip: a typo or Telex left-over with its "Có phải bạn muốn tìm" correction.`,
  '',
  '| engine | index build | index size | p50 | p95 | p99 | max | suggest p50 | suggest p95 | slip p50 | slip p95 |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.engine} | ${r.indexSeconds} s | ${r.indexMB} MB${r.fileMB ? ` (file ${r.fileMB} MB)` : ''} | ${r.p50} ms | ${r.p95} ms | ${r.p99} ms | ${r.max} ms | ${r.suggestP50} ms | ${r.suggestP95} ms | ${r.slipP50} ms | ${r.slipP95} ms |`,
  ),
  '',
  ...results.flatMap((r) => [
    `Slowest queries on ${r.engine} (median and worst of ${ROUNDS} runs, results; load average ${r.load.join(' → ')} during the runs):`,
    ...r.slowest.map((entry) => `- ${entry.median} ms (worst ${entry.max} ms) — ${entry.q} (${entry.total})`),
    '',
  ]),
];
console.log(lines.join('\n'));
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results', 'search-latest.md'), `${lines.join('\n')}\n`);
writeFileSync(
  join(ROOT, 'bench', 'results', 'search-latest.json'),
  `${JSON.stringify({ machine, results }, null, 2)}\n`,
);
