import { spawn } from 'node:child_process';

/**
 * pg_dump and pg_restore, run as child processes. The password travels in PGPASSWORD, never on
 * the command line (where `ps` shows it to every user of the machine).
 */

export type PgTool = 'pg_dump' | 'pg_restore';

/** The tool is not installed, or older than it must be; `need` is the major version required. */
export class PgToolError extends Error {
  constructor(
    readonly tool: PgTool,
    readonly problem: 'missing' | 'tooOld' | 'failed',
    readonly need: number,
    readonly detail = '',
  ) {
    super(`${tool}: ${problem} ${detail}`);
    this.name = 'PgToolError';
  }
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(tool: PgTool, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The tool's major version; throws PgToolError when it is missing or older than `need`. */
export async function requirePgTool(tool: PgTool, need: number): Promise<number> {
  let result: Run;
  try {
    result = await run(tool, ['--version']);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new PgToolError(tool, 'missing', need);
    throw error;
  }
  const major = Number(/\(PostgreSQL\)\s+(\d+)/.exec(result.stdout)?.[1] ?? Number.NaN);
  if (result.code !== 0 || !Number.isFinite(major))
    throw new PgToolError(tool, 'failed', need, result.stderr.trim() || result.stdout.trim());
  if (major < need) throw new PgToolError(tool, 'tooOld', need, String(major));
  return major;
}

/** A connection string without its password, and the environment that carries the password. */
function connection(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  // libpq reads %20, not the + that URLSearchParams writes for a space ("-c search_path=…").
  const query = [...url.searchParams].map(
    ([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`,
  );
  url.search = query.join('&');
  return { url: url.href, env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

/** Runs pg_dump or pg_restore against a database; throws PgToolError with its first error line. */
export async function runPgTool(tool: PgTool, databaseUrl: string, args: string[]): Promise<void> {
  const { url, env } = connection(databaseUrl);
  const result = await run(tool, [...args, `--dbname=${url}`], env);
  if (result.code !== 0) {
    const line =
      result.stderr.split('\n').find((text) => /error/i.test(text)) ?? result.stderr.split('\n')[0];
    throw new PgToolError(tool, 'failed', 0, (line ?? '').trim());
  }
}
