import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

it('uses SESSION_SECRET when given (several instances share it) and writes no file', () => {
  const dir = freshDir();
  const shared = 'a-secret-shared-by-every-instance-of-lac-hong';
  expect(loadOrCreateSecrets(dir, shared).sessionSecret).toBe(shared);
  expect(existsSync(path.join(dir, 'secrets.json'))).toBe(false);
});

it('refuses a damaged secrets file instead of silently replacing it', () => {
  const dir = freshDir();
  loadOrCreateSecrets(dir);
  const file = path.join(dir, 'secrets.json');
  writeFileSync(file, '{"sessionSecret":"short"}');
  expect(() => loadOrCreateSecrets(dir)).toThrow(/damaged/);
  expect(readFileSync(file, 'utf8')).toContain('short');
});
