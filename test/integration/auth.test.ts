import { generateSync } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/modules/audit/audit.ts';
import { Client, createStaff, csrfToken, loginAs, TEST_PASSWORD } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { startSmtp } from '../smtp.ts';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let siteId: number;
let now = new Date('2026-11-29T03:00:00Z');

beforeAll(async () => {
  smtp = await startSmtp();
  t = await createTestApp({ mailer: smtp.mailer, clock: () => now });
  siteId = await defaultSiteId(t.services.db);
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

async function auditActions(): Promise<string[]> {
  const rows = await t.services.db.selectFrom('audit_log').select('action').orderBy('id').execute();
  return rows.map((row) => row.action);
}

describe('logging in', () => {
  it('signs an editor in with a session cookie and a fresh id each time', async () => {
    const editor = await createStaff(t.services, 'editor', siteId);
    const first = await loginAs(t.app, editor);
    const second = await loginAs(t.app, editor);
    expect(first.cookies.get('dinh_session')).toBeTruthy();
    expect(first.cookies.get('dinh_session')).not.toBe(second.cookies.get('dinh_session'));
    const dashboard = await first.get('/admin');
    expect(dashboard.statusCode).toBe(200);
    expect(dashboard.body).toContain('Bảng điều khiển');
    expect(dashboard.headers['cache-control']).toBe('private, no-store');
  });

  it('refuses a wrong password with a clear message, keeps the e-mail typed, and audits it', async () => {
    const editor = await createStaff(t.services, 'editor', siteId);
    const client = new Client(t.app);
    const response = await client.submit('/admin/login', '/admin/login', {
      email: editor.email,
      password: 'sai-mat-khau-roi',
    });
    expect(response.statusCode).toBe(401);
    expect(response.body).toContain('Thư điện tử hoặc mật khẩu không đúng.');
    expect(response.body).toContain(`value="${editor.email}"`);
    expect(await auditActions()).toContain('auth.login_failed');
  });

  it('backs off and then locks an account after repeated failures', async () => {
    const editor = await createStaff(t.services, 'editor', siteId);
    const client = new Client(t.app);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await client.submit('/admin/login', '/admin/login', {
        email: editor.email,
        password: `sai-mat-khau-${attempt}`,
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
    // Even the right password is refused while locked…
    const locked = await client.submit('/admin/login', '/admin/login', {
      email: editor.email,
      password: TEST_PASSWORD,
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.body).toContain('tạm khóa');
    expect(await auditActions()).toContain('auth.login_locked');
    // …and accepted once the lock has passed.
    now = new Date(now.getTime() + 20 * 60_000);
    const later = await client.submit('/admin/login', '/admin/login', {
      email: editor.email,
      password: TEST_PASSWORD,
    });
    expect(later.statusCode).toBe(303);
  });

  it('requires a CSRF token on the login form', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/admin/login',
      payload: 'email=a%40b.vn&password=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('Biểu mẫu đã hết hạn');
  });

  it('never redirects to another site after login', async () => {
    const editor = await createStaff(t.services, 'editor', siteId);
    const client = new Client(t.app);
    const page = await client.get('/admin/login?next=https://evil.example/');
    const response = await client.post('/admin/login?next=https://evil.example/', {
      _csrf: csrfToken(page.body),
      email: editor.email,
      password: TEST_PASSWORD,
    });
    expect(response.headers.location).toBe('/admin');
  });
});

describe('two-factor authentication', () => {
  it('is required for a chief editor, and a code cannot be replayed', async () => {
    const chief = await createStaff(t.services, 'chief_editor', siteId);
    const client = new Client(t.app);
    const password = await client.submit('/admin/login', '/admin/login', {
      email: chief.email,
      password: TEST_PASSWORD,
    });
    expect(password.headers.location).toBe('/admin/login/2fa?next=%2Fadmin');
    // Nothing else is reachable before the second factor.
    const blocked = await client.get('/admin');
    expect(blocked.statusCode).toBe(303);
    expect(blocked.headers.location).toBe('/admin/login/2fa');
    const code = generateSync({ secret: chief.totpSecret ?? '', epoch: Math.floor(now.getTime() / 1000) });
    const wrong = await client.submit('/admin/login/2fa', '/admin/login/2fa', {
      code: code === '000000' ? '111111' : '000000',
    });
    expect(wrong.statusCode).toBe(401);
    const right = await client.submit('/admin/login/2fa', '/admin/login/2fa', { code });
    expect(right.statusCode).toBe(303);
    expect((await client.get('/admin')).statusCode).toBe(200);
    // Another session trying the same code is refused (replay).
    const other = new Client(t.app);
    await other.submit('/admin/login', '/admin/login', { email: chief.email, password: TEST_PASSWORD });
    const replay = await other.submit('/admin/login/2fa', '/admin/login/2fa', { code });
    expect(replay.statusCode).toBe(401);
    expect(replay.body).toContain('đã được dùng');
  });

  it('makes an administrator without a second factor enrol first, then shows recovery codes that work once', async () => {
    const admin = await createStaff(t.services, 'admin', siteId);
    await t.services.db
      .updateTable('users')
      .set({ totp_enabled: 0, totp_secret: null })
      .where('id', '=', admin.id)
      .execute();
    const client = new Client(t.app);
    const login = await client.submit('/admin/login', '/admin/login', {
      email: admin.email,
      password: TEST_PASSWORD,
    });
    expect(login.headers.location).toBe('/admin/account/2fa');
    const enrol = await client.get('/admin/account/2fa');
    expect(enrol.body).toContain('<img src="data:image/png;base64,');
    const secret = /class="totp-key">([A-Z2-7 ]+)</.exec(enrol.body)?.[1]?.replace(/ /g, '') ?? '';
    expect(secret.length).toBeGreaterThanOrEqual(16);
    const done = await client.post('/admin/account/2fa', {
      _csrf: csrfToken(enrol.body),
      code: generateSync({ secret, epoch: Math.floor(now.getTime() / 1000) }),
    });
    expect(done.statusCode).toBe(200);
    const codes = [...done.body.matchAll(/<li><code>([0-9a-f]{5}-[0-9a-f]{5})<\/code><\/li>/g)].map(
      (match) => match[1] ?? '',
    );
    expect(codes).toHaveLength(10);
    expect((await client.get('/admin')).statusCode).toBe(200);
    // A recovery code signs in once.
    const fresh = new Client(t.app);
    await fresh.submit('/admin/login', '/admin/login', { email: admin.email, password: TEST_PASSWORD });
    expect(
      (await fresh.submit('/admin/login/2fa', '/admin/login/2fa', { code: codes[0] ?? '' })).statusCode,
    ).toBe(303);
    const again = new Client(t.app);
    await again.submit('/admin/login', '/admin/login', { email: admin.email, password: TEST_PASSWORD });
    expect(
      (await again.submit('/admin/login/2fa', '/admin/login/2fa', { code: codes[0] ?? '' })).statusCode,
    ).toBe(401);
  });
});

describe('sessions', () => {
  it('signs out, and signs out everywhere', async () => {
    const editor = await createStaff(t.services, 'editor', siteId);
    const laptop = await loginAs(t.app, editor);
    const phone = await loginAs(t.app, editor);
    const dashboard = await laptop.get('/admin');
    const revoke = await laptop.post('/admin/account/sessions/revoke', { _csrf: csrfToken(dashboard.body) });
    expect(revoke.headers.location).toBe('/admin/login');
    expect((await phone.get('/admin')).statusCode).toBe(303);
    expect((await laptop.get('/admin')).statusCode).toBe(303);
  });

  it('expires after 30 idle minutes', async () => {
    const editor = await createStaff(t.services, 'editor', siteId);
    const client = await loginAs(t.app, editor);
    now = new Date(now.getTime() + 31 * 60_000);
    const response = await client.get('/admin');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/admin/login?next=%2Fadmin');
  });
});

describe('password reset by e-mail', () => {
  it('mails a one-hour link through a real SMTP server and sets a new password', async () => {
    const editor = await createStaff(t.services, 'editor', siteId);
    const session = await loginAs(t.app, editor);
    const client = new Client(t.app);
    const sent = await client.submit('/admin/password/forgot', '/admin/password/forgot', {
      email: editor.email,
    });
    expect(sent.body).toContain('liên kết đặt lại mật khẩu đã được gửi');
    const unknown = await client.submit('/admin/password/forgot', '/admin/password/forgot', {
      email: 'khong-co@lachong.gov.vn',
    });
    expect(unknown.body).toContain('liên kết đặt lại mật khẩu đã được gửi');
    await expect.poll(() => smtp.messages.filter((mail) => mail.to.includes(editor.email)).length).toBe(1);
    const mail = smtp.messages.find((message) => message.to.includes(editor.email));
    const link =
      /(http:\/\/localhost:3000\/admin\/password\/reset\?token=[A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1] ??
      '';
    expect(link).toBeTruthy();
    expect(smtp.messages.some((message) => message.to.includes('khong-co@lachong.gov.vn'))).toBe(false);
    const path = link.replace('http://localhost:3000', '');
    const form = await client.get(path);
    expect(form.statusCode).toBe(200);
    const token = new URL(link).searchParams.get('token') ?? '';
    const weak = await client.post('/admin/password/reset', {
      _csrf: csrfToken(form.body),
      token,
      password: 'matkhau12345',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.body).toContain('quá phổ biến');
    const done = await client.post('/admin/password/reset', {
      _csrf: csrfToken(form.body),
      token,
      password: 'Mật khẩu mới của Sở 2026!',
    });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Đã đặt mật khẩu mới');
    // Old sessions end; the link works once.
    expect((await session.get('/admin')).statusCode).toBe(303);
    expect((await client.get(path)).statusCode).toBe(400);
    const relogin = await new Client(t.app).submit('/admin/login', '/admin/login', {
      email: editor.email,
      password: 'Mật khẩu mới của Sở 2026!',
    });
    expect(relogin.statusCode).toBe(303);
  });
});

describe('audit log', () => {
  it('chains every entry and detects an altered or removed one', async () => {
    expect(await verifyAudit(t.services.db)).toMatchObject({ ok: true });
    const rows = await t.services.db.selectFrom('audit_log').select(['id']).orderBy('id').execute();
    expect(rows.length).toBeGreaterThan(10);
    const victim = rows[5]?.id ?? 0;
    await t.services.db.updateTable('audit_log').set({ ip: '10.0.0.66' }).where('id', '=', victim).execute();
    expect(await verifyAudit(t.services.db)).toMatchObject({
      ok: false,
      brokenAt: victim,
      reason: 'entry altered',
    });
  });
});
