import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../src/db/schema.ts';
import { roleNames } from '../../src/i18n/roles.ts';
import { createStaff, loginAs } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

// Issue 13, item 13: the users screen and the API docs show the glossary's role names, the same
// on both screens, in the staff member's (or reader's) language.

let t: TestApp;
let siteId: number;

beforeAll(async () => {
  t = await createTestApp();
  siteId = await defaultSiteId(t.services.db);
});
afterAll(async () => t?.close());

const other = /Chief editor|总编辑|撰稿人|Phóng viên, cộng tác viên|记者、/;

describe('role names on every screen', () => {
  for (const lang of ['vi', 'en', 'zh'] as const satisfies LanguageCode[]) {
    it(`${lang}: /admin/users and /api/v1/docs name the roles as the glossary does`, async () => {
      const admin = await createStaff(t.services, 'admin', siteId);
      await t.services.db.updateTable('users').set({ locale: lang }).where('id', '=', admin.id).execute();
      const client = await loginAs(t.app, admin);
      const users = await client.get('/admin/users/new');
      expect(users.statusCode).toBe(200);
      for (const name of Object.values(roleNames[lang])) expect(users.body).toContain(`>${name}</option>`);
      expect(users.body).not.toMatch(other);
      const docs = await t.app.inject({ url: `/api/v1/docs?lang=${lang}` });
      expect(docs.body).toContain(roleNames[lang].chief_editor);
      expect(docs.body).not.toMatch(other);
    });
  }
});
