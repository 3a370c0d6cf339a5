import { describe, expect, it } from 'vitest';
import { catalogueTexts } from './catalogue-walk.ts';
import { cliMessages } from './cli.ts';
import { en } from './en.ts';
import { roleNames } from './roles.ts';
import { vi } from './vi.ts';
import { zh } from './zh.ts';

// The Ban Biên tập row of the shared glossary (GLOSSARY.md), in the three languages.
const glossary = {
  vi: {
    chief_editor: 'Trưởng ban biên tập',
    editor: 'Biên tập viên',
    contributor: 'Phóng viên / Cộng tác viên',
  },
  en: { chief_editor: 'Editor-in-chief', editor: 'Editor', contributor: 'Reporter / Contributor' },
  zh: { chief_editor: '编委会主任', editor: '编辑', contributor: '记者 / 通讯员' },
};

describe('role names (issue 13, item 13)', () => {
  const catalogues = { vi, en, zh };
  for (const lang of ['vi', 'en', 'zh'] as const) {
    it(`${lang}: the glossary's names, read by every screen from one module`, () => {
      expect(roleNames[lang]).toMatchObject(glossary[lang]);
      const t = catalogues[lang];
      expect(t.adminUsers.roles).toEqual(roleNames[lang]);
      expect(t.apiAdmin.docs.roleNames).toEqual(roleNames[lang]);
      const cli = cliMessages(lang).userAddUsage;
      for (const name of Object.values(roleNames[lang])) expect(cli).toContain(name);
    });
  }

  it('no catalogue names a role any other way', () => {
    const other = /chief editor|总编辑|撰稿人|Phóng viên, cộng tác viên|记者、/i;
    for (const [lang, t] of Object.entries(catalogues))
      for (const [key, text] of catalogueTexts(t)) expect(text, `${lang}.${key}`).not.toMatch(other);
  });
});

describe('the rating question and its scale agree (issue 13, item 13)', () => {
  it('asks how useful, and the scale runs from not useful to very useful', () => {
    expect(vi.rating.question).toBe('Thông tin trong bài viết này hữu ích với bạn đến mức nào?');
    expect(vi.rating.levels[0]).toBe('Không hữu ích');
    expect(vi.rating.levels.at(-1)).toBe('Rất hữu ích');
    expect(en.rating.question).toMatch(/^How useful/);
    for (const level of en.rating.levels) expect(level).toMatch(/useful/i);
    expect(zh.rating.question).toMatch(/多大帮助/);
    for (const level of zh.rating.levels) expect(level).toMatch(/帮助/);
    for (const level of vi.rating.levels) expect(level).toMatch(/hữu ích/i);
  });
});
