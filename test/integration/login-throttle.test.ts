import { generateSync } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/modules/audit/audit.ts';
import { passwordVerifications } from '../../src/platform/passwords.ts';
import { Client, createStaff, csrfToken, type StaffUser, TEST_PASSWORD } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

/**
 * Finding 11 of issue 12: login throttling. The lock is decided before the expensive argon2 hash
 * (20 parallel guesses used to cost 20 hashes); a success does not wipe the per-IP count of other
 * accounts; the lock message says until when; and the first limit is per account and IP, so one
 * office behind a NAT is not locked out by one person's typos, with higher per-IP and per-account
 * ceilings behind it.
 */
let t: TestApp;
let siteId: number;
// 14:00 in Viet Nam on 7 December 2026.
let now = new Date('2026-12-07T07:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  siteId = await defaultSiteId(t.services.db);
});
afterAll(async () => t?.close());

let ipCounter = 0;
/** A fresh client address (each test its own: the routes' request rate limit is per IP too). */
function freshIp(): string {
  ipCounter++;
  return `198.51.100.${ipCounter}`;
}

/** A login form loaded from `ip`, ready to post attempts from the same address. */
async function loginForm(ip: string) {
  const client = new Client(t.app);
  const page = await client.request({ method: 'GET', url: '/admin/login', remoteAddress: ip });
  const csrf = csrfToken(page.body);
  return (email: string, password: string) =>
    client.request({
      method: 'POST',
      url: '/admin/login',
      remoteAddress: ip,
      payload: new URLSearchParams({ _csrf: csrf, email, password }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
}

async function failuresOf(key: string): Promise<number> {
  const row = await t.services.db
    .selectFrom('login_throttle')
    .select('failures')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.failures ?? 0;
}

describe('login throttling', () => {
  it('decides the lock before hashing: 20 parallel wrong guesses cost at most 4 hash checks', async () => {
    const editor = await createStaff(t.services, 'editor', siteId);
    const attempt = await loginForm(freshIp());
    const before = passwordVerifications();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) => attempt(editor.email, `sai-mat-khau-${index}`)),
    );
    const hashed = passwordVerifications() - before;
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
    // Three free failures, the fourth starts the wait; the other sixteen never reach argon2.
    expect(hashed).toBeLessThanOrEqual(4);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(16);
  });

  it('locks one account from one address, not the others behind the same address', async () => {
    const office = freshIp();
    const clumsy = await createStaff(t.services, 'editor', siteId);
    const colleague = await createStaff(t.services, 'editor', siteId);
    const attempt = await loginForm(office);
    const statuses: number[] = [];
    for (let index = 0; index < 10; index++) {
      now = new Date(now.getTime() + 2 * 60_000);
      statuses.push((await attempt(clumsy.email, `sai-mat-khau-${index}`)).statusCode);
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
    // The lock says until when, in the person's language and format (15 minutes after 14:20).
    const locked = await attempt(clumsy.email, TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.body).toContain('tạm khóa đến 14:35 ngày 07/12/2026');
    // A colleague in the same office signs in…
    expect((await attempt(colleague.email, TEST_PASSWORD)).statusCode).toBe(303);
    // …and so does the owner of the account from elsewhere.
    const home = await loginForm(freshIp());
    expect((await home(clumsy.email, TEST_PASSWORD)).statusCode).toBe(303);
  });

  it('keeps the per-address count of other accounts when someone signs in', async () => {
    const office = freshIp();
    const [first, second, third] = [
      await createStaff(t.services, 'editor', siteId),
      await createStaff(t.services, 'editor', siteId),
      await createStaff(t.services, 'editor', siteId),
    ] as [StaffUser, StaffUser, StaffUser];
    const attempt = await loginForm(office);
    for (const person of [first, second])
      for (let index = 0; index < 2; index++)
        expect((await attempt(person.email, `sai-mat-khau-${index}`)).statusCode).toBe(401);
    expect(await failuresOf(`ip:${office}`)).toBe(4);
    expect((await attempt(third.email, TEST_PASSWORD)).statusCode).toBe(303);
    expect(await failuresOf(`ip:${office}`)).toBe(4);
    expect(await failuresOf(`pair:${first.email}|${office}`)).toBe(2);
  });

  it('stops guessing spread over many addresses with a per-account ceiling', async () => {
    const target = await createStaff(t.services, 'editor', siteId);
    const statuses: number[] = [];
    for (let index = 0; index < 30; index++) {
      const attempt = await loginForm(freshIp());
      statuses.push((await attempt(target.email, `sai-mat-khau-${index}`)).statusCode);
    }
    expect(statuses.slice(0, 29).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const before = passwordVerifications();
    const owner = await loginForm(freshIp());
    const refused = await owner(target.email, TEST_PASSWORD);
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toMatch(/tạm khóa đến \d\d:\d\d ngày \d\d\/\d\d\/\d{4}/);
    expect(passwordVerifications() - before).toBe(0);
  });

  it('shows the end of a second-factor lock too', async () => {
    const chief = await createStaff(t.services, 'chief_editor', siteId);
    const client = new Client(t.app);
    await client.submit('/admin/login', '/admin/login', { email: chief.email, password: TEST_PASSWORD });
    const right = generateSync({ secret: chief.totpSecret ?? '', epoch: Math.floor(now.getTime() / 1000) });
    const wrong = right === '000000' ? '111111' : '000000';
    const bodies: string[] = [];
    const statuses: number[] = [];
    for (let index = 0; index < 4; index++) {
      const response = await client.submit('/admin/login/2fa', '/admin/login/2fa', { code: wrong });
      bodies.push(response.body);
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(bodies.at(-1)).toMatch(/tạm khóa đến \d\d:\d\d ngày 07\/12\/2026/);
    expect(bodies.at(-1)).not.toContain('tạm khóa đến .');
    // In the person's own language and format.
    await t.services.db.updateTable('users').set({ locale: 'en' }).where('id', '=', chief.id).execute();
    const english = await client.submit('/admin/login/2fa', '/admin/login/2fa', { code: wrong });
    expect(english.body).toMatch(/paused until \d\d:\d\d on 7 December 2026/);
    expect(await verifyAudit(t.services.db)).toMatchObject({ ok: true });
  });
});
