/**
 * The demo province's illustrations, one scene per key. The machine that seeds the demo has no
 * internet, so every picture is drawn from SVG primitives: flat, editorial-style scenes,
 * deterministic for a given key (seeded from the key), with no text, fonts or external
 * references. generate.ts renders them once into demo/images/, which the seeder reads.
 */
import sharp from 'sharp';
import type { DemoImageKey } from '../../src/demo/content/types.ts';
import { farmers, forest, mountainVillage, riceField, teaHill } from './countryside.ts';
import { ceremony, festival, meetingHall, soldiers } from './events.ts';
import { highway, industrialPark, solarFarm } from './infrastructure.ts';
import { Scene } from './kit.ts';
import { cityStreet, hospital, market, school } from './town.ts';
import { coastline, flood, harbour, riverBridge } from './water.ts';

const SCENES: Record<DemoImageKey, (s: Scene) => void> = {
  'meeting-hall': meetingHall,
  'rice-field': riceField,
  'river-bridge': riverBridge,
  'industrial-park': industrialPark,
  school,
  hospital,
  festival,
  'mountain-village': mountainVillage,
  coastline,
  'city-street': cityStreet,
  'tea-hill': teaHill,
  harbour,
  ceremony,
  farmers,
  highway,
  forest,
  market,
  'solar-farm': solarFarm,
  flood,
  soldiers,
};

/** Every key a scene is drawn for. */
export const DEMO_IMAGE_KEYS: readonly DemoImageKey[] = Object.keys(SCENES) as DemoImageKey[];

/** An SVG illustration (1600x900) for a key; deterministic. */
export function demoImageSvg(key: DemoImageKey): string {
  const draw = SCENES[key];
  if (!draw) throw new Error(`Unknown demo image key: ${key}`);
  const scene = new Scene(key);
  draw(scene);
  return scene.toString();
}

/** The same rendered to a JPEG buffer with sharp (quality ~82). */
export async function demoImageJpeg(key: DemoImageKey): Promise<Buffer> {
  return sharp(Buffer.from(demoImageSvg(key)))
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}
