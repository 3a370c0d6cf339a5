#!/usr/bin/env node
// The `dinh` command: runs the built CLI (npm run build creates dist/).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'cli.js');
if (!existsSync(built)) {
  console.error('dinh: the build is missing; run "npm run build" first (npm start does it for you).');
  process.exit(1);
}
const { runCli } = await import(built);
const code = await runCli(process.argv.slice(2));
if (code >= 0) process.exit(code);
