#!/usr/bin/env node
// Load benchmark for Đình: starts the built server (dist/) twice on a fresh data folder, once with
// the page cache and once without, and measures the home page and an article page with autocannon.
// See bench/README.md. Run with `npm run bench` (builds first) or `node bench/run.mjs`.
//
// Environment:
//   BENCH_SECONDS          measured duration of each run (default 10)
//   BENCH_CONNECTIONS      concurrent connections (default 50)
//   BENCH_TIMEOUT_SECONDS  hard limit for the whole run (default: computed from the above)
//   DATABASE_URL           postgres://… to benchmark on PostgreSQL instead of SQLite; the database is
//                          migrated and, if empty, loaded with the demo province (use a throwaway one)

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_DIR = join(ROOT, 'bench', 'results');

const SECONDS = positiveInt('BENCH_SECONDS', 10);
const CONNECTIONS = positiveInt('BENCH_CONNECTIONS', 50);
const WARMUP_SECONDS = 2;
const START_TIMEOUT_MS = 120_000; // first start migrates and seeds the demo province (~10–20 s)
const STOP_TIMEOUT_MS = 15_000; // the server allows itself 10 s to drain on SIGTERM
const RUNS = 4;
const TIMEOUT_SECONDS = positiveInt(
  'BENCH_TIMEOUT_SECONDS',
  Math.ceil((2 * (START_TIMEOUT_MS + STOP_TIMEOUT_MS)) / 1000 + RUNS * (WARMUP_SECONDS + SECONDS + 10) + 30),
);
const DATABASE_URL = process.env.DATABASE_URL?.trim() || undefined;
const BENCH_HEADERS = { 'accept-encoding': 'gzip, br' };
const REFERENCE = [
  ['Ghost, home page', '~255 req/s'],
  ['WordPress, article page', '~32 req/s'],
  ['nginx, static file with gzip', '~32,000 req/s'],
];
// Variables Đình reads; the server gets only the values set here (plus DATABASE_URL if given).
const DINH_VARIABLES = [
  'PORT',
  'HOST',
  'DATA_DIR',
  'DATABASE_URL',
  'PUBLIC_URL',
  'LOG_LEVEL',
  'DEMO_CONTENT',
  'TRUST_PROXY',
  'PAGE_CACHE',
];

function positiveInt(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`bench: ${name} must be a positive whole number (got "${raw}")`);
    process.exit(2);
  }
  return value;
}

const log = (line) => process.stderr.write(`bench: ${line}\n`);

// ---------------------------------------------------------------------------------------------
// Cleanup: one server at a time, one temp folder; both released on every way out.

let tempDir;
let current; // { child, pid, exited: Promise, alive: boolean, output: string[] }
let activeRun; // autocannon instance in progress
let cleaning;

async function stopServer(server) {
  if (!server?.alive) return server?.exitInfo;
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => {
    if (server.alive) {
      log(`server ${server.pid} did not stop within ${STOP_TIMEOUT_MS / 1000} s; sending SIGKILL`);
      server.child.kill('SIGKILL');
    }
  }, STOP_TIMEOUT_MS);
  const info = await server.exited;
  clearTimeout(timer);
  return info;
}

function cleanup() {
  cleaning ??= (async () => {
    try {
      activeRun?.stop();
    } catch {}
    try {
      await stopServer(current);
    } catch {}
    if (tempDir) {
      rmSync(tempDir, { recursive: true, force: true });
      tempDir = undefined;
    }
  })();
  return cleaning;
}

// Last resort if the process exits without running cleanup (e.g. process.exit elsewhere).
process.on('exit', () => {
  if (current?.alive) current.child.kill('SIGKILL');
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    log(`${signal} received; stopping the server and cleaning up`);
    cleanup().finally(() => process.exit(130));
  });
}
const deadline = setTimeout(() => {
  log(`the whole run exceeded ${TIMEOUT_SECONDS} s (BENCH_TIMEOUT_SECONDS); giving up`);
  cleanup().finally(() => process.exit(124));
}, TIMEOUT_SECONDS * 1000);
deadline.unref();

