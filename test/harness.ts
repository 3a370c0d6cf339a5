import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { bootstrap } from '../src/bootstrap.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Mailer } from '../src/platform/mailer.ts';
import type { AppServices } from '../src/platform/services.ts';

/**
 * One switch selects the engine for the integration suite: TEST_DATABASE_URL=postgres://…
 * runs it on PostgreSQL (each test app in its own schema); unset, on SQLite files.
 */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;
export const testEngine = testDatabaseUrl ? 'postgres' : 'sqlite';

export interface TestApp {
  app: FastifyInstance;
  services: AppServices;
  dataDir: string;
  /** The PostgreSQL schema the app lives in (undefined on SQLite). */
  pgSchema: string | undefined;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Load the demo province (slower: renders images). */
  demo?: boolean;
  clock?: () => Date;
  env?: Record<string, string>;
  /** Mail transport (tests pass one that talks to a real SMTP server they run). */
  mailer?: Mailer;
  /** Run the background scheduled-publishing tick (off: tests call runSchedulerTick themselves). */
  scheduler?: boolean;
  /** Receives the app's log lines (JSON, level info) instead of silence. */
  logStream?: NodeJS.WritableStream;
  /**
   * A second instance of an installation: same database and DATA_DIR as this app (which
   * created them and removes them when it closes).
   */
  sameInstallationAs?: TestApp;
}

async function withAdminClient<T>(task: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    return await task(client);
  } finally {
    await client.end();
  }
}

/** Builds the real application on a fresh database for one test file. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const shared = options.sameInstallationAs;
  const dataDir = shared?.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'dinh-test-')));
  const schema = shared?.pgSchema ?? `t_${randomBytes(6).toString('hex')}`;
  if (testDatabaseUrl && !shared) await withAdminClient((client) => client.query(`create schema ${schema}`));
  const config = loadConfig({
    DATA_DIR: dataDir,
    DEMO_CONTENT: options.demo ? 'true' : 'false',
    LOG_LEVEL: 'silent',
    ...(testDatabaseUrl ? { DATABASE_URL: testDatabaseUrl } : {}),
    ...options.env,
  });
  const services = await bootstrap(config, {
    ...(testDatabaseUrl ? { pgSchema: schema } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.mailer ? { mailer: options.mailer } : {}),
  });
  // Tests start from a complete index, however long the start-up build takes.
  await services.searchIndex.ready;
  const app = await buildApp(services, {
    ...(options.logStream
      ? { logger: { level: 'info', stream: options.logStream } }
      : options.env?.LOG_LEVEL
        ? {}
        : { logger: false }),
    scheduler: options.scheduler ?? false,
  });
  await app.ready();
  return {
    app,
    services,
    dataDir,
    pgSchema: testDatabaseUrl ? schema : undefined,
    async close() {
      await app.close();
      await services.cluster.close();
      await services.database.close();
      if (shared) return;
      if (testDatabaseUrl) await withAdminClient((client) => client.query(`drop schema ${schema} cascade`));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
