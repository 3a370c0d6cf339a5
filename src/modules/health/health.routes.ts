import type { FastifyInstance } from 'fastify';
import { pingDatabase } from '../../db/dialect.ts';
import type { AppServices } from '../../platform/services.ts';
import { metricsRoutes } from './metrics.ts';

const PING_TIMEOUT_MS = 2000;

/**
 * GET /healthz: 200 when the database answers, 503 otherwise. For load balancers and monitors;
 * `search: building` while the search index is being built at start; `searchCheck`: what the
 * last consistency check of the index found and repaired (logged at start when it repaired any).
 * GET /metrics: Prometheus figures (metrics.ts).
 */
export async function healthRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  metricsRoutes(app, services);
  app.addHook('onReady', async () => {
    const check = services.searchIndex.lastCheck;
    if (check && check.missing + check.stale > 0) app.log.warn({ searchCheck: check }, check.summary);
  });
  app.get('/healthz', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    const started = performance.now();
    try {
      await Promise.race([
        pingDatabase(services.db),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), PING_TIMEOUT_MS).unref()),
      ]);
      return {
        status: 'ok',
        database: {
          engine: services.database.engine,
          status: 'ok',
          ms: Math.round(performance.now() - started),
        },
        // Serving, but the search page waits for the start-up index build (ADR 0010).
        search: services.searchIndex.rebuilding ? 'building' : 'ok',
        // What the last consistency check of the index repaired ("search: repaired 2 missing, 1 stale").
        ...(services.searchIndex.lastCheck ? { searchCheck: services.searchIndex.lastCheck } : {}),
      };
    } catch {
      return reply.code(503).send({
        status: 'error',
        database: { engine: services.database.engine, status: 'unreachable' },
      });
    }
  });
}