// ---------------------------------------------------------------------------------------------
// Helpers

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** GET without following redirects; body as a Buffer (not decompressed). */
function get(url, { headers = {}, timeoutMs = 5000 } = {}) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, agent: false, timeout: timeoutMs }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`timed out after ${timeoutMs} ms: ${url}`)));
    request.on('error', reject);
  });
}

/** Follows up to 5 same-origin redirects; returns the final path and response. */
async function getFollowing(base, path, options) {
  let current = path;
  for (let hop = 0; hop <= 5; hop++) {
    const response = await get(new URL(current, base), options);
    if (response.status >= 300 && response.status < 400 && response.headers.location) {
      const next = new URL(response.headers.location, new URL(current, base));
      if (next.origin !== new URL(base).origin) return { path: current, response };
      current = next.pathname + next.search;
      continue;
    }
    return { path: current, response };
  }
  throw new Error(`too many redirects from ${path}`);
}

function rssBytes(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null; // not Linux, or the process is gone
  }
}

const mb = (bytes) => (bytes == null ? 'n/a' : (bytes / 1048576).toFixed(0));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Server

async function startServer({ pageCache, dataDir }) {
  const port = await freePort();
  const env = { ...process.env };
  for (const name of DINH_VARIABLES) delete env[name];
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    DEMO_CONTENT: 'true',
    PAGE_CACHE: String(pageCache),
    ...(DATABASE_URL ? { DATABASE_URL } : {}),
  });
  const output = [];
  const spawnedAt = performance.now();
  // cwd is the temp folder so that a .env file in the repository cannot change the configuration.
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'dinh.js'), 'start'], {
    cwd: tempDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const server = { child, pid: child.pid, port, alive: true, output, exitInfo: undefined };
  server.exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      server.alive = false;
      server.exitInfo = { code, signal };
      resolve(server.exitInfo);
    });
  });
  child.on('error', (error) => output.push(`spawn error: ${error.message}`));
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (text) => {
      output.push(text);
      if (output.length > 200) output.shift();
    });
  }
  current = server;
  const base = `http://127.0.0.1:${port}`;
  server.base = base;

  while (true) {
    if (!server.alive) {
      throw new Error(
        `the server exited during start (${JSON.stringify(server.exitInfo)}); its output:\n${output.join('')}`,
      );
    }
    if (performance.now() - spawnedAt > START_TIMEOUT_MS) {
      throw new Error(
        `/healthz did not answer 200 within ${START_TIMEOUT_MS / 1000} s; output:\n${output.join('')}`,
      );
    }
    try {
      const response = await get(`${base}/healthz`, { timeoutMs: 2000 });
      if (response.status === 200) {
        server.coldStartMs = performance.now() - spawnedAt;
        server.health = JSON.parse(response.body.toString('utf8'));
        break;
      }
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  await sleep(500); // let start-up allocations settle before reading memory
  server.rssAfterStart = rssBytes(server.pid);
  return server;
}

// ---------------------------------------------------------------------------------------------
// URL discovery

const ARTICLE_PATH = /^\/(?:[^/?#]+\/)*[^/?#]*[^/?#\d-][^/?#]*-\d+\/?$/;

function links(html) {
  const found = [];
  for (const match of html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/gi)) {
    const href = match[1].replaceAll('&amp;', '&');
    if (href.startsWith('/') && !href.startsWith('//')) found.push(href);
  }
  return found;
}

const isArticleLink = (href) =>
  ARTICLE_PATH.test(href.split(/[?#]/)[0]) && !/^\/(assets|media|admin)\//.test(href);

function mainMenuLinks(html) {
  const nav =
    /<nav\b[^>]*class="[^"]*\bmain-menu\b[^"]*"[^>]*>([\s\S]*?)<\/nav>/i.exec(html) ??
    /<nav\b[^>]*aria-label="(?:Menu chính|Main menu)"[^>]*>([\s\S]*?)<\/nav>/i.exec(html);
  const candidates = links(nav ? nav[1] : html);
  return [...new Set(candidates)].filter(
    (href) =>
      href !== '/' &&
      !href.startsWith('/#') &&
      !/^\/(assets|media|admin)\b/.test(href) &&
      !/^\/(en|zh)\/?$/.test(href),
  );
}

async function discoverArticle(base) {
  const home = await get(`${base}/`);
  if (home.status !== 200) throw new Error(`GET / answered ${home.status}`);
  const homeHtml = home.body.toString('utf8');

  const fromHome = [...new Set(links(homeHtml).filter(isArticleLink))].slice(0, 5);
  for (const href of fromHome) {
    const { path, response } = await getFollowing(base, href);
    if (response.status === 200) return { path, kind: 'article', source: 'article link on the home page' };
    log(`article link ${href} from the home page answered ${response.status}`);
  }

  // No article linked from the home page (yet): look in the main menu's category pages.
  const menu = mainMenuLinks(homeHtml).slice(0, 20);
  const pages = [];
  for (const href of menu) {
    const { path, response } = await getFollowing(base, href);
    if (response.status !== 200) continue;
    const html = response.body.toString('utf8');
    pages.push({ href: path, html });
    const article = links(html).find(isArticleLink);
    if (article) {
      const followed = await getFollowing(base, article);
      if (followed.response.status === 200) {
        return { path: followed.path, kind: 'article', source: `article link on the category page ${path}` };
      }
      log(`article link ${article} from ${path} answered ${followed.response.status}`);
    }
  }
  // Fallback: the first main-menu page that is a category (not a static page).
  const category = pages.find((page) => !/class="[^"]*\bstatic-page\b/.test(page.html)) ?? pages[0];
  if (category) {
    return {
      path: category.href,
      kind: 'category',
      source: 'FALLBACK: no article link found; first category page in the main menu',
    };
  }
  throw new Error('found neither an article link nor a main-menu page on the home page');
}

// ---------------------------------------------------------------------------------------------
// Load

function cannon(url, duration) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections: CONNECTIONS, duration, headers: BENCH_HEADERS, timeout: 10 },
      (error, result) => {
        activeRun = undefined;
        if (error) reject(error);
        else resolve(result);
      },
    );
    activeRun = instance;
  });
}

