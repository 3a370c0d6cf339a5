import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import { defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

// Markup the Nu Html Checker refused (issue 13, item 7): each case is checked on the HTML we send.

let t: TestApp;
let admin: Client;
let siteId: number;

beforeAll(async () => {
  t = await createTestApp();
  siteId = await defaultSiteId(t.services.db);
  admin = await loginAs(t.app, await createStaff(t.services, 'admin', siteId));
});
afterAll(async () => t?.close());

function languageSwitchHrefs(html: string): string[] {
  const nav = html.match(/<nav class="languages"[^>]*>([\s\S]*?)<\/nav>/)?.[1] ?? '';
  return [...nav.matchAll(/href="([^"]*)"/g)].map((match) => match[1] ?? '');
}

/** The `<select name="role">` element and its options, as sent. */
function roleSelect(html: string): { required: boolean; options: { value: string; text: string }[] } {
  const select = html.match(/<select[^>]*name="role"[^>]*>([\s\S]*?)<\/select>/);
  expect(select, 'a role select').not.toBeNull();
  const options = [
    ...(select?.[1] ?? '').matchAll(/<option value(?:="([^"]*)")?[^>]*>([^<]*)<\/option>/g),
  ].map((match) => ({ value: match[1] ?? '', text: match[2] ?? '' }));
  return { required: /\srequired/.test(select?.[0].split('>')[0] ?? ''), options };
}

describe('error pages', () => {
  it('do not put a malformed path into the language switch: each link is a valid path', async () => {
    for (const url of ['/%ZZ', '/en/%ZZ', '/tin-tuc/%E0%A4%A']) {
      const response = await t.app.inject({ url });
      expect(response.statusCode, url).toBe(400);
      const hrefs = languageSwitchHrefs(response.body);
      expect(hrefs, url).toHaveLength(3);
      for (const href of hrefs) {
        expect(href, url).not.toContain('%ZZ');
        expect(href, url).not.toContain('%A4%A');
        // A valid URL path: every % starts a two-digit escape.
        expect(href, url).toMatch(/^\/(?:[^%\s"]|%[0-9A-Fa-f]{2})*$/);
      }
      expect(hrefs, url).toEqual(['/', '/en/', '/zh/']);
    }
  });

  it('link each language of a 404 to that language’s home', async () => {
    const response = await t.app.inject({ url: '/khong-co-trang-nay' });
    expect(response.statusCode).toBe(404);
    expect(languageSwitchHrefs(response.body)).toEqual(['/', '/en/', '/zh/']);
  });
});

describe('the role select (user new, edit and the refused form)', () => {
  function expectPlaceholderFirst(html: string) {
    const { required, options } = roleSelect(html);
    expect(required).toBe(true);
    // HTML: a required single select must start with a placeholder option whose value is empty.
    expect(options[0]).toEqual({ value: '', text: '— Chọn vai trò —' });
    expect(options.slice(1).every((option) => option.value !== '')).toBe(true);
  }

  it('starts with an empty "— Chọn vai trò —" option on the new-user form', async () => {
    const response = await admin.get('/admin/users/new');
    expect(response.statusCode).toBe(200);
    expectPlaceholderFirst(response.body);
    // The usual choice stays preselected.
    expect(response.body).toMatch(/<option value="contributor" selected/);
  });

  it('starts with it on the edit form and when the form comes back refused', async () => {
    const staff = await createStaff(t.services, 'editor', siteId);
    const edit = await admin.get(`/admin/users/${staff.id}`);
    expect(edit.statusCode).toBe(200);
    expectPlaceholderFirst(edit.body);
    expect(edit.body).toMatch(/<option value="editor" selected/);

    const refused = await admin.submit('/admin/users/new', '/admin/users', {
      name: 'Phạm Thị Dung',
      email: 'dung.pt@lachong.gov.vn',
      password: 'Sông-Hồng-chảy-về-biển-2026',
      role: 'superuser',
    });
    expect(refused.statusCode).toBe(400);
    expectPlaceholderFirst(refused.body);
    // Nothing valid was chosen: the placeholder is the selected option.
    // (value with no text is value="" in HTML.)
    expect(refused.body).toMatch(/<option value(?:="")? selected/);
  });
});
