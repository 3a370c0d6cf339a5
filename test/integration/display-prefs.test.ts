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
