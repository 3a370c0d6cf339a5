import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createStaff, loginAs } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { startSmtp } from '../smtp.ts';

/**
 * Without SMTP_URL no mail leaves the server: each one is logged (recipient, subject, text with
 * its secrets replaced by "…"), and administrators see on the start page that mail is not sent.
 */
const RESET_LINK = /\/admin\/password\/reset\?token=([^\s&]+)/;

async function requestReset(t: TestApp, email: string) {
  const response = await new Client(t.app).submit('/admin/password/forgot', '/admin/password/forgot', {
    email,
  });
  expect(response.statusCode).toBe(200);
}

describe('mail without SMTP_URL', () => {
  let t: TestApp;
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];

  beforeAll(async () => {
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      raw.push(text);
      for (const line of text.split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    });
    t = await createTestApp({ logStream });
  });
  afterAll(async () => t?.close());

  it('logs the password-reset mail with recipient and subject, its token redacted', async () => {
    expect(t.services.config.SMTP_URL).toBeUndefined();
    const user = await createStaff(t.services, 'editor', await defaultSiteId(t.services.db));
    await requestReset(t, user.email);
    const entry = lines.find((line) => typeof line.mail === 'object') as
      | { level: number; msg: string; mail: { to: string; subject: string; text: string } }
      | undefined;
    expect(entry).toBeDefined();
    expect(entry?.level).toBe(30);
    expect(entry?.msg).toBe('mail (SMTP_URL not set, not sent)');
    expect(entry?.mail.to).toBe(user.email);
    expect(entry?.mail.subject).toBe('Đặt lại mật khẩu cổng thông tin');
    expect(RESET_LINK.exec(entry?.mail.text ?? '')?.[1]).toBe('…');
    // The token appears nowhere in the log, and the redacted link opens no reset form.
    expect(raw.join('')).not.toMatch(/token=[A-Za-z0-9_-]{20,}/);
    const reset = await new Client(t.app).get('/admin/password/reset?token=%E2%80%A6');
    expect(reset.body).not.toContain('name="password"');
  });

  it('says so once at start', () => {
    expect(
      lines.some((line) => line.level === 40 && String(line.msg).startsWith('SMTP_URL is not set')),
    ).toBe(true);
  });

  it('warns administrators on the start page, in their language', async () => {
    const siteId = await defaultSiteId(t.services.db);
    const admin = await loginAs(t.app, await createStaff(t.services, 'admin', siteId));
    const page = await admin.get('/admin');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(
      'Thư điện tử đang không được gửi đi: chưa cấu hình máy chủ thư (biến SMTP_URL).',
    );
    const adminUser = await t.services.db
      .selectFrom('users')
      .select('id')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    for (const [locale, sentence] of [
      ['en', 'E-mail is not being sent: no mail server is configured'],
      ['zh', '电子邮件目前不会发出'],
    ] as const) {
      await t.services.db.updateTable('users').set({ locale }).where('id', '=', adminUser.id).execute();
      expect((await admin.get('/admin')).body).toContain(sentence);
    }
    const editor = await loginAs(t.app, await createStaff(t.services, 'editor', siteId));
    expect((await editor.get('/admin')).body).not.toContain('SMTP_URL');
  });
});

describe('mail with SMTP_URL', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    smtp = await startSmtp();
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    });
    t = await createTestApp({ logStream, env: { SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('sends the mail with its working link and logs none of it; no warning', async () => {
    const siteId = await defaultSiteId(t.services.db);
    const user = await createStaff(t.services, 'editor', siteId);
    await requestReset(t, user.email);
    await t.app.close(); // waits for the mail sent in the background
    expect(smtp.messages.map((message) => message.to)).toEqual([[user.email]]);
    expect(RESET_LINK.exec(smtp.messages[0]?.text ?? '')?.[1]).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(lines.some((line) => typeof line.mail === 'object')).toBe(false);
    expect(lines.some((line) => String(line.msg).startsWith('SMTP_URL is not set'))).toBe(false);
  });

  it('shows administrators no warning', async () => {
    t = await createTestApp({ sameInstallationAs: t, env: { SMTP_URL: smtp.url } });
    const admin = await loginAs(
      t.app,
      await createStaff(t.services, 'admin', await defaultSiteId(t.services.db)),
    );
    const page = await admin.get('/admin');
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('SMTP_URL');
  });
});
