import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBoundaries } from '../scripts/boundaries.mjs';

const fixture = path.resolve('test/fixtures/boundaries');

// dependency-cruiser parses every file of src with the TypeScript compiler: seconds, not milliseconds.
describe('module boundaries', { timeout: 60_000 }, () => {
  it('src keeps its layers, module surfaces and module order, with no module cycle', async () => {
    expect(await checkBoundaries()).toEqual([]);
    // …and not by listing its breaches as known debts: there are none left.
    expect(JSON.parse(readFileSync('boundaries-known.json', 'utf8'))).toEqual([]);
  });

  it('reports a module cycle, an import into admin/, an upward import and a module-order breach', async () => {
    const found = (await checkBoundaries({ baseDir: fixture })).map(({ rule, from, to }) => ({
      rule,
      from,
      to,
    }));
    expect(found).toEqual(
      expect.arrayContaining([
        { rule: 'module-cycle', from: 'a ↔ b', to: 'a' },
        { rule: 'module-private-admin', from: 'src/modules/a/w.ts', to: 'src/modules/b/admin/secret.ts' },
        { rule: 'platform-imports-down-only', from: 'src/platform/upward.ts', to: 'src/modules/a/x.ts' },
        { rule: 'module-order', from: 'src/modules/audit/log.ts', to: 'src/modules/users/account.ts' },
      ]),
    );
    // a/x → b/y and b/z → a/w: no file imports itself back, so only the module-level check sees it.
    expect(found.filter((violation) => violation.rule === 'no-circular')).toEqual([]);
    expect(found).toHaveLength(4);
  });
});
