/**
 * Drawing kit for the generated demo illustrations: a seeded scene builder and the
 * landscape primitives (sky, sun, clouds, ridges, water, rain) every scene shares.
 * Everything is plain SVG; no text, fonts or external references.
 */

export const W = 1600;
export const H = 900;

/** Rounds to one decimal so the SVG stays small. */
export const f = (n: number): string => String(Math.round(n * 10) / 10);

/** mulberry32: a tiny, good-enough seeded PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, used as the seed. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

type Stop = string | [color: string, offset: number, opacity?: number];

/** Collects defs and shapes for one 1600x900 illustration. */
export class Scene {
  readonly rnd: () => number;
  private readonly defs: string[] = [];
  private readonly parts: string[] = [];
  private ids = 0;

  constructor(seed: string) {
    this.rnd = mulberry32(hashString(seed));
  }

  /** Uniform float in [a, b). */
  rand(a: number, b: number): number {
    return a + (b - a) * this.rnd();
  }

  /** Uniform integer in [a, b]. */
  int(a: number, b: number): number {
    return Math.floor(this.rand(a, b + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rnd() * items.length)]!;
  }

  add(...svg: string[]): void {
    this.parts.push(...svg);
  }

  /** A linear gradient (default top to bottom); returns `url(#id)`. */
  lin(stops: Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
    const id = `g${this.ids++}`;
    this.defs.push(
      `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stopsSvg(stops)}</linearGradient>`,
    );
    return `url(#${id})`;
  }

  /** A radial gradient centred in the shape's box; returns `url(#id)`. */
  rad(stops: Stop[], cx = 0.5, cy = 0.5, r = 0.5): string {
    const id = `g${this.ids++}`;
    this.defs.push(
      `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${stopsSvg(stops)}</radialGradient>`,
    );
    return `url(#${id})`;
  }

  /** A gaussian-blur filter; returns `url(#id)`. */
  blur(sd: number): string {
    const id = `g${this.ids++}`;
    this.defs.push(
      `<filter id="${id}" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="${sd}"/></filter>`,
    );
    return `url(#${id})`;
  }

  /** A clip path from SVG markup; returns `url(#id)`. */
  clip(markup: string): string {
    const id = `g${this.ids++}`;
    this.defs.push(`<clipPath id="${id}">${markup}</clipPath>`);
    return `url(#${id})`;
  }

  toString(): string {
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
      `<defs>${this.defs.join('')}</defs>${this.parts.join('')}</svg>`
    );
  }
}

function stopsSvg(stops: Stop[]): string {
  return stops
    .map((s, i) => {
      const [color, offset, opacity] = typeof s === 'string' ? [s, i / Math.max(1, stops.length - 1)] : s;
      const op = opacity === undefined ? '' : ` stop-opacity="${opacity}"`;
      return `<stop offset="${f(offset)}" stop-color="${color}"${op}/>`;
    })
    .join('');
}

// ---- Primitive shapes -------------------------------------------------------------------

export const rect = (x: number, y: number, w: number, h: number, fill: string, extra = ''): string =>
  `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`;

export const circle = (cx: number, cy: number, r: number, fill: string, extra = ''): string =>
  `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`;

export const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra = ''): string =>
  `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`;

export const path = (d: string, fill: string, extra = ''): string =>
  `<path d="${d}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`;

export const poly = (pts: number[], fill: string, extra = ''): string =>
  `<polygon points="${pts.map(f).join(' ')}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`;

export const line = (
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  stroke: string,
  width: number,
  extra = '',
) =>
  `<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="${stroke}" stroke-width="${f(width)}" stroke-linecap="round"${extra ? ` ${extra}` : ''}/>`;

export const group = (content: string, extra: string): string => `<g ${extra}>${content}</g>`;

/** A smooth closed-at-the-bottom path through points (Catmull-Rom turned into Béziers). */
export function smoothArea(pts: [number, number][], bottom: number): string {
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  return `M${f(first[0])},${f(bottom)} L${f(first[0])},${f(first[1])} ${smoothCurve(pts)} L${f(last[0])},${f(bottom)} Z`;
}

/** Béziers through the points (without the initial moveto). */
export function smoothCurve(pts: [number, number][]): string {
  let d = '';
  for (let i = 0; i < pts.length - 1; i++) {
    const p0 = pts[Math.max(0, i - 1)]!;
    const p1 = pts[i]!;
    const p2 = pts[i + 1]!;
    const p3 = pts[Math.min(pts.length - 1, i + 2)]!;
    const c1x = p1[0] + (p2[0] - p0[0]) / 6;
    const c1y = p1[1] + (p2[1] - p0[1]) / 6;
    const c2x = p2[0] - (p3[0] - p1[0]) / 6;
    const c2y = p2[1] - (p3[1] - p1[1]) / 6;
    d += `C${f(c1x)},${f(c1y)} ${f(c2x)},${f(c2y)} ${f(p2[0])},${f(p2[1])} `;
  }
  return d;
}

// ---- Landscape ----------------------------------------------------------------------------

/** Full-canvas sky gradient. */
export function sky(s: Scene, stops: Stop[], height = H): void {
  s.add(rect(0, 0, W, height, s.lin(stops)));
}

/** A sun (or moon) with a soft glow. */
export function sun(s: Scene, x: number, y: number, r: number, color = '#fff4c8', glow = '#ffe39a'): void {
  s.add(
    circle(
      x,
      y,
      r * 3.2,
      s.rad([
        [glow, 0, 0.55],
        [glow, 1, 0],
      ]),
    ),
  );
  s.add(circle(x, y, r, color));
}

