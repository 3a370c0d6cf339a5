/** Countryside scenes: paddies, harvest, hill villages, tea hills and forest. */
import {
  birds,
  clouds,
  ellipse,
  f,
  group,
  H,
  haze,
  line,
  mountains,
  path,
  poly,
  rect,
  ridge,
  type Scene,
  sky,
  smoothArea,
  sun,
  W,
} from './kit.ts';
import { person, SKIN } from './people.ts';
import { tree } from './things.ts';

/** Perspective grid of paddies between y0 and the bottom, vanishing at (vx, vy). */
function paddies(s: Scene, y0: number, vx: number, vy: number, colors: string[], dyke: string): void {
  const rows = 7;
  const cols = 9;
  const ys = Array.from({ length: rows + 1 }, (_, k) => y0 + (H - y0) * (k / rows) ** 1.7);
  const xb = Array.from({ length: cols + 1 }, (_, j) => -1400 + (j * 4400) / cols + s.rand(-80, 80));
  const at = (x: number, y: number) => vx + (x - vx) * ((y - vy) / (H - vy));
  let g = '';
  for (let k = 0; k < rows; k++)
    for (let j = 0; j < cols; j++) {
      const [ya, yb] = [ys[k]!, ys[k + 1]!];
      const c = s.pick(colors);
      g += poly([at(xb[j]!, ya), ya, at(xb[j + 1]!, ya), ya, at(xb[j + 1]!, yb), yb, at(xb[j]!, yb), yb], c);
      const wet = c === colors[colors.length - 1];
      const n = 7;
      for (let i = 1; i < n; i++) {
        const xx = xb[j]! + ((xb[j + 1]! - xb[j]!) * i) / n;
        const dash = wet ? `stroke-dasharray="${f(2 + k * 2)} ${f(3 + k * 3)}"` : 'opacity="0.5"';
        g += line(
          at(xx, ya + 3),
          ya + 3,
          at(xx, yb - 3),
          yb - 3,
          wet ? '#5fa04a' : '#5a9e3c',
          1 + k * 0.9,
          dash,
        );
      }
    }
  for (let k = 1; k < rows; k++) g += line(-10, ys[k]!, W + 10, ys[k]!, dyke, 1 + k * 1.6);
  for (let j = 1; j < cols; j++) g += line(at(xb[j]!, y0), y0, at(xb[j]!, H), H, dyke, 4);
  s.add(g);
}

export function riceField(s: Scene): void {
  sky(s, ['#8fc9ee', '#cfe9f7', '#f4f1dc']);
  sun(s, 1250, 170, 55);
  clouds(s, 4, 120, 260);
  mountains(s, 470, 150, 5, '#9bb7c9');
  ridge(s, 480, 50, 4, '#7da36a');
  let trees = '';
  for (let x = -20; x < W + 40; x += s.rand(28, 60))
    trees += tree(s, x, 492, s.rand(50, 95), 'round', '#3f7a3a', '#5e9c45');
  s.add(trees);
  paddies(s, 490, 800, 300, ['#7fc24e', '#92d05a', '#6db544', '#a8d867', '#8fc7c9'], '#c8d99a');
  const farmers: [number, number, number][] = [
    [420, 640, 110],
    [560, 610, 90],
    [1080, 700, 150],
    [1250, 655, 120],
  ];
  let p = '';
  for (const [x, y, h] of farmers)
    p += person(x, y, h, {
      shirt: s.pick(['#5b7fa6', '#8c5a8e', '#4e8a76', '#c0684a']),
      pants: '#2f3640',
      hat: 'conical',
      pose: 'bend',
      skin: s.pick(SKIN),
    });
  s.add(p);
  birds(s, 5, 500, 260, 120, '#ffffff');
}

