/** Town scenes: a shopping street, the school, the hospital and the market. */
import { circle, clouds, ellipse, f, line, path, poly, rect, ridge, type Scene, sky, sun, W } from './kit.ts';
import { person, SKIN } from './people.ts';
import { car, flag, motorbike, skyline, tree } from './things.ts';

const SHIRTS = ['#3f7fbf', '#d6546b', '#e0a03c', '#4e8a76', '#8e5aa8', '#f2f2f2', '#c0684a'] as const;

export function cityStreet(s: Scene): void {
  sky(s, ['#7fbfe8', '#cbe7f5', '#f3efe0']);
  clouds(s, 3, 90, 180);
  s.add(skyline(s, -20, W + 20, 420, 150, 330, ['#b9c7d6', '#c8d3de', '#a9b9c9'], '#dbe6ef'));
  // A row of narrow tube houses with balconies and shop awnings.
  const colors = ['#f2c14e', '#e98a6b', '#8cc5b8', '#f3e3c3', '#c9a7d6', '#9bc1e6', '#f4a6a6', '#b7d48b'];
  let x = -30;
  while (x < W + 30) {
    const w = s.rand(120, 170);
    const floors = s.int(3, 5);
    const fh = 72;
    const top = 690 - floors * fh;
    const wall = s.pick(colors);
    let g =
      rect(x, top, w, 690 - top, wall) +
      rect(x - 4, top - 12, w + 8, 12, wall) +
      rect(x - 4, top - 12, w + 8, 12, '#000', 'opacity="0.15"');
    for (let i = 1; i < floors; i++) {
      const fy = top + i * fh - fh;
      g +=
        rect(x + w * 0.18, fy + 16, w * 0.64, fh * 0.5, '#5d7f99') +
        rect(x + w * 0.18, fy + 16, w * 0.31, fh * 0.5, '#7fa3bd');
      g += rect(x + w * 0.1, fy + fh * 0.72, w * 0.8, 5, '#ffffff', 'opacity="0.8"');
      for (let k = 0; k < 6; k++)
        g += line(
          x + w * (0.13 + k * 0.148),
          fy + fh * 0.72,
          x + w * (0.13 + k * 0.148),
          fy + fh - 2,
          '#ffffff',
          2,
          'opacity="0.8"',
        );
      if (s.rnd() < 0.6) g += ellipse(x + w * s.rand(0.2, 0.8), fy + fh * 0.7, 16, 9, '#4f9a4a');
    }
    const shop = 690 - fh;
    g += rect(x + w * 0.08, shop + 22, w * 0.84, fh - 22, '#3b3f46');
    const aw = s.pick(['#d9534f', '#2e86c1', '#27ae60', '#f39c12']);
    g += poly(
      [x + w * 0.02, shop + 6, x + w * 0.98, shop + 6, x + w * 1.04, shop + 32, x - w * 0.04, shop + 32],
      aw,
    );
    for (let k = 0; k < 6; k += 2)
      g += poly(
        [
          x + w * (0.02 + k * 0.16),
          shop + 6,
          x + w * (0.18 + k * 0.16),
          shop + 6,
          x + w * (0.18 + k * 0.165),
          shop + 32,
          x + w * (0.0 + k * 0.165),
          shop + 32,
        ],
        '#ffffff',
        'opacity="0.35"',
      );
    g += rect(x + w * 0.92, top, 6, 690 - top, '#000', 'opacity="0.12"');
    s.add(g);
    x += w;
  }
  // Power lines.
  s.add(
    path('M-10,430 Q400,480 820,440 T1620,450', 'none', 'stroke="#37474f" stroke-width="2"') +
      path('M-10,450 Q400,500 820,462 T1620,472', 'none', 'stroke="#37474f" stroke-width="2"'),
  );
  s.add(
    rect(0, 690, W, 50, '#c9c3b6') +
      rect(0, 690, W, 6, '#a59e91') +
      rect(0, 740, W, 160, '#5b6168') +
      rect(0, 740, W, 8, '#e0dcd2'),
  );
  let dash = '';
  for (let dx = 20; dx < W; dx += 120) dash += rect(dx, 818, 60, 6, '#f4f1e8');
  s.add(dash);
  for (const tx of [150, 620, 1100, 1520]) s.add(tree(s, tx, 735, 250, 'round', '#2f7d3c', '#4fa34f'));
  const bikes = [
    [260, 800],
    [520, 885],
    [900, 800],
    [1180, 880],
    [1400, 805],
  ] as const;
  for (const [bx, by] of bikes)
    s.add(
      motorbike(
        bx,
        by,
        s.rand(110, 130),
        s.pick(['#c0392b', '#2c3e50', '#e67e22', '#16a085']),
        s.pick(SHIRTS),
        s.pick(['#e74c3c', '#f1c40f', '#3498db', '#ecf0f1']),
      ),
    );
  s.add(car(620, 880, 230, '#e8e8e8'));
  s.add(
    person(980, 720, 90, { shirt: '#d6546b', hat: 'conical', carry: 'pole', pose: 'walk', skin: SKIN[1] }),
  );
}

