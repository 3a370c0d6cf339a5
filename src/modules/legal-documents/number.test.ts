import { describe, expect, it } from 'vitest';
import {
  type DocumentNumber,
  duplicateKey,
  numberMatches,
  numberQuery,
  parseDocumentNumber,
} from './number.ts';

const parsed = (text: string) => {
  const number = parseDocumentNumber(text);
  if (!number) throw new Error(`no number in ${text}`);
  return number;
};

const finds = (query: string, stored: string) => {
  const asked = numberQuery(query);
  return asked !== null && numberMatches(asked, parsed(stored));
};

describe('parseDocumentNumber', () => {
  it.each([
    ['123/2025/QĐ-UBND', '123', 2025, 'qd-ubnd'],
    ['05/2024/TT-BTC', '5', 2024, 'tt-btc'],
    ['1587/KH-UBND', '1587', null, 'kh-ubnd'],
    ['15/CT-TTg', '15', null, 'ct-ttg'],
    ['234/QĐ-SKHCN', '234', null, 'qd-skhcn'],
    ['12/NQ-HĐND', '12', null, 'nq-hdnd'],
    ['45/2025/NĐ-CP', '45', 2025, 'nd-cp'],
    ['Luật số 57/2024/QH15', '57', 2024, 'qh15'],
    ['57/2024/QH15', '57', 2024, 'qh15'],
    ['01/2025/TTLT-BTC-BNV', '1', 2025, 'ttlt-btc-bnv'],
    ['1234/UBND-KT', '1234', null, 'ubnd-kt'],
    ['2025/UBND-VX', '2025', null, 'ubnd-vx'],
    ['0/QĐ-UBND', '0', null, 'qd-ubnd'],
  ])('%s → serial %s, year %s, symbol %s', (text, serial, year, symbol) => {
    const number = parsed(text);
    expect(number.serial).toBe(serial);
    expect(number.year).toBe(year);
    expect(number.symbol).toBe(symbol);
  });

  it('tidies what people type: spaces and en dashes around the separators, NFD input', () => {
    expect(parsed(' 123 / 2025 / QĐ – UBND ')).toEqual({
      text: '123/2025/QĐ-UBND',
      serial: '123',
      year: 2025,
      symbol: 'qd-ubnd',
    });
    expect(parsed('123/2025/QĐ—UBND').text).toBe('123/2025/QĐ-UBND');
    const nfd = parsed('12/NQ-HĐND'.normalize('NFD'));
    expect(nfd.text).toBe('12/NQ-HĐND'.normalize('NFC'));
    expect(nfd.symbol).toBe('nq-hdnd');
  });

  it('reads lower case and missing diacritics the same as the written form', () => {
    for (const text of ['123/2025/qđ-ubnd', '123/2025/qd-ubnd', '123/2025/Qd-Ubnd', '0123/2025/QD-UBND'])
      expect(parsed(text)).toMatchObject({ serial: '123', year: 2025, symbol: 'qd-ubnd' });
  });

  it('drops the words before the number ("số", "Quyết định số", "Số:")', () => {
    expect(parsed('số 123')).toMatchObject({ text: '123', serial: '123', year: null, symbol: '' });
    expect(parsed('Số: 05/2024/TT-BTC')).toMatchObject({ text: '05/2024/TT-BTC', serial: '5' });
    expect(parsed('Quyết định số 123/2025/QĐ-UBND').text).toBe('123/2025/QĐ-UBND');
    expect(parsed('Nghị định 45/2025/NĐ-CP')).toMatchObject({ serial: '45', year: 2025, symbol: 'nd-cp' });
  });

  it('reads a number written without a slash ("QĐ 123")', () => {
    expect(parsed('QĐ 123')).toMatchObject({ serial: '123', year: null, symbol: 'qd' });
    expect(parsed('123 QĐ-UBND')).toMatchObject({ serial: '123', symbol: 'qd-ubnd' });
  });

  it('returns null when there is no number at all', () => {
    expect(parseDocumentNumber('')).toBeNull();
    expect(parseDocumentNumber('   ')).toBeNull();
    expect(parseDocumentNumber(' / / ')).toBeNull();
  });
});

describe('numberQuery', () => {
  it.each([
    ['123/QĐ-UBND', { serial: '123', year: null, symbolParts: ['qd', 'ubnd'] }],
    ['123/2025', { serial: '123', year: 2025, symbolParts: [] }],
    ['qd-ubnd 123', { serial: '123', year: null, symbolParts: ['qd', 'ubnd'] }],
    ['123 qđ ubnd', { serial: '123', year: null, symbolParts: ['qd', 'ubnd'] }],
    ['Quyết định 123', { serial: '123', year: null, symbolParts: ['qd'] }],
    ['quyet dinh so 123 nam 2025', { serial: '123', year: 2025, symbolParts: ['qd'] }],
    ['số 05', { serial: '5', year: null, symbolParts: [] }],
    ['QĐ 123', { serial: '123', year: null, symbolParts: ['qd'] }],
    ['123', { serial: '123', year: null, symbolParts: [] }],
    ['Nghị định 45/2025', { serial: '45', year: 2025, symbolParts: ['nd'] }],
    ['thông tư 05/2024', { serial: '5', year: 2024, symbolParts: ['tt'] }],
    ['Thông tư liên tịch 01/2025', { serial: '1', year: 2025, symbolParts: ['ttlt'] }],
    ['chỉ thị 15', { serial: '15', year: null, symbolParts: ['ct'] }],
    ['nghị quyết 12 hđnd', { serial: '12', year: null, symbolParts: ['nq', 'hdnd'] }],
    ['kế hoạch 1587', { serial: '1587', year: null, symbolParts: ['kh'] }],
    ['thông báo 88', { serial: '88', year: null, symbolParts: ['tb'] }],
    ['hướng dẫn 07', { serial: '7', year: null, symbolParts: ['hd'] }],
    ['công văn 1234', { serial: '1234', year: null, symbolParts: [] }],
    ['Luật số 57/2024/QH15', { serial: '57', year: 2024, symbolParts: ['qh15'] }],
    ['123 / 2025 / QĐ – UBND', { serial: '123', year: 2025, symbolParts: ['qd', 'ubnd'] }],
    ['2025/UBND-VX', { serial: '2025', year: null, symbolParts: ['ubnd', 'vx'] }],
    ['qd 123 2025', { serial: '123', year: 2025, symbolParts: ['qd'] }],
  ])('%s', (text, expected) => {
    expect(numberQuery(text)).toEqual(expected);
  });

  it.each([
    'nông thôn mới',
    'nong thon moi',
    'quy chế 123',
    'chuyển đổi số',
    'kế hoạch năm 2025',
    '2025',
    '123 456',
    '',
    'QĐ-UBND',
  ])('%s is not a number query', (text) => {
    expect(numberQuery(text)).toBeNull();
  });
});

