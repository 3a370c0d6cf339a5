import { existsSync, readFileSync } from 'node:fs';
import { parseArgs, parseEnv } from 'node:util';
import { mediaDirFor, registerSearchSources, sqliteFileFor } from './bootstrap.ts';
import {
  USER_ADD_HELP,
  USER_PASSWORD_HELP,
  USER_STATE_HELP,
  userAdd,
  userPassword,
  userState,
} from './cli-admin.ts';
import { AUDIT_HELP, auditCheckpoint, auditVerify } from './cli-audit.ts';
import { BACKUP_HELP, backupCommand, RESTORE_HELP, restoreCommand } from './cli-backup.ts';
import { CliError, SITE_HELP, siteList, TOKEN_HELP, tokenCreate } from './cli-operators.ts';
import { DatabaseUnavailableError, openDatabase } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import type { LanguageCode } from './db/schema.ts';
import { cliMessages } from './i18n/cli.ts';
import { cliAuditMessages } from './i18n/cli-audit.ts';
import { isLanguage } from './i18n/index.ts';
import { useAuditKey } from './modules/audit/audit.ts';
import { SEARCH_HELP, searchReindex } from './modules/search/search-cli.ts';
import { RedisUnavailableError } from './platform/cluster.ts';
import { type Config, ConfigError, loadConfig } from './platform/config.ts';
import { loadOrCreateSecrets, readAuditKey } from './platform/secrets.ts';

/** The `dinh --help` text (README.md names only the commands it lists; test/integration/readme.test.ts). */
export const HELP = `dinh — the Đình government portal platform

Usage: dinh <command> [options]

Commands:
  start        Start the portal (migrates the database; loads the demo province into an
               empty database unless DEMO_CONTENT=false)
  migrate      Apply pending database migrations and exit
  seed-demo    Load the demo province into an empty database and exit
  user add     Create an account (see: dinh user add --help)
  user password  Set someone's password and end their sessions (password on stdin)
  user deactivate  Lock an account and end its sessions (user reactivate unlocks it)
  user reset-2fa   Turn off an account's second factor (a lost phone) and end its sessions
  site list    List the sites: code and host names
  token create Create an API token and print only the token (see: dinh token create --help)
  audit verify Check the audit log's keyed hash chain; report the first broken entry
               (--against FILE also compares it with checkpoints taken earlier)
  audit checkpoint  Print the audit chain's anchor (newest entry, hash, count); --append FILE
               and --syslog HOST:PORT keep it outside the database
  search reindex  Rebuild the search index from all published content
  backup       Back up the database, media and secrets into one archive (see: dinh backup --help)
  restore      Restore a backup into an empty installation (see: dinh restore --help)
  help         Show this help (also: dinh --help, dinh <command> --help)

Errors are explained in Vietnamese; --lang en or --lang zh switches the language.

Configuration comes from environment variables (see .env.example):
  PORT, HOST, DATA_DIR, DATABASE_URL, PUBLIC_URL, LOG_LEVEL, DEMO_CONTENT, TRUST_PROXY, PAGE_CACHE
`;

