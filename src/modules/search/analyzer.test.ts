import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, isStopWord, stemEnglish, stripMarks, type Token, tokenize, wordForms } from './analyzer.ts';

/** The tokenizer as first written, with Unicode patterns only: the scan must agree with it. */
function referenceTokenize(text: string): Token[] {
  const RUN = /[\p{L}\p{M}\p{N}]+|([.!?;:,()[\]{}"“”«»…。，、；：！？（）|\n\r]+)/gu;
  const MAYBE_HAN = /[\u2E80-\u9FFF\uF900-\uFAFF\uD840-\uD87F]/;
  const HAN_SPLIT = /(\p{Script=Han}+)|[^\p{Script=Han}]+/gu;
  const LEADING_MARKS = /^\p{M}+/u;
  const joinable = (previous: Token, gap: string, next: string) => {
    const before = previous.text.at(-1) ?? '';
    const after = next[0] ?? '';
    if (gap === "'" || gap === '’') return /\p{L}/u.test(before) && /\p{L}/u.test(after);
    if (gap === '.' || gap === ',') return /\p{N}/u.test(before) && /\p{N}/u.test(after);
    return false;
  };
  const tokens: Token[] = [];
  let pendingBreak = false;
  for (const match of text.matchAll(RUN)) {
    let start = match.index;
    let value = match[0];
    const previous = tokens.at(-1);
    if (match[1] === undefined && LEADING_MARKS.test(value)) {
      const trimmed = value.replace(LEADING_MARKS, '');
      start += value.length - trimmed.length;
      value = trimmed;
      if (!value) continue;
    }
    if (match[1] !== undefined) {
      if (
        value.length === 1 &&
        previous?.end === start &&
        joinable(previous, value, text.slice(start + 1, start + 2))
      )
        continue;
      pendingBreak = true;
      continue;
    }
    if (previous && previous.kind === 'word' && !MAYBE_HAN.test(value)) {
      const gapStart = previous.end;
      if (start - gapStart === 1 && joinable(previous, text[gapStart]!, value)) {
        previous.text = text.slice(previous.start, start + value.length);
        previous.end = start + value.length;
        pendingBreak = false;
        continue;
      }
    }
    if (!MAYBE_HAN.test(value)) {
      tokens.push({ kind: 'word', text: value, start, end: start + value.length, breakBefore: pendingBreak });
      pendingBreak = false;
      continue;
    }
    for (const part of value.matchAll(HAN_SPLIT)) {
      const partStart = start + part.index;
      const partText = part[1] === undefined ? part[0].replace(LEADING_MARKS, '') : part[0];
      if (!partText) continue;
      const partOffset = partStart + part[0].length - partText.length;
      tokens.push({
        kind: part[1] !== undefined ? 'han' : 'word',
        text: partText,
        start: partOffset,
        end: partOffset + partText.length,
        breakBefore: pendingBreak,
      });
      pendingBreak = false;
    }
  }
  return tokens;
}

const terms = (text: string, options = {}) => analyze(text, options).positions.flat();

describe('tokenize', () => {
  it('splits words, keeps numbers and apostrophes whole, and notes clause breaks', () => {
    const tokens = tokenize("Quốc phòng, an ninh: 1.000,5 tỷ; don't 15/2023/NĐ-CP");
    expect(tokens.map((token) => token.text)).toEqual([
      'Quốc',
      'phòng',
      'an',
      'ninh',
      '1.000,5',
      'tỷ',
      "don't",
      '15',
      '2023',
      'NĐ',
      'CP',
    ]);
    expect(tokens.filter((token) => token.breakBefore).map((token) => token.text)).toEqual([
      'an',
      '1.000,5',
      "don't",
    ]);
  });

  it('gives offsets into the text it was given', () => {
    const text = 'Tỉnh Lạc Hồng';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('separates Han runs from Latin words', () => {
    expect(tokenize('学习中文abc 雒鸿省').map((token) => `${token.kind}:${token.text}`)).toEqual([
      'han:学习中文',
      'word:abc',
      'han:雒鸿省',
    ]);
  });

  it('scans exactly as the Unicode patterns would, whatever the text', () => {
    const piece = fc.constantFrom(
      'Quốc',
      'ĐẮK',
      'phòng',
      "don't",
      '’s',
      '1.000,5',
      '1,',
      '.5',
      '学习',
      '〪',
      '\u0301',
      '\u0308a',
      '゙',
      'ǅ',
      '×',
      '÷',
      'ª',
      '²',
      '½',
      'Ⅻ',
      '٣',
      'अ',
      'ि',
      'Ω',
      'ω',
      '𠀀',
      '𝐀',
      '\uD800',
      '\uDC00',
      '\uFEFF',
      '…',
      '“',
      '”',
      '«',
      '。',
      '，',
      '|',
      '\n',
      '\r',
      ' ',
      '-',
      '/',
      "'",
      '.',
      ',',
      '?',
      '_',
      'Ｈ',
      '１',
    );
    const texts = fc.oneof(
      fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        expect(tokenize(text)).toEqual(referenceTokenize(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores stray combining marks, control characters and lone surrogates', () => {
    expect(tokenize('\u0301abc \u0000 \uD800 x\u0007y').map((token) => token.text)).toEqual([
      'abc',
      'x',
      'y',
    ]);
  });
});

describe('word forms', () => {
  it('folds diacritics and đ, lower-cases, and keeps the exact form for accented words', () => {
    expect(wordForms('Quốc')).toEqual({ lower: 'quốc', folded: 'quoc', plain: 'quoc', accented: true });
    expect(wordForms('ĐƯỜNG').plain).toBe('duong');
    expect(wordForms('Hà').accented).toBe(true);
    expect(wordForms('thanh').accented).toBe(false);
  });

  it('treats decomposed (NFD) input like composed', () => {
    const [token] = tokenize('Phòng'.normalize('NFD').normalize('NFC'));
    expect(wordForms(token!.text)).toEqual(wordForms('Phòng'));
    expect(stripMarks('phòng'.normalize('NFD'))).toBe('phong');
  });

  it('stems English lightly without touching unaccented Vietnamese', () => {
    expect(['roads', 'planning', 'making', 'policies', 'agreed', 'services'].map(stemEnglish)).toEqual([
      'road',
      'plan',
      'make',
      'policy',
      'agree',
      'service',
    ]);
    for (const syllable of [
      'thanh',
      'truong',
      'nguyen',
      'quoc',
      'phong',
      'nghiep',
      'sinh',
      'khuyen',
      'the',
      'an',
    ]) {
      expect(stemEnglish(syllable)).toBe(syllable);
    }
  });

  it('normalises numbers and full-width characters', () => {
    expect(wordForms('1.000.000').plain).toBe('1000000');
    expect(wordForms('ＡＢＣ').plain).toBe('abc');
    expect(wordForms("Vietnam's").plain).toBe('vietnam');
  });
});

describe('analyze', () => {
  it('indexes Vietnamese with and without diacritics, and adjacent words as bigrams', () => {
    const result = terms('Bảo đảm quốc phòng');
    expect(result).toEqual(
      expect.arrayContaining(['p:quoc', 'a:quốc', 'p:phong', 'a:phòng', 'b:quoc_phong', 'b:bao_dam']),
    );
  });

  it('makes no bigrams across clause breaks or with function words', () => {
    const result = terms('quốc phòng. An ninh và trật tự');
    expect(result).toContain('b:an_ninh');
    expect(result).not.toContain('b:phong_an');
    expect(result.filter((term) => term.startsWith('b:') && term.includes('va'))).toEqual([]);
    expect(result).toContain('p:va');
  });

  it('can leave out exact-accent terms (bodies) and adds title prefixes on request', () => {
    expect(terms('quốc phòng', { accents: false }).some((term) => term.startsWith('a:'))).toBe(false);
    const { prefixes } = analyze('Quốc phòng', { prefixes: true });
    expect(prefixes).toEqual(expect.arrayContaining(['x:qu', 'x:quo', 'x:quoc', 'x:ph', 'x:phong']));
  });

  it('indexes Chinese by characters and character bigrams', () => {
    expect(terms('省人民')).toEqual(['z:省', 'z:省人', 'z:人', 'z:人民', 'z:民']);
  });

  it('stems English words in the plain terms', () => {
    expect(terms('Online public services', { accents: false })).toEqual([
      'p:online',
      'p:public',
      'b:online_public',
      'p:service',
      'b:public_service',
    ]);
  });

  it('produces only safe terms, whatever the input', () => {
    const nasty = 'a"b\'c\\d*e(f)g NEAR/3 -h OR i AND j \u0000\u202e <script> 😀 𝔘 ﷽';
    for (const term of terms(nasty)) expect(term).toMatch(/^[\p{L}\p{M}\p{N}:_]+$/u);
  });

  it('caps word length and token count', () => {
    expect(terms('x'.repeat(500))[0]).toBe(`p:${'x'.repeat(40)}`);
    expect(analyze('một hai ba '.repeat(100), { maxTokens: 10 }).positions).toHaveLength(10);
  });

  it('knows function words only in forms that are not also Vietnamese syllables', () => {
    expect(isStopWord('của')).toBe(true);
    expect(isStopWord('of')).toBe(true);
    expect(isStopWord('cua')).toBe(false);
    expect(isStopWord('an')).toBe(false);
    expect(isStopWord('the')).toBe(false);
  });
});
