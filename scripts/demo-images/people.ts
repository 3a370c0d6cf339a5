/** People for the demo illustrations: flat figures with hats, poses and things they carry. */
import { circle, ellipse, f, group, line, path, poly, rect } from './kit.ts';
import { star } from './things.ts';

export const SKIN = ['#e8b98f', '#d9a47a', '#c98f63', '#f0c7a0'] as const;
export const HAIR = '#2b2320';
export const HAT = '#ecdcaa';

export interface PersonOpts {
  shirt: string;
  pants?: string;
  skin?: string;
  hat?: 'conical' | 'cap' | 'helmet' | 'hair' | 'bun';
  pose?: 'stand' | 'walk' | 'bend' | 'raise';
  /** Long tunic (áo dài) over trousers. */
  tunic?: boolean;
  /** Something carried: a shoulder pole with two baskets, a bag, a backpack. */
  carry?: 'pole' | 'bag' | 'backpack' | 'basket';
  helmetColor?: string;
  /** Colour of the backpack. */
  bag?: string;
  /** A red Young Pioneers' scarf. */
  scarf?: boolean;
  /** Belt colour (uniforms). */
  belt?: string;
}

/** A flat, front-facing person; (x, y) is between the feet, h the full height. */
export function person(x: number, y: number, h: number, o: PersonOpts): string {
  const u = h;
  const skin = o.skin ?? SKIN[0];
  const pants = o.pants ?? '#3a4452';
  const hipY = y - 0.47 * u;
  const spread = o.pose === 'walk' ? 0.07 : 0.02;
  let legs =
    poly(
      [
        x - 0.095 * u,
        hipY,
        x - 0.005 * u,
        hipY,
        x - 0.02 * u + (spread - 0.02) * u,
        y,
        x - 0.085 * u - spread * u,
        y,
      ],
      pants,
    ) +
    poly(
      [
        x + 0.005 * u,
        hipY,
        x + 0.095 * u,
        hipY,
        x + 0.085 * u + spread * u,
        y,
        x + 0.02 * u - (spread - 0.02) * u,
        y,
      ],
      pants,
    );
  legs += ellipse(x - 0.06 * u - spread * u, y, 0.045 * u, 0.018 * u, '#2a2a2a');
  legs += ellipse(x + 0.06 * u + spread * u, y, 0.045 * u, 0.018 * u, '#2a2a2a');

  const torsoBottom = o.tunic ? y - 0.2 * u : hipY;
  const tw = o.tunic ? 0.14 : 0.1;
  let upper =
    path(
      `M${f(x - 0.125 * u)},${f(y - 0.79 * u)} Q${f(x)},${f(y - 0.87 * u)} ${f(x + 0.125 * u)},${f(y - 0.79 * u)} L${f(x + tw * u)},${f(torsoBottom)} L${f(x - tw * u)},${f(torsoBottom)} Z`,
      o.shirt,
    ) + rect(x - 0.025 * u, y - 0.86 * u, 0.05 * u, 0.05 * u, skin);
  const hx = x;
  const hy = y - 0.915 * u;
  upper += headWithHat(hx, hy, u, skin, o);
  if (o.carry === 'backpack')
    upper =
      rect(x - 0.15 * u, y - 0.78 * u, 0.3 * u, 0.3 * u, o.bag ?? '#d9534f', `rx="${f(0.05 * u)}"`) +
      upper +
      line(x - 0.07 * u, y - 0.8 * u, x - 0.08 * u, y - 0.6 * u, '#2d3436', 0.02 * u) +
      line(x + 0.07 * u, y - 0.8 * u, x + 0.08 * u, y - 0.6 * u, '#2d3436', 0.02 * u);
  if (o.belt) upper += rect(x - 0.105 * u, hipY - 0.03 * u, 0.21 * u, 0.035 * u, o.belt);
  if (o.scarf)
    upper += poly([x - 0.06 * u, y - 0.82 * u, x + 0.06 * u, y - 0.82 * u, x, y - 0.7 * u], '#e53935');

  // Arms (world space).
  let arms = '';
  const aw = 0.055 * u;
  const shoulderY = y - 0.78 * u;
  if (o.pose === 'bend') {
    // Upper body tips forward (to the right) around the hips.
    const rot = `transform="rotate(68 ${f(x)} ${f(hipY)})"`;
    const ang = (68 * Math.PI) / 180;
    const sx = x + Math.sin(ang) * 0.31 * u;
    const sy = hipY - Math.cos(ang) * 0.31 * u;
    arms +=
      line(sx, sy, sx + 0.05 * u, y - 0.12 * u, o.shirt, aw) +
      circle(sx + 0.05 * u, y - 0.1 * u, 0.03 * u, skin);
    return legs + group(upper, rot) + arms;
  }
  const left: [number, number] =
    o.pose === 'walk' ? [x - 0.2 * u, y - 0.5 * u] : [x - 0.155 * u, y - 0.47 * u];
  const right: [number, number] =
    o.pose === 'raise'
      ? [x + 0.2 * u, y - 1.08 * u]
      : o.pose === 'walk'
        ? [x + 0.1 * u, y - 0.46 * u]
        : [x + 0.155 * u, y - 0.47 * u];
  arms +=
    line(x - 0.11 * u, shoulderY, left[0], left[1], o.shirt, aw) + circle(left[0], left[1], 0.03 * u, skin);
  arms +=
    line(x + 0.11 * u, shoulderY, right[0], right[1], o.shirt, aw) +
    circle(right[0], right[1], 0.03 * u, skin);
  let extra = '';
  if (o.carry === 'pole') {
    const py = y - 0.83 * u;
    extra += line(x - 0.45 * u, py, x + 0.45 * u, py, '#8a6a3a', 0.022 * u);
    for (const bx of [x - 0.4 * u, x + 0.4 * u]) {
      extra +=
        line(bx, py, bx - 0.05 * u, y - 0.35 * u, '#6b5430', 3) +
        line(bx, py, bx + 0.05 * u, y - 0.35 * u, '#6b5430', 3);
      extra += path(
        `M${f(bx - 0.11 * u)},${f(y - 0.36 * u)} L${f(bx + 0.11 * u)},${f(y - 0.36 * u)} L${f(bx + 0.08 * u)},${f(y - 0.2 * u)} L${f(bx - 0.08 * u)},${f(y - 0.2 * u)} Z`,
        '#b8893f',
      );
      extra += ellipse(bx, y - 0.37 * u, 0.1 * u, 0.035 * u, '#e0a030');
    }
  }
  if (o.carry === 'bag')
    extra += rect(right[0] - 0.05 * u, right[1], 0.1 * u, 0.12 * u, '#6d4c41', `rx="${f(0.015 * u)}"`);
  if (o.carry === 'basket')
    extra +=
      path(
        `M${f(x - 0.16 * u)},${f(y - 0.62 * u)} L${f(x + 0.16 * u)},${f(y - 0.62 * u)} L${f(x + 0.12 * u)},${f(y - 0.45 * u)} L${f(x - 0.12 * u)},${f(y - 0.45 * u)} Z`,
        '#b8893f',
      ) + ellipse(x, y - 0.63 * u, 0.15 * u, 0.04 * u, '#5c9a3c');
  return legs + upper + arms + extra;
}