export function farmers(s: Scene): void {
  sky(s, ['#f6c98a', '#f9e3b4', '#fdf3d8']);
  sun(s, 300, 260, 70, '#fff6d5', '#ffd27a');
  mountains(s, 470, 120, 4, '#c9b59a');
  ridge(s, 500, 30, 6, '#7f9a55');
  // Golden field with a stubble texture.
  s.add(rect(0, 500, W, 400, s.lin(['#e9c25b', '#d9a83a', '#c48e2a'])));
  let tex = '';
  for (let i = 0; i < 700; i++) {
    const y = s.rand(505, H);
    const x = s.rand(0, W);
    const l = 4 + ((y - 500) / 400) * 22;
    tex += line(
      x,
      y,
      x + s.rand(-3, 3),
      y - l,
      s.pick(['#f3d478', '#b98224', '#e7b94c']),
      1 + ((y - 500) / 400) * 2.5,
    );
  }
  s.add(group(tex, 'opacity="0.7"'));
  // Combine harvester in the middle distance.
  const hx = 1000;
  const hy = 575;
  s.add(
    rect(hx, hy - 70, 170, 55, '#d84a2b', 'rx="8"') +
      rect(hx + 110, hy - 120, 60, 52, '#e0e6ea', 'rx="6"') +
      rect(hx + 118, hy - 112, 44, 26, '#8fc3de') +
      rect(hx - 70, hy - 40, 80, 26, '#b23a22') +
      line(hx - 75, hy - 40, hx - 75, hy - 14, '#5d4037', 6) +
      rect(hx + 10, hy - 25, 150, 25, '#37474f', 'rx="12"') +
      line(hx + 20, hy - 70, hx - 30, hy - 110, '#b23a22', 10),
  );
  // Sheaves.
  let sh = '';
  for (let i = 0; i < 9; i++) {
    const x = s.rand(60, W - 60);
    const y = s.rand(620, 700);
    const k = (y - 500) / 300;
    sh += sheaf(x, y, 60 * k);
  }
  s.add(sh);
  const folk =
    person(330, 860, 330, {
      shirt: '#3f6e9a',
      pants: '#263238',
      hat: 'conical',
      pose: 'walk',
      carry: 'pole',
      skin: SKIN[2],
    }) +
    sheaf(780, 562, 110) +
    person(720, 830, 300, {
      shirt: '#b5533c',
      pants: '#2f3640',
      hat: 'conical',
      pose: 'raise',
      skin: SKIN[1],
    }) +
    person(930, 800, 250, {
      shirt: '#6a8f4e',
      pants: '#3a3a3a',
      hat: 'conical',
      pose: 'bend',
      skin: SKIN[0],
    }) +
    person(1330, 870, 340, {
      shirt: '#e8e2d0',
      pants: '#4b3b2f',
      hat: 'conical',
      carry: 'basket',
      skin: SKIN[2],
    });
  s.add(folk);
}

/** A tied bundle of harvested rice standing at (x, y). */
function sheaf(x: number, y: number, h: number): string {
  let g = poly(
    [x - h * 0.2, y, x + h * 0.2, y, x + h * 0.08, y - h * 0.5, x - h * 0.08, y - h * 0.5],
    '#b98a2e',
  );
  for (let i = -3; i <= 3; i++)
    g += line(x, y - h * 0.45, x + i * h * 0.1, y - h * (0.95 - Math.abs(i) * 0.06), '#e2b243', h * 0.07);
  return g + rect(x - h * 0.12, y - h * 0.45, h * 0.24, h * 0.07, '#7a4f1a');
}

