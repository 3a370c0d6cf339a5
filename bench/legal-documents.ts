// Legal documents benchmark (issue 14): N documents (bench/legal-documents-data.ts) in a fresh
// database per engine, then, over several rounds, the public list's query with each filter mix
// and the whole /van-ban page, the document page (its data load and the whole page), the RSS
// of all documents, the sitemap, and a search of the files' text through the search service.
// Runs the app as the integration tests build it (test/harness.ts), page cache off. Not part of
// `npm test`.
//
//   npm run bench:legal                         20,000 documents on SQLite; PostgreSQL too when
//                                               TEST_DATABASE_URL / DATABASE_URL is set
//   node scripts/with-pg.mjs npm run bench:legal  both engines, PostgreSQL in a throwaway database
//   LEGAL_BENCH_DOCUMENTS=5000 npm run bench:legal
//   LEGAL_BENCH_ENGINES=sqlite npm run bench:legal
//   LEGAL_BENCH_REPORT=1 LEGAL_BENCH_ENGINES=sqlite,postgres npm run bench:legal   (table only)
//
// Each engine runs in a child process (the harness reads TEST_DATABASE_URL when loaded); on
// PostgreSQL the app lives in a throwaway schema, dropped at the end. Prints a Markdown table
// and writes bench/results/legal-latest.{md,json}.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench', 'results');
const DOCUMENTS = Number(process.env.LEGAL_BENCH_DOCUMENTS ?? 20_000);
const ROUNDS = Number(process.env.LEGAL_BENCH_ROUNDS ?? 10);
const PG_URL = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
// LEGAL_BENCH_REPORT=1: only the table, from the engines' last results (runs made in parallel).
const REPORT_ONLY = process.env.LEGAL_BENCH_REPORT === '1';
const ENGINES = (process.env.LEGAL_BENCH_ENGINES ?? (PG_URL ? 'sqlite,postgres' : 'sqlite')).split(',');

export interface Figure {
  what: string;
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  note?: string;
}
export interface EngineResult {
  engine: string;
  documents: number;
  sites: number;
  onListedSite: number;
  files: number;
  textMB: number;
  relations: number;
  loadSeconds: number;
  indexSeconds: number;
  searchNote: string;
  load: number[];
  figures: Figure[];
}

const child = process.env.LEGAL_BENCH_CHILD;
if (child) {
  const { runEngine } = await import('./legal-documents-run.ts');
  const result = await runEngine(child, { documents: DOCUMENTS, rounds: ROUNDS });
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `legal-${child}.json`), `${JSON.stringify(result, null, 2)}\n`);
  process.exit(0);
}

const results: EngineResult[] = [];
for (const engine of ENGINES) {
  const file = join(RESULTS, `legal-${engine}.json`);
  if (REPORT_ONLY) {
    results.push(JSON.parse(readFileSync(file, 'utf8')) as EngineResult);
    continue;
  }
  process.stderr.write(`\n${engine}: ${DOCUMENTS.toLocaleString('en')} documents\n`);
  rmSync(file, { force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, LEGAL_BENCH_CHILD: engine };
  delete env.DATABASE_URL;
  if (engine === 'postgres') {
    if (!PG_URL) throw new Error('PostgreSQL needs TEST_DATABASE_URL or DATABASE_URL');
    env.TEST_DATABASE_URL = PG_URL;
  } else delete env.TEST_DATABASE_URL;
  const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env,
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error(`${engine}: the run failed (exit ${run.status})`);
  results.push(JSON.parse(readFileSync(file, 'utf8')) as EngineResult);
}

const ms = (value: number) => (value >= 100 ? Math.round(value) : Math.round(value * 10) / 10);
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 1e9)} GB, Node ${process.version}`;
const first = results[0];
const lines = [
  `# Legal documents benchmark — ${DOCUMENTS.toLocaleString('en')} documents`,
  '',
  `${machine}; ${ROUNDS} rounds; milliseconds (p50 / p95 / p99).`,
  ...results.map(
    (r) =>
      `- ${r.engine}: ${r.documents.toLocaleString('en')} documents on ${r.sites} sites (${r.onListedSite.toLocaleString('en')} on the listed one), ${r.files.toLocaleString('en')} files with ${r.textMB} MB of text, ${r.relations.toLocaleString('en')} relations; load ${r.loadSeconds} s, search index ${r.indexSeconds} s; load average ${r.load.join(' → ')}. ${r.searchNote}`,
  ),
  '',
  `| what | ${results.map((r) => `${r.engine} p50 / p95 / p99`).join(' | ')} |`,
  `| --- | ${results.map(() => '---:').join(' | ')} |`,
  ...(first?.figures ?? []).map((figure, index) => {
    const cells = results.map((r) => {
      const f = r.figures[index];
      return f ? `${ms(f.p50)} / **${ms(f.p95)}** / ${ms(f.p99)}${f.note ? ` (${f.note})` : ''}` : '';
    });
    return `| ${figure.what} | ${cells.join(' | ')} |`;
  }),
  '',
];
console.log(lines.join('\n'));
mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, 'legal-latest.md'), `${lines.join('\n')}\n`);
writeFileSync(join(RESULTS, 'legal-latest.json'), `${JSON.stringify({ machine, results }, null, 2)}\n`);