export function school(s: Scene): void {
  sky(s, ['#6fb8ea', '#bfe2f5', '#eef7fb']);
  sun(s, 1420, 130, 50);
  clouds(s, 3, 120, 220);
  ridge(s, 520, 40, 5, '#8fbf78');
  const bx = 300;
  const bw = 1000;
  const top = 230;
  const base = 600;
  let g = rect(bx, top, bw, base - top, '#f3d27a');
  const floors = 3;
  const fh = (base - top) / floors;
  for (let i = 0; i < floors; i++) {
    const y = top + i * fh;
    for (let c = 0; c < 12; c++) {
      const wx = bx + 30 + c * ((bw - 60) / 12);
      if (c === 5 || c === 6) continue;
      g +=
        rect(wx + 10, y + 22, (bw - 60) / 12 - 20, fh * 0.5, '#fdf6e3') +
        rect(wx + 14, y + 26, (bw - 60) / 12 - 28, fh * 0.5 - 8, '#5c8fb8');
    }
    g += rect(bx, y + fh - 22, bw, 10, '#e6b94e') + rect(bx, y + fh - 12, bw, 12, '#fff7e0');
  }
  g += poly([bx - 30, top, bx + bw + 30, top, bx + bw, top - 50, bx, top - 50], '#c0513a');
  // Central stair tower with a gable.
  g +=
    rect(bx + bw / 2 - 90, top - 60, 180, base - top + 60, '#f6dd95') +
    poly([bx + bw / 2 - 110, top - 60, bx + bw / 2, top - 140, bx + bw / 2 + 110, top - 60], '#c0513a');
  g += circle(bx + bw / 2, top - 88, 22, '#fdf6e3') + circle(bx + bw / 2, top - 88, 15, '#d9534f');
  g +=
    rect(bx + bw / 2 - 50, base - 120, 100, 120, '#8a5a3c') +
    rect(bx + bw / 2 - 44, base - 114, 88, 114, '#6f4630');
  s.add(g);
  s.add(rect(0, 600, W, 300, s.lin(['#e4dccb', '#d3c8b2'])));
  let hedge = '';
  for (let x = bx + 20; x < bx + bw; x += 46)
    if (Math.abs(x - 800) > 80) hedge += ellipse(x, 602, 30, 18, s.pick(['#4f9a4a', '#5fae55']));
  s.add(hedge);
  s.add(flag(800, 760, 300, 120));
  s.add(ellipse(800, 762, 46, 12, '#b8ac95'));
  s.add(tree(s, 150, 700, 380, 'flame') + tree(s, 1460, 720, 400, 'flame'));
  let kids = '';
  const spots = [
    [380, 790],
    [460, 820],
    [560, 770],
    [1020, 800],
    [1120, 840],
    [1230, 780],
    [660, 860],
    [930, 880],
  ] as const;
  for (const [x, y] of spots)
    kids += person(x, y, s.rand(120, 150) * (y / 800), {
      shirt: '#ffffff',
      pants: s.pick(['#1f3a68', '#1f3a68', '#2d4a7a']),
      hat: s.pick(['hair', 'bun'] as const),
      carry: 'backpack',
      bag: s.pick(['#3f7fbf', '#e67e22', '#8e44ad', '#d9534f']),
      scarf: true,
      pose: s.pick(['walk', 'stand', 'raise'] as const),
      skin: s.pick(SKIN),
    });
  s.add(kids);
}

