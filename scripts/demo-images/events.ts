/** Events and people: a meeting, a ceremony, a festival night and a parade. */
import {
  circle,
  clouds,
  ellipse,
  f,
  group,
  H,
  line,
  path,
  poly,
  rect,
  ridge,
  type Scene,
  sky,
  sun,
  W,
} from './kit.ts';
import { backOfHead, HAIR, person, SKIN } from './people.ts';
import { building, flag, lantern, star, tree } from './things.ts';

/** Head and shoulders facing the viewer (people seated behind a table). */
function bust(x: number, y: number, size: number, suit: string, skin: string): string {
  return (
    path(
      `M${f(x - size)},${f(y)} Q${f(x - size)},${f(y - size * 0.75)} ${f(x)},${f(y - size * 0.8)} Q${f(x + size)},${f(y - size * 0.75)} ${f(x + size)},${f(y)} Z`,
      suit,
    ) +
    poly([x - size * 0.2, y - size * 0.78, x + size * 0.2, y - size * 0.78, x, y - size * 0.3], '#f5f5f5') +
    line(x, y - size * 0.7, x, y - size * 0.35, '#b71c1c', size * 0.08) +
    circle(x, y - size * 1.1, size * 0.42, skin) +
    path(
      `M${f(x - size * 0.43)},${f(y - size * 1.08)} Q${f(x)},${f(y - size * 1.75)} ${f(x + size * 0.43)},${f(y - size * 1.08)} Q${f(x)},${f(y - size * 1.35)} ${f(x - size * 0.43)},${f(y - size * 1.08)} Z`,
      HAIR,
    )
  );
}

/** A clump of flowers (for tables, baskets). */
function flowers(s: Scene, x: number, y: number, w: number, h: number, palette: readonly string[]): string {
  let g = ellipse(x, y, w * 0.55, h * 0.35, '#3d7a3a');
  for (let i = 0; i < Math.round(w / 9); i++)
    g += circle(x + s.rand(-w / 2, w / 2), y - s.rand(0, h), s.rand(5, 9) * (h / 40), s.pick(palette));
  return g;
}

export function meetingHall(s: Scene): void {
  s.add(rect(0, 0, W, H, s.lin(['#f1e2c6', '#e3cda6'])));
  s.add(rect(0, 0, W, 70, '#c9a878'));
  for (let x = 100; x < W; x += 200)
    s.add(
      circle(
        x,
        70,
        40,
        s.rad([
          ['#fff6d8', 0, 0.9],
          ['#fff6d8', 1, 0],
        ]),
      ) + ellipse(x, 68, 28, 8, '#fffbe8'),
    );
  for (const x of [90, 1460]) s.add(rect(x, 70, 50, 520, '#d7bc8f'));
  // Stage backdrop, banner, emblem.
  s.add(rect(220, 100, 1160, 430, s.lin(['#c62828', '#a31c1c'])));
  let folds = '';
  for (let x = 240; x < 1380; x += 58) folds += rect(x, 100, 22, 430, '#ffffff', 'opacity="0.05"');
  s.add(folds);
  s.add(
    rect(220, 100, 1160, 90, '#b71c1c') +
      rect(220, 186, 1160, 6, '#f2c230') +
      rect(220, 100, 1160, 6, '#f2c230'),
  );
  for (const x of [300, 1300]) s.add(star(x, 145, 26, '#f2c230'));
  s.add(circle(800, 300, 78, '#f2c230') + circle(800, 300, 64, '#d32f2f') + star(800, 298, 46, '#f2c230'));
  s.add(flag(330, 520, 300, 150, 0.05) + flag(1120, 520, 300, 150, 0.05));
  // Stage floor, presidium table with delegates and flowers.
  s.add(rect(180, 520, 1240, 50, '#8d5a3a') + rect(180, 565, 1240, 10, '#6d4128'));
  let dele = '';
  for (let i = 0; i < 7; i++)
    dele += bust(470 + i * 110, 470, 42, s.pick(['#263238', '#2f3b4a', '#37474f']), s.pick(SKIN));
  s.add(dele);
  s.add(rect(410, 455, 780, 70, '#fafafa') + rect(410, 455, 780, 14, '#1e6b3a'));
  for (let i = 0; i < 7; i++) s.add(rect(462 + i * 110, 440, 16, 12, '#37474f'));
  s.add(flowers(s, 800, 525, 700, 26, ['#e53935', '#fdd835', '#ff8a80', '#ffffff']));
  // Lectern with a speaker.
  s.add(bust(1290, 430, 44, '#263238', SKIN[0]));
  s.add(
    poly([1230, 420, 1350, 420, 1340, 565, 1240, 565], '#8d5a3a') +
      rect(1225, 412, 130, 14, '#6d4128') +
      flowers(s, 1290, 520, 90, 40, ['#e53935', '#fdd835']),
  );
  // Audience rows from behind.
  s.add(rect(0, 575, W, 325, s.lin(['#b98f66', '#9a7250'])));
  s.add(poly([700, 575, 900, 575, 1050, 900, 550, 900], '#a83232', 'opacity="0.75"'));
  const rows: [number, number][] = [
    [690, 40],
    [790, 54],
    [910, 72],
  ];
  for (const [y, size] of rows) {
    for (const side of [-1, 1]) {
      const x0 = side < 0 ? 0 : 800 + 150 * ((y - 575) / 325) + size;
      const x1 = side < 0 ? 800 - 150 * ((y - 575) / 325) - size : W;
      s.add(
        rect(x0 - 20, y - size * 1.2, x1 - x0 + 40, size * 0.35, '#d8b98f') +
          rect(x0 - 20, y - size * 0.85, x1 - x0 + 40, size * 0.12, '#a7825c'),
      );
      let heads = '';
      for (let x = x0 + size; x < x1; x += size * 2.3)
        heads += backOfHead(
          x + s.rand(-6, 6),
          y,
          size,
          s.pick(['#263238', '#37474f', '#f5f5f5', '#3e4a5c', '#546e7a']),
        );
      s.add(heads);
    }
  }
}

