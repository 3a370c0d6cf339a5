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
        expect(text, key).not.toBe('');
        // Punctuation alone (a separator) may be the same in two languages; words may not.
        if (/\p{L}/u.test(text))
          expect(text, `${key} is still the Vietnamese text`).not.toBe(source.get(key));
      }
    });
  }

  it('Vietnamese text is NFC', () => {
    for (const [key, text] of source) expect(text, key).toBe(text.normalize('NFC'));
  });
});

describe('counts in English', () => {
  it('says one result, two results', () => {
    expect(en.search.count(1)).toBe('1 result found');
    expect(en.search.count(1200)).toBe('1,200 results found');
    expect(en.search.range(3, 3)).toBe('Showing result 3');
    expect(en.search.range(1, 10)).toBe('Showing results 1–10');
    expect(en.mediaAdmin.uploaded(1)).toBe('1 file uploaded.');
    expect(en.mediaAdmin.refusedCount(2)).toBe('2 files were not accepted:');
  });
});

describe('one term for the second factor', () => {
  it('English says "two-step verification" (GOV.UK’s term), Chinese 两步验证, never another name', () => {
    const english = [...flatten(en).values()].join('\n');
    const chinese = [...flatten(zh).values()].join('\n');
    expect(english).toMatch(/two-step verification/i);
    expect(english).not.toMatch(/two-factor|2fa|second factor|multi-factor/i);
    expect(chinese).toContain('两步验证');
    expect(chinese).not.toMatch(/双重身份验证|双因素|双重验证|两步认证/);
  });
});

describe('Chinese punctuation', () => {
  it('labels use the full-width colon "：" after Chinese text, never ":"', () => {
    const wrong = [...flatten(zh)]
      .filter(([, text]) => /[\p{Script=Han}）」”》]\s*:/u.test(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(wrong).toEqual([]);
  });
});
