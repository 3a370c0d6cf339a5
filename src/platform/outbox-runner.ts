import type { FastifyInstance } from 'fastify';
import { outboxSettled, runOutbox, setOutboxLog } from './outbox.ts';
import type { AppServices } from './services.ts';

/** How often the outbox is searched for effects that are due again (retries, a crashed instance). */
export const OUTBOX_INTERVAL_MS = 5_000;

/**
 * Runs the outbox while the app is up: once when it is ready (what a crash left behind), then
 * every `intervalMs` when `isPeriodic` (retries). Ticks never overlap; closing waits for them
 * and for effects still running in the background.
 */
export function registerOutboxRunner(
  app: FastifyInstance,
  services: AppServices,
  options: { isPeriodic: boolean; intervalMs?: number },
): void {
  setOutboxLog(services, app.log);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  const tick = () => {
    if (running) return running;
    running = runOutbox(services, { log: app.log })
      .catch((error: unknown) => app.log.error({ err: error }, 'outbox tick failed'))
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  app.addHook('onReady', async () => {
    await tick();
    if (!options.isPeriodic) return;
    timer = setInterval(tick, options.intervalMs ?? OUTBOX_INTERVAL_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await running;
    await outboxSettled();
  });
}