function headWithHat(hx: number, hy: number, u: number, skin: string, o: PersonOpts): string {
  let s = circle(hx, hy, 0.075 * u, skin);
  switch (o.hat) {
    case 'conical':
      s += poly([hx - 0.19 * u, hy - 0.02 * u, hx + 0.19 * u, hy - 0.02 * u, hx, hy - 0.17 * u], HAT);
      s += poly(
        [hx, hy - 0.02 * u, hx + 0.19 * u, hy - 0.02 * u, hx, hy - 0.17 * u],
        '#000',
        'opacity="0.08"',
      );
      break;
    case 'cap':
      s += path(
        `M${f(hx - 0.085 * u)},${f(hy - 0.03 * u)} Q${f(hx)},${f(hy - 0.16 * u)} ${f(hx + 0.085 * u)},${f(hy - 0.03 * u)} Z`,
        o.helmetColor ?? '#3f5f2e',
      );
      s += rect(hx - 0.085 * u, hy - 0.045 * u, 0.17 * u, 0.03 * u, '#2e4622');
      s += star(hx, hy - 0.075 * u, 0.022 * u, '#f2c230');
      break;
    case 'helmet':
      s += path(
        `M${f(hx - 0.09 * u)},${f(hy + 0.01 * u)} Q${f(hx - 0.09 * u)},${f(hy - 0.11 * u)} ${f(hx)},${f(hy - 0.11 * u)} Q${f(hx + 0.09 * u)},${f(hy - 0.11 * u)} ${f(hx + 0.09 * u)},${f(hy + 0.01 * u)} Z`,
        o.helmetColor ?? '#f5f5f5',
      );
      break;
    case 'bun':
      s += path(
        `M${f(hx - 0.078 * u)},${f(hy + 0.01 * u)} Q${f(hx)},${f(hy - 0.14 * u)} ${f(hx + 0.078 * u)},${f(hy + 0.01 * u)} Q${f(hx)},${f(hy - 0.05 * u)} ${f(hx - 0.078 * u)},${f(hy + 0.01 * u)} Z`,
        HAIR,
      );
      s += circle(hx + 0.06 * u, hy - 0.06 * u, 0.035 * u, HAIR);
      break;
    default:
      s += path(
        `M${f(hx - 0.078 * u)},${f(hy)} Q${f(hx)},${f(hy - 0.14 * u)} ${f(hx + 0.078 * u)},${f(hy)} Q${f(hx)},${f(hy - 0.05 * u)} ${f(hx - 0.078 * u)},${f(hy)} Z`,
        HAIR,
      );
  }
  return s;
}

/** Head-and-shoulders seen from behind (audiences). */
export function backOfHead(x: number, y: number, size: number, shirt: string, hair = HAIR): string {
  return (
    path(
      `M${f(x - size)},${f(y)} Q${f(x - size)},${f(y - size * 0.75)} ${f(x)},${f(y - size * 0.8)} Q${f(x + size)},${f(y - size * 0.75)} ${f(x + size)},${f(y)} Z`,
      shirt,
    ) + circle(x, y - size * 1.05, size * 0.45, hair)
  );
}
