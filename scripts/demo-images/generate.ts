/**
 * `npm run demo:images`: draws the demo province's illustrations once into demo/images/*.jpg,
 * the files the demo seeder stores. Run it after changing a scene and commit the files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { demoImagePath } from '../../src/demo/images.ts';
import { DEMO_IMAGE_KEYS, demoImageJpeg } from './scenes.ts';

const started = performance.now();
let bytes = 0;
for (const key of DEMO_IMAGE_KEYS) {
  const file = demoImagePath(key);
  mkdirSync(path.dirname(file), { recursive: true });
  const jpeg = await demoImageJpeg(key);
  writeFileSync(file, jpeg);
  bytes += jpeg.length;
}
console.log(
  `demo images: ${DEMO_IMAGE_KEYS.length} files, ${Math.round(bytes / 1024)} KB in ${Math.round(performance.now() - started)} ms`,
);
