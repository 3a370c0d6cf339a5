import type { Dirent } from 'node:fs';
import { lstat, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { AppServices } from '../../platform/services.ts';
import { referencedMediaKeys } from './media.repository.ts';
import { keyOfTemporary, moveIntoPlace } from './media-storage.ts';
import { queueMissingTexts } from './text-extract/media-texts.ts';

/**
 * Keeps the media folder equal to what the database says. An upload writes its files under
 * temporary names and moves them into place after its row commits (media-storage.ts), so a
 * process killed mid-upload leaves either temporaries without a row (removed once old) or —
 * killed between the commit and the move — temporaries whose row exists (moved into place now).
 * Files no row refers to (a crash before this design, a row removed by hand) are removed once
 * old. Only the folders uploads write to are swept.
 */

/** The folders below the media folder that hold uploaded files. */
export const SWEPT_FOLDERS = ['images', 'documents'] as const;

/** How often the sweep runs while the app is up (it also runs at start). */
export const MEDIA_SWEEP_INTERVAL_MS = 15 * 60_000;

export interface SweepReport {
  /** Keys whose temporaries were moved into place (their rows had committed). */
  completed: string[];
  /** Files removed, relative to the media folder: temporaries and files no row refers to. */
  removed: string[];
}

interface FoundFile {
  relative: string;
  modifiedMs: number;
}

async function filesBelow(root: string): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  for (const folder of SWEPT_FOLDERS) {
    let entries: Dirent[];
    try {
      entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const full = path.join(entry.parentPath, entry.name);
      try {
        const stats = await lstat(full);
        found.push({
          relative: path.relative(root, full).split(path.sep).join('/'),
          modifiedMs: stats.mtimeMs,
        });
      } catch {
        // Gone meanwhile (moved into place or deleted): nothing to do.
      }
    }
  }
  return found;
}

/**
 * One sweep of the media folder. The files are listed before the rows are read: a file that
 * is in place when listed had its row committed before, so it is never taken for an orphan.
 */
export async function sweepMedia(
  services: Pick<AppServices, 'db' | 'mediaDir'>,
  options: { olderThanMs: number; now?: number },
): Promise<SweepReport> {
  const root = services.mediaDir;
  const now = options.now ?? Date.now();
  const files = await filesBelow(root);
  const referenced = await referencedMediaKeys(services.db);
  const present = new Set(files.map((file) => file.relative));
  const report: SweepReport = { completed: [], removed: [] };
  for (const file of files) {
    const isOld = now - file.modifiedMs >= options.olderThanMs;
    const target = keyOfTemporary(file.relative);
    if (target !== undefined && referenced.has(target) && !present.has(target)) {
      await moveIntoPlace(path.join(root, file.relative), path.join(root, target));
      present.add(target);
      report.completed.push(target);
      continue;
    }
    if (!isOld || (target === undefined && referenced.has(file.relative))) continue;
    await rm(path.join(root, file.relative), { force: true });
    report.removed.push(file.relative);
  }
  return report;
}

/**
 * Runs the sweep once the app is ready (in the background: start is not held up by a large
 * library), then every MEDIA_SWEEP_INTERVAL_MS when `isPeriodic`. Sweeps never overlap;
 * closing waits for the running one.
 */
export function registerMediaSweeper(
  app: FastifyInstance,
  services: AppServices,
  options: { isPeriodic: boolean; intervalMs?: number },
): void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  const olderThanMs = services.config.MEDIA_SWEEP_AFTER_MINUTES * 60_000;
  const tick = () => {
    if (running) return;
    running = sweepMedia(services, { olderThanMs })
      .then((report) => {
        if (report.completed.length > 0 || report.removed.length > 0)
          app.log.info(report, 'media sweep: temporaries completed, orphan files removed');
      })
      // Documents stored before text extraction existed (or by the seeder) get their text read.
      .then(() => queueMissingTexts(services))
      .catch((error: unknown) => app.log.error({ err: error }, 'media sweep failed'))
      .finally(() => {
        running = undefined;
      });
  };
  app.addHook('onReady', async () => {
    tick();
    if (!options.isPeriodic) return;
    timer = setInterval(tick, options.intervalMs ?? MEDIA_SWEEP_INTERVAL_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await running;
  });
}