/** A fluffy flat cloud made of overlapping circles on a flat base. */
export function cloud(s: Scene, x: number, y: number, size: number, fill = '#ffffff', opacity = 0.9): void {
  const n = s.int(3, 5);
  let c = '';
  for (let i = 0; i < n; i++) {
    const cx = x + (i - (n - 1) / 2) * size * 0.55;
    const r = size * (0.35 + s.rnd() * 0.3) * (i === 0 || i === n - 1 ? 0.75 : 1);
    c += circle(cx, y - r * 0.45, r, fill);
  }
  c += rect(
    x - (n / 2) * size * 0.55,
    y - size * 0.12,
    n * size * 0.55,
    size * 0.3,
    fill,
    `rx="${f(size * 0.15)}"`,
  );
  s.add(group(c, `opacity="${opacity}"`));
}

export function clouds(
  s: Scene,
  count: number,
  yMin: number,
  yMax: number,
  fill = '#ffffff',
  opacity = 0.9,
): void {
  for (let i = 0; i < count; i++) {
    const x = ((i + 0.2 + s.rnd() * 0.6) / count) * W;
    cloud(s, x, s.rand(yMin, yMax), s.rand(70, 130), fill, opacity);
  }
}

/** A ridge of hills across the canvas: base y, amplitude, number of bumps. */
export function ridge(
  s: Scene,
  base: number,
  amp: number,
  bumps: number,
  fill: string,
  opts: { bottom?: number; extra?: string; x0?: number; x1?: number } = {},
): void {
  const x0 = opts.x0 ?? -60;
  const x1 = opts.x1 ?? W + 60;
  const pts: [number, number][] = [];
  const n = bumps * 2 + 1;
  for (let i = 0; i <= n; i++) {
    const x = x0 + ((x1 - x0) * i) / n + s.rand(-0.2, 0.2) * ((x1 - x0) / n);
    const peak = i % 2 === 1;
    pts.push([x, base - (peak ? amp * s.rand(0.55, 1) : amp * s.rand(0, 0.3))]);
  }
  s.add(path(smoothArea(pts, opts.bottom ?? H), fill, opts.extra ?? ''));
}

/** Pointed mountains (sharper than ridge). */
export function mountains(
  s: Scene,
  base: number,
  amp: number,
  count: number,
  fill: string,
  extra = '',
): void {
  let d = `M-20,${H} L-20,${f(base)} `;
  const step = (W + 40) / count;
  for (let i = 0; i < count; i++) {
    const x = -20 + step * i;
    const px = x + step * s.rand(0.35, 0.65);
    const py = base - amp * s.rand(0.55, 1);
    d += `Q${f(px - step * 0.15)},${f(py + amp * 0.1)} ${f(px)},${f(py)} Q${f(px + step * 0.2)},${f(py + amp * 0.15)} ${f(x + step)},${f(base - amp * s.rand(0, 0.25))} `;
  }
  s.add(path(`${d}L${W + 20},${H} Z`, fill, extra));
}

/** A band of water from y to the bottom with horizontal ripple highlights. */
export function water(
  s: Scene,
  y: number,
  top: string,
  bottom: string,
  ripple = '#ffffff',
  bottomY = H,
): void {
  s.add(rect(0, y, W, bottomY - y, s.lin([top, bottom])));
  const n = Math.round((bottomY - y) / 9);
  let r = '';
  for (let i = 0; i < n; i++) {
    const yy = y + 8 + s.rnd() * (bottomY - y - 8);
    const w = 20 + ((yy - y) / (bottomY - y)) * 120 * s.rnd();
    const x = s.rand(-20, W);
    r += line(x, yy, x + w, yy, ripple, 1.5 + ((yy - y) / (bottomY - y)) * 3);
  }
  s.add(group(r, 'opacity="0.35"'));
}

/** Slanted rain streaks over the whole canvas. */
export function rain(s: Scene, count: number, color = '#dfe8f0', opacity = 0.45): void {
  let r = '';
  for (let i = 0; i < count; i++) {
    const x = s.rand(-100, W);
    const y = s.rand(-40, H);
    const len = s.rand(25, 55);
    r += line(x, y, x + len * 0.3, y + len, color, s.rand(1.2, 2.4));
  }
  s.add(group(r, `opacity="${opacity}"`));
}

/** Horizontal haze band to separate landscape layers. */
export function haze(s: Scene, y: number, h: number, color: string, opacity = 0.6): void {
  s.add(
    rect(
      0,
      y - h,
      W,
      h * 2,
      s.lin([
        [color, 0, 0],
        [color, 0.5, opacity],
        [color, 1, 0],
      ]),
    ),
  );
}

/** Simple "V" birds in the sky. */
export function birds(
  s: Scene,
  count: number,
  x: number,
  y: number,
  spread: number,
  color = '#3b4a5a',
): void {
  let b = '';
  for (let i = 0; i < count; i++) {
    const bx = x + s.rand(-spread, spread);
    const by = y + s.rand(-spread * 0.35, spread * 0.35);
    const w = s.rand(9, 16);
    b += path(
      `M${f(bx - w)},${f(by - w * 0.3)} Q${f(bx - w * 0.5)},${f(by - w * 0.5)} ${f(bx)},${f(by)} Q${f(bx + w * 0.5)},${f(by - w * 0.5)} ${f(bx + w)},${f(by - w * 0.3)}`,
      'none',
      `stroke="${color}" stroke-width="2.5" stroke-linecap="round"`,
    );
  }
  s.add(b);
}
