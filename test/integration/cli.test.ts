import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DinhResult, dinhEnv, dinhFromSource, runDinh } from '../cli-runner.ts';

let dataDir: string;

/** Runs `dinh …` from source with a clean Đình environment. */
function run(args: string[], env: Record<string, string> = {}, input = ''): Promise<DinhResult> {
  return runDinh(args, { env: { DATA_DIR: dataDir, ...env }, cwd: dataDir, input });
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'dinh-cli-'));
});
afterAll(async () => rm(dataDir, { recursive: true, force: true }));

describe('the dinh command', () => {
  it('explains itself', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['start', 'migrate', 'seed-demo']) expect(help.stdout).toContain(command);
    const startHelp = await run(['start', '--help']);
    expect(startHelp.stdout).toMatch(/^Usage: dinh start/);
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });

  it('refuses a wrong configuration, naming the variable', async () => {
    const result = await run(['start'], { PORT: 'abc', DEMO_CONTENT: 'maybe' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('PORT: expected a whole number from 0 to 65535 (got "abc")');
    expect(result.stderr).toContain('DEMO_CONTENT: expected true or false (got "maybe")');
  });

  it('exits with one clear line when the database cannot be reached', async () => {
    const result = await run(['start'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/dinh' });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^dinh: Cannot connect to the database \(PostgreSQL 127\.0\.0\.1:1\/dinh\): /);
  });

  it('migrates, then reports the database is up to date', async () => {
    const first = await run(['migrate']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Applied: 0001_core, 0002_content');
    const second = await run(['migrate']);
    expect(second.stdout).toContain('The database is up to date.');
  });

  it('starts, serves, and shuts down gracefully on SIGTERM', async () => {
    const port = await freePort();
    const child: ChildProcess = spawn(process.execPath, [...dinhFromSource, 'start'], {
      env: dinhEnv({
        DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
        DEMO_CONTENT: 'false',
        PORT: String(port),
        HOST: '127.0.0.1',
      }),
      cwd: dataDir,
    });
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    let status = 0;
    for (let attempt = 0; attempt < 100 && status !== 200; attempt++) {
      status = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (response) => response.status,
        () => 0,
      );
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
    const home = await fetch(`http://127.0.0.1:${port}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<html lang="vi">');
    // A request in flight when the signal arrives still completes.
    const inFlight = fetch(`http://127.0.0.1:${port}/so-do-cong`).then((response) => response.status);
    child.kill('SIGTERM');
    expect(await inFlight).toBe(200);
    expect(await exited).toBe(0);
    expect(output).toContain('Đình is serving');
    expect(output).toContain('shutting down');
  });

  it('loads the demo into an empty database only once', async () => {
    const emptyDir = await mkdtemp(path.join(tmpdir(), 'dinh-cli-seed-'));
    try {
      const first = await run(['seed-demo'], { DATA_DIR: emptyDir });
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(
        /Demo province loaded: 3 sites, \d+ categories, \d+ articles, \d+ pages\./,
      );
      const second = await run(['seed-demo'], { DATA_DIR: emptyDir });
      expect(second.stdout).toContain('the demo province was not loaded');
    } finally {
      await rm(emptyDir, { recursive: true, force: true });
    }
  });

  it('adds accounts from the shell, reading the password from standard input', async () => {
    const args = [
      'user',
      'add',
      '--email',
      'Truongban@LacHong.gov.vn',
      '--name',
      'Vũ Thị Hồng Nhung',
      '--role',
      'chief_editor',
    ];
    const weak = await run(args, {}, 'matkhau12345\n');
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('Mật khẩu này quá phổ biến');
    const created = await run(args, {}, 'Một mật khẩu đủ dài 2026\n');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(
      '<truongban@lachong.gov.vn> với vai trò Trưởng ban biên tập (chief_editor)',
    );
    expect(created.stdout).toMatch(/otpauth:\/\/totp\/.+secret=[A-Z2-7]+/);
    const again = await run(args, {}, 'Một mật khẩu đủ dài 2026\n');
    expect(again.stderr).toContain('Thư điện tử này đã có tài khoản.');
    const contributor = await run(
      ['user', 'add', '--email', 'pv@lachong.gov.vn', '--name', 'Phóng viên', '--role', 'contributor'],
      {},
      'Một mật khẩu đủ dài 2026',
    );
    expect(contributor.stdout).not.toContain('otpauth://');
    const badRole = await run([
      'user',
      'add',
      '--email',
      'x@lachong.gov.vn',
      '--name',
      'X',
      '--role',
      'king',
    ]);
    expect(badRole.code).toBe(2);
  });

  it('verifies the audit log chain', async () => {
    const result = await run(['audit', 'verify']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Audit log intact: [1-9]\d* entries verified\./);
  });
});
