import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { vi } from './vi.ts';
import { zh } from './zh.ts';

type Tree = { [key: string]: unknown };

/** Every text of a catalogue, key → rendered text (functions called with sample arguments). */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(name, value);
    else if (typeof value === 'function')
      out.set(name, String((value as (...args: unknown[]) => string)('X', 2)));
    else if (Array.isArray(value))
      for (const [i, item] of value.entries()) out.set(`${name}.${i}`, String(item));
    else if (value && typeof value === 'object')
      for (const [k, v] of flatten(value as Tree, name)) out.set(k, v);
  }
  return out;
}

const catalogues = { vi: flatten(vi), en: flatten(en), zh: flatten(zh) };

describe('one name for the cover image (issue 13, item 12)', () => {
  it('Vietnamese says "ảnh bìa" everywhere, never "ảnh đại diện"', () => {
    for (const [key, text] of catalogues.vi) expect(text.toLowerCase(), key).not.toContain('ảnh đại diện');
  });
  it('English says "cover image", Chinese "封面图片"', () => {
    for (const [key, text] of catalogues.en) expect(text, key).not.toMatch(/featured image|thumbnail/i);
    for (const [key, text] of catalogues.zh) expect(text, key).not.toMatch(/缩略图|代表图|头像/);
  });
});

describe('workflow statuses read as states, buttons as verbs (issue 13, item 12)', () => {
  it('statuses', () => {
    expect(vi.articlesAdmin.status).toMatchObject({
      returned: 'Bị trả lại',
      scheduled: 'Đã hẹn giờ',
      taken_down: 'Đã gỡ',
      archived: 'Đã lưu trữ',
    });
    expect(en.articlesAdmin.status).toMatchObject({
      returned: 'Returned',
      scheduled: 'Scheduled',
      taken_down: 'Taken down',
      archived: 'Archived',
    });
    expect(zh.articlesAdmin.status).toMatchObject({
      returned: '已退回',
      scheduled: '已定时',
      taken_down: '已撤下',
      archived: '已归档',
    });
  });
  it('action buttons keep their verbs', () => {
    expect(vi.articlesAdmin.actions).toMatchObject({
      return: 'Trả lại',
      take_down: 'Gỡ bài',
      archive: 'Lưu trữ',
    });
  });
  it('no status is worded exactly like an action button', () => {
    for (const catalogue of [vi, en, zh]) {
      const buttons = new Set(
        Object.values(catalogue.articlesAdmin.actions).filter((v) => typeof v === 'string'),
      );
      for (const [key, status] of Object.entries(catalogue.articlesAdmin.status))
        expect(buttons.has(status), `${key}: ${status}`).toBe(false);
    }
  });
});
