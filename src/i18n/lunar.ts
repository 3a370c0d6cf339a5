/**
 * The Vietnamese lunar calendar (âm lịch), computed astronomically as Hồ Ngọc Đức describes it:
 * months start on the day (in UTC+7) of the astronomical new moon; month 11 is the one that
 * contains the winter solstice; a year with 13 months between two month 11s gets a leap month,
 * the first month after month 11 that contains no major solar term (trung khí). New moons and
 * the sun's longitude use the series of Jean Meeus's "Astronomical Algorithms", accurate to a
 * few minutes for 1800–2199, which is what the published Vietnamese calendars use. A few minutes
 * are too much when a new moon or a major term falls near midnight, so for lunar years 1899–2100
 * the months come from a table generated from precise astronomy (lunar-table.ts, written by
 * scripts/lunar-reference.ts; docs/adr/0018-lunar-calendar.md); the formulas serve other years.
 *
 * Vietnam has kept UTC+7 since 1968 (the North adopted it in 1967); that is why Tết can differ
 * from China's (UTC+8), e.g. 17/02/2007 in Viet Nam, 18/02/2007 in China.
 */

import { FIRST_TABLE_YEAR, LUNAR_YEARS } from './lunar-table.ts';

/** Hours east of UTC used for the calendar: Viet Nam. */
export const VIETNAM_TIME_ZONE = 7;

export interface LunarDate {
  /** 1–30. */
  day: number;
  /** 1–12; a leap month repeats the number of the month before it. */
  month: number;
  /** The lunar year in the Gregorian count (Tết 2026 opens lunar year 2026, Bính Ngọ). */
  year: number;
  /** True in the leap month (tháng nhuận). */
  leap: boolean;
}

const { floor, sin, PI } = Math;
const RAD = PI / 180;
/** Mean length of a synodic month in days. */
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1 January 1900 (the epoch of the new-moon count k). */
const NEW_MOON_EPOCH = 2415021.076998695;

/** The Julian day number of a Gregorian (from 15/10/1582) or Julian calendar date. */
export function julianDay(day: number, month: number, year: number): number {
  const a = floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const jd =
    day + floor((153 * m + 2) / 5) + 365 * y + floor(y / 4) - floor(y / 100) + floor(y / 400) - 32045;
  if (jd < 2299161) return day + floor((153 * m + 2) / 5) + 365 * y + floor(y / 4) - 32083;
  return jd;
}

/** The calendar date of a Julian day number. */
export function dateOfJulianDay(jd: number): { day: number; month: number; year: number } {
  let b: number;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = floor((4 * a + 3) / 146097);
    c = a - floor((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = floor((4 * c + 3) / 1461);
  const e = c - floor((1461 * d) / 4);
  const m = floor((5 * e + 2) / 153);
  return {
    day: e - floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * floor(m / 10),
    year: b * 100 + d - 4800 + floor(m / 10),
  };
}

/** The moment (Julian date, UT) of the k-th new moon after 1 January 1900 (Meeus, ch. 49). */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // sun's mean anomaly
  const mp = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // moon's mean anomaly
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // moon's argument of latitude
  let c = (0.1734 - 0.000393 * t) * sin(m * RAD) + 0.0021 * sin(2 * RAD * m);
  c += -0.4068 * sin(mp * RAD) + 0.0161 * sin(RAD * 2 * mp);
  c += -0.0004 * sin(RAD * 3 * mp);
  c += 0.0104 * sin(RAD * 2 * f) - 0.0051 * sin(RAD * (m + mp));
  c += -0.0074 * sin(RAD * (m - mp)) + 0.0004 * sin(RAD * (2 * f + m));
  c += -0.0004 * sin(RAD * (2 * f - m)) - 0.0006 * sin(RAD * (2 * f + mp));
  c += 0.001 * sin(RAD * (2 * f - mp)) + 0.0005 * sin(RAD * (2 * mp + m));
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c - deltaT;
}

/** The sun's apparent longitude in radians (0 ≤ L < 2π) at a Julian date (Meeus, ch. 25). */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2; // mean anomaly
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2; // mean longitude
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * sin(RAD * m);
  dl += (0.019993 - 0.000101 * t) * sin(RAD * 2 * m) + 0.00029 * sin(RAD * 3 * m);
  const l = (l0 + dl) * RAD;
  return l - PI * 2 * floor(l / (PI * 2));
}

/** Which of the 12 major solar terms' 30° sectors the sun is in at the start of a local day. */
function sunSector(dayNumber: number, timeZone: number): number {
  return floor((sunLongitude(dayNumber - 0.5 - timeZone / 24) / PI) * 6);
}

/** The local day (Julian day number) on which the k-th new moon falls. */
function newMoonDay(k: number, timeZone: number): number {
  return floor(newMoon(k) + 0.5 + timeZone / 24);
}

/** The first day of lunar month 11 (the month of the winter solstice) that starts in a year. */
function month11(year: number, timeZone: number): number {
  const offset = julianDay(31, 12, year) - 2415021;
  const k = floor(offset / SYNODIC_MONTH);
  const start = newMoonDay(k, timeZone);
  // Sector 9 starts at 270°, the winter solstice: a month starting after it is month 12.
  return sunSector(start, timeZone) >= 9 ? newMoonDay(k - 1, timeZone) : start;
}