export function ceremony(s: Scene): void {
  sky(s, ['#5daee6', '#b4dcf4', '#eef7fb']);
  clouds(s, 3, 90, 200);
  // A new building going up behind, with a tower crane.
  s.add(
    building(s, 1080, 470, 260, 330, {
      wall: '#cfd8dc',
      win: '#90caf9',
      rows: 7,
      cols: 5,
      roof: 'flat',
      roofColor: '#b0bec5',
    }),
  );
  s.add(
    line(1400, 470, 1400, 90, '#f2b705', 12) +
      line(1200, 100, 1560, 100, '#f2b705', 10) +
      line(1400, 90, 1260, 100, '#f2b705', 3) +
      line(1300, 100, 1300, 260, '#424242', 2),
  );
  ridge(s, 480, 20, 6, '#8fc07a');
  s.add(rect(0, 470, W, 430, s.lin(['#9bc98a', '#79ad68'])));
  // Backdrop stage.
  s.add(rect(260, 200, 1080, 330, s.lin(['#1565c0', '#0d47a1'])) + rect(260, 200, 1080, 50, '#c62828'));
  s.add(
    path(
      'M260,470 C600,380 1000,520 1340,400 L1340,440 C1000,560 600,420 260,510 Z',
      '#f2c230',
      'opacity="0.85"',
    ),
  );
  s.add(
    path(
      'M260,420 C600,330 1000,470 1340,350 L1340,365 C1000,490 600,350 260,440 Z',
      '#ffffff',
      'opacity="0.35"',
    ),
  );
  s.add(circle(800, 320, 50, '#f2c230') + circle(800, 320, 40, '#c62828') + star(800, 318, 28, '#f2c230'));
  for (const x of [280, 1320]) s.add(line(x, 530, x, 700, '#37474f', 8));
  // Red carpet.
  s.add(poly([380, 640, 1220, 640, 1420, 900, 180, 900], '#b71c1c'));
  // Flags along the sides and flower stands.
  for (const x of [60, 150, 1450, 1540]) s.add(flag(x, 700, 340, 90));
  for (const x of [230, 1370])
    s.add(
      line(x, 800, x, 640, '#8d6e63', 8) +
        flowers(s, x, 640, 110, 80, ['#e53935', '#fdd835', '#ff7043', '#ffffff']),
    );
  // Officials cutting the ribbon, hostesses in áo dài at the ends.
  const xs = [460, 580, 700, 820, 940, 1060];
  let folk = person(340, 820, 270, {
    shirt: '#d32f2f',
    pants: '#ffffff',
    tunic: true,
    hat: 'bun',
    skin: SKIN[0],
  });
  for (const x of xs)
    folk += person(x, 820, s.rand(270, 295), {
      shirt: s.pick(['#263238', '#37474f', '#ffffff', '#2f3b4a']),
      pants: '#263238',
      hat: 'hair',
      skin: s.pick(SKIN),
    });
  folk += person(1190, 820, 270, {
    shirt: '#d32f2f',
    pants: '#ffffff',
    tunic: true,
    hat: 'bun',
    skin: SKIN[3],
  });
  s.add(folk);
  const ry = 690;
  s.add(
    path(
      `M340,${ry} Q400,${ry + 25} 460,${ry} T580,${ry} T700,${ry} T820,${ry} T940,${ry} T1060,${ry} T1190,${ry}`,
      'none',
      'stroke="#e53935" stroke-width="16"',
    ),
  );
  for (let i = 0; i < xs.length - 1; i++) {
    const x = (xs[i]! + xs[i + 1]!) / 2;
    let ros = '';
    for (let k = 0; k < 8; k++)
      ros += ellipse(
        x + Math.cos((k * Math.PI) / 4) * 16,
        ry + 14 + Math.sin((k * Math.PI) / 4) * 16,
        13,
        13,
        '#e53935',
      );
    s.add(
      ros +
        circle(x, ry + 14, 12, '#ffcdd2') +
        poly([x - 8, ry + 28, x - 22, ry + 80, x - 2, ry + 70], '#c62828') +
        poly([x + 8, ry + 28, x + 22, ry + 80, x + 2, ry + 70], '#c62828'),
    );
  }
  let confetti = '';
  for (let i = 0; i < 80; i++) {
    const [cx, cy] = [s.rand(250, 1350), s.rand(60, 600)];
    confetti += rect(
      cx,
      cy,
      8,
      14,
      s.pick(['#f2c230', '#e53935', '#42a5f5', '#66bb6a', '#ec407a']),
      `transform="rotate(${f(s.rand(0, 180))} ${f(cx)} ${f(cy)})"`,
    );
  }
  s.add(group(confetti, 'opacity="0.9"'));
}