/** A white cross on a coloured disc, the usual clinic sign. */
const crossSign = (x: number, y: number, r: number, bg: string) =>
  circle(x, y, r, bg) +
  rect(x - r * 0.18, y - r * 0.6, r * 0.36, r * 1.2, '#fff') +
  rect(x - r * 0.6, y - r * 0.18, r * 1.2, r * 0.36, '#fff');

export function hospital(s: Scene): void {
  sky(s, ['#8cc8ee', '#d3ecf8', '#f4fafc']);
  clouds(s, 3, 110, 210);
  ridge(s, 560, 40, 5, '#a7cf9a');
  const wing = (x: number, w: number, h: number): string => {
    let g = rect(x, 640 - h, w, h, '#f7f9fb');
    const rows = Math.floor(h / 55);
    for (let r = 0; r < rows; r++) g += rect(x + 14, 640 - h + 24 + r * 55, w - 28, 26, '#5fb0c9');
    for (let c = 1; c < w / 70; c++) g += rect(x + c * 70, 640 - h + 18, 4, rows * 55, '#f7f9fb');
    return g + rect(x, 640 - h - 10, w, 12, '#2f9aa8');
  };
  s.add(wing(180, 420, 300) + wing(1000, 420, 300) + wing(560, 480, 460));
  s.add(
    rect(1000 + 380, 340, 40, 300, '#000', 'opacity="0.06"') +
      rect(560 + 440, 180, 40, 460, '#000', 'opacity="0.06"'),
  );
  s.add(crossSign(800, 250, 48, '#d93a3a'));
  // Entrance canopy.
  s.add(
    rect(650, 560, 300, 80, '#bfe3ee') +
      rect(620, 540, 360, 24, '#2f9aa8') +
      rect(640, 564, 10, 76, '#9fb3bd') +
      rect(950, 564, 10, 76, '#9fb3bd'),
  );
  s.add(rect(0, 640, W, 260, s.lin(['#cfd6dc', '#b5bec6'])) + rect(0, 760, W, 140, '#8f99a3'));
  for (const tx of [90, 520, 1060, 1520]) s.add(tree(s, tx, 690, 220, 'round', '#3a8a4a', '#5fb05a'));
  // Ambulance.
  const ax = 980;
  const ay = 850;
  s.add(
    rect(ax, ay - 150, 250, 125, '#ffffff', 'rx="10"') +
      path(
        `M${ax + 250},${ay - 110} L${ax + 320},${ay - 110} L${ax + 350},${ay - 70} L${ax + 350},${ay - 25} L${ax + 250},${ay - 25} Z`,
        '#ffffff',
      ) +
      poly([ax + 262, ay - 102, ax + 315, ay - 102, ax + 338, ay - 72, ax + 262, ay - 72], '#9fd0e8') +
      rect(ax, ay - 75, 350, 16, '#d93a3a') +
      rect(ax + 190, ay - 172, 40, 22, '#3a7fd9', 'rx="5"') +
      crossSign(ax + 120, ay - 110, 26, '#d93a3a') +
      circle(ax + 70, ay - 22, 26, '#263238') +
      circle(ax + 70, ay - 22, 11, '#b0bec5') +
      circle(ax + 290, ay - 22, 26, '#263238') +
      circle(ax + 290, ay - 22, 11, '#b0bec5'),
  );
  s.add(
    person(420, 800, 150, { shirt: '#ffffff', pants: '#ffffff', hat: 'bun', pose: 'walk', skin: SKIN[0] }) +
      person(520, 790, 140, { shirt: '#6fa8dc', pants: '#3d4f63', pose: 'stand', skin: SKIN[2] }) +
      person(300, 830, 160, { shirt: '#8fd3c4', pants: '#8fd3c4', hat: 'hair', skin: SKIN[1] }),
  );
}

