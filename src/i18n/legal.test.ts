import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueTexts, sourceFiles } from './catalogue-walk.ts';
import { en } from './en.ts';
import { legal, repealed } from './legal.ts';
import { vi } from './vi.ts';
import { zh } from './zh.ts';

/** The code without its comments (a comment may explain a law; only shown text must cite). */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const citation = /\d+\/20\d\d\/(NĐ|ND|TT|QH|QĐ)/;
const FORMAT_EXAMPLE = '123/2025/QĐ-UBND';

describe('legal references (issue 13, item 14)', () => {
  it('no catalogue text cites a repealed decree', () => {
    for (const [lang, t] of Object.entries({ vi, en, zh }))
      for (const [key, text] of catalogueTexts(t))
        for (const number of repealed) expect(text, `${lang}.${key}`).not.toContain(number);
  });

  it('the translations screen cites the decree in force', () => {
    expect(vi.adminTranslations.dashboard.legalIntro).toContain(legal.portalDecree.vi);
    expect(en.adminTranslations.dashboard.legalIntro).toContain(legal.portalDecree.en);
    expect(zh.adminTranslations.dashboard.legalIntro).toContain(legal.portalDecree.zh);
  });

  it('every citation the interface shows comes from src/i18n/legal.ts', () => {
    const root = join(import.meta.dirname, '..');
    const offenders = sourceFiles(root, ['demo'])
      .filter((file) => !file.endsWith(join('i18n', 'legal.ts')))
      // The registry's example of the number format (123/2025/QĐ-UBND) is made up, not a citation.
      .filter((file) =>
        citation.test(withoutComments(readFileSync(file, 'utf8')).replaceAll(FORMAT_EXAMPLE, '')),
      );
    expect(offenders.map((file) => file.slice(root.length + 1))).toEqual([]);
  });
});
