import { describe, expect, it } from 'vitest';
import { nfc, nfcDeep, slugify, stripDiacritics } from './text.ts';

describe('text helpers', () => {
  it('makes slugs from Vietnamese titles, mapping đ to d', () => {
    expect(slugify('Tổng kết công tác quốc phòng năm 2023')).toBe('tong-ket-cong-tac-quoc-phong-nam-2023');
    expect(slugify('Đường Đông Đô — “đổi mới”!')).toBe('duong-dong-do-doi-moi');
  });

  it('handles decomposed input the same as composed input', () => {
    const decomposed = 'Quốc phòng'.normalize('NFD');
    expect(slugify(decomposed)).toBe('quoc-phong');
    expect(nfc(decomposed)).toBe('Quốc phòng');
  });

  it('cuts long slugs at a word boundary', () => {
    const slug = slugify('một hai ba bốn năm sáu bảy tám chín mười '.repeat(10), 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('strips diacritics but keeps the letters', () => {
    expect(stripDiacritics('Lạc Hồng, Đắk Lắk')).toBe('Lac Hong, Dak Lak');
  });

  it('returns an empty slug for text without letters (emoji)', () => {
    expect(slugify('🎉 ✨')).toBe('');
  });
});

describe('nfcDeep', () => {
  it('normalises every string of a nested value and leaves buffers alone', () => {
    const decomposed = 'Tiếng Việt'.normalize('NFD');
    const bare = Object.create(Object.create(null)) as Record<string, unknown>;
    bare.q = decomposed;
    const buffer = Buffer.from(decomposed);
    const result = nfcDeep({ title: decomposed, list: [decomposed, 1, null], nested: { bare }, buffer });
    expect(result.title).toBe('Tiếng Việt');
    expect(result.list).toEqual(['Tiếng Việt', 1, null]);
    expect((result.nested.bare as Record<string, unknown>).q).toBe('Tiếng Việt');
    expect(result.buffer).toBe(buffer);
  });
});

describe('one slug rule for every language', () => {
  it('folds Vietnamese, writes Chinese in pinyin, converts hand-typed capitals and accents', () => {
    expect(slugify('Đà Nẵng')).toBe('da-nang');
    expect(slugify('Tin Tức-Sự Kiện')).toBe('tin-tuc-su-kien');
    expect(slugify('省人民委员会会议')).toBe('sheng-ren-min-wei-yuan-hui-hui-yi');
    expect(slugify('新闻')).toBe('xin-wen');
    expect(slugify('2026年旅游 Hạ Long')).toBe('2026-nian-lu-you-ha-long');
    expect(slugify('🎉🎊')).toBe('');
  });
});
