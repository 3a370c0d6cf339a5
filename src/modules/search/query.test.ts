import { describe, expect, it } from 'vitest';
import {
  buildQuery,
  buildSuggestQuery,
  cleanQueryText,
  MAX_OPTIONAL_TERMS,
  MAX_QUERY_LENGTH,
  MAX_REQUIRED_TERMS,
} from './query.ts';

describe('cleanQueryText', () => {
  it('keeps ordinary text, collapsing spaces', () => {
    expect(cleanQueryText('  quốc   phòng ')).toBe('quốc phòng');
  });

  it('turns anything else into a short, well-formed NFC string', () => {
    expect(cleanQueryText(undefined)).toBe('');
    expect(cleanQueryText(42)).toBe('');
    expect(cleanQueryText(['a', 'b'])).toBe('a');
    expect(cleanQueryText('a\u0000b\u0007c\u202ed')).toBe('a b cd');
    expect(cleanQueryText('x\uD800y')).toBe('x\uFFFDy');
    expect(cleanQueryText('Phòng'.normalize('NFD'))).toBe('Phòng');
    expect(Array.from(cleanQueryText('ạ'.repeat(10_000))).length).toBe(MAX_QUERY_LENGTH);
  });
});

describe('buildQuery', () => {
  it('requires every word in its plain form and boosts exact accents and adjacent words', () => {
    const query = buildQuery('Quốc phòng');
    expect(query.required).toEqual(['p:quoc', 'p:phong']);
    expect(query.optional).toEqual(['a:quốc', 'a:phòng', 'b:quoc_phong']);
    expect(query.titleTerms).toEqual(['x:quoc', 'x:phong']);
  });

  it('matches unaccented and partially accented queries to the same words', () => {
    expect(buildQuery('quoc phong').required).toEqual(buildQuery('quốc phòng').required);
    expect(buildQuery('QUỐC phong').required).toEqual(['p:quoc', 'p:phong']);
    expect(buildQuery('quoc phong').optional).toEqual(['a:quoc', 'a:phong', 'b:quoc_phong']);
  });

  it('keeps quoted words as a phrase the engines match in order', () => {
    const query = buildQuery('"nông thôn mới" Lạc Hồng "quốc phòng và an ninh"');
    expect(query.phrases).toEqual([
      ['p:nong', 'p:thon', 'p:moi'],
      ['p:quoc', 'p:phong', 'p:va', 'p:an', 'p:ninh'],
    ]);
    expect(query.required).toEqual(expect.arrayContaining(['p:nong', 'p:thon', 'p:moi', 'p:lac', 'p:hong']));
    expect(query.hasPhrase).toBe(true);
    expect(buildQuery('"quốc phòng').phrases).toEqual([]);
  });

  it('makes function words optional when other words are there', () => {
    expect(buildQuery('kết quả của dự án').required).toEqual(['p:ket', 'p:qua', 'p:du', 'p:an']);
    expect(buildQuery('của').required).toEqual(['p:cua']);
  });

  it('treats query syntax of either engine as words', () => {
    const query = buildQuery('NEAR(a b) OR "x" AND -y* \\ \' ; -- ( )');
    for (const term of [...query.required, ...query.optional])
      expect(term).toMatch(/^[\p{L}\p{M}\p{N}:_]+$/u);
    expect(query.required).toEqual(expect.arrayContaining(['p:near', 'p:a', 'p:b', 'p:x', 'p:y']));
  });

  it('searches Chinese by character bigrams', () => {
    expect(buildQuery('新农村').required).toEqual(['z:新农', 'z:农村']);
    expect(buildQuery('省').required).toEqual(['z:省']);
  });

  it('caps the number of terms', () => {
    const query = buildQuery(Array.from({ length: 60 }, (_, i) => `từ${i}`).join(' '));
    expect(query.required.length).toBeLessThanOrEqual(MAX_REQUIRED_TERMS);
    expect(query.optional.length).toBeLessThanOrEqual(MAX_OPTIONAL_TERMS);
  });

  it('has nothing to search for in punctuation', () => {
    expect(buildQuery('*** --- ""').required).toEqual([]);
    expect(buildQuery('').required).toEqual([]);
  });

  it('offers the unaccented form', () => {
    expect(buildQuery('Đường Quốc phòng').unaccented).toBe('Duong Quoc phong');
  });
});

describe('buildSuggestQuery', () => {
  it('matches title words by their first letters, the last word from two letters', () => {
    expect(buildSuggestQuery('quốc ph')).toEqual(['x:quoc', 'x:ph']);
    expect(buildSuggestQuery('quốc p')).toEqual(['x:quoc']);
    expect(buildSuggestQuery('q')).toEqual([]);
    expect(buildSuggestQuery('thànhphốlạchồngxyz')).toEqual(['x:thanhpholach']);
  });
});
