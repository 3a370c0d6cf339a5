import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { legal, repealed } from './legal.ts';
import { vi } from './vi.ts';
import { zh } from './zh.ts';

type Tree = { [key: string]: unknown };

function texts(tree: Tree, prefix = ''): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.push([name, value]);
    else if (typeof value === 'function')
      out.push([name, String((value as (...a: unknown[]) => string)('X', 2))]);
    else if (value && typeof value === 'object') out.push(...texts(value as Tree, name));
  }
  return out;
}

/** Source files of the interface (catalogues, screens), without tests and demo content. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'demo' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The code without its comments (a comment may explain a law; only shown text must cite). */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const citation = /\d+\/20\d\d\/(NĐ|ND|TT|QH|QĐ)/;

describe('legal references (issue 13, item 14)', () => {
  it('no catalogue text cites a repealed decree', () => {
    for (const [lang, t] of Object.entries({ vi, en, zh }))
      for (const [key, text] of texts(t as unknown as Tree))
        for (const number of repealed) expect(text, `${lang}.${key}`).not.toContain(number);
  });

  it('the translations screen cites the decree in force', () => {
    expect(vi.adminTranslations.dashboard.legalIntro).toContain(legal.portalDecree.vi);
    expect(en.adminTranslations.dashboard.legalIntro).toContain(legal.portalDecree.en);
    expect(zh.adminTranslations.dashboard.legalIntro).toContain(legal.portalDecree.zh);
  });

  it('every citation the interface shows comes from src/i18n/legal.ts', () => {
    const root = join(import.meta.dirname, '..');
    const offenders = sources(root)
      .filter((file) => !file.endsWith(join('i18n', 'legal.ts')))
      .filter((file) => citation.test(withoutComments(readFileSync(file, 'utf8'))));
    expect(offenders.map((file) => file.slice(root.length + 1))).toEqual([]);
  });
});
