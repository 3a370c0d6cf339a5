import { describe, expect, it } from 'vitest';
import { foldForMatch, translateText } from './text-match.ts';

/** Every Vietnamese letter with a diacritic, lower and upper case, and its base letter. */
const VIETNAMESE: [string, string][] = [
  ['àáảãạăằắẳẵặâầấẩẫậ', 'a'],
  ['èéẻẽẹêềếểễệ', 'e'],
  ['ìíỉĩị', 'i'],
  ['òóỏõọôồốổỗộơờớởỡợ', 'o'],
  ['ùúủũụưừứửữự', 'u'],
  ['ỳýỷỹỵ', 'y'],
  ['đ', 'd'],
];

describe('the text-matching fold', () => {
  it('folds every Vietnamese letter, either case, to its unaccented lower-case base', () => {
    for (const [letters, base] of VIETNAMESE) {
      for (const letter of [...letters, ...letters.toUpperCase()])
        expect(foldForMatch(letter), letter).toBe(base);
    }
    expect(foldForMatch('ĐẶC KHU Vân Đồn')).toBe('dac khu van don');
  });

  it('drops combining marks, so text stored decomposed matches too', () => {
    expect(foldForMatch('Quốc hội'.normalize('NFD'))).toBe('quoc hoi');
  });

  it('leaves other scripts and symbols as they are', () => {
    expect(foldForMatch('中文 Москва 100% _x_')).toBe('中文 Москва 100% _x_');
  });

  it('has PostgreSQL translate() semantics: characters past the end of `to` are removed', () => {
    expect(translateText('abcabc', 'abc', 'x')).toBe('xx');
    expect(translateText('12345', '143', 'ax')).toBe('a2x5');
  });
});
