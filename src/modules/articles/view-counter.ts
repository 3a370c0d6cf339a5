import type { FastifyInstance } from 'fastify';
import { isRowId } from '../../platform/nfc-input.ts';
import type { AppServices } from '../../platform/services.ts';
import { articlesRepository } from './articles.repository.ts';

const FLUSH_MS = 5_000;
const DEDUPE_MS = 30 * 60_000;
const MAX_SEEN = 50_000;
// A transparent 1×1 GIF for readers without JavaScript.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * Counts article views outside the page cache: the page asks for /views/{id} (a beacon from
 * article.js, or a pixel inside <noscript>). Counts are deduplicated per reader and article
 * for 30 minutes, summed in memory and written in one batch every few seconds.
 */
export function createViewCounter(services: AppServices) {
  const pending = new Map<number, number>();
  const seen = new Map<string, number>();
  const repository = articlesRepository(services.db);

  function record(articleId: number, reader: string, now = Date.now()): boolean {
    const key = `${reader}|${articleId}`;
    const last = seen.get(key);
    if (last !== undefined && now - last < DEDUPE_MS) return false;
    seen.delete(key);
    seen.set(key, now);
    if (seen.size > MAX_SEEN) {
      const oldest = seen.keys().next().value;
      if (oldest !== undefined) seen.delete(oldest);
    }
    pending.set(articleId, (pending.get(articleId) ?? 0) + 1);
    return true;
  }

  async function flush(): Promise<void> {
    if (pending.size === 0) return;
    const batch = [...pending];
    pending.clear();
    for (const [articleId, count] of batch) {
      try {
        await repository.addViews(articleId, count);
      } catch {
        // Keep the counts for the next flush rather than losing them.
        pending.set(articleId, (pending.get(articleId) ?? 0) + count);
      }
    }
  }

  return { record, flush, pendingCount: () => [...pending.values()].reduce((sum, n) => sum + n, 0) };
}

export type ViewCounter = ReturnType<typeof createViewCounter>;

/** POST /views/:id (beacon) and GET /views/:id.gif (pixel). Always answer 204/200 quickly. */
export async function viewRoutes(app: FastifyInstance, counter: ViewCounter): Promise<void> {
  const timer = setInterval(() => void counter.flush(), FLUSH_MS);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await counter.flush();
  });
  const limit = { config: { rateLimit: { max: 120, timeWindow: '1 minute' } } };
  const count = (id: string, ip: string, userAgent: string | undefined) => {
    // An id past the INTEGER range would make PostgreSQL refuse the whole batch of counts.
    if (!isRowId(id)) return false;
    return counter.record(Number(id), `${ip}|${userAgent ?? ''}`);
  };
  // The beacon answers 204 to anything (a page never learns what was counted), so its parameter is
  // not named `id`: the edge's row-id rule (platform/nfc-input.ts) would answer 404 to a bad one.
  app.post('/views/:article', limit, async (request, reply) => {
    count((request.params as { article: string }).article, request.ip, request.headers['user-agent']);
    return reply.code(204).header('cache-control', 'no-store').send();
  });
  app.get('/views/:file', limit, async (request, reply) => {
    const file = (request.params as { file: string }).file;
    if (file.endsWith('.gif')) count(file.slice(0, -4), request.ip, request.headers['user-agent']);
    return reply.header('cache-control', 'no-store').type('image/gif').send(PIXEL);
  });
}
