import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueTexts, sourceFiles } from './catalogue-walk.ts';
import { cliMessages } from './cli.ts';
import { vi } from './vi.ts';

// Issue 13, item 11: one spelling for the whole interface. The portal writes the tone mark on the
// main vowel ("Xóa", "Hủy", "hòa", "thủy", "khỏe"), never the old style ("Xoá", "Huỷ", "hoà",
// "thuỷ", "khoẻ"). Only open syllables differ: "toàn", "hoạch" (with a final consonant) and "quý"
// ("qu" is a consonant) are the same in both styles.
const oldStyle = /[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ](?!\p{L})|(?<![qQ])[uU][ỳýỷỹỵỲÝỶỸỴ](?!\p{L})/u;

describe('one spelling of Vietnamese tone marks', () => {
  it('knows the old style when it sees it', () => {
    for (const word of ['Xoá', 'Huỷ', 'hoà', 'thuỷ', 'khoẻ', 'hoá']) expect(word).toMatch(oldStyle);
    for (const word of ['Xóa', 'Hủy', 'hòa', 'thủy', 'khỏe', 'toàn', 'hoạch', 'quý', 'khoảng'])
      expect(word).not.toMatch(oldStyle);
  });

  it('the catalogues use the new style', () => {
    for (const [key, text] of [...catalogueTexts(vi), ...catalogueTexts(cliMessages('vi'))])
      expect(text, key).not.toMatch(oldStyle);
  });

  it('so do the editor island and every other interface source', () => {
    const root = join(import.meta.dirname, '..');
    const found = sourceFiles(root).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          oldStyle.test(line) ? [`${file.slice(root.length + 1)}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(found).toEqual([]);
  });
});
