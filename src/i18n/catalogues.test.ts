import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { vi } from './vi.ts';
import { zh } from './zh.ts';

type Tree = { [key: string]: unknown };

/** Flattens a catalogue to key → rendered text (functions are called with sample arguments). */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(name, value);
    else if (typeof value === 'function')
      out.set(name, String((value as (...args: unknown[]) => string)('X', 2026)));
    else if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) out.set(`${name}.${index}`, String(item));
    } else if (value && typeof value === 'object')
      for (const [k, v] of flatten(value as Tree, name)) out.set(k, v);
  }
  return out;
}

describe('interface catalogues', () => {
  const source = flatten(vi);
  for (const [lang, catalogue] of [
    ['en', en],
    ['zh', zh],
  ] as const) {
    it(`${lang} has every key, none empty, none left in Vietnamese`, () => {
      const target = flatten(catalogue);
      expect([...target.keys()].sort()).toEqual([...source.keys()].sort());
      for (const [key, text] of target) {
        expect(text.trim(), key).not.toBe('');
        expect(text, `${key} is still the Vietnamese text`).not.toBe(source.get(key));
      }
    });
  }

  it('Vietnamese text is NFC', () => {
    for (const [key, text] of source) expect(text, key).toBe(text.normalize('NFC'));
  });
});
