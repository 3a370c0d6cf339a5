import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { loadOrCreateSecrets } from './secrets.ts';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dinh-secrets-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

it('generates a secret on first start, keeps it private, and reads the same one afterwards', () => {
  const dir = freshDir();
  const first = loadOrCreateSecrets(dir);
  expect(first.sessionSecret).toMatch(/^[0-9a-f]{64}$/);
  expect(statSync(path.join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
  expect(loadOrCreateSecrets(dir)).toEqual(first);
  expect(loadOrCreateSecrets(freshDir()).sessionSecret).not.toBe(first.sessionSecret);
});

it('uses SESSION_SECRET and AUDIT_KEY when given (several instances share them) and writes no file', () => {
  const dir = freshDir();
  const shared = 'a-secret-shared-by-every-instance-of-lac-hong';
  const auditKey = 'an-audit-key-shared-by-every-instance-of-lac-hong';
  expect(loadOrCreateSecrets(dir, { sessionSecret: shared, auditKey })).toEqual({
    sessionSecret: shared,
    auditKey,
  });
  expect(existsSync(path.join(dir, 'secrets.json'))).toBe(false);
});

it('generates an audit key next to a session secret, and only the missing one when one is given', () => {
  const dir = freshDir();
  const first = loadOrCreateSecrets(dir, { sessionSecret: 'a-secret-shared-by-every-instance-of-lac-hong' });
  expect(first.auditKey).toMatch(/^[0-9a-f]{64}$/);
  expect(first.auditKey).not.toBe(first.sessionSecret);
  expect(loadOrCreateSecrets(dir).auditKey).toBe(first.auditKey);
});

it('adds the audit key to the secrets file of an older version without changing the session secret', () => {
  const dir = freshDir();
  const file = path.join(dir, 'secrets.json');
  const old = 'ab'.repeat(32);
  writeFileSync(file, `${JSON.stringify({ sessionSecret: old })}\n`, { mode: 0o600 });
  const upgraded = loadOrCreateSecrets(dir);
  expect(upgraded.sessionSecret).toBe(old);
  expect(upgraded.auditKey).toMatch(/^[0-9a-f]{64}$/);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(upgraded);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(existsSync(`${file}.upgrade`)).toBe(false);
  expect(loadOrCreateSecrets(dir)).toEqual(upgraded);
});

it('adopts the audit key another process was adding at the same time (or left behind when it died)', () => {
  const dir = freshDir();
  const file = path.join(dir, 'secrets.json');
  const old = 'cd'.repeat(32);
  writeFileSync(file, `${JSON.stringify({ sessionSecret: old })}\n`, { mode: 0o600 });
  const theirs = 'ef'.repeat(32);
  writeFileSync(`${file}.upgrade`, JSON.stringify({ sessionSecret: old, auditKey: theirs }), { mode: 0o600 });
  expect(loadOrCreateSecrets(dir)).toEqual({ sessionSecret: old, auditKey: theirs });
  expect(JSON.parse(readFileSync(file, 'utf8')).auditKey).toBe(theirs);
});

it('refuses a damaged secrets file instead of silently replacing it', () => {
  const dir = freshDir();
  loadOrCreateSecrets(dir);
  const file = path.join(dir, 'secrets.json');
  writeFileSync(file, '{"sessionSecret":"short"}');
  expect(() => loadOrCreateSecrets(dir)).toThrow(/damaged/);
  expect(readFileSync(file, 'utf8')).toContain('short');
});

it('gives every process one key when several upgrade the same file at once', async () => {
  const dir = freshDir();
  const file = path.join(dir, 'secrets.json');
  const old = '12'.repeat(32);
  writeFileSync(file, `${JSON.stringify({ sessionSecret: old })}\n`, { mode: 0o600 });
  const loader = pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href;
  const module = pathToFileURL(path.resolve('src/platform/secrets.ts')).href;
  const script = `const m = await import(${JSON.stringify(module)}); console.log(m.loadOrCreateSecrets(${JSON.stringify(dir)}).auditKey);`;
  const keys = await Promise.all(
    Array.from(
      { length: 6 },
      () =>
        new Promise<string>((resolve, reject) =>
          execFile(
            process.execPath,
            ['--import', loader, '--input-type=module', '-e', script],
            (error, stdout) => (error ? reject(error) : resolve(stdout.trim())),
          ),
        ),
    ),
  );
  const stored = JSON.parse(readFileSync(file, 'utf8'));
  expect(stored.sessionSecret).toBe(old);
  expect(new Set(keys)).toEqual(new Set([stored.auditKey]));
  expect(existsSync(`${file}.upgrade`)).toBe(false);
}, 30_000);

it('replaces a half-written upgrade file left by a process that died', () => {
  const dir = freshDir();
  const file = path.join(dir, 'secrets.json');
  const old = '34'.repeat(32);
  writeFileSync(file, `${JSON.stringify({ sessionSecret: old })}\n`, { mode: 0o600 });
  writeFileSync(`${file}.upgrade`, '{"sessionSec', { mode: 0o600 });
  const past = new Date(Date.now() - 60_000);
  utimesSync(`${file}.upgrade`, past, past);
  const upgraded = loadOrCreateSecrets(dir);
  expect(upgraded.sessionSecret).toBe(old);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(upgraded);
});
