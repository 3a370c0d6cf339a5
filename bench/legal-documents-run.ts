// One engine's run of the legal documents benchmark (bench/legal-documents.ts starts it in a
// child process with TEST_DATABASE_URL set or not, before the harness is loaded).

import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { collectionRepository, publicData } from '../src/modules/collections/repository.ts';
import { legalDocuments } from '../src/modules/legal-documents/legal-documents.collection.ts';
import { publicDocumentParts } from '../src/modules/legal-documents/public-item.tsx';
import {
  searchDocuments as listDocuments,
  readFilters,
} from '../src/modules/legal-documents/public-list.tsx';
import { reindexAll } from '../src/modules/search/registry.ts';
import { searchDocuments } from '../src/modules/search/search.service.ts';
import type { PageContext } from '../src/web/context.ts';
import { createSite, defaultSiteId } from '../test/factories.ts';
import { createTestApp } from '../test/harness.ts';
import type { EngineResult, Figure } from './legal-documents.ts';
import { generateDocuments, TODAY } from './legal-documents-data.ts';
import { explainList } from './legal-documents-explain.ts';

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results');
const SITES = Math.min(3, Math.max(1, Number(process.env.LEGAL_BENCH_SITES ?? 2)));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
function figure(what: string, times: number[], note?: string): Figure {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    what,
    samples: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    ...(note ? { note } : {}),
  };
}
async function time(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await task();
  return performance.now() - started;
}

/** The list's filter mixes, as GET parameters of /van-ban. */
const MIXES: { label: string; query: Record<string, string>; findsFirst?: boolean }[] = [
  { label: 'no filter', query: {} },
  { label: 'no filter, page 200', query: { page: '200' } },
  { label: 'section', query: { section: 'chi-dao-dieu-hanh' } },
  { label: 'type + year', query: { type: 'quyet-dinh', year: '2025' } },
  { label: 'validity (expired)', query: { validity: 'expired' } },
  { label: 'field', query: { field: 'dat-dai' } },
  { label: 'issuer', query: { issuer: 'Sở Tài chính' } },
  { label: 'level (commune)', query: { level: 'commune' } },
  {
    label: 'section + field + year + validity',
    query: { section: 'quy-pham-phap-luat', field: 'tai-chinh', year: '2024', validity: 'in_force' },
  },
  { label: 'number `123/QĐ-UBND`', query: { q: '123/QĐ-UBND' }, findsFirst: true },
  { label: 'number `123/2025`', query: { q: '123/2025' }, findsFirst: true },
  { label: 'number `qd-ubnd 123`', query: { q: 'qd-ubnd 123' }, findsFirst: true },
  { label: 'number `123 qđ ubnd`', query: { q: '123 qđ ubnd' }, findsFirst: true },
  { label: 'number `123/2025/QĐ-UBND`', query: { q: '123/2025/QĐ-UBND' }, findsFirst: true },
  { label: 'keywords `bảng giá đất`', query: { q: 'bảng giá đất' } },
  { label: 'keywords `giai phong mat bang`', query: { q: 'giai phong mat bang' } },
  { label: 'keywords, nothing found', query: { q: 'tàu ngầm hạt nhân' } },
];

/** What people look for inside the files (the text is built from bench/search-corpus.ts). */
const FILE_QUERIES = [
  'nông thôn mới',
  'giải phóng mặt bằng',
  'chuyển đổi số',
  'dịch vụ công trực tuyến',
  'nong thon moi',
  'giai phong mat bang',
  '"cải cách hành chính"',
  'an toàn thực phẩm',
  'khu công nghiệp',
  'tàu ngầm hạt nhân',
];

