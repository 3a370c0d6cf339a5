import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatShortDate, isoVietnam, vietnamParts } from './dates.ts';

describe('dates in Asia/Ho_Chi_Minh', () => {
  const thursday = new Date('2024-01-18T01:30:00Z'); // 08:30 in Viet Nam

  it('formats the date with its weekday in each language', () => {
    expect(formatDate(thursday, 'vi')).toBe('Thứ Năm, 18/01/2024');
    expect(formatDate(thursday, 'en')).toBe('Thursday, 18 January 2024');
    expect(formatDate(thursday, 'zh')).toBe('2024年1月18日 星期四');
  });

  it('adds the time in 24-hour form', () => {
    expect(formatDateTime(thursday, 'vi')).toBe('Thứ Năm, 18/01/2024 08:30');
  });

  it('uses Viet Nam time, not UTC, around midnight', () => {
    // 17:30 UTC on Saturday 28/11/2026 is 00:30 on Sunday 29/11/2026 in Viet Nam.
    const lateUtc = new Date('2026-11-28T17:30:00Z');
    expect(formatDate(lateUtc, 'vi')).toBe('Chủ Nhật, 29/11/2026');
    expect(vietnamParts(lateUtc)).toMatchObject({ year: 2026, month: 11, day: 29, hour: 0, minute: 30 });
  });

  it('gives short and ISO forms', () => {
    expect(formatShortDate(thursday, 'vi')).toBe('18/01/2024');
    expect(formatShortDate(thursday, 'zh')).toBe('2024-01-18');
    expect(isoVietnam(thursday)).toBe('2024-01-18T08:30:00+07:00');
  });
});