/** A communal house (đình) with curled roof ends, lit from inside; (x, y) is the ground centre. */
function dinh(x: number, y: number, w: number, dark: string, glow: string): string {
  const h = w * 0.42;
  let g = rect(x - w * 0.4, y - h * 0.55, w * 0.8, h * 0.55, dark);
  for (let i = 0; i < 5; i++) g += rect(x - w * 0.34 + i * w * 0.14, y - h * 0.45, w * 0.09, h * 0.45, glow);
  g += path(
    `M${f(x - w * 0.56)},${f(y - h * 0.85)} Q${f(x - w * 0.47)},${f(y - h * 0.5)} ${f(x - w * 0.45)},${f(y - h * 0.5)} L${f(x + w * 0.45)},${f(y - h * 0.5)} Q${f(x + w * 0.47)},${f(y - h * 0.5)} ${f(x + w * 0.56)},${f(y - h * 0.85)} Q${f(x + w * 0.45)},${f(y - h * 0.75)} ${f(x + w * 0.3)},${f(y - h * 1.25)} L${f(x - w * 0.3)},${f(y - h * 1.25)} Q${f(x - w * 0.45)},${f(y - h * 0.75)} ${f(x - w * 0.56)},${f(y - h * 0.85)} Z`,
    dark,
  );
  g +=
    rect(x - w * 0.33, y - h * 1.3, w * 0.66, h * 0.07, dark) + circle(x, y - h * 1.34, w * 0.025, '#f2c230');
  return g;
}

