import { availableParallelism } from 'node:os';
import sharp from 'sharp';

/**
 * Image work (decoding, resizing, encoding) is the most expensive thing an upload asks for. It
 * runs one image at a time in this process, on few libvips threads, so parallel uploads queue
 * instead of taking every core from the pages citizens are reading.
 */

/** libvips threads per image: one core is left for requests (at least one thread). */
export const IMAGE_THREADS = Math.max(1, Math.min(2, availableParallelism() - 1));
sharp.concurrency(IMAGE_THREADS);

export interface SerialQueue {
  /** Runs `task` when every task queued before it has settled. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks queued or running. */
  readonly size: number;
}

/** A queue that runs its tasks one after another, in the order they were queued. */
export function serialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let size = 0;
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      size++;
      const result = tail.then(task).finally(() => {
        size--;
      });
      // The next task waits for this one whether it succeeds or fails.
      tail = result.catch(() => undefined);
      return result;
    },
    get size() {
      return size;
    },
  };
}

/** The process-wide queue of image work. */
export const imageWork = serialQueue();
