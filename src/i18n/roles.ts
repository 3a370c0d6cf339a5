import type { LanguageCode, Role } from '../db/schema.ts';

/**
 * The one source of the role names every screen, the CLI and the API docs show, worded as in
 * /work/shared/GLOSSARY.md (Ban Biên tập): the catalogues read these, never their own copies.
 */
export const roleNames: Record<LanguageCode, Record<Role, string>> = {
  vi: {
    admin: 'Quản trị',
    chief_editor: 'Trưởng ban biên tập',
    editor: 'Biên tập viên',
    contributor: 'Phóng viên / Cộng tác viên',
  },
  en: {
    admin: 'Administrator',
    chief_editor: 'Editor-in-chief',
    editor: 'Editor',
    contributor: 'Reporter / Contributor',
  },
  zh: {
    admin: '管理员',
    chief_editor: '编委会主任',
    editor: '编辑',
    contributor: '记者 / 通讯员',
  },
};

/** "admin (Quản trị), chief_editor (Trưởng ban biên tập), …": the CLI's --role values with their names. */
export function roleChoices(lang: LanguageCode): string {
  const names = roleNames[lang];
  const separator = lang === 'zh' ? '、' : ', ';
  const named = (role: Role) => (lang === 'zh' ? `${role}（${names[role]}）` : `${role} (${names[role]})`);
  return (Object.keys(names) as Role[]).map(named).join(separator);
}
