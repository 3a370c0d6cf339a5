import { describe, expect, it } from 'vitest';
import {
  canChiOfYear,
  dateOfJulianDay,
  formatLunarDate,
  julianDay,
  type LunarDate,
  lunarDateOf,
  solarToLunar,
} from './lunar.ts';

/**
 * Known dates from published Vietnamese calendars (lịch vạn niên, the official holiday
 * announcements for Tết, Giỗ Tổ Hùng Vương, Vu Lan and Trung Thu). Written by hand, never
 * generated with the code under test. Format: [solar dd/mm/yyyy, lunar d/m/yyyy, leap?, note].
 */
const known: [string, string, boolean, string][] = [
  // Tết Nguyên Đán 2020–2030.
  ['25/01/2020', '1/1/2020', false, 'Tết Canh Tý'],
  ['12/02/2021', '1/1/2021', false, 'Tết Tân Sửu'],
  ['01/02/2022', '1/1/2022', false, 'Tết Nhâm Dần'],
  ['22/01/2023', '1/1/2023', false, 'Tết Quý Mão'],
  ['10/02/2024', '1/1/2024', false, 'Tết Giáp Thìn'],
  ['29/01/2025', '1/1/2025', false, 'Tết Ất Tỵ'],
  ['17/02/2026', '1/1/2026', false, 'Tết Bính Ngọ'],
  ['06/02/2027', '1/1/2027', false, 'Tết Đinh Mùi'],
  ['26/01/2028', '1/1/2028', false, 'Tết Mậu Thân'],
  ['13/02/2029', '1/1/2029', false, 'Tết Kỷ Dậu'],
  // The new moon falls at about 23:07 in Ha Noi on 2 February 2030 (00:07 on the 3rd in Beijing):
  // Tết Canh Tuất is 02/02/2030 in Viet Nam, 03/02/2030 (its mùng 2) in China.
  ['02/02/2030', '1/1/2030', false, 'Tết Canh Tuất: 03/02 in China'],
  ['03/02/2030', '2/1/2030', false, 'mùng 2 Tết Canh Tuất'],
  // Earlier Tết, including the years where Viet Nam (UTC+7) and China (UTC+8) differ.
  ['05/02/2000', '1/1/2000', false, 'Tết Canh Thìn'],
  ['14/02/2010', '1/1/2010', false, 'Tết Canh Dần'],
  ['08/02/2016', '1/1/2016', false, 'Tết Bính Thân'],
  ['28/01/2017', '1/1/2017', false, 'Tết Đinh Dậu'],
  ['16/02/2018', '1/1/2018', false, 'Tết Mậu Tuất'],
  ['05/02/2019', '1/1/2019', false, 'Tết Kỷ Hợi'],
  ['29/01/1968', '1/1/1968', false, 'Tết Mậu Thân: 30/01 in China'],
  ['21/01/1985', '1/1/1985', false, 'Tết Ất Sửu: 20/02 in China'],
  ['17/02/2007', '1/1/2007', false, 'Tết Đinh Hợi: 18/02 in China'],
  // The last days of the year: with a 30th (2023, 2024) and without (2025).
  ['21/01/2023', '30/12/2022', false, '30 Tết Nhâm Dần'],
  ['08/02/2024', '29/12/2023', false, '29 Tết Quý Mão (first day of the 2024 Tết holiday)'],
  ['09/02/2024', '30/12/2023', false, '30 Tết Quý Mão'],
  ['28/01/2025', '29/12/2024', false, '29 Tết Giáp Thìn, no 30th'],
  ['22/01/2025', '23/12/2024', false, 'Ông Công Ông Táo'],
  // 2020: leap month 4.
  ['23/04/2020', '1/4/2020', false, 'month 4 starts'],
  ['22/05/2020', '30/4/2020', false, 'last day of month 4'],
  ['23/05/2020', '1/4/2020', true, 'leap month 4 starts'],
  ['21/06/2020', '1/5/2020', false, 'month 5 after the leap month'],
  ['01/10/2020', '15/8/2020', false, 'Trung Thu'],
  // 2023: leap month 2.
  ['22/03/2023', '1/2/2023', true, 'leap month 2 starts'],
  ['20/04/2023', '1/3/2023', false, 'month 3 after the leap month'],
  ['29/04/2023', '10/3/2023', false, 'Giỗ Tổ Hùng Vương'],
  ['22/06/2023', '5/5/2023', false, 'Tết Đoan Ngọ'],
  ['30/08/2023', '15/7/2023', false, 'Vu Lan'],
  ['29/09/2023', '15/8/2023', false, 'Trung Thu'],
  // 2025: leap month 6.
  ['25/06/2025', '1/6/2025', false, 'month 6 starts'],
  ['25/07/2025', '1/6/2025', true, 'leap month 6 starts'],
  ['23/08/2025', '1/7/2025', false, 'month 7 after the leap month'],
  ['06/09/2025', '15/7/2025', false, 'Vu Lan'],
  ['06/10/2025', '15/8/2025', false, 'Trung Thu'],
  ['12/02/2025', '15/1/2025', false, 'Rằm tháng Giêng'],
  ['07/04/2025', '10/3/2025', false, 'Giỗ Tổ Hùng Vương'],
  ['31/05/2025', '5/5/2025', false, 'Tết Đoan Ngọ'],
  // Other festivals.
  ['10/04/2022', '10/3/2022', false, 'Giỗ Tổ Hùng Vương'],
  ['10/09/2022', '15/8/2022', false, 'Trung Thu'],
  ['21/09/2021', '15/8/2021', false, 'Trung Thu'],
  ['24/02/2024', '15/1/2024', false, 'Rằm tháng Giêng'],
  ['18/04/2024', '10/3/2024', false, 'Giỗ Tổ Hùng Vương'],
  ['10/06/2024', '5/5/2024', false, 'Tết Đoan Ngọ'],
  ['18/08/2024', '15/7/2024', false, 'Vu Lan'],
  ['17/09/2024', '15/8/2024', false, 'Trung Thu'],
  ['25/09/2026', '15/8/2026', false, 'Trung Thu'],
];