export async function runEngine(
  engine: string,
  options: { documents: number; rounds: number },
): Promise<EngineResult> {
  const log = (text: string) => process.stderr.write(`${engine}: ${text}\n`);
  const t = await createTestApp({ env: { PAGE_CACHE: 'false' }, scheduler: false });
  try {
    const db = t.services.db;
    const siteId = await defaultSiteId(db);
    const siteIds = [siteId];
    for (let s = 1; s < SITES; s++) siteIds.push(await createSite(db, { kind: 'department' }));
    let started = performance.now();
    const set = await generateDocuments(db, siteIds, options.documents, (done) => {
      if (done % 2000 === 0 || done === options.documents) log(`loaded ${done}`);
    });
    const loadSeconds = (performance.now() - started) / 1000;
    if (engine === 'postgres') await sql`analyze`.execute(db);
    else await sql`analyze`.execute(db);
    log('indexing for search');
    started = performance.now();
    await reindexAll(t.services);
    const indexSeconds = (performance.now() - started) / 1000;
    if (engine === 'postgres') await sql`analyze`.execute(db);
    const onListedSite = Number(
      (
        await db
          .selectFrom('legal_documents')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('site_id', '=', siteId)
          .executeTakeFirstOrThrow()
      ).n,
    );
    const get = async (url: string) => {
      const response = await t.app.inject({ method: 'GET', url, headers: { host: 'localhost' } });
      if (response.statusCode !== 200) throw new Error(`GET ${url} answered ${response.statusCode}`);
      return response;
    };
    const figures: Figure[] = [];
    const loadBefore = os.loadavg()[0]!;

    // The list: the query alone (count + page of rows), then the whole page.
    const firstId = set.ids[0]!;
    for (const mix of MIXES) {
      const filters = readFilters(mix.query);
      const found = await listDocuments(db, siteId, 'vi', filters);
      // Other years' 123/QĐ-UBND match the shorter forms too: 2025's is on the first page.
      if (mix.findsFirst && !found.rows.some((row) => row.id === firstId))
        throw new Error(`${mix.label} did not find 123/2025/QĐ-UBND`);
    }
    const queryTimes = new Map<string, number[]>();
    const pageTimes: number[] = [];
    const allQueries: number[] = [];
    const totals = new Map<string, number>();
    for (let round = 0; round < options.rounds; round++) {
      for (const mix of MIXES) {
        const filters = readFilters(mix.query);
        let total = 0;
        const ms = await time(async () => {
          total = (await listDocuments(db, siteId, 'vi', filters)).total;
        });
        totals.set(mix.label, total);
        queryTimes.set(mix.label, [...(queryTimes.get(mix.label) ?? []), ms]);
        allQueries.push(ms);
        const search = new URLSearchParams(mix.query).toString();
        pageTimes.push(await time(() => get(`/van-ban${search ? `?${search}` : ''}`)));
      }
    }
    figures.push(figure('list query, all filter mixes', allQueries));
    for (const mix of MIXES)
      figures.push(
        figure(`list query: ${mix.label}`, queryTimes.get(mix.label) ?? [], `${totals.get(mix.label)} found`),
      );
    figures.push(figure('/van-ban page, all mixes (whole request)', pageTimes));

    // The document page: its data load (item, side row, files, relations) and the whole page.
    const repo = collectionRepository(db);
    const sample = set.slugs
      .filter((_, index) => index % 10 < 9)
      .filter((_, index) => index % 97 === 0)
      .slice(0, 60);
    const ctx = { origin: 'http://localhost' } as PageContext;
    const loadTimes: number[] = [];
    const itemPageTimes: number[] = [];
    for (let round = 0; round < Math.max(2, Math.ceil(options.rounds / 3)); round++) {
      for (const slug of sample) {
        loadTimes.push(
          await time(async () => {
            const item = await repo.publishedBySlug(siteId, legalDocuments.type, 'vi', slug);
            if (!item) throw new Error(`no document ${slug}`);
            await publicDocumentParts({
              db,
              ctx,
              lang: 'vi',
              item,
              data: publicData(legalDocuments, item, undefined),
            });
          }),
        );
        itemPageTimes.push(await time(() => get(`/van-ban/${slug}`)));
      }
    }
    figures.push(figure('document page: data load', loadTimes));
    figures.push(figure('document page (whole request)', itemPageTimes));

    // The RSS of all documents and the sitemap (whole requests).
    const feedTimes: number[] = [];
    const sitemapTimes: number[] = [];
    let feedItems = 0;
    let sitemapBytes = 0;
    for (let round = 0; round < Math.max(3, Math.ceil(options.rounds / 2)); round++) {
      feedTimes.push(
        await time(async () => {
          feedItems = ((await get('/van-ban/rss.xml')).body.match(/<item>/g) ?? []).length;
        }),
      );
      sitemapTimes.push(
        await time(async () => {
          sitemapBytes = (await get('/sitemap.xml')).body.length;
        }),
      );
    }
    figures.push(figure('RSS of all documents /van-ban/rss.xml', feedTimes, `${feedItems} items`));
    figures.push(figure('sitemap /sitemap.xml', sitemapTimes, `${Math.round(sitemapBytes / 1024)} KB`));

    // Search of the files' text through the search service (as the search page calls it).
    const searchTimes: number[] = [];
    const now = `${TODAY}T12:00:00.000Z`;
    let searchTotals = '';
    for (let round = 0; round < options.rounds; round++) {
      const counts: number[] = [];
      for (const q of FILE_QUERIES)
        searchTimes.push(
          await time(async () => {
            const result = await searchDocuments(db, {
              q,
              siteIds: [siteId],
              lang: 'vi',
              types: [legalDocuments.type],
              now,
            });
            counts.push(result.total);
          }),
        );
      searchTotals = counts.join(', ');
    }
    figures.push(figure('search of file text (search service, type legal_document)', searchTimes));
    log(`search totals: ${searchTotals}`);

    const plans = await explainList(db, engine, siteId, MIXES);
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, `legal-${engine}-plans.txt`), `${plans}\n`);
    log(`query plans in bench/results/legal-${engine}-plans.txt`);

    const stats = await db
      .selectFrom('legal_documents')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return {
      engine,
      documents: Number(stats.n),
      sites: SITES,
      onListedSite,
      files: set.files,
      textMB: Math.round(set.textBytes / 1e5) / 10,
      relations: set.relations,
      loadSeconds: Math.round(loadSeconds * 10) / 10,
      indexSeconds: Math.round(indexSeconds * 10) / 10,
      searchNote:
        'Search: the files’ text is read by the search index from media_texts (one row per file) and indexed with its document; one document in ten also has a short full text.',
      load: [loadBefore, os.loadavg()[0]!].map((value) => Math.round(value * 10) / 10),
      figures,
    };
  } finally {
    await t.close();
  }
}