export function mountainVillage(s: Scene): void {
  sky(s, ['#a9c8e8', '#f3d9c4', '#fbe9d7']);
  sun(s, 420, 300, 45, '#fff3e0', '#ffd8b0');
  mountains(s, 420, 260, 4, '#a7b5cf');
  haze(s, 430, 50, '#f5e6da', 0.8);
  mountains(s, 520, 240, 5, '#7f96ad');
  haze(s, 530, 50, '#eadfd6', 0.7);
  ridge(s, 600, 180, 3, '#5f8d5a');
  // Terraces on the near slope.
  const hill: [number, number][] = [
    [-60, 560],
    [300, 520],
    [700, 600],
    [1100, 640],
    [1660, 580],
  ];
  const d = smoothArea(hill, H);
  s.add(path(d, '#7fae55'));
  const clip = s.clip(path(d, '#000'));
  let t = '';
  for (let y = 560; y < H + 40; y += 28)
    t += path(
      `M-60,${y} Q400,${y - 60} 800,${y + 30} T1660,${y - 20}`,
      'none',
      `stroke="#a8cc6a" stroke-width="9"`,
    );
  s.add(group(t, `clip-path="${clip}"`));
  // Stilt houses.
  const house = (x: number, y: number, w: number): string => {
    const h = w * 0.35;
    let g = '';
    for (let i = 0; i <= 4; i++) g += rect(x + (i * w) / 4.2, y - h * 0.6, w * 0.04, h * 0.6, '#5b3d24');
    g += rect(x - w * 0.03, y - h * 0.66, w * 1.06, h * 0.08, '#6d4a2d');
    g += rect(x, y - h * 1.4, w, h * 0.76, '#9b6a3e');
    for (let i = 0; i < 3; i++)
      g += rect(x + w * (0.15 + i * 0.28), y - h * 1.2, w * 0.12, h * 0.3, '#4a3020');
    g += poly(
      [
        x - w * 0.12,
        y - h * 1.3,
        x + w * 1.12,
        y - h * 1.3,
        x + w * 0.82,
        y - h * 2.1,
        x + w * 0.18,
        y - h * 2.1,
      ],
      '#8a7a5a',
    );
    g += poly(
      [
        x + w * 0.5,
        y - h * 1.3,
        x + w * 1.12,
        y - h * 1.3,
        x + w * 0.82,
        y - h * 2.1,
        x + w * 0.5,
        y - h * 2.1,
      ],
      '#000',
      'opacity="0.12"',
    );
    return g;
  };
  const spots: [number, number, number][] = [
    [180, 640, 150],
    [470, 600, 120],
    [1180, 700, 190],
    [860, 660, 140],
    [1430, 640, 130],
  ];
  for (const [x, y, w] of spots) {
    s.add(
      path(
        `M${f(x + w * 0.7)},${f(y - w * 0.75)} q-20,-40 10,-80 t-5,-90`,
        'none',
        'stroke="#ffffff" stroke-width="14" stroke-linecap="round" opacity="0.35"',
      ),
    );
    s.add(house(x, y, w));
  }
  let tr = '';
  for (const [x, y, h] of [
    [80, 760, 200],
    [380, 800, 160],
    [1030, 820, 210],
    [1550, 800, 230],
    [700, 860, 140],
  ] as const)
    tr += tree(s, x, y, h, s.pick(['round', 'pine'] as const), '#2f6b3a', '#4b8c45');
  s.add(tr);
  s.add(
    person(560, 860, 150, { shirt: '#1f2a44', pants: '#1f2a44', hat: 'bun', carry: 'basket', skin: SKIN[1] }),
  );
}

export function teaHill(s: Scene): void {
  sky(s, ['#b7dcf2', '#e3f1f4', '#f2f6ea']);
  clouds(s, 3, 110, 200, '#ffffff', 0.8);
  mountains(s, 380, 160, 5, '#b3c7d3');
  haze(s, 390, 40, '#f2f6ea', 0.8);
  const dome = (cx: number, base: number, rx: number, top: number, dark: string, light: string): void => {
    const d = `M${f(cx - rx)},${f(base)} C${f(cx - rx * 0.6)},${f(top)} ${f(cx + rx * 0.6)},${f(top)} ${f(cx + rx)},${f(base)} Z`;
    s.add(path(d, dark));
    const clip = s.clip(path(d, '#000'));
    let rows = '';
    const hgt = base - top;
    for (let y = top + 10; y < base + 60; y += hgt / 11) {
      const k = Math.min(1, (y - top + 40) / hgt);
      const w = rx * (0.4 + 0.7 * Math.sqrt(k));
      const d = `M${f(cx - w)},${f(y - 20)} Q${f(cx)},${f(y + w * 0.22)} ${f(cx + w)},${f(y - 20)}`;
      rows += path(
        d,
        'none',
        `stroke="#2a5e2c" stroke-width="${f(hgt / 22)}" transform="translate(0 ${f(hgt / 45)})" opacity="0.5"`,
      );
      rows += path(d, 'none', `stroke="${light}" stroke-width="${f(hgt / 22)}" stroke-linecap="round"`);
      rows += path(
        d,
        'none',
        `stroke="#9bd16a" stroke-width="${f(hgt / 80)}" stroke-dasharray="${f(hgt / 30)} ${f(hgt / 20)}" transform="translate(0 ${f(-hgt / 90)})" opacity="0.7"`,
      );
    }
    s.add(group(rows, `clip-path="${clip}"`));
  };
  s.add(rect(0, 560, W, H - 560, '#3f7d3a'));
  dome(350, 640, 520, 340, '#3f7d3a', '#67a84a');
  dome(1250, 620, 560, 320, '#46853d', '#72b350');
  dome(800, 900, 900, 470, '#3a7436', '#6cad4b');
  let pickers = '';
  const spots: [number, number, number][] = [
    [520, 690, 120],
    [700, 660, 100],
    [980, 720, 140],
    [1180, 800, 190],
    [380, 820, 180],
  ];
  for (const [x, y, h] of spots)
    pickers +=
      person(x, y, h, {
        shirt: s.pick(['#d6546b', '#3f7fbf', '#e08a3c', '#8e5aa8']),
        hat: 'conical',
        carry: 'basket',
        pants: '#2d3436',
        skin: s.pick(SKIN),
      }) +
      path(
        `M${f(x - h * 0.6)},${f(y + 4)} Q${f(x - h * 0.55)},${f(y - h * 0.42)} ${f(x)},${f(y - h * 0.4)} Q${f(x + h * 0.55)},${f(y - h * 0.42)} ${f(x + h * 0.6)},${f(y + 4)} Z`,
        '#5fa646',
      ) +
      path(
        `M${f(x - h * 0.5)},${f(y - h * 0.3)} Q${f(x)},${f(y - h * 0.46)} ${f(x + h * 0.5)},${f(y - h * 0.3)}`,
        'none',
        `stroke="#8ccc5e" stroke-width="${f(h * 0.04)}" stroke-dasharray="${f(h * 0.05)} ${f(h * 0.07)}" stroke-linecap="round"`,
      );
  s.add(pickers);
  s.add(
    tree(s, 1480, 560, 160, 'round', '#2e6630', '#4c8f3e') +
      tree(s, 120, 560, 130, 'round', '#2e6630', '#4c8f3e'),
  );
}

