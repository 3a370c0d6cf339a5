import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { ArticleRow } from '../../db/schema.ts';
import { inTransaction } from '../../platform/outbox.ts';
import type { AppServices } from '../../platform/services.ts';
import { siteOrigin } from '../../platform/sites/site.ts';
import { recordTransition } from './workflow.ts';

/**
 * Scheduled publishing (docs/adr/0005-scheduled-publishing.md): a tick every few seconds moves
 * due "scheduled" articles to "published" and takes down published articles past their end
 * time. Each move is one conditional UPDATE … RETURNING, so when several instances tick at
 * once every article is claimed by exactly one of them.
 */

export const SCHEDULER_INTERVAL_MS = 5_000;

const SYSTEM = { userId: 0, label: 'system', ip: '' };

/**
 * Other modules' periodic work, run at the end of every tick with the same clock (legal
 * documents recompute the validity that changes on a date). Registered once at start.
 */
export type ScheduledTask = (services: AppServices, now: Date) => Promise<unknown>;
const scheduledTasks = new Map<string, ScheduledTask>();

export function registerScheduledTask(name: string, task: ScheduledTask): void {
  scheduledTasks.set(name, task);
}

export interface TickResult {
  published: number[];
  takenDown: number[];
}

/**
 * One pass of the scheduler at `now`: publishes what is due, takes down what has expired. Each
 * step is one transaction: the claim, the audit entries and the notifications commit together;
 * purges, reindexing and mail follow the commit from the outbox.
 */
export async function runSchedulerTick(
  services: AppServices,
  now: Date = services.clock(),
  log?: FastifyBaseLogger,
): Promise<TickResult> {
  const stamp = now.toISOString();
  // Claims the articles in `from` whose `due` time has come and moves them to `to`, with their
  // audit entries and notifications, in one transaction.
  const step = (
    action: 'auto_publish' | 'auto_take_down',
    from: ArticleRow['status'],
    to: ArticleRow['status'],
    due: 'published_at' | 'unpublish_at',
  ) =>
    inTransaction(
      services,
      async (trx) => {
        const changed = await trx
          .updateTable('articles')
          .set({ status: to, updated_at: stamp })
          .where('status', '=', from)
          .where(due, 'is not', null)
          .where(due, '<=', stamp)
          .returningAll()
          .execute();
        for (const article of changed) {
          await recordTransition(trx, {
            before: { ...article, status: from },
            after: article,
            action,
            actor: SYSTEM,
            reason: '',
            at: now,
            origin: siteOrigin(services, services.sites.byId(article.site_id)),
          });
        }
        return changed.map((row) => row.id);
      },
      log,
    );
  const published = await step('auto_publish', 'scheduled', 'published', 'published_at');
  const takenDown = await step('auto_take_down', 'published', 'taken_down', 'unpublish_at');
  for (const [name, task] of scheduledTasks) {
    // One module's failure does not stop the others' work nor the next tick.
    try {
      await task(services, now);
    } catch (error) {
      log?.error({ err: error, task: name }, 'scheduled task failed');
    }
  }
  return { published, takenDown };
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
