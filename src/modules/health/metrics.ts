import { timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { sendError } from '../../platform/error-handler.ts';
import { projectRoot } from '../../platform/paths.ts';
import type { AppServices } from '../../platform/services.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
/** Seconds; public pages are expected in tens of milliseconds, admin saves in hundreds. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function packageVersion(): string {
  try {
    const raw = readFileSync(path.join(projectRoot(), 'package.json'), 'utf8');
    return String((JSON.parse(raw) as { version?: unknown }).version ?? 'unknown');
  } catch {
    return 'unknown';
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Who may read /metrics: with METRICS_TOKEN, whoever sends it as a bearer token; without, only a
 * client on the loopback address that did not come through a proxy (a proxy on the same host
 * would otherwise make every visitor look local).
 */
export function mayReadMetrics(request: FastifyRequest, token: string | undefined): boolean {
  if (token) {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match?.[1] !== undefined && sameSecret(match[1], token);
  }
  const direct = request.socket.remoteAddress ?? '';
  const forwarded =
    request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
  return LOOPBACK.has(direct) && !forwarded;
}

/**
 * GET /metrics in the Prometheus text format: requests by route and status, their durations,
 * the page cache, and the process (memory, event-loop lag, garbage collection). Each app has its
 * own registry, so several apps in one process (tests) do not mix their figures.
 */
export function metricsRoutes(app: FastifyInstance, services: AppServices): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'dinh_' });
  const requests = new Counter({
    name: 'dinh_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'dinh_http_request_duration_seconds',
    help: 'Time from receiving a request to sending the response, by method and route pattern.',
    labelNames: ['method', 'route'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const { pageCache } = services;
  new Counter({
    name: 'dinh_page_cache_hits_total',
    help: 'Public page requests answered from the in-process page cache.',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(pageCache.stats.hits);
    },
  });
  new Counter({
    name: 'dinh_page_cache_misses_total',
    help: 'GET requests the page cache could not answer (rendered, or not a cacheable page).',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(pageCache.stats.misses);
    },
  });
  new Counter({
    name: 'dinh_page_cache_purged_total',
    help: 'Cached pages dropped because content they show changed.',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(pageCache.stats.purged);
    },
  });
  new Gauge({
    name: 'dinh_page_cache_entries',
    help: 'Pages held in the in-process page cache.',
    registers: [registry],
    collect() {
      this.set(pageCache.size);
    },
  });
  new Gauge({
    name: 'dinh_info',
    help: 'Always 1; the labels describe this instance.',
    labelNames: ['version', 'database', 'cluster'] as const,
    registers: [registry],
  }).set(
    { version: packageVersion(), database: services.database.engine, cluster: services.cluster.mode },
    1,
  );

  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, never the raw URL: one series per route, whatever visitors type.
    const route = request.routeOptions.url ?? 'unmatched';
    if (route === '/metrics') return;
    const labels = { method: request.method, route };
    requests.inc({ ...labels, status: String(reply.statusCode) });
    durations.observe(labels, reply.elapsedTime / 1000);
  });

  app.get('/metrics', { config: { access: 'public' } }, async (request, reply) => {
    if (!mayReadMetrics(request, services.config.METRICS_TOKEN)) {
      return sendError(request, reply, services, 'FORBIDDEN');
    }
    reply.header('cache-control', 'no-store').type(registry.contentType);
    return registry.metrics();
  });
}
