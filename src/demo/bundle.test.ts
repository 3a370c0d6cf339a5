import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The demo province (its text, data and seeder) is loaded only when seeding: no static import
// chain from the server's entry may reach src/demo, or its text ships in the main chunk again.

describe('the server bundle', () => {
  it('reaches the demo seeder only through a dynamic import', async () => {
    const { metafile } = await build({
      entryPoints: { cli: 'src/cli.ts' },
      outdir: 'dist-check',
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const outputs = Object.entries(metafile.outputs);
    const holding = (input: string) =>
      outputs.filter(([, output]) => Object.keys(output.inputs).some((name) => name.startsWith(input)));
    const demo = holding('src/demo/');
    expect(demo.map(([name]) => name)).toHaveLength(1);
    const [demoChunk, demoOutput] = demo[0] ?? ['', { inputs: {} }];
    expect(Object.keys(demoOutput.inputs)).toContain('src/demo/content/articles-a.ts');
    expect(Object.keys(demoOutput.inputs)).not.toContain('src/app.ts');
    const importers = outputs.flatMap(([, output]) => output.imports.filter((i) => i.path === demoChunk));
    expect(importers.length).toBeGreaterThan(0);
    for (const importer of importers) expect(importer.kind).toBe('dynamic-import');
  });
});
