/** Scenes by the water: coast, harbour, river bridge and floods. */
import {
  birds,
  cloud,
  clouds,
  ellipse,
  f,
  H,
  line,
  mountains,
  path,
  poly,
  rain,
  rect,
  ridge,
  type Scene,
  sky,
  sun,
  W,
  water,
} from './kit.ts';
import { person, SKIN } from './people.ts';
import { boat, building, car, flag, reflect, skyline, tree } from './things.ts';

export function coastline(s: Scene): void {
  sky(s, ['#5fb3e6', '#a9dcf3', '#e6f6fb']);
  sun(s, 420, 150, 55);
  clouds(s, 4, 110, 250);
  const sea = 470;
  water(s, sea, '#3fb4c9', '#1b7fa6', '#ffffff', H);
  // Limestone islets on the horizon.
  for (const [x, w, h] of [
    [180, 90, 110],
    [290, 60, 70],
    [900, 110, 130],
    [1010, 60, 80],
    [640, 50, 60],
  ] as const)
    s.add(
      path(
        `M${x - w},${sea} C${x - w},${sea - h * 1.1} ${x - w * 0.3},${sea - h * 1.2} ${x},${sea - h} S${x + w},${sea - h * 0.5} ${x + w},${sea} Z`,
        '#6f9a87',
      ),
    );
  // Headland on the right.
  s.add(
    path(
      `M1600,${sea + 160} L1150,${sea + 90} C1200,${sea - 60} 1330,${sea - 160} 1600,${sea - 190} Z`,
      '#6b8a4e',
    ),
  );
  s.add(
    path(
      `M1600,${sea + 160} L1150,${sea + 90} C1190,${sea + 30} 1240,${sea + 10} 1300,${sea + 40} L1600,${sea + 80} Z`,
      '#a58d6b',
    ),
  );
  // Beach and foam.
  const beach = 'M-20,900 L-20,640 C300,700 700,760 1100,800 C1300,820 1500,840 1620,900 Z';
  s.add(path(beach, s.lin(['#f3dfae', '#e8c98a'])));
  s.add(
    path(
      'M-20,632 C300,692 700,752 1100,792 C1300,812 1500,832 1620,892',
      'none',
      'stroke="#ffffff" stroke-width="12" opacity="0.85"',
    ),
  );
  s.add(
    path(
      'M-20,610 C320,670 700,730 1100,770 C1300,790 1500,808 1620,860',
      'none',
      'stroke="#ffffff" stroke-width="5" opacity="0.5"',
    ),
  );
  // Basket boats on the sand and a boat at sea.
  for (const [x, y, r] of [
    [260, 760, 48],
    [400, 790, 40],
    [560, 830, 55],
  ] as const)
    s.add(
      ellipse(x, y, r * 1.2, r * 0.45, '#5a3e26') +
        ellipse(x, y - r * 0.08, r * 1.05, r * 0.33, '#8a6440') +
        ellipse(x, y - r * 0.12, r * 0.8, r * 0.2, '#2f4a6b'),
    );
  s.add(
    path(`M700,560 L820,560 L800,580 L715,580 Z`, '#2f5f8a') +
      line(760, 560, 760, 500, '#4a3526', 3) +
      poly([762, 505, 800, 550, 762, 552], '#f5f0e1'),
  );
  let palms = '';
  for (const [x, y, h] of [
    [60, 780, 330],
    [160, 820, 270],
    [1480, 870, 300],
  ] as const)
    palms += tree(s, x, y, h, 'palm', '#2f7d3c', '#4fa34f');
  s.add(palms);
  birds(s, 4, 1050, 250, 90, '#ffffff');
  cloud(s, 1350, 200, 90, '#ffffff', 0.7);
}

