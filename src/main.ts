import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { bootstrap } from './bootstrap.ts';
import { type Config, loadConfig } from './platform/config.ts';

const SHUTDOWN_GRACE_MS = 10_000;

/** Starts the portal: configuration, database, app, listening socket and signal handling. */
export async function start(config: Config = loadConfig()): Promise<FastifyInstance> {
  const startedAt = performance.now();
  const services = await bootstrap(config, { report: (line) => console.log(`dinh: ${line}`) });
  const app = await buildApp(services);
  await app.listen({ port: config.PORT, host: config.HOST });
  app.log.info(
    {
      database: services.database.describe,
      cluster: services.cluster.mode,
      startupMs: Math.round(performance.now() - startedAt),
      rssMb: Math.round(process.memoryUsage().rss / 1048576),
    },
    'Đình is serving',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const timer = setTimeout(() => {
      app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    timer.unref();
    try {
      await app.close();
      await services.cluster.close();
      await services.database.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  return app;
}