const COMMAND_HELP: Record<string, string> = {
  start: 'Usage: dinh start\n\nStarts the HTTP server on HOST:PORT. Stops gracefully on SIGTERM or SIGINT.\n',
  migrate:
    'Usage: dinh migrate\n\nApplies every pending migration to DATABASE_URL (or the SQLite file in DATA_DIR).\n',
  user: `${USER_ADD_HELP}\n${USER_PASSWORD_HELP}\n${USER_STATE_HELP}`,
  site: SITE_HELP,
  token: TOKEN_HELP,
  search: SEARCH_HELP,
  backup: BACKUP_HELP,
  restore: RESTORE_HELP,
  audit: AUDIT_HELP,
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

/**
 * Loads the installation's audit key (AUDIT_KEY or DATA_DIR/secrets.json, created on a fresh
 * install as `dinh start` would): commands that write audit entries sign them with it.
 */
function loadAuditKey(): void {
  const config = loadConfig();
  const secrets = loadOrCreateSecrets(config.dataDir, {
    sessionSecret: config.SESSION_SECRET,
    auditKey: config.AUDIT_KEY,
  });
  useAuditKey(secrets.auditKey);
}

/** Runs a task on the migrated database (commands that read or write content need the schema). */
function withMigratedDatabase<T>(
  task: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>,
): Promise<T> {
  loadAuditKey();
  return withDatabase(async (database) => {
    await migrateToLatest(database.db);
    return task(database.db);
  });
}

/** Opens the database for an audit command with the existing key (never a new one). */
async function withAuditKey<T>(
  lang: LanguageCode,
  task: (db: Awaited<ReturnType<typeof openDatabase>>['db'], key: string) => Promise<T>,
): Promise<T> {
  const config: Config = loadConfig();
  const key = readAuditKey(config.dataDir, config.AUDIT_KEY);
  if (!key) throw new CliError(cliAuditMessages(lang).noKey);
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    sqliteFile: sqliteFileFor(config),
  });
  try {
    await migrateToLatest(database.db);
    return await task(database.db, key);
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
    // Text typed on a terminal may be decomposed: normalise like every other input (DESIGN §4).
    args: argv.map((arg) => arg.normalize('NFC')),
    allowPositionals: true,
    strict: false,
    options: {
      help: { type: 'boolean', short: 'h' },
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      site: { type: 'string' },
      scope: { type: 'string', multiple: true },
      lang: { type: 'string' },
      force: { type: 'boolean' },
      against: { type: 'string' },
      append: { type: 'string' },
      syslog: { type: 'string' },
    },
  });
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  // An option given without its value (`--against` alone) is given empty: refused, not ignored.
  const given = (value: unknown) => (value === undefined ? undefined : (text(value) ?? ''));
  const langOption = text(values.lang) ?? 'vi';
  const lang: LanguageCode = isLanguage(langOption) ? langOption : 'vi';
  const t = cliMessages(lang);
  if (!isLanguage(langOption)) {
    process.stderr.write(`dinh: ${t.langUnknown}\n`);
    return 2;
  }
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
        loadAuditKey();
        const result = await withDatabase(async (database) => {
          await migrateToLatest(database.db);
          const { loadDemo } = await import('./demo/index.ts');
          return loadDemo({
            db: database.db,
            mediaDir: mediaDirFor(config),
            dataDir: config.dataDir,
            now: new Date(),
          });
        });
        console.log(
          result
            ? `Demo province loaded: ${result.sites} sites, ${result.categories} categories, ${result.articles} articles, ${result.pages} pages. Demo accounts: ${config.dataDir}/demo-accounts.txt`
            : 'The database already has sites; the demo province was not loaded.',
        );
        return 0;
      }
      case 'user': {
        const sub = positionals[1];
        if (sub === 'password')
          return await withMigratedDatabase((db) => userPassword(db, lang, { email: text(values.email) }));
        if (sub === 'deactivate' || sub === 'reactivate' || sub === 'reset-2fa')
          return await withMigratedDatabase((db) => userState(db, lang, sub, { email: text(values.email) }));
        if (positionals[1] !== 'add') break;
        return await withMigratedDatabase((db) =>
          userAdd(db, lang, {
            email: text(values.email),
            name: text(values.name),
            role: text(values.role),
            site: text(values.site),
          }),
        );
      }
      case 'site': {
        if (positionals[1] !== 'list') break;
        return await withMigratedDatabase((db) => siteList(db, t));
      }
      case 'token': {
        if (positionals[1] !== 'create') break;
        return await withMigratedDatabase((db) =>
          tokenCreate(db, t, {
            email: text(values.email),
            site: text(values.site),
            scope: Array.isArray(values.scope)
              ? values.scope.filter((scope) => typeof scope === 'string')
              : [],
            name: text(values.name),
          }),
        );
      }
      case 'audit': {
        if (positionals[1] === 'verify')
          return await withAuditKey(lang, (db, key) =>
            auditVerify(db, lang, { key, against: given(values.against) }),
          );
        if (positionals[1] === 'checkpoint')
          return await withAuditKey(lang, (db, key) =>
            auditCheckpoint(db, lang, { key, append: given(values.append), syslog: given(values.syslog) }),
          );
        break;
      }
      case 'search': {
        if (positionals[1] !== 'reindex') break;
        return await withMigratedDatabase((db) => {
          registerSearchSources();
          return searchReindex(db);
        });
      }
      case 'backup':
        return await backupCommand(lang, positionals[1]);
      case 'restore':
        return await restoreCommand(lang, positionals[1], values.force === true);
      default:
        break;
    }
    process.stderr.write(`dinh: unknown command "${positionals.join(' ')}"\n\n${HELP}`);
    return 2;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`dinh: ${error.message}\n`);
      return error.exitCode;
    }
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