describe('numberMatches', () => {
  const stored = '123/2025/QĐ-UBND';

  it.each([
    '123/QĐ-UBND',
    '123/2025',
    'qd-ubnd 123',
    '123 qđ ubnd',
    'Quyết định 123',
    '123/2025/QĐ-UBND',
    '0123/2025/qd-ubnd',
    'số 123',
    'QĐ 123',
    'ubnd 123',
  ])('%s finds 123/2025/QĐ-UBND', (query) => {
    expect(finds(query, stored)).toBe(true);
  });

  it.each([
    ['123/2025', '124/2025/QĐ-UBND'],
    ['123/2025', '123/2024/QĐ-UBND'],
    ['123 qđ ubnd', '123/2025/QĐ-SKHCN'],
    ['123/QĐ-UBND', '123/2025/NQ-HĐND'],
    ['Quyết định 123', '123/2025/NĐ-CP'],
    ['Nghị định 123', stored],
    ['12', stored],
    ['1234/UBND-KT', '123/UBND-KT'],
  ])('%s does not find %s', (query, other) => {
    expect(finds(query, other)).toBe(false);
  });

  it('finds the other real forms by their usual queries', () => {
    expect(finds('5/2024/tt-btc', '05/2024/TT-BTC')).toBe(true);
    expect(finds('kế hoạch 1587', '1587/KH-UBND')).toBe(true);
    expect(finds('15 ct ttg', '15/CT-TTg')).toBe(true);
    expect(finds('234 skhcn', '234/QĐ-SKHCN')).toBe(true);
    expect(finds('nghị quyết 12', '12/NQ-HĐND')).toBe(true);
    expect(finds('45/NĐ-CP', '45/2025/NĐ-CP')).toBe(true);
    expect(finds('luật 57/2024', 'Luật số 57/2024/QH15')).toBe(true);
    expect(finds('01/2025/TTLT', '01/2025/TTLT-BTC-BNV')).toBe(true);
    expect(finds('btc bnv 1', '01/2025/TTLT-BTC-BNV')).toBe(true);
    expect(finds('công văn 1234', '1234/UBND-KT')).toBe(true);
    // A symbol part must be a whole part: "ub" is not "ubnd".
    expect(finds('123 ub', stored)).toBe(false);
  });
});

describe('duplicateKey', () => {
  const key = (number: string, issuer: string, year: number) =>
    duplicateKey(parseDocumentNumber(number) as DocumentNumber, issuer, year);

  it('is the same for the same issuer, serial, year and symbol however typed', () => {
    expect(key('123/2025/QĐ-UBND', 'UBND tỉnh Lạc Hồng', 2025)).toBe(
      key('0123 / 2025 / qd – ubnd', 'ubnd tinh lac hong', 2025),
    );
  });

  it('takes the issue year for numbers without one, the number’s own year otherwise', () => {
    expect(key('1587/KH-UBND', 'UBND tỉnh Lạc Hồng', 2025)).not.toBe(
      key('1587/KH-UBND', 'UBND tỉnh Lạc Hồng', 2026),
    );
    // A decision numbered in 2025 but dated in January 2026 keeps its own year.
    expect(key('123/2025/QĐ-UBND', 'UBND tỉnh Lạc Hồng', 2026)).toBe(
      key('123/2025/QĐ-UBND', 'UBND tỉnh Lạc Hồng', 2025),
    );
    expect(key('123/2025/QĐ-UBND', 'UBND tỉnh Lạc Hồng', 2025)).toBe(
      key('123/QĐ-UBND', 'UBND tỉnh Lạc Hồng', 2025),
    );
  });

  it('differs when the issuer, serial, year or symbol differs', () => {
    const base = key('123/2025/QĐ-UBND', 'UBND tỉnh Lạc Hồng', 2025);
    expect(key('123/2025/QĐ-UBND', 'Sở Khoa học và Công nghệ', 2025)).not.toBe(base);
    expect(key('124/2025/QĐ-UBND', 'UBND tỉnh Lạc Hồng', 2025)).not.toBe(base);
    expect(key('123/2024/QĐ-UBND', 'UBND tỉnh Lạc Hồng', 2024)).not.toBe(base);
    expect(key('123/2025/CT-UBND', 'UBND tỉnh Lạc Hồng', 2025)).not.toBe(base);
  });
});
