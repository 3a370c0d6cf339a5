import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../platform/paths.ts';
import type { DemoImageKey } from './content/types.ts';

/**
 * Where a demo illustration lives: drawn once by scripts/demo-images (`npm run demo:images`) and
 * committed, so seeding copies bytes instead of drawing and encoding pictures.
 */
export function demoImagePath(key: DemoImageKey): string {
  return path.join(projectRoot(), 'demo/images', `${key}.jpg`);
}

/** The JPEG bytes of a demo illustration. */
export function readDemoImage(key: DemoImageKey): Promise<Buffer> {
  return readFile(demoImagePath(key));
}
