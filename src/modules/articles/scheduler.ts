import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { ArticleRow } from '../../db/schema.ts';
import type { AppServices } from '../../platform/services.ts';
import type { Site } from '../../platform/sites/site.ts';
import { announce } from './workflow.ts';

/**
 * Scheduled publishing (docs/adr/0005-scheduled-publishing.md): a tick every few seconds moves
 * due "scheduled" articles to "published" and takes down published articles past their end
 * time. Each move is one conditional UPDATE … RETURNING, so when several instances tick at
 * once every article is claimed by exactly one of them.
 */

export const SCHEDULER_INTERVAL_MS = 5_000;

const SYSTEM = { userId: 0, label: 'system', ip: '' };

/** The public origin of a site, for links in notification mail sent without a request. */
export function siteOrigin(services: Pick<AppServices, 'config'>, site: Site | undefined): string {
  if (services.config.PUBLIC_URL && (!site || site.isDefault))
    return services.config.PUBLIC_URL.replace(/\/$/, '');
  return site?.hostnames[0] ? `https://${site.hostnames[0]}` : 'http://localhost';
}

export interface TickResult {
  published: number[];
  takenDown: number[];
}

/** One pass of the scheduler at `now`: publishes what is due, takes down what has expired. */
export async function runSchedulerTick(
  services: AppServices,
  now: Date = services.clock(),
  log?: FastifyBaseLogger,
): Promise<TickResult> {
  const stamp = now.toISOString();
  const published = await services.db
    .updateTable('articles')
    .set({ status: 'published', updated_at: stamp })
    .where('status', '=', 'scheduled')
    .where('published_at', '<=', stamp)
    .returningAll()
    .execute();
  for (const article of published) {
    await announceSafely(services, { ...article, status: 'scheduled' }, article, 'auto_publish', now, log);
  }
  const expired = await services.db
    .updateTable('articles')
    .set({ status: 'taken_down', updated_at: stamp })
    .where('status', '=', 'published')
    .where('unpublish_at', 'is not', null)
    .where('unpublish_at', '<=', stamp)
    .returningAll()
    .execute();
  for (const article of expired) {
    await announceSafely(services, { ...article, status: 'published' }, article, 'auto_take_down', now, log);
  }
  return { published: published.map((row) => row.id), takenDown: expired.map((row) => row.id) };
}

async function announceSafely(
  services: AppServices,
  before: ArticleRow,
  after: ArticleRow,
  action: 'auto_publish' | 'auto_take_down',
  now: Date,
  log?: FastifyBaseLogger,
) {
  try {
    await announce(services, {
      before,
      after,
      action,
      actor: SYSTEM,
      reason: '',
      at: now,
      origin: siteOrigin(services, services.sites.byId(after.site_id)),
      ...(log ? { log } : {}),
    });
  } catch (error) {
    // The state change is committed; a failed notification must not stop the next articles.
    services.purge([`articles:${after.site_id}`, `article:${after.id}`, `category:${after.category_id}`]);
    log?.error({ err: error, articleId: after.id, action }, 'scheduler: announcing a change failed');
  }
}

/** Runs the tick while the app is up (started on ready, stopped on close; ticks never overlap). */
export function registerScheduler(
  app: FastifyInstance,
  services: AppServices,
  intervalMs = SCHEDULER_INTERVAL_MS,
) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  const tick = () => {
    if (running) return;
    running = runSchedulerTick(services, services.clock(), app.log)
      .then((result) => {
        if (result.published.length || result.takenDown.length)
          app.log.info(result, 'scheduler: articles changed');
      })
      .catch((error: unknown) => app.log.error({ err: error }, 'scheduler tick failed'))
      .finally(() => {
        running = undefined;
      });
  };
  app.addHook('onReady', async () => {
    timer = setInterval(tick, intervalMs);
    timer.unref();
    tick();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await running;
  });
}