export function harbour(s: Scene): void {
  sky(s, ['#7ab8e3', '#c8e3f2', '#f4efe0']);
  sun(s, 300, 160, 50);
  clouds(s, 3, 100, 200);
  mountains(s, 480, 200, 4, '#8fa9b8');
  ridge(s, 500, 60, 4, '#6f9a7a');
  // Container terminal.
  s.add(rect(0, 470, W, 60, '#b0b7bd'));
  const boxes = ['#c0392b', '#2e86c1', '#f39c12', '#27ae60', '#7f8c8d', '#8e44ad'];
  let cont = '';
  for (let x = 860; x < 1560; x += 72)
    for (let k = 0; k < s.int(1, 4); k++) cont += rect(x, 470 - (k + 1) * 34, 70, 32, s.pick(boxes));
  s.add(cont);
  for (const x of [900, 1180, 1440]) {
    s.add(
      line(x, 480, x, 230, '#d84315', 10) +
        line(x + 90, 480, x + 90, 230, '#d84315', 10) +
        line(x - 120, 230, x + 160, 230, '#d84315', 14) +
        line(x, 300, x + 90, 300, '#d84315', 6),
    );
  }
  // Cargo ship at the quay.
  s.add(
    path('M120,530 L760,530 L730,470 L140,470 Z', '#263f5c') +
      rect(140, 455, 590, 16, '#c0392b') +
      rect(620, 380, 90, 75, '#f5f5f5') +
      rect(630, 392, 70, 14, '#5b7c99'),
  );
  for (let x = 180; x < 600; x += 60) s.add(rect(x, 420, 56, 34, s.pick(boxes)));
  const wy = 530;
  water(s, wy, '#5aa7c9', '#1f6d96', '#ffffff');
  const boats: [number, number, number, string, string][] = [
    [60, 620, 260, '#1f5fa8', '#c0392b'],
    [420, 600, 220, '#2e7d32', '#f2c230'],
    [760, 640, 280, '#1565c0', '#e53935'],
    [1150, 610, 240, '#c62828', '#1565c0'],
    [200, 800, 420, '#0d47a1', '#e53935'],
    [900, 820, 460, '#1e88e5', '#f2c230'],
  ];
  for (const [x, y, l, hull, stripe] of boats) {
    const flip = s.rnd() < 0.4;
    const b =
      boat(x, y, l, hull, stripe, flip) +
      flag(x + l * (flip ? 0.35 : 0.65), y - l * 0.72, l * 0.06, l * 0.12, 0.05);
    s.add(reflect(b, y + l * 0.05, 0.2) + b);
  }
  birds(s, 6, 650, 250, 140, '#ffffff');
}

export function riverBridge(s: Scene): void {
  sky(s, ['#6a8fd0', '#f0a37a', '#fbd49a']);
  sun(s, 1180, 470, 60, '#fff1cc', '#ffc27a');
  const wy = 560;
  s.add(skyline(s, -20, 560, wy, 60, 200, ['#8a7fa8', '#9a8cb0', '#7d7399'], '#f7d9a0'));
  s.add(skyline(s, 1400, W + 20, wy, 60, 170, ['#8a7fa8', '#9a8cb0', '#7d7399'], '#f7d9a0'));
  water(s, wy, '#f2b48a', '#3f6fa8', '#fff3d6');
  // Cable-stayed bridge.
  const deckY = 470;
  let br = rect(-20, deckY, W + 40, 22, '#37425a') + rect(-20, deckY + 22, W + 40, 8, '#2b3347');
  for (const tx of [500, 1100]) {
    br += poly([tx - 40, wy + 10, tx - 10, deckY - 250, tx + 10, deckY - 250, tx + 40, wy + 10], '#3f4a63');
    br += poly(
      [tx - 12, deckY - 250, tx + 12, deckY - 250, tx + 8, deckY - 280, tx - 8, deckY - 280],
      '#3f4a63',
    );
    for (let i = 1; i <= 9; i++) {
      br += line(tx, deckY - 240 + i * 10, tx - i * 32, deckY, '#e9ecf2', 2);
      br += line(tx, deckY - 240 + i * 10, tx + i * 32, deckY, '#e9ecf2', 2);
    }
  }
  for (const px of [150, 800, 1450]) br += rect(px - 12, deckY + 28, 24, wy - deckY - 18, '#3a445c');
  br +=
    car(300, deckY, 60, '#c0392b') + car(860, deckY, 90, '#f1c40f', true) + car(1300, deckY, 60, '#ecf0f1');
  s.add(br);
  s.add(reflect(br, wy + 8, 0.18));
  const b1 = boat(250, 720, 260, '#2f5f8a');
  const b2 = boat(1200, 650, 160, '#7a3e2a', '#f2c230', true);
  s.add(reflect(b1, 720, 0.2) + b1 + reflect(b2, 650, 0.2) + b2);
  s.add(path(`M-20,900 L-20,800 C300,780 600,840 900,900 Z`, '#4a5a3a'));
  for (const [x, y, h] of [
    [60, 830, 180],
    [220, 820, 150],
    [400, 860, 130],
  ] as const)
    s.add(tree(s, x, y, h, 'round', '#3a4a2e', '#55683d'));
  birds(s, 5, 400, 200, 100, '#3b3550');
}

