/** Infrastructure scenes: the industrial park, the expressway and the solar farm. */
import {
  circle,
  clouds,
  ellipse,
  f,
  H,
  line,
  mountains,
  path,
  poly,
  rect,
  ridge,
  type Scene,
  sky,
  sun,
  W,
} from './kit.ts';
import { person, SKIN } from './people.ts';
import { building, car, tree } from './things.ts';

export function industrialPark(s: Scene): void {
  sky(s, ['#79b4e0', '#c2def0', '#eef4f6']);
  sun(s, 250, 140, 45);
  clouds(s, 3, 120, 230);
  mountains(s, 520, 120, 4, '#b7c7d2');
  // Chimneys with steam.
  for (const [x, h] of [
    [560, 300],
    [620, 260],
  ] as const) {
    s.add(
      rect(x, 560 - h, 34, h, '#d7dde2') +
        rect(x, 560 - h + 20, 34, 14, '#e53935') +
        rect(x, 560 - h + 50, 34, 14, '#e53935'),
    );
    for (let i = 0; i < 4; i++)
      s.add(circle(x + 17 + i * 30, 560 - h - 30 - i * 28, 26 + i * 10, '#ffffff', 'opacity="0.7"'));
  }
  // Sawtooth-roof factory halls.
  const hall = (x: number, y: number, w: number, h: number, wall: string, roof: string): string => {
    let g = rect(x, y - h, w, h, wall);
    const n = Math.round(w / 80);
    for (let i = 0; i < n; i++) {
      const tx = x + (i * w) / n;
      g +=
        poly([tx, y - h, tx + w / n, y - h, tx + w / n, y - h - 38], roof) +
        rect(tx + w / n - 6, y - h - 36, 6, 36, '#a7d3ee');
    }
    for (let i = 0; i < n; i++) g += rect(x + (i * w) / n + 14, y - h + 30, w / n - 28, 18, '#8fb9d6');
    return g + rect(x + w * 0.4, y - 60, w * 0.2, 60, '#9aa7b1');
  };
  s.add(hall(80, 600, 560, 160, '#e9eef2', '#5c7c99') + hall(1000, 610, 520, 180, '#dfe7ec', '#3f6c8f'));
  // Silos and office block.
  for (const x of [700, 770, 840])
    s.add(
      rect(x, 420, 60, 180, '#cfd8dc') +
        ellipse(x + 30, 420, 30, 12, '#eceff1') +
        rect(x + 40, 420, 20, 180, '#000', 'opacity="0.08"'),
    );
  s.add(
    building(s, 880, 600, 140, 300, {
      wall: '#3d6e99',
      win: '#bfe0f5',
      roof: 'flat',
      roofColor: '#2c4f6e',
      rows: 8,
      cols: 3,
    }),
  );
  s.add(rect(0, 600, W, 300, s.lin(['#a9c98f', '#8db774'])));
  s.add(
    poly([700, 600, 900, 600, 1300, 900, 300, 900], '#8a939b') +
      poly([795, 600, 805, 600, 830, 900, 770, 900], '#e8e8e8', 'opacity="0.7"'),
  );
  let t = '';
  for (let x = 20; x < W; x += 70)
    if (x < 640 || x > 960)
      t += tree(s, x, 640 + s.rand(0, 20), s.rand(70, 100), 'round', '#2f7d3c', '#4fa34f');
  s.add(t);
  s.add(car(580, 860, 300, '#1f6fb2', true) + car(920, 730, 200, '#e57a20', true));
  // Pylons.
  for (const [x, h] of [
    [1450, 360],
    [200, 300],
  ] as const)
    s.add(
      poly(
        [x - 30, 900 - 140, x + 30, 900 - 140, x + 6, 900 - 140 - h, x - 6, 900 - 140 - h],
        'none',
        'stroke="#6d7b86" stroke-width="4"',
      ) + line(x - 50, 900 - 140 - h + 40, x + 50, 900 - 140 - h + 40, '#6d7b86', 5),
    );
}