export function festival(s: Scene): void {
  sky(s, ['#141a45', '#3b2a6b', '#b8506b', '#f08a5d']);
  let stars = '';
  for (let i = 0; i < 60; i++)
    stars += circle(
      s.rand(0, W),
      s.rand(0, 380),
      s.rand(1, 2.5),
      '#ffffff',
      `opacity="${f(s.rand(0.3, 0.9))}"`,
    );
  s.add(stars);
  const burst = (x: number, y: number, r: number, color: string): void => {
    let b = circle(
      x,
      y,
      r * 1.1,
      s.rad([
        [color, 0, 0.35],
        [color, 1, 0],
      ]),
    );
    for (let i = 0; i < 24; i++) {
      const a = (i / 24) * Math.PI * 2;
      b +=
        line(
          x + Math.cos(a) * r * 0.25,
          y + Math.sin(a) * r * 0.25,
          x + Math.cos(a) * r,
          y + Math.sin(a) * r,
          color,
          3,
        ) + circle(x + Math.cos(a) * r * 1.06, y + Math.sin(a) * r * 1.06, 4, '#ffffff');
    }
    s.add(b);
  };
  burst(330, 200, 120, '#ffd54f');
  burst(1250, 170, 140, '#f06292');
  burst(820, 110, 80, '#4dd0e1');
  burst(1480, 360, 70, '#aed581');
  s.add(rect(0, 600, W, 300, s.lin(['#3a2347', '#1e1530'])));
  s.add(
    circle(
      800,
      590,
      400,
      s.rad([
        ['#ffb74d', 0, 0.45],
        ['#ffb74d', 1, 0],
      ]),
    ),
  );
  s.add(dinh(800, 620, 760, '#3a1f2a', '#ffcc66'));
  for (const x of [290, 1310]) s.add(tree(s, x, 620, 300, 'round', '#231726', '#2e1e32'));
  // Strings of lanterns.
  const colors = ['#e53935', '#ffb300', '#fb8c00', '#d81b60'];
  for (const [y0, sag] of [
    [40, 120],
    [300, 80],
  ] as const) {
    s.add(path(`M-20,${y0} Q800,${y0 + sag * 2} 1620,${y0}`, 'none', 'stroke="#2a1a1a" stroke-width="3"'));
    for (let x = 40; x < W; x += 110) {
      const t = (x + 20) / 1640;
      const y = (1 - t) ** 2 * y0 + 2 * t * (1 - t) * (y0 + sag * 2) + t ** 2 * y0;
      s.add(line(x, y, x, y + 16, '#2a1a1a', 2) + lantern(s, x, y + 40, 22, s.pick(colors)));
    }
  }
  // Crowd silhouettes with a few hand lanterns.
  let crowd = '';
  for (let i = 0; i < 26; i++) {
    const x = s.rand(-20, W + 20);
    const y = s.rand(800, 920);
    crowd += person(x, y, s.rand(150, 230), {
      shirt: '#2a1c3a',
      pants: '#1c1228',
      skin: '#2a1c3a',
      hat: s.pick(['hair', 'bun', 'hair', 'conical'] as const),
      pose: s.pick(['stand', 'walk', 'raise'] as const),
    });
  }
  s.add(
    crowd
      .replaceAll(/fill="#e[cC]dcaa"/g, 'fill="#2a1c3a"')
      .replaceAll('fill="#2b2320"', 'fill="#2a1c3a"')
      .replaceAll('fill="#2a2a2a"', 'fill="#2a1c3a"'),
  );
  for (const [x, y] of [
    [420, 700],
    [980, 720],
    [1180, 690],
  ] as const)
    s.add(
      line(x, y + 40, x, y - 20, '#2a1a1a', 3) +
        star(x, y - 40, 26, '#ffca28') +
        circle(
          x,
          y - 40,
          45,
          s.rad([
            ['#ffca28', 0, 0.5],
            ['#ffca28', 1, 0],
          ]),
        ),
    );
}

export function soldiers(s: Scene): void {
  sky(s, ['#5aa9e6', '#a9d6f2', '#e7f3f7']);
  sun(s, 1350, 120, 50);
  clouds(s, 3, 100, 200);
  ridge(s, 450, 40, 6, '#7fae6a');
  let trees = '';
  for (let x = -20; x < W + 40; x += 70)
    trees += tree(s, x, 470, s.rand(110, 150), 'round', '#2f6b3a', '#4b8c45');
  s.add(trees);
  for (let x = 60; x < W; x += 180) s.add(flag(x, 520, 170, 70));
  s.add(rect(0, 510, W, 390, s.lin(['#c9c6b8', '#a9a595'])));
  const green = '#4d6b33';
  // Three files marching towards the viewer, receding to the right in perspective.
  const at = (X: number, Z: number): [number, number, number] => {
    const k = 3 / Z;
    return [800 + X * 300 * k, 520 + 360 * k, 300 * k];
  };
  for (let i = 6; i >= 0; i--)
    for (let j = 2; j >= 0; j--) {
      const [x, y, h] = at(-1.2 + j * 0.55 + i * 0.35, 3.2 + i * 0.55);
      s.add(
        person(x, y, h, {
          shirt: green,
          pants: '#3f5a2a',
          hat: 'cap',
          pose: 'walk',
          belt: '#6b4a2f',
          skin: SKIN[(i + j) % 4],
        }),
      );
    }
  // Flag bearer leading the column.
  const [fx, fy, fh] = at(-1.9, 3);
  s.add(flag(fx + fh * 0.16, fy - fh * 0.5, fh * 1.1, fh * 0.9, 0.06));
  s.add(
    person(fx, fy, fh, {
      shirt: green,
      pants: '#3f5a2a',
      hat: 'cap',
      pose: 'walk',
      belt: '#6b4a2f',
      skin: SKIN[2],
    }),
  );
}
