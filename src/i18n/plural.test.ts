import { describe, expect, it } from 'vitest';
import { cliEn } from './cli.ts';
import { cliAuditEn } from './cli-audit.ts';
import { backupEn } from './cli-backup.ts';
import { en } from './en.ts';
import { plural } from './plural.ts';
import { vi } from './vi.ts';
import { zh } from './zh.ts';

type Tree = { [key: string]: unknown };

/** Every message of a catalogue that takes arguments, rendered with all of them set to `n`. */
function rendered(tree: Tree, n: number, prefix = ''): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'function') {
      const text = (value as (...args: unknown[]) => unknown)(n, n, n, n, n, n);
      if (typeof text === 'string') out.push([name, text]);
    } else if (value && typeof value === 'object' && !Array.isArray(value))
      out.push(...rendered(value as Tree, n, name));
  }
  return out;
}

const english = { ...en, cli: cliEn, cliAudit: cliAuditEn, backup: backupEn } as Tree;

describe('counts follow the language’s plural rules', () => {
  it('English never says "1 articles" or "1 entries"', () => {
    const wrong = rendered(english, 1)
      .filter(([, text]) =>
        /(^|[^\d.,#])1 (articles|entries|characters|items|files|images|translations|topics|ratings|results|sessions|places|pages|documents)\b/.test(
          text,
        ),
      )
      .map(([key, text]) => `${key}: ${text}`);
    expect(wrong).toEqual([]);
  });

  it('English says "2 articles", not "2 article"', () => {
    const wrong = rendered(english, 2)
      .filter(([, text]) =>
        /(^|[^\d.,#])(?<!the )2 (article|entry|character|item|file|image|translation|topic|rating|result|session|place|document)\b/.test(
          text,
        ),
      )
      .map(([key, text]) => `${key}: ${text}`);
    expect(wrong).toEqual([]);
    expect(en.adminCategories.articles(1)).toBe('1 article');
    expect(en.adminCategories.articles(2)).toBe('2 articles');
    expect(en.adminAudit.verifyOk(1)).toContain('1 entry checked');
    expect(en.adminAudit.verifyOk(3)).toContain('3 entries checked');
  });

  it('Vietnamese and Chinese have a single form', () => {
    for (const lang of ['vi', 'zh'] as const) {
      expect(new Intl.PluralRules(lang).resolvedOptions().pluralCategories).toEqual(['other']);
      expect(plural(lang, 1, { one: 'ONE', other: '# x' })).toBe('1 x');
    }
    expect(vi.adminCategories.articles(1)).toBe(vi.adminCategories.articles(2).replace('2', '1'));
    expect(zh.adminCategories.articles(1)).toBe(zh.adminCategories.articles(2).replace('2', '1'));
    expect(plural('en', 1, { one: '# article', other: '# articles' })).toBe('1 article');
    expect(plural('en', 1200, { one: '# article', other: '# articles' })).toBe('1,200 articles');
  });
});
