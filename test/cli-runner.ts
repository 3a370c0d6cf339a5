import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Node arguments that run `dinh` from source (tsx by absolute URL: commands run in other folders). */
export const dinhFromSource = [
  '--import',
  pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href,
  path.resolve('src/cli-run.ts'),
];

/** The environment every `dinh` run gets: nothing of the caller's but PATH. */
export function dinhEnv(env: Record<string, string>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    TSX_TSCONFIG_PATH: path.resolve('tsconfig.json'),
    LOG_LEVEL: 'warn',
    ...env,
  };
}

export interface DinhResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `dinh …` from source in `cwd` with a clean Đình environment, feeding `input` to stdin. */
export function runDinh(
  args: string[],
  options: { env: Record<string, string>; cwd: string; input?: string },
): Promise<DinhResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...dinhFromSource, ...args], {
      env: dinhEnv(options.env),
      cwd: options.cwd,
    });
    let stdout = '';
    let stderr = '';
    child.stdin.end(options.input ?? '');
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
