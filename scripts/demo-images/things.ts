/**
 * Reusable objects for the demo illustrations: trees, buildings, vehicles, boats,
 * flags and lanterns (people are in people.ts). Each returns an SVG fragment string.
 */
import { circle, ellipse, f, group, line, path, poly, rect, type Scene } from './kit.ts';

/** A five-pointed star (point up). */
export function star(cx: number, cy: number, r: number, fill: string, extra = ''): string {
  const pts: number[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.382;
    pts.push(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
  }
  return poly(pts, fill, extra);
}

export type TreeKind = 'round' | 'pine' | 'palm' | 'flame' | 'cone';

/** A tree standing at (x, y) with a given height. */
export function tree(
  s: Scene,
  x: number,
  y: number,
  h: number,
  kind: TreeKind,
  dark = '#2f7d3c',
  light = '#4fa34f',
): string {
  const trunk = '#6b4a2f';
  if (kind === 'pine' || kind === 'cone') {
    let t = rect(x - h * 0.03, y - h * 0.2, h * 0.06, h * 0.2, trunk);
    const tiers = kind === 'pine' ? 3 : 1;
    for (let i = 0; i < tiers; i++) {
      const top = y - h + i * h * 0.22;
      const bw = h * (0.22 + i * 0.06) * (kind === 'cone' ? 1.3 : 1);
      const by = y - h * 0.15 - (tiers - 1 - i) * h * 0.18;
      t += poly([x, top, x + bw, by, x - bw, by], dark) + poly([x, top, x, by, x - bw, by], light);
    }
    return t;
  }
  if (kind === 'palm') {
    const lean = s.rand(-0.25, 0.25) * h;
    const tx = x + lean;
    const ty = y - h;
    let t = path(
      `M${f(x)},${f(y)} Q${f(x + lean * 0.2)},${f(y - h * 0.5)} ${f(tx)},${f(ty)}`,
      'none',
      `stroke="${trunk}" stroke-width="${f(h * 0.045)}" stroke-linecap="round"`,
    );
    for (let i = 0; i < 7; i++) {
      const a = -Math.PI + (i / 6) * Math.PI + s.rand(-0.15, 0.15);
      const len = h * s.rand(0.38, 0.5);
      const ex = tx + Math.cos(a) * len;
      const ey = ty + Math.sin(a) * len * 0.5 + len * 0.45;
      const mx = tx + Math.cos(a) * len * 0.5;
      const my = ty - len * 0.25 + Math.sin(a) * len * 0.2;
      t += path(
        `M${f(tx)},${f(ty)} Q${f(mx)},${f(my - h * 0.05)} ${f(ex)},${f(ey)} Q${f(mx)},${f(my + h * 0.04)} ${f(tx)},${f(ty)} Z`,
        i % 2 ? dark : light,
      );
    }
    return t + circle(tx, ty, h * 0.03, '#7a5a2a');
  }
  const red = kind === 'flame';
  const c1 = red ? '#d8432e' : dark;
  const c2 = red ? '#f06a3c' : light;
  const r = h * (red ? 0.3 : 0.28);
  let t = poly(
    [x - h * 0.04, y, x + h * 0.04, y, x + h * 0.025, y - h * 0.6, x - h * 0.025, y - h * 0.6],
    trunk,
  );
  const cy = y - h + r;
  const blobs: [number, number, number][] = red
    ? [
        [-1.3, 0.3, 0.6],
        [1.3, 0.3, 0.6],
        [-0.6, 0, 0.8],
        [0.6, 0, 0.8],
        [0, -0.2, 0.8],
      ]
    : [
        [-0.6, 0.35, 0.7],
        [0.6, 0.35, 0.7],
        [0, 0, 1],
      ];
  for (const [dx, dy, rr] of blobs) t += circle(x + dx * r, cy + dy * r, rr * r, c1);
  for (const [dx, dy, rr] of blobs)
    t += circle(x + dx * r - r * 0.15, cy + dy * r - r * 0.18, rr * r * 0.62, c2);
  return t;
}

export interface BuildingOpts {
  wall: string;
  win?: string;
  lit?: string;
  rows?: number;
  cols?: number;
  roof?: 'flat' | 'gable' | 'tile';
  roofColor?: string;
  /** Fraction of windows lit (0-1). */
  litRatio?: number;
  door?: string;
}

/** A building with a grid of windows; (x, y) is the bottom-left corner. */
export function building(s: Scene, x: number, y: number, w: number, h: number, o: BuildingOpts): string {
  let b = rect(x, y - h, w, h, o.wall);
  const rows = o.rows ?? Math.max(1, Math.round(h / 60));
  const cols = o.cols ?? Math.max(1, Math.round(w / 45));
  const mx = w * 0.1;
  const my = h * 0.08;
  const cw = (w - 2 * mx) / cols;
  const rh = (h - 2 * my - (o.door ? h * 0.12 : 0)) / rows;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const lit = o.lit && s.rnd() < (o.litRatio ?? 0.4);
      b += rect(
        x + mx + c * cw + cw * 0.18,
        y - h + my + r * rh + rh * 0.2,
        cw * 0.64,
        rh * 0.6,
        lit ? o.lit! : (o.win ?? '#9cc3dd'),
      );
    }
  if (o.door) b += rect(x + w / 2 - w * 0.1, y - h * 0.14, w * 0.2, h * 0.14, o.door);
  const rc = o.roofColor ?? '#b5523b';
  if (o.roof === 'gable' || o.roof === 'tile')
    b += poly(
      [x - w * 0.06, y - h, x + w / 2, y - h - w * (o.roof === 'tile' ? 0.28 : 0.35), x + w * 1.06, y - h],
      rc,
    );
  else if (o.roof === 'flat') b += rect(x - 4, y - h - 8, w + 8, 10, rc);
  b += rect(x + w * 0.82, y - h, w * 0.18, h, '#000', 'opacity="0.07"');
  return b;
}