export function highway(s: Scene): void {
  sky(s, ['#6cb2e6', '#b9ddf3', '#eaf5f4']);
  sun(s, 1200, 150, 50);
  clouds(s, 3, 110, 220);
  mountains(s, 440, 140, 5, '#a8bfcf');
  ridge(s, 470, 60, 4, '#85b06e');
  s.add(rect(0, 470, W, 430, s.lin(['#8fbf6b', '#6da653'])));
  const vx = 800;
  const vy = 440;
  const at = (x: number, y: number) => vx + (x - vx) * ((y - vy) / (H - vy));
  s.add(poly([at(-300, 470), 470, at(1900, 470), 470, at(1900, H), H, at(-300, H), H], '#646b73'));
  s.add(poly([at(780, 470), 470, at(820, 470), 470, at(820, H), H, at(780, H), H], '#c9cdd1'));
  for (const lx of [-300, 1900]) s.add(line(at(lx, 470), 470, at(lx, H), H, '#f4f1e8', 6));
  for (const lx of [240, 520, 1080, 1360]) {
    let d = '';
    for (let k = 0; k < 14; k++) {
      const y0 = 470 + (H - 470) * (k / 14) ** 1.6;
      const y1 = 470 + (H - 470) * ((k + 0.5) / 14) ** 1.6;
      d += line(at(lx, y0), y0, at(lx, y1), y1, '#f4f1e8', 1 + ((y0 - 470) / 430) * 7);
    }
    s.add(d);
  }
  // Overpass.
  s.add(
    rect(0, 500, W, 26, '#d9dde1') +
      rect(0, 526, W, 8, '#9aa3ab') +
      rect(420, 534, 26, 40, '#c0c6cc') +
      rect(1150, 534, 26, 40, '#c0c6cc'),
  );
  s.add(car(300, 500, 60, '#e74c3c') + car(1200, 500, 90, '#3f51b5', true));
  // Cars (seen from behind / front) in perspective.
  const carAt = (lx: number, y: number, color: string) => {
    const k = (y - vy) / (H - vy);
    const x = at(lx, y);
    const w = 230 * k;
    const h = 140 * k;
    return (
      path(
        `M${f(x - w * 0.35)},${f(y - h * 0.55)} L${f(x - w * 0.28)},${f(y - h)} L${f(x + w * 0.28)},${f(y - h)} L${f(x + w * 0.35)},${f(y - h * 0.55)} Z`,
        color,
      ) +
      poly(
        [
          x - w * 0.28,
          y - h * 0.6,
          x - w * 0.23,
          y - h * 0.93,
          x + w * 0.23,
          y - h * 0.93,
          x + w * 0.28,
          y - h * 0.6,
        ],
        '#2e3a46',
      ) +
      rect(x - w / 2, y - h * 0.6, w, h * 0.45, color, `rx="${f(h * 0.1)}"`) +
      rect(x - w * 0.44, y - h * 0.5, w * 0.16, h * 0.1, '#ff5252') +
      rect(x + w * 0.28, y - h * 0.5, w * 0.16, h * 0.1, '#ff5252') +
      rect(x - w * 0.45, y - h * 0.15, w * 0.15, h * 0.15, '#263238') +
      rect(x + w * 0.3, y - h * 0.15, w * 0.15, h * 0.15, '#263238')
    );
  };
  s.add(
    carAt(380, 560, '#f5f5f5') +
      carAt(1220, 600, '#2e86c1') +
      carAt(660, 700, '#c0392b') +
      carAt(100, 800, '#f1c40f') +
      carAt(1500, 760, '#7f8c8d'),
  );
  // Blank green sign gantry.
  s.add(
    line(at(-330, 620), 620, at(-330, 620), 380, '#9e9e9e', 8) +
      rect(at(-330, 620) - 10, 380, 260, 80, '#1e8449', 'rx="6"') +
      rect(at(-330, 620) + 2, 392, 236, 56, 'none', 'stroke="#ffffff" stroke-width="3" rx="4"'),
  );
  for (const [x, y, h] of [
    [60, 650, 200],
    [1530, 640, 220],
    [1400, 560, 120],
  ] as const)
    s.add(tree(s, x, y, h, 'round', '#2f7d3c', '#4fa34f'));
}

export function solarFarm(s: Scene): void {
  sky(s, ['#3d8fd6', '#8cc6ef', '#e3f3fb']);
  sun(s, 1300, 140, 60);
  clouds(s, 3, 150, 260);
  ridge(s, 470, 90, 4, '#9dbb8a');
  // Wind turbines on the ridge.
  for (const [x, y, h] of [
    [260, 420, 170],
    [420, 440, 130],
    [1500, 430, 150],
  ] as const) {
    let t = poly([x - 4, y, x + 4, y, x + 2, y - h, x - 2, y - h], '#f4f6f8');
    for (let i = 0; i < 3; i++) {
      const a = s.rand(0, 1) + (i * Math.PI * 2) / 3;
      t += line(x, y - h, x + Math.cos(a) * h * 0.45, y - h + Math.sin(a) * h * 0.45, '#f4f6f8', 5);
    }
    s.add(t + circle(x, y - h, 6, '#dfe5ea'));
  }
  s.add(rect(0, 470, W, 430, s.lin(['#9cc978', '#6fa85a'])));
  const rows = [505, 535, 572, 618, 678, 756, 860];
  rows.forEach((y, k) => {
    const sc = 0.3 + k * 0.3;
    const ph = 38 * sc;
    const skew = 22 * sc;
    let r = '';
    const x0 = 40 - k * 60;
    const x1 = W - 40 + k * 60;
    for (let x = x0; x < x1; x += 120 * sc)
      r += line(x + skew * 0.3, y, x + skew * 0.3, y + ph * 0.75, '#6c7a86', 3 * sc);
    r += poly([x0 + skew, y - ph, x1 + skew, y - ph, x1, y, x0, y], s.lin(['#2d5aa8', '#163b7a']));
    for (let x = x0; x < x1; x += 60 * sc) r += line(x + skew, y - ph, x, y, '#8fb3e8', 1.2 * sc);
    r += line(x0 + skew / 2, y - ph / 2, x1 + skew / 2, y - ph / 2, '#8fb3e8', 1.2 * sc);
    r += poly(
      [x0 + skew, y - ph, x1 + skew, y - ph, x1 + skew * 0.8, y - ph * 0.8, x0 + skew * 0.8, y - ph * 0.8],
      '#ffffff',
      'opacity="0.25"',
    );
    s.add(r);
  });
  s.add(
    person(1340, 880, 130, {
      shirt: '#f28c28',
      pants: '#2d3e50',
      hat: 'helmet',
      helmetColor: '#ffd54f',
      skin: SKIN[1],
    }),
  );
}
