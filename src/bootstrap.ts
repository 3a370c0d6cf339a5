import { mkdirSync } from 'node:fs';
import path from 'node:path';
// The installed collection types register their search sources before the index is built.
import './collections.ts';
import { openDatabase } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import { articleSource } from './modules/articles/search-source.ts';
import { useAuditKey } from './modules/audit/audit.ts';
import { pageSource } from './modules/pages/search-source.ts';
import { startSearchIndex } from './modules/search/index-state.ts';
import { registerSearchSource } from './modules/search/registry.ts';
import { ensureDefaultSite } from './modules/sites/sites.service.ts';
import { type ClusterBus, createRedisBus, createSingleBus } from './platform/cluster.ts';
import type { Config } from './platform/config.ts';
import { createDataCache } from './platform/data-cache.ts';
import { createMailer, type Mailer } from './platform/mailer.ts';
import { createPageCache } from './platform/page-cache.ts';
import { loadOrCreateSecrets } from './platform/secrets.ts';
import type { AppServices } from './platform/services.ts';
import { createSiteDirectory, type SiteDirectory } from './platform/sites/site-directory.ts';

export interface BootstrapOptions {
  clock?: () => Date;
  /** PostgreSQL schema (tests isolate themselves in one). */
  pgSchema?: string;
  /** Replaces the SMTP mailer (tests capture mail with a real SMTP server instead). */
  mailer?: Mailer;
  /** Called with progress lines (migrations applied, demo loaded). */
  report?: (line: string) => void;
  /** How long start-up waits for a search index build before serving without it (default 10 s). */
  searchIndexWaitMs?: number;
}

const SEARCH_INDEX_WAIT_MS = 10_000;

/** Where the embedded SQLite database lives inside DATA_DIR. */
export function sqliteFileFor(config: Config): string {
  return path.join(config.dataDir, 'dinh.sqlite');
}

/** Where uploaded and generated media live inside DATA_DIR. */
export function mediaDirFor(config: Config): string {
  return path.join(config.dataDir, 'media');
}

/** Registers the features' search sources; every entry point that indexes or searches calls it first. */
export function registerSearchSources(): void {
  registerSearchSource(articleSource);
  registerSearchSource(pageSource);
}

/**
 * Opens the database, applies migrations, loads the demo province into an empty database
 * (unless DEMO_CONTENT=false) and returns the services the app is built from.
 */
export async function bootstrap(config: Config, options: BootstrapOptions = {}): Promise<AppServices> {
  const report = options.report ?? (() => {});
  registerSearchSources();
  const secrets = loadOrCreateSecrets(config.dataDir, {
    sessionSecret: config.SESSION_SECRET,
    auditKey: config.AUDIT_KEY,
  });
  // Every audit entry this process writes is keyed with it (docs/adr/0017).
  useAuditKey(secrets.auditKey);
  if (config.REDIS_URL && !config.AUDIT_KEY)
    report(
      'warning: several instances (REDIS_URL) need one audit key: set AUDIT_KEY unless they share DATA_DIR',
    );
  mkdirSync(mediaDirFor(config), { recursive: true });
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    sqliteFile: sqliteFileFor(config),
    ...(options.pgSchema ? { pgSchema: options.pgSchema } : {}),
  });
  const clock = options.clock ?? (() => new Date());
  let cluster: ClusterBus | undefined;
  try {
    const applied = await migrateToLatest(database.db);
    if (applied.length > 0) report(`migrations applied: ${applied.join(', ')}`);
    if (config.DEMO_CONTENT) {
      const { loadDemo } = await import('./demo/index.ts');
      const seeded = await loadDemo({
        db: database.db,
        mediaDir: mediaDirFor(config),
        dataDir: config.dataDir,
        now: clock(),
      });
      if (seeded) {
        report(`demo province loaded: ${seeded.articles} articles, ${seeded.pages} pages`);
        report(
          `demo accounts (one per role) with their passwords: ${path.join(config.dataDir, 'demo-accounts.txt')}`,
        );
      }
    }
    await ensureDefaultSite(database.db, clock());
    // Bound once the caches exist: a build that outlasts start-up purges the pages it changes.
    let purgeIndexed: (tags: string[]) => void = () => {};
    const searchIndex = await startSearchIndex({
      db: database.db,
      purge: (tags) => purgeIndexed(tags),
      report,
      waitMs: options.searchIndexWaitMs ?? SEARCH_INDEX_WAIT_MS,
    });
    const localSites = await createSiteDirectory(database.db, { publicUrl: config.PUBLIC_URL });
    const pageCache = createPageCache({ enabled: config.PAGE_CACHE });
    // The structure memo stays on even when the page cache is off: it is data, purged by the same tags.
    const dataCache = createDataCache({ enabled: true });
    cluster = config.REDIS_URL
      ? createRedisBus(config.REDIS_URL, config.REDIS_PREFIX, {
          async onMessage(message) {
            if (message.kind === 'purge') {
              pageCache.purge(message.tags);
              dataCache.purge(message.tags);
              return;
            }
            if (message.kind === 'sites') await localSites.reload();
            pageCache.clear();
            dataCache.clear();
          },
          async onResync() {
            pageCache.clear();
            dataCache.clear();
            await localSites.reload();
          },
          log: (level, line) => report(`${level === 'warn' ? 'warning: ' : ''}${line}`),
        })
      : createSingleBus();
    await cluster.ready();
    const bus = cluster;
    // Reloading the site directory (settings saved on this instance) reloads it everywhere.
    const sites: SiteDirectory = {
      ...localSites,
      async reload() {
        await localSites.reload();
        bus.publish({ kind: 'sites' });
      },
    };
    const services: AppServices = {
      config,
      database,
      db: database.db,
      sites,
      secrets,
      clock,
      mediaDir: mediaDirFor(config),
      pageCache,
      dataCache,
      mailer: options.mailer ?? createMailer(config),
      purge(tags) {
        pageCache.purge(tags);
        dataCache.purge(tags);
        if (tags.length > 0) bus.publish({ kind: 'purge', tags });
      },
      cluster: bus,
      searchIndex,
    };
    purgeIndexed = (tags) => services.purge(tags);
    return services;
  } catch (error) {
    await cluster?.close().catch(() => {});
    await database.close().catch(() => {});
    throw error;
  }
}