/** A side-view car (or a truck when long) with its bottom at y. */
export function car(x: number, y: number, len: number, color: string, truck = false): string {
  const h = len * 0.32;
  const wr = len * 0.1;
  let c = '';
  if (truck) {
    c += rect(x, y - h * 1.7, len * 0.68, h * 1.45, '#eceff1', `rx="4"`);
    c += rect(x + len * 0.7, y - h * 1.15, len * 0.3, h * 0.9, color, `rx="${f(h * 0.15)}"`);
    c += rect(x + len * 0.78, y - h * 1.02, len * 0.17, h * 0.36, '#bfe3f5');
  } else {
    c += path(
      `M${f(x + len * 0.2)},${f(y - h * 0.75)} L${f(x + len * 0.32)},${f(y - h * 1.25)} L${f(x + len * 0.7)},${f(y - h * 1.25)} L${f(x + len * 0.82)},${f(y - h * 0.75)} Z`,
      color,
    );
    c += poly(
      [
        x + len * 0.35,
        y - h * 0.8,
        x + len * 0.37,
        y - h * 1.15,
        x + len * 0.5,
        y - h * 1.15,
        x + len * 0.5,
        y - h * 0.8,
      ],
      '#cfe8f5',
    );
    c += poly(
      [
        x + len * 0.53,
        y - h * 0.8,
        x + len * 0.53,
        y - h * 1.15,
        x + len * 0.66,
        y - h * 1.15,
        x + len * 0.74,
        y - h * 0.8,
      ],
      '#cfe8f5',
    );
    c += rect(x, y - h * 0.8, len, h * 0.6, color, `rx="${f(h * 0.2)}"`);
  }
  for (const wx of [x + len * 0.2, x + len * 0.8])
    c += circle(wx, y - wr * 0.9, wr, '#263238') + circle(wx, y - wr * 0.9, wr * 0.45, '#90a4ae');
  return c;
}

/** A rider on a motorbike, side view, wheels on y. */
export function motorbike(
  x: number,
  y: number,
  size: number,
  bike: string,
  shirt: string,
  helmet: string,
): string {
  const r = size * 0.16;
  let m = circle(x - size * 0.38, y - r, r, '#263238') + circle(x + size * 0.38, y - r, r, '#263238');
  m += path(
    `M${f(x - size * 0.4)},${f(y - r * 1.3)} Q${f(x - size * 0.1)},${f(y - size * 0.5)} ${f(x + size * 0.3)},${f(y - size * 0.42)} L${f(x + size * 0.4)},${f(y - r)} Z`,
    bike,
  );
  m += line(x + size * 0.3, y - size * 0.42, x + size * 0.36, y - size * 0.62, '#37474f', size * 0.04);
  m += line(x - size * 0.05, y - size * 0.5, x + size * 0.05, y - size * 0.95, shirt, size * 0.16);
  m += line(x + size * 0.05, y - size * 0.85, x + size * 0.34, y - size * 0.62, shirt, size * 0.06);
  m += line(x - size * 0.05, y - size * 0.5, x + size * 0.12, y - size * 0.28, '#37474f', size * 0.08);
  m += circle(x + size * 0.06, y - size * 1.08, size * 0.11, helmet);
  return m;
}