const parse = (text: string) => text.split('/').map(Number) as [number, number, number];

describe('the Vietnamese lunar calendar', () => {
  it('has a table of at least 30 known dates', () => {
    expect(known.length).toBeGreaterThanOrEqual(30);
  });

  for (const [solar, lunar, leap, note] of known) {
    it(`${solar} is ${lunar}${leap ? ' (leap)' : ''} — ${note}`, () => {
      const [d, m, y] = parse(solar);
      const [day, month, year] = parse(lunar);
      expect(solarToLunar(d, m, y)).toEqual({ day, month, year, leap });
    });
  }

  it('puts mid-2028 in leap month 5', () => {
    // Leap month 5 of Mậu Thân runs from late June to late July 2028.
    expect(solarToLunar(8, 7, 2028)).toMatchObject({ month: 5, year: 2028, leap: true });
    expect(solarToLunar(8, 6, 2028)).toMatchObject({ month: 5, year: 2028, leap: false });
  });

  it('has exactly one leap month in 2020, 2023, 2025 and 2028 and none in 2024 or 2026', () => {
    const leapMonths = (year: number) => {
      const found = new Set<number>();
      const start = julianDay(1, 1, year);
      for (let jd = start; jd < start + 366 + 60; jd++) {
        const { day, month, year: y } = dateOfJulianDay(jd);
        const lunar = solarToLunar(day, month, y);
        if (lunar.leap && lunar.year === year) found.add(lunar.month);
      }
      return [...found];
    };
    expect(leapMonths(2020)).toEqual([4]);
    expect(leapMonths(2023)).toEqual([2]);
    expect(leapMonths(2025)).toEqual([6]);
    expect(leapMonths(2028)).toEqual([5]);
    expect(leapMonths(2024)).toEqual([]);
    expect(leapMonths(2026)).toEqual([]);
  });

  it('counts days continuously: every day is the previous one plus one, months of 29 or 30', () => {
    const start = julianDay(1, 1, 2019);
    let previous: LunarDate | undefined;
    for (let jd = start; jd < julianDay(1, 1, 2031); jd++) {
      const { day, month, year } = dateOfJulianDay(jd);
      const lunar = solarToLunar(day, month, year);
      if (previous) {
        if (lunar.day === 1) expect([29, 30]).toContain(previous.day);
        else expect(lunar.day).toBe(previous.day + 1);
      }
      previous = lunar;
    }
  });

  it('round-trips Julian day numbers', () => {
    expect(julianDay(1, 1, 2000)).toBe(2451545);
    expect(dateOfJulianDay(2451545)).toEqual({ day: 1, month: 1, year: 2000 });
    expect(dateOfJulianDay(julianDay(29, 2, 2024))).toEqual({ day: 29, month: 2, year: 2024 });
  });

  it('uses the date in Viet Nam, not UTC, around midnight', () => {
    // 17:30 UTC on 16/02/2026 is 00:30 on 17/02/2026 in Viet Nam: Tết.
    expect(lunarDateOf(new Date('2026-02-16T17:30:00Z'))).toEqual({
      day: 1,
      month: 1,
      year: 2026,
      leap: false,
    });
    expect(lunarDateOf(new Date('2026-02-16T16:30:00Z')).month).toBe(12);
  });
});

describe('can-chi and the Vietnamese form', () => {
  it('names the years of the sixty-year cycle', () => {
    expect(canChiOfYear(1984)).toBe('Giáp Tý');
    expect(canChiOfYear(1945)).toBe('Ất Dậu');
    expect(canChiOfYear(1968)).toBe('Mậu Thân');
    expect(canChiOfYear(2000)).toBe('Canh Thìn');
    expect(canChiOfYear(2020)).toBe('Canh Tý');
    expect(canChiOfYear(2023)).toBe('Quý Mão');
    expect(canChiOfYear(2024)).toBe('Giáp Thìn');
    expect(canChiOfYear(2025)).toBe('Ất Tỵ');
    expect(canChiOfYear(2026)).toBe('Bính Ngọ');
    expect(canChiOfYear(2043)).toBe('Quý Hợi');
  });

  it('says Giêng, Chạp, Rằm, mùng and nhuận', () => {
    expect(formatLunarDate({ day: 21, month: 10, year: 2026, leap: false })).toBe(
      'Ngày 21 tháng 10 năm Bính Ngọ',
    );
    expect(formatLunarDate({ day: 1, month: 1, year: 2026, leap: false })).toBe(
      'Ngày mùng 1 tháng Giêng năm Bính Ngọ',
    );
    expect(formatLunarDate({ day: 15, month: 1, year: 2026, leap: false })).toBe(
      'Rằm tháng Giêng năm Bính Ngọ',
    );
    expect(formatLunarDate({ day: 30, month: 12, year: 2022, leap: false })).toBe(
      'Ngày 30 tháng Chạp năm Nhâm Dần',
    );
    expect(formatLunarDate({ day: 20, month: 4, year: 2020, leap: true })).toBe(
      'Ngày 20 tháng 4 nhuận năm Canh Tý',
    );
    expect(formatLunarDate(solarToLunar(6, 10, 2025))).toBe('Rằm tháng 8 năm Ất Tỵ');
  });
});
