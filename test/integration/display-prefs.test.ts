import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** The accessible name a browser gives a button: aria-label if any, else its text (hidden spans included). */
function accessibleName(button: string): { name: string; visible: string } {
  const label = button.match(/^<button[^>]*\saria-label="([^"]*)"/)?.[1];
  const inner = button.replace(/^<button[^>]*>/, '').replace(/<\/button>$/, '');
  const text = (html: string) =>
    html
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const visible = text(inner.replace(/<span class="visually-hidden">[^<]*<\/span>/g, ''));
  return { name: label ?? text(inner), visible };
}

describe('display options (WCAG 2.5.3 label in name)', () => {
  for (const prefix of ['/', '/en/', '/zh/']) {
    it(`A−, A and A+ have accessible names that start with their visible text (${prefix})`, async () => {
      const response = await t.app.inject({ url: prefix });
      expect(response.statusCode).toBe(200);
      const buttons = [
        ...response.body.matchAll(/<button[^>]*data-font-size="[a-z]+"[^>]*>.*?<\/button>/g),
      ].map((match) => match[0]);
      expect(buttons).toHaveLength(3);
      const names = buttons.map(accessibleName);
      expect(names.map((entry) => entry.visible)).toEqual(['A−', 'A', 'A+']);
      for (const { name, visible } of names) {
        expect(name.startsWith(visible), `"${name}" should start with "${visible}"`).toBe(true);
        // Still says what the button does, beyond the letters.
        expect(name.length).toBeGreaterThan(visible.length + 2);
      }
    });
  }
});

describe('site map: how to use the access keys, per browser', () => {
  for (const [url, expected] of [
    [
      '/so-do-cong',
      [
        'Chrome, Edge trên Windows và Linux',
        'Alt + phím (hoặc Alt + Shift + phím)',
        'Control + Option + phím',
      ],
    ],
    [
      '/en/sitemap',
      ['Firefox on Windows and Linux', 'Alt + Shift + key', 'Safari, Chrome, Firefox on a Mac'],
    ],
    ['/zh/sitemap', ['Windows 和 Linux 上的 Chrome、Edge', 'Control + Option + 按键']],
  ] as const) {
    it(`names the modifier keys of each browser (${url})`, async () => {
      const response = await t.app.inject({ url });
      expect(response.statusCode).toBe(200);
      const section = response.body.slice(response.body.indexOf('class="shortcuts"'));
      const terms = [...section.matchAll(/<d[td]>([^<]+)<\/d[td]>/g)].map((match) => match[1]);
      for (const text of expected) expect(terms).toContain(text);
    });
  }
});
