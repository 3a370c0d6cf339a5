import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSentence } from '../../src/cli-admin.ts';
import { cliMessages } from '../../src/i18n/cli.ts';
import { messages } from '../../src/i18n/index.ts';
import type { CreateUserProblem } from '../../src/modules/users/users.service.ts';
import { createStaff } from '../admin-session.ts';
import { runDinh } from '../cli-runner.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp, testDatabaseUrl } from '../harness.ts';

let t: TestApp;
let env: Record<string, string>;
const languages = ['vi', 'en', 'zh'] as const;
const rawCodes =
  /\b(reset-2fa|deactivate|reactivate|sameAsEmail|tooShort|tooCommon|emailTaken|emailInvalid|chief_editor:)\b/;

beforeAll(async () => {
  t = await createTestApp();
  env = { DATA_DIR: t.dataDir };
  if (testDatabaseUrl) {
    const url = new URL(testDatabaseUrl);
    url.searchParams.set('options', `-c search_path=${t.pgSchema}`);
    env.DATABASE_URL = url.href;
  }
});
afterAll(async () => t?.close());

describe('the command line speaks sentences, never codes', () => {
  it('maps every problem code to a sentence of the catalogues, in every language', () => {
    const codes: CreateUserProblem[] = [
      'emailInvalid',
      'emailTaken',
      'nameMissing',
      'siteUnknown',
      'tooShort',
      'sameAsEmail',
      'tooCommon',
    ];
    for (const lang of languages)
      for (const code of codes) {
        const sentence = problemSentence(lang, code);
        expect(typeof sentence, `${lang} ${code}`).toBe('string');
        expect(sentence, `${lang} ${code}`).not.toContain(code);
        expect(sentence.length).toBeGreaterThan(5);
      }
  });

  it('user add, password, reset-2fa, deactivate and reactivate answer in the chosen language', async () => {
    const siteId = await defaultSiteId(t.services.db);
    // Every command in English; Chinese for the one that printed its code (each run is a process).
    for (const lang of ['en', 'zh'] as const) {
      const c = cliMessages(lang);
      const email = `bt-${lang}@lachong.gov.vn`;
      const add = [
        'user',
        'add',
        '--lang',
        lang,
        '--email',
        email,
        '--name',
        'Biên Tập',
        '--role',
        'chief_editor',
      ];
      if (lang === 'zh') {
        const staff = await createStaff(t.services, 'editor', siteId);
        const done = await runDinh(['user', 'reset-2fa', '--lang', lang, '--email', staff.email], {
          env,
          cwd: t.dataDir,
        });
        expect(done.stdout).toContain(c.stateChanged['reset-2fa'](staff.email));
        continue;
      }
      const same = await runDinh(add, { env, cwd: t.dataDir, input: `${email}\n` });
      expect(same.code).toBe(2);
      expect(same.stderr).toContain(messages(lang).auth.sameAsEmail);
      expect(same.stderr).not.toMatch(rawCodes);
      const created = await runDinh(add, { env, cwd: t.dataDir, input: 'Một mật khẩu đủ dài 2026\n' });
      expect(created.code, created.stderr).toBe(0);
      expect(created.stdout).toContain(messages(lang).adminUsers.roles.chief_editor);
      expect(created.stdout).toContain(c.twoStepRequired);

      const staff = await createStaff(t.services, 'editor', siteId);
      const weak = await runDinh(['user', 'password', '--lang', lang, '--email', staff.email], {
        env,
        cwd: t.dataDir,
        input: `${staff.email}\n`,
      });
      expect(weak.code).toBe(2);
      expect(weak.stderr).toContain(messages(lang).auth.sameAsEmail);
      expect(weak.stderr).not.toMatch(rawCodes);
      const set = await runDinh(['user', 'password', '--lang', lang, '--email', staff.email], {
        env,
        cwd: t.dataDir,
        input: 'Mật khẩu do quản trị đặt 2027\n',
      });
      expect(set.stdout).toContain(c.passwordSet(staff.email));
      for (const change of ['reset-2fa', 'deactivate', 'reactivate'] as const) {
        const done = await runDinh(['user', change, '--lang', lang, '--email', staff.email], {
          env,
          cwd: t.dataDir,
        });
        expect(done.code).toBe(0);
        expect(done.stdout).toContain(c.stateChanged[change](staff.email));
        expect(done.stdout).not.toMatch(rawCodes);
      }
    }
  });
});
