import { describe, expect, it } from 'vitest';
import { serialQueue } from './image-queue.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('serialQueue', () => {
  it('runs one task at a time, in order, a failure not stopping the next', async () => {
    const queue = serialQueue();
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const task = (n: number) => async () => {
      running++;
      most = Math.max(most, running);
      await pause(5);
      order.push(n);
      running--;
      if (n === 2) throw new Error('broken image');
      return n;
    };
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => queue.run(task(n))));
    expect(most).toBe(1);
    expect(order).toEqual([1, 2, 3, 4]);
    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect(queue.size).toBe(0);
  });
});
