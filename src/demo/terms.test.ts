import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = path.join(import.meta.dirname, 'content');

describe('demo content keeps one term per thing', () => {
  it('the Vietnamese đồng is 越南盾 in Chinese, never the short 越盾', () => {
    const files = readdirSync(folder).filter((name) => name.endsWith('.ts'));
    const all = files.map((name) => readFileSync(path.join(folder, name), 'utf8')).join('\n');
    expect(all).toContain('越南盾');
    for (const name of files) {
      expect(readFileSync(path.join(folder, name), 'utf8'), name).not.toMatch(/越盾/);
    }
  });
});
