import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateOfJulianDay, julianDay, type LunarDate, solarToLunar } from './lunar.ts';

/**
 * Every day 1900-01-01…2100-12-31 against test/fixtures/lunar-reference.txt, the months computed
 * from astronomy-engine (new moons and major solar terms in UTC+7) by scripts/lunar-reference.ts.
 */
interface ReferenceMonth {
  start: number;
  month: number;
  year: number;
  leap: boolean;
}

const reference: ReferenceMonth[] = readFileSync(
  new URL('../../test/fixtures/lunar-reference.txt', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const match = /^(\d{4})-(\d\d)-(\d\d) (\d{4})\/(\d{1,2})(\+?)$/.exec(line);
    if (!match) throw new Error(`bad reference line: ${line}`);
    const [, y, m, d, year, month, leap] = match;
    return {
      start: julianDay(Number(d), Number(m), Number(y)),
      year: Number(year),
      month: Number(month),
      leap: leap === '+',
    };
  });

/** The reference lunar date of a solar date "dd/mm/yyyy". */
function referenceOf(jd: number): LunarDate {
  let i = reference.length - 1;
  while ((reference[i] as ReferenceMonth).start > jd) i--;
  const m = reference[i] as ReferenceMonth;
  return { day: jd - m.start + 1, month: m.month, year: m.year, leap: m.leap };
}

const solar = (text: string) => {
  const [d, m, y] = text.split('/').map(Number) as [number, number, number];
  return [d, m, y] as const;
};

describe('the lunar calendar against precise astronomy, 1900–2100', () => {
  it('has a sane reference: about 2,488 months of 29 or 30 days', () => {
    expect(reference.length).toBeGreaterThan(2480);
    for (let i = 1; i < reference.length; i++) {
      const length = (reference[i] as ReferenceMonth).start - (reference[i - 1] as ReferenceMonth).start;
      expect([29, 30]).toContain(length);
    }
  });

  it('agrees with the reference on every day, and never gives an impossible date', () => {
    const first = julianDay(1, 1, 1900);
    const last = julianDay(31, 12, 2100);
    const wrong: string[] = [];
    let r = 0;
    for (let jd = first; jd <= last; jd++) {
      while ((reference[r + 1] as ReferenceMonth).start <= jd) r++;
      const m = reference[r] as ReferenceMonth;
      const expected = { day: jd - m.start + 1, month: m.month, year: m.year, leap: m.leap };
      const { day, month, year } = dateOfJulianDay(jd);
      const actual = solarToLunar(day, month, year);
      if (
        actual.day !== expected.day ||
        actual.month !== expected.month ||
        actual.year !== expected.year ||
        actual.leap !== expected.leap ||
        actual.day < 1 ||
        actual.day > 30
      ) {
        wrong.push(`${day}/${month}/${year}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
      }
    }
    expect(last - first + 1).toBe(73_414);
    expect(wrong.slice(0, 20)).toEqual([]);
    expect(wrong.length).toBe(0);
  }, 30_000);

  // The new moon falls just after midnight in Ha Noi: the day before is the 30th, not "day 0".
  it.each([
    ['07/05/2054', { day: 30, month: 3, year: 2054, leap: false }],
    ['08/05/2054', { day: 1, month: 4, year: 2054, leap: false }],
    ['09/04/2062', { day: 30, month: 2, year: 2062, leap: false }],
    ['10/04/2062', { day: 1, month: 3, year: 2062, leap: false }],
  ])('%s is %o, never day 0', (date, expected) => {
    expect(solarToLunar(...solar(date))).toEqual(expected);
  });

  // Knife-edge months where Meeus's short series put a new moon or a major term on the wrong side
  // of midnight: leap month 7 (not 8) in 1938, month 11 of 2072 and month 9 of 2085 a day earlier
  // or later.
  it.each([
    ['25/08/1938', { day: 1, month: 7, year: 1938, leap: true }],
    ['23/09/1938', { day: 30, month: 7, year: 1938, leap: true }],
    ['24/09/1938', { day: 1, month: 8, year: 1938, leap: false }],
    ['09/12/2072', { day: 1, month: 11, year: 2072, leap: false }],
    ['07/01/2073', { day: 30, month: 11, year: 2072, leap: false }],
    ['18/10/2085', { day: 30, month: 8, year: 2085, leap: false }],
    ['19/10/2085', { day: 1, month: 9, year: 2085, leap: false }],
  ])('knife-edge month: %s is %o', (date, expected) => {
    expect(solarToLunar(...solar(date))).toEqual(expected);
  });

  it('sanity: Tết of known years', () => {
    for (const date of ['10/02/2024', '29/01/2025', '17/02/2026', '31/01/1900', '09/02/2100']) {
      const [, , y] = solar(date);
      expect(solarToLunar(...solar(date)), date).toEqual({ day: 1, month: 1, year: y, leap: false });
    }
  });

  it('keeps the reference helper honest', () => {
    expect(referenceOf(julianDay(10, 2, 2024))).toEqual({ day: 1, month: 1, year: 2024, leap: false });
  });

  it('never gives day 0 outside the table either (the formulas, 1800–1899 and 2101–2199)', () => {
    const wrong: string[] = [];
    for (const [from, to] of [
      [julianDay(1, 1, 1800), julianDay(31, 12, 1899)],
      [julianDay(1, 1, 2101), julianDay(31, 12, 2199)],
    ] as const) {
      let previous: LunarDate | undefined;
      for (let jd = from; jd <= to; jd++) {
        const { day, month, year } = dateOfJulianDay(jd);
        const lunar = solarToLunar(day, month, year);
        const ok =
          lunar.day >= 1 &&
          (!previous ||
            (lunar.day === 1 ? previous.day === 29 || previous.day === 30 : lunar.day === previous.day + 1));
        if (!ok) wrong.push(`${day}/${month}/${year}: ${JSON.stringify(lunar)}`);
        previous = lunar;
      }
    }
    expect(wrong).toEqual([]);
  }, 30_000);
});
