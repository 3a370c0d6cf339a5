import path from 'node:path';
import { z } from 'zod';
import { trustProxyFromEnv } from './trust-proxy.ts';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/**
 * Every environment variable Đình reads, declared once. `.env.example` documents the same list;
 * a test keeps the two in step.
 */
export const configSchema = z.object({
  /** TCP port the HTTP server listens on. */
  PORT: z.coerce
    .number({ message: 'expected a whole number from 0 to 65535' })
    .int({ message: 'expected a whole number from 0 to 65535' })
    .min(0, { message: 'expected a whole number from 0 to 65535' })
    .max(65535, { message: 'expected a whole number from 0 to 65535' })
    .default(3000),
  /** Interface to bind: 0.0.0.0 for all IPv4, :: for IPv4 and IPv6. */
  HOST: z
    .string()
    .min(1, { message: 'expected an interface address such as 0.0.0.0 or ::' })
    .default('0.0.0.0'),
  /** Where the embedded database, uploaded media and generated secrets live. */
  DATA_DIR: z.string().min(1, { message: 'expected a directory path' }).default('./data'),
  /** Absent: SQLite in DATA_DIR. postgres://user@host:5432/db: PostgreSQL. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, {
      message:
        'expected a PostgreSQL URL such as postgres://user:password@127.0.0.1:5432/dinh (leave unset for SQLite)',
    })
    .optional(),
  /**
   * The default site's address, e.g. https://lachong.gov.vn: absolute links (mail, canonical,
   * feeds, sitemaps) name it, and its scheme and port apply to the other sites' primary hostnames.
   * Unset: each site's primary hostname, https (http://name:PORT for loopback names). ADR 0016.
   */
  PUBLIC_URL: z
    .url({ message: 'expected an absolute http(s) URL such as https://lachong.gov.vn' })
    .refine((value) => /^https?:\/\//.test(value), { message: 'expected an http:// or https:// URL' })
    .transform((value) => value.replace(/\/+$/, ''))
    .optional(),
  /** pino log level. */
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'expected one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  /** Load the demo province into an empty database on first start. */
  DEMO_CONTENT: booleanFromEnv.default(true),
  /**
   * Which X-Forwarded-* hops to believe (src/platform/trust-proxy.ts): false, a number of proxies in
   * front of Đình (1 for one nginx), or their addresses and CIDR ranges, comma-separated.
   */
  TRUST_PROXY: trustProxyFromEnv.default(false),
  /** SMTP server for outgoing mail (password resets, notifications): smtp://user:pass@host:587. Unset: mail is logged, not sent. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, {
      message: 'expected an smtp:// or smtps:// URL such as smtp://user:pass@mail.example.gov.vn:587',
    })
    .optional(),
  /** Sender address of outgoing mail. */
  MAIL_FROM: z
    .string()
    .regex(/^(.+<)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/, {
      message: 'expected an address such as "Cổng TTĐT <no-reply@lachong.gov.vn>"',
    })
    .default('Đình <no-reply@localhost>'),
  /** In-process page cache for public pages (turn off only to measure or debug). */
  PAGE_CACHE: booleanFromEnv.default(true),
  /** Redis shared by several instances: cache invalidations are fanned out through it. Unset: one instance. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, {
      message:
        'expected a Redis URL such as redis://127.0.0.1:6379 or rediss://user:pass@cache.lachong.gov.vn:6380',
    })
    .optional(),
  /** Prefix of Đình's Redis channel, so one Redis can serve several installations. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, {
      message: 'expected 1 to 64 letters, digits, dots, dashes or underscores',
    })
    .default('dinh'),
  /**
   * Signs session and CSRF cookies. Unset: generated into DATA_DIR/secrets.json on first start.
   * Several instances must share one value (set it here, or share DATA_DIR).
   */
  SESSION_SECRET: z
    .string()
    .min(32, { message: 'expected at least 32 random characters (e.g. `openssl rand -hex 32`)' })
    .optional(),
  /**
   * Where security problems are reported, first in every site's /.well-known/security.txt
   * (RFC 9116): an e-mail address or an https:// page. Unset: each site's own e-mail address.
   */
  SECURITY_CONTACT: z
    .string()
    .regex(/^(?:(?:mailto:)?[^\s@<>:]+@[^\s@<>]+\.[^\s@<>]+|https:\/\/[^\s<>"]+)$/, {
      message: 'expected an e-mail address such as security@lachong.gov.vn or an https:// URL',
    })
    .optional(),
  /**
   * Keys the audit log's HMAC chain (docs/adr/0017). Unset: generated into DATA_DIR/secrets.json.
   * Several instances must share one value (set it here, or share DATA_DIR); keep a copy apart.
   */
  AUDIT_KEY: z
    .string()
    .min(32, { message: 'expected at least 32 random characters (e.g. `openssl rand -hex 32`)' })
    .optional(),
  /** Bearer token for GET /metrics (Prometheus). Unset: /metrics answers only to loopback addresses. */
  METRICS_TOKEN: z
    .string()
    .min(16, { message: 'expected at least 16 random characters (e.g. `openssl rand -hex 16`)' })
    .optional(),
  /**
   * Largest image (width × height, in pixels) an upload may have; checked from the file's header
   * before any pixel is decoded, so a small file that would unpack to gigabytes is refused at once.
   */
  MEDIA_MAX_PIXELS: z.coerce
    .number({ message: 'expected a whole number of pixels from 1000000 to 268402689' })
    .int({ message: 'expected a whole number of pixels from 1000000 to 268402689' })
    .min(1_000_000, { message: 'expected a whole number of pixels from 1000000 to 268402689' })
    .max(268_402_689, { message: 'expected a whole number of pixels from 1000000 to 268402689' })
    .default(40_000_000),
  /**
   * Media files that no row refers to (an upload cut short by a crash) and unfinished temporary
   * files are removed once they are this many minutes old, at start and then every few minutes.
   */
  MEDIA_SWEEP_AFTER_MINUTES: z.coerce
    .number({ message: 'expected a whole number of minutes from 0 to 10080' })
    .int({ message: 'expected a whole number of minutes from 0 to 10080' })
    .min(0, { message: 'expected a whole number of minutes from 0 to 10080' })
    .max(10_080, { message: 'expected a whole number of minutes from 0 to 10080' })
    .default(60),
});

export type Config = z.output<typeof configSchema> & {
  /** DATA_DIR resolved to an absolute path. */
  dataDir: string;
  /** Which database engine DATABASE_URL selects. */
  databaseEngine: 'sqlite' | 'postgres';
};

/** Thrown when the environment does not describe a valid configuration. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration from an environment object (defaults to process.env). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input: Record<string, string> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = env[key];
    // An empty variable means "not set", as in most twelve-factor tooling.
    if (value !== undefined && value.trim() !== '') input[key] = value.trim();
  }
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '(environment)');
      const given = input[name];
      return `${name}: ${issue.message}${given === undefined ? '' : ` (got "${given}")`}`;
    });
    throw new ConfigError(problems);
  }
  const config = parsed.data;
  return {
    ...config,
    dataDir: path.resolve(config.DATA_DIR),
    databaseEngine: config.DATABASE_URL ? 'postgres' : 'sqlite',
  };
}
