import { existsSync, readFileSync } from 'node:fs';
import { parseArgs, parseEnv } from 'node:util';
import { mediaDirFor, registerSearchSources, sqliteFileFor } from './bootstrap.ts';
import { auditVerify, USER_ADD_HELP, userAdd } from './cli-admin.ts';
import { DatabaseUnavailableError, openDatabase } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedDemoAccounts } from './demo/accounts.ts';
import { seedDemo } from './demo/seed.ts';
import { SEARCH_HELP, searchReindex } from './modules/search/search-cli.ts';
import { RedisUnavailableError } from './platform/cluster.ts';
import { ConfigError, loadConfig } from './platform/config.ts';

const HELP = `dinh — the Đình government portal platform

Usage: dinh <command> [options]

Commands:
  start        Start the portal (migrates the database; loads the demo province into an
               empty database unless DEMO_CONTENT=false)
  migrate      Apply pending database migrations and exit
  seed-demo    Load the demo province into an empty database and exit
  user add     Create an account (see: dinh user add --help)
  audit verify Check the audit log's hash chain; report the first broken entry
  search reindex  Rebuild the search index from all published content
  help         Show this help (also: dinh --help, dinh <command> --help)

Configuration comes from environment variables (see .env.example):
  PORT, HOST, DATA_DIR, DATABASE_URL, PUBLIC_URL, LOG_LEVEL, DEMO_CONTENT, TRUST_PROXY, PAGE_CACHE
`;

const COMMAND_HELP: Record<string, string> = {
  start: 'Usage: dinh start\n\nStarts the HTTP server on HOST:PORT. Stops gracefully on SIGTERM or SIGINT.\n',
  migrate:
    'Usage: dinh migrate\n\nApplies every pending migration to DATABASE_URL (or the SQLite file in DATA_DIR).\n',
  user: USER_ADD_HELP,
  search: SEARCH_HELP,
  audit:
    'Usage: dinh audit verify\n\nRecomputes the audit log hash chain and reports the first altered or missing entry.\n',
  'seed-demo':
    'Usage: dinh seed-demo\n\nLoads the demo province (Lạc Hồng) into an empty database. Does nothing if sites exist.\n',
};

async function withDatabase<T>(
  task: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    sqliteFile: sqliteFileFor(config),
  });
  try {
    return await task(database);
  } finally {
    await database.close();
  }
}

/** Reads ./.env if present; variables already set in the environment win. */
function loadDotEnv(): void {
  if (!existsSync('.env')) return;
  for (const [key, value] of Object.entries(parseEnv(readFileSync('.env', 'utf8')))) {
    if (process.env[key] === undefined) process.env[key] = value;
  }
}

/** Runs the `dinh` command line. Returns the process exit code. */
export async function runCli(argv: string[]): Promise<number> {
  loadDotEnv();
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      help: { type: 'boolean', short: 'h' },
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      site: { type: 'string' },
    },
  });
  const command = positionals[0] ?? 'help';
  if (command === 'help' || (values.help && !COMMAND_HELP[command])) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.help) {
    process.stdout.write(COMMAND_HELP[command] ?? HELP);
    return 0;
  }
  try {
    switch (command) {
      case 'start': {
        const { start } = await import('./main.ts');
        await start();
        return -1; // keeps running
      }
      case 'migrate': {
        const applied = await withDatabase((database) => migrateToLatest(database.db));
        console.log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
        return 0;
      }
      case 'seed-demo': {
        const config = loadConfig();
        const result = await withDatabase(async (database) => {
          await migrateToLatest(database.db);
          const seeded = await seedDemo(database.db, { mediaDir: mediaDirFor(config), now: new Date() });
          if (seeded) await seedDemoAccounts(database.db, config.dataDir, new Date());
          return seeded;
        });
        console.log(
          result
            ? `Demo province loaded: ${result.sites} sites, ${result.categories} categories, ${result.articles} articles, ${result.pages} pages. Demo accounts: ${config.dataDir}/demo-accounts.txt`
            : 'The database already has sites; the demo province was not loaded.',
        );
        return 0;
      }
      case 'user': {
        if (positionals[1] !== 'add') break;
        return await withDatabase(async (database) => {
          await migrateToLatest(database.db);
          return userAdd(database.db, values);
        });
      }
      case 'audit': {
        if (positionals[1] !== 'verify') break;
        return await withDatabase((database) => auditVerify(database.db));
      }
      case 'search': {
        if (positionals[1] !== 'reindex') break;
        return await withDatabase(async (database) => {
          await migrateToLatest(database.db);
          registerSearchSources();
          return searchReindex(database.db);
        });
      }
      default:
        break;
    }
    process.stderr.write(`dinh: unknown command "${positionals.join(' ')}"\n\n${HELP}`);
    return 2;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`dinh: ${error.message}\n`);
      return 2;
    }
    if (error instanceof DatabaseUnavailableError || error instanceof RedisUnavailableError) {
      process.stderr.write(`dinh: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
