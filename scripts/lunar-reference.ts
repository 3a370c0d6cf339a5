/**
 * Dev-only: builds the Vietnamese lunar calendar for 1900-01-01…2100-12-31 from precise astronomy
 * (astronomy-engine, a devDependency: VSOP87 for the sun, a full lunar theory for the moon, ΔT
 * included) and writes
 *
 * - test/fixtures/lunar-reference.txt: one line per lunar month, "first solar day  year/month",
 *   a "+" after the month when it is leap: the reference `src/i18n/lunar.test.ts` checks every day
 *   against;
 * - src/i18n/lunar-table.ts: the same months packed as one number per lunar year, the data
 *   `solarToLunar` uses inside 1900–2100 (see docs/adr/0018-lunar-calendar.md).
 *
 * Rules (Hồ Ngọc Đức's, those of the published Vietnamese calendars): days are counted in UTC+7; a
 * month starts on the day of the new moon; month 11 is the month in which the winter solstice
 * falls; when 13 months separate two months 11, the first month after month 11 without a major
 * solar term (trung khí: sun longitude a multiple of 30°) is leap and repeats the number before it.
 *
 * Run: npx tsx scripts/lunar-reference.ts
 */
import { writeFileSync } from 'node:fs';
import { type AstroTime, SearchMoonPhase, SearchSunLongitude } from 'astronomy-engine';

const TIME_ZONE_HOURS = 7;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
/** Julian day number of 1970-01-01. */
const UNIX_EPOCH_JDN = 2440588;

/** The Julian day number of the local (UTC+7) calendar day on which an instant falls. */
function localDay(time: AstroTime): number {
  return Math.floor((time.date.getTime() + TIME_ZONE_HOURS * 3_600_000) / 86_400_000) + UNIX_EPOCH_JDN;
}

function isoOfDay(jdn: number): string {
  return new Date((jdn - UNIX_EPOCH_JDN) * 86_400_000).toISOString().slice(0, 10);
}

function required(time: AstroTime | null, what: string): AstroTime {
  if (!time) throw new Error(`no ${what} found`);
  return time;
}

// Every new moon from well before 1900 to well after 2100, as local days.
const newMoonDays: number[] = [];
for (let t = new Date(Date.UTC(FIRST_YEAR - 2, 9, 1)); t.getUTCFullYear() <= LAST_YEAR + 2; ) {
  const found = required(SearchMoonPhase(0, t, 40), 'new moon');
  newMoonDays.push(localDay(found));
  t = new Date(found.date.getTime() + 86_400_000);
}

// Every major solar term (0°, 30°, … 330°) over the same span, and the winter solstices.
const termDays = new Set<number>();
const solstice = new Map<number, number>();
for (let year = FIRST_YEAR - 2; year <= LAST_YEAR + 2; year++) {
  for (let k = 0; k < 12; k++) {
    const longitude = k * 30;
    // The sun reaches 0° around 20 March, each further 30° about a month later.
    const start = new Date(Date.UTC(year, 2, 1) + k * 30.4 * 86_400_000);
    const found = required(SearchSunLongitude(longitude, start, 40), `term ${longitude}°`);
    termDays.add(localDay(found));
    if (longitude === 270) solstice.set(found.date.getUTCFullYear(), localDay(found));
  }
}

/** Index in newMoonDays of month 11 of a year: the month in which its winter solstice falls. */
function month11(year: number): number {
  const day = solstice.get(year);
  if (day === undefined) throw new Error(`no solstice for ${year}`);
  let i = newMoonDays.length - 1;
  while ((newMoonDays[i] as number) > day) i--;
  return i;
}

function hasMajorTerm(index: number): boolean {
  const start = newMoonDays[index] as number;
  const end = newMoonDays[index + 1] as number;
  for (let d = start; d < end; d++) if (termDays.has(d)) return true;
  return false;
}

interface ReferenceMonth {
  /** Julian day number of its first day. */
  start: number;
  year: number;
  month: number;
  leap: boolean;
}

