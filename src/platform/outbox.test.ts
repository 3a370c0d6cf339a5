import { describe, expect, it } from 'vitest';
import { backoffMs, MAX_ATTEMPTS } from './outbox.ts';

describe('outbox backoff', () => {
  it('doubles the wait after each failed attempt, from 5 seconds up to an hour', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(backoffMs(30)).toBe(3_600_000);
  });

  it('gives up after a bounded number of attempts, within a day', () => {
    const total = Array.from({ length: MAX_ATTEMPTS }, (_, n) => backoffMs(n + 1)).reduce((a, b) => a + b);
    expect(total).toBeLessThan(86_400_000);
  });
});