export function forest(s: Scene): void {
  sky(s, ['#cfe8d8', '#eaf5e0', '#f7f3d6']);
  sun(s, 1150, 120, 60, '#fffbe8', '#fff0b0');
  const layers: [number, string, string, number][] = [
    [520, '#9cc3a4', '#b2d3b4', 90],
    [600, '#6fa37a', '#87b98c', 140],
    [700, '#3f7d52', '#55956a', 220],
  ];
  for (const [base, dark, light, size] of layers) {
    s.add(rect(0, base - 5, W, H - base + 5, dark));
    let t = '';
    for (let x = -40; x < W + 60; x += size * s.rand(0.3, 0.5))
      t += tree(
        s,
        x,
        base + s.rand(0, 30),
        size * s.rand(0.9, 1.6),
        s.pick(['pine', 'pine', 'round', 'cone'] as const),
        dark,
        light,
      );
    s.add(t);
    haze(s, base, 40, '#eef7e6', 0.35);
  }
  // Light shafts.
  let rays = '';
  for (let i = 0; i < 5; i++) {
    const x = 900 + i * 130;
    rays += poly([x, -10, x + 60, -10, x - 380, H, x - 520, H], '#fffbe0');
  }
  s.add(group(rays, 'opacity="0.16"'));
  // Stream.
  s.add(
    path(
      'M760,720 C820,760 700,800 760,840 S980,880 1040,910 L600,910 C640,860 540,820 600,780 S720,740 760,720 Z',
      s.lin(['#9fd3e6', '#5ea9c9']),
    ),
  );
  s.add(ferns(s));
  s.add(
    person(1220, 860, 170, {
      shirt: '#51703b',
      pants: '#3b4a2a',
      hat: 'cap',
      helmetColor: '#51703b',
      pose: 'walk',
      skin: SKIN[2],
    }),
  );
  let front = '';
  front +=
    tree(s, 110, 920, 720, 'pine', '#234d34', '#2f6544') +
    tree(s, 1500, 930, 640, 'pine', '#234d34', '#2f6544');
  for (let i = 0; i < 16; i++) {
    const x = s.rand(0, W);
    const r = s.rand(25, 55);
    front += ellipse(x, H - s.rand(0, 25), r * 1.6, r, s.pick(['#2d6a3e', '#3c7f4a', '#4f9254']));
  }
  s.add(front);
}

function ferns(s: Scene): string {
  let ferns = '';
  for (let i = 0; i < 30; i++) {
    const x = s.rand(0, W);
    const y = s.rand(760, H);
    for (let k = -2; k <= 2; k++) ferns += line(x, y, x + k * 14, y - 40 + Math.abs(k) * 10, '#5da05a', 5);
  }
  return ferns;
}