const months: ReferenceMonth[] = [];
for (let year = FIRST_YEAR - 1; year <= LAST_YEAR + 1; year++) {
  const from = month11(year - 1);
  const to = month11(year);
  const count = to - from;
  if (count !== 12 && count !== 13) throw new Error(`${count} months before month 11 of ${year}`);
  let leapIndex = -1;
  if (count === 13) {
    for (let i = from + 1; i < to; i++) {
      if (!hasMajorTerm(i)) {
        leapIndex = i;
        break;
      }
    }
    if (leapIndex < 0) throw new Error(`no month without a major term before ${year}`);
  }
  let number = 10;
  let lunarYear = year - 1;
  for (let i = from; i < to; i++) {
    const leap = i === leapIndex;
    if (!leap) {
      number = (number % 12) + 1;
      if (number === 1) lunarYear = year;
    }
    months.push({ start: newMoonDays[i] as number, year: lunarYear, month: number, leap });
  }
}

// Keep the months that touch 1900-01-01…2100-12-31, and the one after (it ends the last one).
const firstDay = Date.UTC(FIRST_YEAR, 0, 1) / 86_400_000 + UNIX_EPOCH_JDN;
const lastDay = Date.UTC(LAST_YEAR, 11, 31) / 86_400_000 + UNIX_EPOCH_JDN;
const firstIndex = months.findIndex((_m, i) => (months[i + 1]?.start ?? 0) > firstDay);
const lastIndex = months.findIndex((m) => m.start > lastDay);
const kept = months.slice(firstIndex, lastIndex + 1);

const lines = kept.map((m) => `${isoOfDay(m.start)} ${m.year}/${m.month}${m.leap ? '+' : ''}`);
writeFileSync(
  new URL('../test/fixtures/lunar-reference.txt', import.meta.url),
  `# Vietnamese lunar months (UTC+7), first solar day and year/month ("+" = leap), from\n# astronomy-engine by scripts/lunar-reference.ts. Do not edit by hand.\n${lines.join('\n')}\n`,
);

// Pack whole lunar years (Tết to Tết) for the implementation: per year, bits 0–12 say which of its
// months (in order, the leap one included) have 30 days, bits 13–16 the leap month (0: none) and
// bits 17 and up the day of Tết counted from 21 January of that year.
const packed: number[] = [];
const firstLunarYear = (kept[0] as ReferenceMonth).year + 1;
const lastLunarYear = LAST_YEAR;
for (let year = firstLunarYear - 1; year <= lastLunarYear; year++) {
  const inYear = months.filter((m) => m.year === year);
  const next = months.find((m) => m.year === year + 1 && m.month === 1 && !m.leap);
  if (!next || inYear.length < 12) throw new Error(`incomplete lunar year ${year}`);
  let value = 0;
  let leapMonth = 0;
  inYear.forEach((m, i) => {
    const end = inYear[i + 1]?.start ?? next.start;
    const length = end - m.start;
    if (length !== 29 && length !== 30) throw new Error(`month of ${length} days in ${year}`);
    if (length === 30) value |= 1 << i;
    if (m.leap) leapMonth = m.month;
  });
  const tet = (inYear[0] as ReferenceMonth).start;
  const jan21 = Date.UTC(year, 0, 21) / 86_400_000 + UNIX_EPOCH_JDN;
  const offset = tet - jan21;
  if (offset < 0 || offset > 31) throw new Error(`Tết ${year} out of range`);
  packed.push(value + leapMonth * 2 ** 13 + offset * 2 ** 17);
}

const rows: string[] = [];
for (let i = 0; i < packed.length; i += 10) {
  rows.push(
    `  ${packed
      .slice(i, i + 10)
      .map((v) => `0x${v.toString(16).padStart(6, '0')}`)
      .join(', ')},`,
  );
}
writeFileSync(
  new URL('../src/i18n/lunar-table.ts', import.meta.url),
  `/**
 * The Vietnamese lunar years ${firstLunarYear - 1}–${lastLunarYear}, generated from astronomy-engine by
 * scripts/lunar-reference.ts (do not edit by hand; see docs/adr/0018-lunar-calendar.md).
 * One number per lunar year: bits 0–12 say which months, in order and the leap one included,
 * have 30 days; bits 13–16 the leap month (0: none); bits 17 and up the day of Tết counted from
 * 21 January of that year.
 */
export const FIRST_TABLE_YEAR = ${firstLunarYear - 1};

export const LUNAR_YEARS: readonly number[] = [
${rows.join('\n')}
];
`,
);
console.log(`${kept.length} months, ${packed.length} years`);
