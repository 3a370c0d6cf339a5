import type { LanguageCode } from '../db/schema.ts';
import { messages } from './index.ts';

/** Viet Nam is UTC+7 all year (Asia/Ho_Chi_Minh has no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export interface CalendarParts {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
}

/** The wall-clock date and time in Asia/Ho_Chi_Minh of an instant. */
export function vietnamParts(instant: Date): CalendarParts {
  const shifted = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const pad = (value: number) => String(value).padStart(2, '0');

const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date with its weekday: "Thứ Năm, 18/01/2024", "Thursday, 18 January 2024", "2024年1月18日 星期四". */
export function formatDate(instant: Date, lang: LanguageCode): string {
  const p = vietnamParts(instant);
  const weekday = messages(lang).dates.weekdays[p.weekday];
  switch (lang) {
    case 'vi':
      return `${weekday}, ${pad(p.day)}/${pad(p.month)}/${p.year}`;
    case 'en':
      return `${weekday}, ${p.day} ${englishMonths[p.month - 1]} ${p.year}`;
    case 'zh':
      return `${p.year}年${p.month}月${p.day}日 ${weekday}`;
  }
}

/** A date with weekday and time: "Thứ Năm, 18/01/2024 08:30". */
export function formatDateTime(instant: Date, lang: LanguageCode): string {
  const p = vietnamParts(instant);
  return `${formatDate(instant, lang)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * When a wait ends, to the minute and rounded up (a person who comes back at that minute is let
 * in): "14:35 ngày 07/12/2026", "14:35 on 7 December 2026", "2026年12月7日 14:35".
 */
export function formatUntil(instant: Date, lang: LanguageCode): string {
  const p = vietnamParts(new Date(Math.ceil(instant.getTime() / 60_000) * 60_000));
  const time = `${pad(p.hour)}:${pad(p.minute)}`;
  switch (lang) {
    case 'vi':
      return `${time} ngày ${pad(p.day)}/${pad(p.month)}/${p.year}`;
    case 'en':
      return `${time} on ${p.day} ${englishMonths[p.month - 1]} ${p.year}`;
    case 'zh':
      return `${p.year}年${p.month}月${p.day}日 ${time}`;
  }
}

/** A short numeric date for lists: 18/01/2024 (vi, en) or 2024-01-18 (zh). */
export function formatShortDate(instant: Date, lang: LanguageCode): string {
  const p = vietnamParts(instant);
  return lang === 'zh'
    ? `${p.year}-${pad(p.month)}-${pad(p.day)}`
    : `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** The ISO-8601 form with the +07:00 offset, for <time datetime> and metadata. */
export function isoVietnam(instant: Date): string {
  const p = vietnamParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:00+07:00`;
}
