import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, type StaffUser } from '../admin-session.ts';
import { type DinhResult, runDinh } from '../cli-runner.ts';
import { createSite, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp, testDatabaseUrl } from '../harness.ts';

// The commands run from source against the test app's own database: its SQLite file, or on
// PostgreSQL its schema (selected through the connection string's search_path).
let t: TestApp;
let editor: StaffUser;

function databaseUrl(): Record<string, string> {
  if (!testDatabaseUrl) return {};
  const url = new URL(testDatabaseUrl);
  url.searchParams.set('options', `-c search_path=${t.pgSchema}`);
  return { DATABASE_URL: url.href };
}

/** Runs `dinh …` with the test app's DATA_DIR and database. */
function run(args: string[], input = ''): Promise<DinhResult> {
  return runDinh(args, { env: { DATA_DIR: t.dataDir, ...databaseUrl() }, cwd: t.dataDir, input });
}

beforeAll(async () => {
  t = await createTestApp();
  const siteId = await defaultSiteId(t.services.db);
  editor = await createStaff(t.services, 'editor', siteId);
  await createSite(t.services.db, { code: 'so-tu-phap', hostnames: ['stp.lachong.gov.vn', 'stp.localhost'] });
  await t.services.sites.reload();
});
afterAll(async () => t?.close());

describe('dinh for operators', () => {
  it('lists the sites with their codes and host names', async () => {
    const result = await run(['site', 'list']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain('so-tu-phap\tstp.lachong.gov.vn stp.localhost');
    expect(lines.some((line) => line.startsWith('default\t'))).toBe(true);
  });

  it('creates an API token and prints only the token, which then works', async () => {
    const result = await run([
      'token',
      'create',
      '--email',
      editor.email.toUpperCase(),
      '--site',
      'default',
      '--scope',
      'media:write',
      '--scope',
      'articles:write',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^dinh_[A-Za-z0-9_-]{40,}\n$/);
    const token = result.stdout.trim();
    const media = await t.app.inject({
      method: 'GET',
      url: '/api/v1/media',
      headers: { host: 'localhost', authorization: `Bearer ${token}` },
    });
    expect(media.statusCode).toBe(200);
    const row = await t.services.db
      .selectFrom('api_tokens')
      .select(['scopes', 'created_by'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.scopes)).toEqual(['articles:write', 'media:write']);
    expect(row.created_by).toBe(editor.id);
  });

  it('refuses wrong input with a Vietnamese sentence on stderr, nothing on stdout', async () => {
    const base = ['token', 'create', '--email', editor.email, '--scope', 'media:write'];
    const unknownSite = await run([...base, '--site', 'skhcn']);
    expect(unknownSite.code).toBe(2);
    expect(unknownSite.stdout).toBe('');
    expect(unknownSite.stderr).toContain('Không có cổng nào có mã "skhcn". Các mã hợp lệ: default');
    expect(unknownSite.stderr).toContain('so-tu-phap');
    const otherSite = await run([...base, '--site', 'so-tu-phap']);
    expect(otherSite.code).toBe(2);
    expect(otherSite.stderr).toContain('không có vai trò trên cổng "so-tu-phap"');
    const badScope = await run([
      'token',
      'create',
      '--email',
      editor.email,
      '--site',
      'default',
      '--scope',
      'all',
    ]);
    expect(badScope.stderr).toContain('Phạm vi "all" không tồn tại');
    const nobody = await run([
      'token',
      'create',
      '--email',
      'ai@do.vn',
      '--site',
      'default',
      '--scope',
      'media:write',
    ]);
    expect(nobody.stderr).toContain('Không có tài khoản nào với thư điện tử ai@do.vn.');
    const missing = await run(['token', 'create']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('Cần nhập --email');
    const english = await run([...base, '--site', 'skhcn', '--lang', 'en']);
    expect(english.stderr).toContain('There is no site with the code "skhcn". Valid codes: default');
    const tokens = await t.services.db.selectFrom('api_tokens').select('id').execute();
    expect(tokens).toHaveLength(1);
  });

  it('adds accounts: unknown site codes list the valid ones, problems are sentences, not codes', async () => {
    const add = [
      'user',
      'add',
      '--email',
      'nguyen.thu@lachong.gov.vn',
      '--name',
      'Nguyễn Thu',
      '--role',
      'editor',
    ];
    const unknownSite = await run([...add, '--site', 'skhcn'], 'Một mật khẩu đủ dài 2026\n');
    expect(unknownSite.code).toBe(2);
    expect(unknownSite.stderr).toContain('Các mã hợp lệ: default');
    expect(unknownSite.stderr).toContain('so-tu-phap');
    const weak = await run(add, 'nguyen.thu@lachong.gov.vn\n');
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('Không tạo được tài khoản:');
    expect(weak.stderr).toContain('Mật khẩu không được trùng hoặc chứa thư điện tử.');
    expect(weak.stderr).not.toMatch(/sameAsEmail|tooShort|tooCommon/);
    const created = await run([...add, '--site', 'so-tu-phap'], 'Một mật khẩu đủ dài 2026\n');
    expect(created.code).toBe(0);
    const again = await run([...add, '--lang', 'zh'], 'Một mật khẩu đủ dài 2026\n');
    expect(again.stderr).toContain('此电子邮箱已有账户。');
  });
});