/** A red flag with a yellow star on a pole; (x, y) is the pole's foot. */
export function flag(x: number, y: number, pole: number, fw: number, wave = 0.08): string {
  const fh = fw * (2 / 3);
  const top = y - pole;
  const d =
    `M${f(x)},${f(top)} Q${f(x + fw * 0.25)},${f(top - fw * wave)} ${f(x + fw * 0.5)},${f(top)} T${f(x + fw)},${f(top)} ` +
    `L${f(x + fw)},${f(top + fh)} Q${f(x + fw * 0.75)},${f(top + fh + fw * wave)} ${f(x + fw * 0.5)},${f(top + fh)} T${f(x)},${f(top + fh)} Z`;
  return (
    line(x, y, x, top - 6, '#9e9e9e', Math.max(2, fw * 0.04)) +
    path(d, '#da251d') +
    star(x + fw * 0.5, top + fh * 0.5, fh * 0.3, '#ffdf00')
  );
}

/** A paper lantern with a soft glow. */
export function lantern(s: Scene, x: number, y: number, r: number, color: string): string {
  return (
    circle(
      x,
      y,
      r * 2.4,
      s.rad([
        [color, 0, 0.45],
        [color, 1, 0],
      ]),
    ) +
    ellipse(x, y, r, r * 1.15, color) +
    ellipse(x - r * 0.3, y - r * 0.2, r * 0.3, r * 0.6, '#fff', 'opacity="0.25"') +
    rect(x - r * 0.45, y - r * 1.25, r * 0.9, r * 0.22, '#7a4b1e') +
    rect(x - r * 0.45, y + r * 1.05, r * 0.9, r * 0.22, '#7a4b1e') +
    line(x, y + r * 1.3, x, y + r * 1.9, '#f2c230', 2)
  );
}

/** A Vietnamese wooden fishing boat, side view, waterline at y, bow to the right. */
export function boat(
  x: number,
  y: number,
  len: number,
  hull: string,
  stripe = '#c0392b',
  flip = false,
): string {
  const h = len * 0.18;
  const d = `M${f(x)},${f(y - h * 1.1)} Q${f(x + len * 0.12)},${f(y + h * 0.35)} ${f(x + len * 0.5)},${f(y + h * 0.3)} Q${f(x + len * 0.88)},${f(y + h * 0.25)} ${f(x + len)},${f(y - h * 1.5)} L${f(x + len * 0.9)},${f(y - h * 0.75)} L${f(x + len * 0.1)},${f(y - h * 0.7)} Z`;
  let b = path(d, hull);
  b += path(
    `M${f(x + len * 0.04)},${f(y - h * 0.55)} Q${f(x + len * 0.5)},${f(y - h * 0.25)} ${f(x + len * 0.95)},${f(y - h * 0.85)}`,
    'none',
    `stroke="${stripe}" stroke-width="${f(h * 0.22)}"`,
  );
  b +=
    rect(x + len * 0.22, y - h * 1.65, len * 0.3, h * 0.95, '#f5f0e1') +
    rect(x + len * 0.22, y - h * 1.8, len * 0.32, h * 0.18, stripe);
  b +=
    rect(x + len * 0.27, y - h * 1.45, len * 0.07, h * 0.35, '#5b7c99') +
    rect(x + len * 0.39, y - h * 1.45, len * 0.07, h * 0.35, '#5b7c99');
  b += line(x + len * 0.65, y - h * 0.7, x + len * 0.65, y - h * 4, '#5d4037', Math.max(2, len * 0.012));
  b +=
    circle(x + len * 0.9, y - h * 1.05, h * 0.12, '#fff') +
    circle(x + len * 0.9, y - h * 1.05, h * 0.06, '#111');
  return flip ? group(b, `transform="translate(${f(2 * x + len)} 0) scale(-1 1)"`) : b;
}

/** A flat cartoon reflection under an object: the same markup mirrored, faded. */
export function reflect(svg: string, waterY: number, opacity = 0.25): string {
  return group(svg, `transform="translate(0 ${f(2 * waterY)}) scale(1 -1)" opacity="${opacity}"`);
}

/** A skyline of simple towers between x0 and x1 standing on y. */
export function skyline(
  s: Scene,
  x0: number,
  x1: number,
  y: number,
  hMin: number,
  hMax: number,
  colors: readonly string[],
  win: string,
): string {
  let g = '';
  for (let x = x0; x < x1; ) {
    const w = s.rand(50, 110);
    g += building(s, x, y, w, s.rand(hMin, hMax), {
      wall: s.pick(colors),
      win,
      roof: 'flat',
      roofColor: s.pick(colors),
    });
    x += w + s.rand(-10, 12);
  }
  return g;
}