/** Months after month 11 until the first one without a major solar term (that one is leap). */
function leapMonthOffset(start11: number, timeZone: number): number {
  const k = floor((start11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let sector = sunSector(newMoonDay(k + i, timeZone), timeZone);
  let last: number;
  do {
    last = sector;
    i++;
    sector = sunSector(newMoonDay(k + i, timeZone), timeZone);
  } while (sector !== last && i < 14);
  return i - 1;
}

/** The lunar date from the astronomical formulas: outside the table, or for another time zone. */
function computedLunarDate(dayNumber: number, year: number, timeZone: number): LunarDate {
  // The month that contains the day: the last new moon on or before it. The mean month only
  // gives a first guess; walk until the day lies in [start, next start), so the day is never 0.
  let k = floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  while (newMoonDay(k, timeZone) > dayNumber) k--;
  while (newMoonDay(k + 1, timeZone) <= dayNumber) k++;
  const monthStart = newMoonDay(k, timeZone);
  let a11 = month11(year, timeZone);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = month11(year - 1, timeZone);
  } else {
    lunarYear = year + 1;
    b11 = month11(year + 1, timeZone);
  }
  const lunarDay = dayNumber - monthStart + 1;
  const diff = Math.round((monthStart - a11) / SYNODIC_MONTH);
  let leap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, timeZone);
    if (diff >= leapDiff) {
      lunarMonth = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { day: lunarDay, month: lunarMonth, year: lunarYear, leap };
}

interface TableMonth {
  start: number;
  month: number;
  year: number;
  leap: boolean;
}

let tableMonths: TableMonth[] | undefined;

/** The months of lunar-table.ts, unpacked once: first day, number, year and leap flag. */
function unpackTable(): TableMonth[] {
  if (tableMonths) return tableMonths;
  const months: TableMonth[] = [];
  LUNAR_YEARS.forEach((packed, i) => {
    const year = FIRST_TABLE_YEAR + i;
    const leapMonth = floor(packed / 2 ** 13) % 16;
    let start = julianDay(21, 1, year) + floor(packed / 2 ** 17);
    let number = 0;
    const count = leapMonth ? 13 : 12;
    for (let index = 0; index < count; index++) {
      const leap = leapMonth > 0 && index === leapMonth;
      if (!leap) number++;
      months.push({ start, month: number, year, leap });
      start += packed & (1 << index) ? 30 : 29;
    }
    // The day after the last month: the next year's Tết (checked by the tests).
    if (i === LUNAR_YEARS.length - 1) months.push({ start, month: 1, year: year + 1, leap: false });
  });
  tableMonths = months;
  return months;
}

/** The lunar date from the generated table, or undefined outside it. */
function tabledLunarDate(dayNumber: number): LunarDate | undefined {
  const months = unpackTable();
  const first = months[0];
  const end = months[months.length - 1];
  if (!first || !end || dayNumber < first.start || dayNumber >= end.start) return undefined;
  let low = 0;
  let high = months.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((months[middle] as TableMonth).start <= dayNumber) low = middle;
    else high = middle - 1;
  }
  const found = months[low] as TableMonth;
  return { day: dayNumber - found.start + 1, month: found.month, year: found.year, leap: found.leap };
}

/**
 * The lunar date of a solar (Gregorian) date, for a time zone (Viet Nam's by default). In Viet
 * Nam's time zone, lunar years 1899–2100 come from the table generated from precise astronomy
 * (docs/adr/0018-lunar-calendar.md); other dates and time zones use the formulas above.
 */
export function solarToLunar(
  day: number,
  month: number,
  year: number,
  timeZone = VIETNAM_TIME_ZONE,
): LunarDate {
  const dayNumber = julianDay(day, month, year);
  if (timeZone === VIETNAM_TIME_ZONE) {
    const tabled = tabledLunarDate(dayNumber);
    if (tabled) return tabled;
  }
  return computedLunarDate(dayNumber, year, timeZone);
}

/** The lunar date of an instant, on the calendar of Viet Nam (UTC+7). */
export function lunarDateOf(instant: Date): LunarDate {
  const local = new Date(instant.getTime() + VIETNAM_TIME_ZONE * 3_600_000);
  return solarToLunar(local.getUTCDate(), local.getUTCMonth() + 1, local.getUTCFullYear());
}

const STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;
const BRANCHES = [
  'Tý',
  'Sửu',
  'Dần',
  'Mão',
  'Thìn',
  'Tỵ',
  'Ngọ',
  'Mùi',
  'Thân',
  'Dậu',
  'Tuất',
  'Hợi',
] as const;

/** The can-chi (sexagenary) name of a lunar year: 1984 → "Giáp Tý", 2026 → "Bính Ngọ". */
export function canChiOfYear(lunarYear: number): string {
  const mod = (value: number, n: number) => ((value % n) + n) % n;
  return `${STEMS[mod(lunarYear + 6, 10)]} ${BRANCHES[mod(lunarYear + 8, 12)]}`;
}

/** The month as said in Vietnamese: "tháng Giêng", "tháng 4 nhuận", "tháng Chạp". */
export function lunarMonthName(month: number, leap = false): string {
  const name = month === 1 ? 'Giêng' : month === 12 ? 'Chạp' : String(month);
  return `tháng ${name}${leap ? ' nhuận' : ''}`;
}

/**
 * The lunar date for the Vietnamese header: "Ngày 21 tháng 10 năm Bính Ngọ",
 * "Ngày mùng 1 tháng Giêng năm Bính Ngọ", "Rằm tháng 8 năm Ất Tỵ", "Ngày 20 tháng 6 nhuận năm Ất Tỵ".
 */
export function formatLunarDate(date: LunarDate): string {
  const month = lunarMonthName(date.month, date.leap);
  const year = `năm ${canChiOfYear(date.year)}`;
  if (date.day === 15) return `Rằm ${month} ${year}`;
  const day = date.day <= 10 ? `mùng ${date.day}` : String(date.day);
  return `Ngày ${day} ${month} ${year}`;
}