async function measure(server, label, path) {
  if (!server.alive) throw new Error(`the server died before measuring ${label}`);
  const url = `${server.base}${path}`;
  const probe = await get(url, { headers: BENCH_HEADERS });
  if (probe.status !== 200) log(`warning: ${path} answers ${probe.status}; the run will count non-2xx`);
  log(`${server.label}: ${label} ${path}: warm-up ${WARMUP_SECONDS} s, then ${SECONDS} s`);
  await cannon(url, WARMUP_SECONDS);
  const result = await cannon(url, SECONDS);
  if (!server.alive)
    throw new Error(`the server exited during the ${label} run: ${JSON.stringify(server.exitInfo)}`);
  return {
    server: server.label,
    pageCache: server.pageCache,
    page: label,
    path,
    status: probe.status,
    contentEncoding: probe.headers['content-encoding'] ?? 'identity',
    responseBytes: probe.body.length,
    requestsPerSecond: result.requests.mean,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    rssAfterRun: rssBytes(server.pid),
    raw: {
      requests: result.requests,
      latency: result.latency,
      throughput: result.throughput,
      statusCodeStats: result.statusCodeStats,
      duration: result.duration,
      start: result.start,
      finish: result.finish,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Report

function markdown(report) {
  const lines = [];
  const engine = report.database.engine;
  lines.push(`# Đình benchmark — ${report.date}`);
  lines.push('');
  lines.push(
    `Machine: ${report.machine.cpus} × ${report.machine.cpuModel}, ${mb(report.machine.memory)} MB RAM, ` +
      `${report.machine.platform}; Node ${report.machine.node}. Database: ${engine}` +
      `${engine === 'postgres' ? ` (${report.database.url})` : ' (embedded, in a temp DATA_DIR)'}.`,
  );
  lines.push(
    `Load: autocannon, ${report.settings.connections} connections, ${report.settings.seconds} s per run after a ` +
      `${report.settings.warmupSeconds} s warm-up, header \`accept-encoding: gzip, br\`; client and server share the machine.`,
  );
  lines.push('');
  lines.push(`Article URL: \`${report.article.path}\` (${report.article.source}).`);
  lines.push('');
  lines.push('| server | cold start (spawn → /healthz 200) | RSS after start |');
  lines.push('| --- | ---: | ---: |');
  for (const server of report.servers) {
    lines.push(
      `| ${server.label} (${server.note}) | ${Math.round(server.coldStartMs)} ms | ${mb(server.rssAfterStart)} MB |`,
    );
  }
  lines.push('');
  lines.push(
    '| page | page cache | URL | response | req/s (mean) | p50 ms | p99 ms | errors | non-2xx | RSS after run |',
  );
  lines.push('| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const run of report.runs) {
    lines.push(
      `| ${run.page} | ${run.pageCache ? 'on' : 'off'} | \`${run.path}\` | ${run.status}, ${run.responseBytes} B ${run.contentEncoding} | ` +
        `${Math.round(run.requestsPerSecond).toLocaleString('en-US')} | ${run.latencyP50Ms} | ${run.latencyP99Ms} | ` +
        `${run.errors + run.timeouts} | ${run.non2xx} | ${mb(run.rssAfterRun)} MB |`,
    );
  }
  lines.push('');
  lines.push('Reference figures on the same machine (see bench/README.md):');
  lines.push('');
  for (const [what, figure] of REFERENCE) lines.push(`- ${what}: ${figure}`);
  lines.push('');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
    throw new Error('dist/ is missing: run "npm run build" first (npm run bench does it)');
  }
  tempDir = mkdtempSync(join(os.tmpdir(), 'dinh-bench-'));
  const dataDir = join(tempDir, 'data');
  log(
    `database: ${DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'SQLite'}; DATA_DIR ${dataDir}; ` +
      `${SECONDS} s per run; hard limit ${TIMEOUT_SECONDS} s`,
  );

  const servers = [];
  const runs = [];
  let article;
  for (const pageCache of [true, false]) {
    const first = servers.length === 0;
    log(
      `starting the server with PAGE_CACHE=${pageCache}${first ? ' (first start: migrations and demo content)' : ''}`,
    );
    const server = await startServer({ pageCache, dataDir });
    server.label = `PAGE_CACHE=${pageCache}`;
    server.pageCache = pageCache;
    server.note = first ? 'first start: migrate + seed demo content' : 'restart on the same data';
    log(
      `${server.label}: /healthz 200 after ${Math.round(server.coldStartMs)} ms, RSS ${mb(server.rssAfterStart)} MB`,
    );
    servers.push(server);

    if (!article) {
      article = await discoverArticle(server.base);
      log(`article URL: ${article.path} (${article.source})`);
    }
    runs.push(await measure(server, 'home', '/'));
    runs.push(
      await measure(server, article.kind === 'article' ? 'article' : 'category (fallback)', article.path),
    );

    const exit = await stopServer(server);
    log(`${server.label}: stopped (${exit.signal ?? `exit code ${exit.code}`})`);
  }

  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown CPU',
      memory: os.totalmem(),
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
    },
    database: {
      engine: DATABASE_URL ? 'postgres' : 'sqlite',
      url: DATABASE_URL ? DATABASE_URL.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@') : undefined,
    },
    settings: {
      connections: CONNECTIONS,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      headers: BENCH_HEADERS,
    },
    article,
    servers: servers.map((server) => ({
      label: server.label,
      pageCache: server.pageCache,
      note: server.note,
      coldStartMs: Math.round(server.coldStartMs),
      rssAfterStart: server.rssAfterStart,
      health: server.health,
    })),
    runs,
    reference: Object.fromEntries(REFERENCE),
  };

  const md = markdown(report);
  process.stdout.write(`${md}\n`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'latest.md'), md);
  writeFileSync(join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  log('wrote bench/results/latest.md and bench/results/latest.json');
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  log(`failed: ${error?.stack ?? error}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
