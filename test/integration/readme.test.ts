import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createStaff } from '../admin-session.ts';
import { runDinh } from '../cli-runner.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

/** What README promises a newcomer, checked against the tree. */
const readme = readFileSync('README.md', 'utf8');
const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts;

describe('README tells the truth', () => {
  it('names only npm scripts that exist, whose files exist', () => {
    const named = [...readme.matchAll(/npm run ([a-z:-]+)/g)].map((match) => match[1] ?? '');
    expect(named.length).toBeGreaterThan(3);
    for (const name of new Set(named)) expect(scripts, `npm run ${name}`).toHaveProperty(name);
    for (const [name, command] of Object.entries(scripts)) {
      for (const file of command.match(/\b(?:scripts|bench|bin)\/[\w./-]+\.m?[jt]s\b/g) ?? [])
        expect(existsSync(file), `${name}: ${file}`).toBe(true);
    }
  });

  it('names only dinh commands the help lists', async () => {
    const { HELP: dinhHelp } = await import('../../src/cli.ts');
    const commands = [...readme.matchAll(/npx dinh ([a-z-]+(?: [a-z]+)?)/g)].map((match) => match[1] ?? '');
    expect(commands.length).toBeGreaterThan(3);
    for (const command of commands) {
      const [name, sub] = command.split(' ');
      if (name === undefined || name.startsWith('-')) continue;
      expect(dinhHelp, command).toMatch(new RegExp(`^  ${name}${sub ? ` ${sub}` : ''}\\b`, 'm'));
    }
  });

  it('has an Operations section whose dinh commands exist, with their help', async () => {
    const operations = /\n## Operations\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
    for (const heading of [
      '### Back up',
      '### Restore, and the monthly drill',
      '### Upgrade',
      '### When the disk fills',
    ])
      expect(operations).toContain(heading);
    expect(operations).toContain('postgresql-client');
    expect(operations).toMatch(/OnCalendar=/);
    const commands = new Set(
      [...operations.matchAll(/\bdinh (backup|restore|audit|migrate|start)\b/g)].map((m) => m[1]),
    );
    expect([...commands]).toEqual(expect.arrayContaining(['backup', 'restore', 'audit', 'migrate']));
    const cwd = await mkdtemp(path.join(tmpdir(), 'dinh-readme-'));
    try {
      const helps = await Promise.all(
        [...commands].map(async (command) => ({
          command,
          result: await runDinh([command ?? '', '--help'], { env: { DATA_DIR: cwd }, cwd }),
        })),
      );
      for (const { command, result } of helps) {
        expect(result.code, command).toBe(0);
        expect(result.stdout, command).toMatch(new RegExp(`^Usage: dinh ${command}\\b`));
      }
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });

  it('promises that mail is logged, its secrets redacted, when SMTP_URL is unset', () => {
    expect(readme).toMatch(
      /`SMTP_URL`[^\n]*unset: mail is logged \(recipient, subject, text with reset tokens replaced by `…`\)/,
    );
  });
});

describe('mail without SMTP_URL', () => {
  let t: TestApp;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    });
    t = await createTestApp({ logStream });
  });
  afterAll(async () => t?.close());

  it('is logged with recipient, subject and text, the reset token replaced by "…"', async () => {
    expect(t.services.config.SMTP_URL).toBeUndefined();
    const user = await createStaff(t.services, 'editor', await defaultSiteId(t.services.db));
    const client = new Client(t.app);
    const sent = await client.submit('/admin/password/forgot', '/admin/password/forgot', {
      email: user.email,
    });
    expect(sent.statusCode).toBe(200);
    const entry = lines.find((line) => typeof line.mail === 'object') as
      | { level: number; mail: { to: string; subject: string; text: string } }
      | undefined;
    expect(entry).toBeDefined();
    expect(entry?.level).toBe(30);
    expect(entry?.mail.to).toBe(user.email);
    expect(entry?.mail.subject).toBeTruthy();
    expect(entry?.mail.text).toMatch(/https?:\/\/\S+\/admin\/password\/reset\?token=…/);
  });
});