export function flood(s: Scene): void {
  sky(s, ['#5f6b77', '#8c97a1', '#b9c1c7']);
  clouds(s, 5, 60, 200, '#6f7b87', 0.8);
  ridge(s, 480, 40, 5, '#5f7363');
  let tr = '';
  for (let x = -20; x < W + 40; x += 60)
    tr += tree(s, x, 520, s.rand(90, 140), 'round', '#41584a', '#52695a');
  s.add(tr);
  const houses: [number, number, number, string][] = [
    [120, 300, 230, '#e8d9b5'],
    [520, 260, 190, '#c9d8c5'],
    [900, 320, 250, '#f0c9a8'],
    [1300, 260, 200, '#d5cbe0'],
  ];
  for (const [x, w, h, wall] of houses)
    s.add(
      building(s, x, 700, w, h, {
        wall,
        win: '#5f7d8f',
        rows: 2,
        cols: 3,
        roof: 'tile',
        roofColor: '#9c4a34',
        door: '#6d4c41',
      }),
    );
  s.add(
    tree(s, 470, 640, 260, 'round', '#3d6b45', '#4f8257') +
      tree(s, 1250, 650, 220, 'palm', '#3d6b45', '#4f8257'),
  );
  s.add(
    line(1560, 700, 1560, 380, '#6d6d6d', 10) +
      line(1520, 400, 1600, 400, '#6d6d6d', 6) +
      path('M1560,400 Q1300,470 1000,420', 'none', 'stroke="#333" stroke-width="2"'),
  );
  // A person waiting on a roof.
  s.add(
    person(1000, 402, 90, { shirt: '#e53935', pants: '#37474f', hat: 'hair', pose: 'raise', skin: SKIN[1] }),
  );
  // Muddy water.
  const wy = 590;
  s.add(
    rect(
      0,
      wy,
      W,
      H - wy,
      s.lin([
        ['#9a7b52', 0, 0.96],
        ['#6f5538', 1, 1],
      ]),
    ),
  );
  let rip = '';
  for (let i = 0; i < 60; i++) {
    const y = s.rand(wy + 10, H);
    const x = s.rand(0, W);
    rip += path(
      `M${f(x)},${f(y)} q20,-6 40,0 t40,0`,
      'none',
      'stroke="#c9a877" stroke-width="3" opacity="0.6"',
    );
  }
  s.add(rip);
  // Rescue boat with crew in life vests.
  const bx = 560;
  const by = 800;
  let crew = '';
  for (const [dx, pose] of [
    [80, 'stand'],
    [200, 'raise'],
    [320, 'stand'],
  ] as const)
    crew += person(bx + dx, by + 20, 200, {
      shirt: '#ff6d00',
      pants: '#37474f',
      hat: 'helmet',
      helmetColor: dx === 200 ? '#fdd835' : '#4d6b33',
      pose,
      skin: SKIN[2],
    });
  s.add(crew);
  s.add(
    path(
      `M${bx - 40},${by - 50} L${bx + 460},${by - 50} L${bx + 420},${by + 20} L${bx},${by + 20} Z`,
      '#455a64',
    ) + rect(bx - 40, by - 56, 500, 14, '#ff6d00', 'rx="7"'),
  );
  s.add(line(bx + 380, by - 100, bx + 470, by + 40, '#8d6e63', 8));
  rain(s, 260);
}