export function market(s: Scene): void {
  sky(s, ['#8ec9ec', '#d6eef8', '#f8f3e3']);
  clouds(s, 2, 100, 170);
  // Market hall behind: long tiled roofs.
  s.add(
    rect(100, 330, 1400, 200, '#efe2c6') +
      poly([60, 340, 1540, 340, 1420, 230, 180, 230], '#b5523b') +
      poly([180, 230, 1420, 230, 1380, 200, 220, 200], '#9a4230'),
  );
  for (let i = 0; i < 9; i++) s.add(rect(160 + i * 150, 380, 80, 150, '#7b5a43'));
  s.add(rect(0, 530, W, 370, s.lin(['#d9cdb6', '#c5b69a'])));
  // Umbrella stalls with produce.
  const fruit = ['#f39c12', '#e74c3c', '#f1c40f', '#27ae60', '#8e44ad', '#e67e22', '#c0392b'];
  const stall = (x: number, y: number, k: number, canopy: string): void => {
    const w = 300 * k;
    let g = line(x, y, x, y - 330 * k, '#5d4037', 6 * k);
    g += path(
      `M${f(x - w * 0.62)},${f(y - 280 * k)} Q${f(x)},${f(y - 420 * k)} ${f(x + w * 0.62)},${f(y - 280 * k)} Z`,
      canopy,
    );
    for (let i = -2; i <= 2; i += 2)
      g += path(
        `M${f(x)},${f(y - 350 * k)} L${f(x + i * w * 0.12)},${f(y - 282 * k)} L${f(x + (i + 1) * w * 0.12)},${f(y - 282 * k)} Z`,
        '#ffffff',
        'opacity="0.35"',
      );
    g +=
      rect(x - w / 2, y - 120 * k, w, 20 * k, '#8d6e63') +
      rect(x - w * 0.45, y - 100 * k, 10 * k, 100 * k, '#6d4c41') +
      rect(x + w * 0.45 - 10 * k, y - 100 * k, 10 * k, 100 * k, '#6d4c41');
    for (let b = 0; b < 3; b++) {
      const cx = x - w * 0.32 + b * w * 0.32;
      g += ellipse(cx, y - 122 * k, w * 0.15, 14 * k, '#b8893f');
      const col = s.pick(fruit);
      for (let i = 0; i < 7; i++)
        g += circle(
          cx + (i - 3) * 11 * k,
          y - 132 * k - (i % 2) * 12 * k - (i === 3 ? 14 * k : 0),
          13 * k,
          col,
        );
    }
    s.add(g);
  };
  stall(250, 640, 0.8, '#e74c3c');
  stall(760, 620, 0.75, '#2e86c1');
  stall(1290, 650, 0.85, '#27ae60');
  stall(520, 820, 1.05, '#f39c12');
  stall(1080, 860, 1.1, '#8e44ad');
  // Shoppers and vendors.
  let folk = '';
  const spots = [
    [90, 880, 250],
    [380, 700, 140],
    [880, 720, 150],
    [1450, 880, 260],
    [700, 880, 220],
    [1200, 700, 140],
  ] as const;
  for (const [x, y, h] of spots)
    folk += person(x, y, h, {
      shirt: s.pick(SHIRTS),
      pants: s.pick(['#2d3436', '#4b3b2f', '#1f3a68']),
      hat: s.pick(['conical', 'conical', 'hair', 'bun'] as const),
      carry: s.pick(['bag', 'pole', 'basket', 'bag'] as const),
      pose: s.pick(['walk', 'stand'] as const),
      skin: s.pick(SKIN),
    });
  s.add(folk);
  // Baskets of greens on the ground.
  for (const [x, y] of [
    [300, 870],
    [880, 890],
    [1330, 880],
  ] as const)
    s.add(
      ellipse(x, y, 70, 22, '#a47a3a') +
        ellipse(x, y - 12, 62, 22, '#6ab04c') +
        ellipse(x - 20, y - 20, 20, 10, '#8fd16a'),
    );
}
