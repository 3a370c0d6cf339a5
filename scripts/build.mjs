// Bundles the server into dist/ with esbuild (dependencies stay external).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const started = performance.now();
rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // The demo seeder is imported dynamically: its text and data load only when seeding.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: true,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  logLevel: 'warning',
});
// Browser islands (the newsroom editor): ESM for current browsers, served at /assets/build/.
await build({
  entryPoints: { editor: 'src/web/islands/editor/index.ts' },
  outdir: 'dist/public',
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2020',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
console.log(`dinh: built dist/ in ${Math.round(performance.now() - started)} ms`);
