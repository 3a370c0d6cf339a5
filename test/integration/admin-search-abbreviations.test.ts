import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reindexAll, reindexItem } from '../../src/modules/search/registry.ts';
import { outboxSettled } from '../../src/platform/outbox.ts';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import { createArticle, createCategory, createSite, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp, testEngine } from '../harness.ts';

// A site's own search abbreviations (issue 13, item 18): an administrator adds "STP" = "Sở Tư
// pháp" and the search of that site — and only that site — understands it both ways.
let t: TestApp;
let siteId: number;
let otherSiteId: number;
let categoryId: number;
let admin: Client;
let otherAdmin: Client;

const OTHER_HOST = 'sotuphap-ban.lachong.gov.vn';
const BASE = '/admin/search-abbreviations';

beforeAll(async () => {
  t = await createTestApp();
  const db = t.services.db;
  siteId = await defaultSiteId(db);
  otherSiteId = await createSite(db, { hostnames: [OTHER_HOST] });
  await t.services.sites.reload();
  categoryId = await createCategory(db, siteId, { name: 'Tin hoạt động', slug: 'tin-hoat-dong' });
  const otherCategory = await createCategory(db, otherSiteId, { name: 'Tin ngành', slug: 'tin-nganh' });
  await createArticle(db, siteId, categoryId, { title: 'Sở Tư pháp hướng dẫn công chứng điện tử' });
  await createArticle(db, siteId, categoryId, { title: 'STP tổ chức hội nghị tập huấn' });
  await createArticle(db, otherSiteId, otherCategory, { title: 'Sở Tư pháp tỉnh bạn làm việc' });
  await createArticle(db, otherSiteId, otherCategory, { title: 'STP tỉnh bạn đón đoàn công tác' });
  await reindexAll(t.services);
  admin = await loginAs(t.app, await createStaff(t.services, 'admin', siteId));
  otherAdmin = await loginAs(t.app, await createStaff(t.services, 'admin', otherSiteId), OTHER_HOST);
});
afterAll(async () => t?.close());

/** The titles the search of a site finds for a query, sorted. */
async function found(q: string, host = 'localhost'): Promise<string[]> {
  const response = await t.app.inject({
    url: `/api/v1/search?q=${encodeURIComponent(q)}&perPage=50`,
    headers: { host },
  });
  expect(response.statusCode).toBe(200);
  return (response.json().items as { title: string }[]).map((item) => item.title).sort();
}

const counts = async () => ({
  entries: Number(
    (
      await t.services.db
        .selectFrom('search_abbreviations')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
  audit: Number(
    (
      await t.services.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('action', 'like', 'search.abbreviation.%')
        .executeTakeFirstOrThrow()
    ).n,
  ),
});

const add = (client: Client, fields: Record<string, string>) => client.submit(BASE, BASE, fields);

describe(`a site's own search abbreviations on ${testEngine}`, () => {
  it('lists the built-in abbreviations read-only and none of the site’s own yet', async () => {
    const page = await admin.get(BASE);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Từ viết tắt trong tìm kiếm</h1>');
    expect(page.body).toContain('<td lang="vi">ủy ban nhân dân</td>');
    expect(page.body).toContain('Cổng này chưa thêm từ viết tắt nào.');
    expect(page.body).toContain('href="/admin/search-abbreviations"');
  });

  it('finds both spellings once an administrator adds the entry, on that site only, and audits it', async () => {
    expect(await found('stp')).toEqual(['STP tổ chức hội nghị tập huấn']);
    expect(await found('sở tư pháp')).toEqual(['Sở Tư pháp hướng dẫn công chứng điện tử']);
    // Prime the cached list (empty) of the site, so the change must invalidate it.
    const primed = await createArticle(t.services.db, siteId, categoryId, { title: 'Thông báo tuyển dụng' });
    await reindexItem(t.services, 'article', primed);

    const response = await add(admin, { short_form: ' STP ', expansion: 'Sở  Tư pháp' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`${BASE}?done=created`);
    // The site is reindexed in the background, after the commit.
    await outboxSettled();

    const both = ['STP tổ chức hội nghị tập huấn', 'Sở Tư pháp hướng dẫn công chứng điện tử'].sort();
    expect(await found('stp')).toEqual(both);
    expect(await found('sở tư pháp')).toEqual(both);
    expect(await found('so tu phap')).toEqual(both);
    // The other site keeps the built-in list.
    expect(await found('stp', OTHER_HOST)).toEqual(['STP tỉnh bạn đón đoàn công tác']);
    expect(await found('sở tư pháp', OTHER_HOST)).toEqual(['Sở Tư pháp tỉnh bạn làm việc']);

    // An item indexed later uses the site's new list (the cache was invalidated).
    const later = await createArticle(t.services.db, siteId, categoryId, { title: 'Giám đốc STP tiếp dân' });
    await reindexItem(t.services, 'article', later);
    expect(await found('sở tư pháp')).toContain('Giám đốc STP tiếp dân');

    const page = await admin.get(`${BASE}?done=created`);
    expect(page.body).toContain('Đã tạo mới.');
    expect(page.body).toContain('<td lang="vi">Sở Tư pháp</td>');
    const row = await t.services.db.selectFrom('search_abbreviations').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ site_id: siteId, short_form: 'STP', expansion: 'Sở Tư pháp' });
    const audit = await t.services.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'search.abbreviation.create')
      .executeTakeFirstOrThrow();
    expect(audit.site_id).toBe(siteId);
    expect(JSON.parse(audit.after ?? '{}')).toEqual({ shortForm: 'STP', expansion: 'Sở Tư pháp' });
  });

  it('refuses bad input with localised messages and writes nothing', async () => {
    const before = await counts();
    const cases: [Record<string, string>, string][] = [
      [{ short_form: '', expansion: 'Sở Tài chính' }, 'Vui lòng nhập mục này.'],
      [{ short_form: 'STC', expansion: '   ' }, 'Vui lòng nhập mục này.'],
      [{ short_form: 'S'.repeat(21), expansion: 'Sở Tài chính' }, 'Không được dài quá 20 ký tự.'],
      [{ short_form: 'STC', expansion: `Sở ${'rất '.repeat(60)}` }, 'Không được dài quá 200 ký tự.'],
      [{ short_form: 'S T C', expansion: 'Sở Tài chính' }, 'chỉ gồm chữ cái và chữ số, viết liền'],
      [{ short_form: 'S.T.C', expansion: 'Sở Tài chính' }, 'chỉ gồm chữ cái và chữ số, viết liền'],
      [{ short_form: '越南', expansion: 'Việt Nam' }, 'chỉ gồm chữ cái và chữ số, viết liền'],
      [{ short_form: '115', expansion: 'cấp cứu' }, 'cần có ít nhất một chữ cái'],
      [{ short_form: 'STC', expansion: 'Sở\tTài chính' }, 'không được chứa ký tự điều khiển'],
      [{ short_form: 'STC', expansion: '!!! ???' }, 'không được chứa ký tự điều khiển'],
      [{ short_form: 'stp', expansion: 'sở tư pháp' }, 'Cổng này đã có từ viết tắt này với cùng nghĩa.'],
      [{ short_form: 'UBND', expansion: 'Ủy ban nhân dân' }, 'đã có trong danh sách sẵn có'],
      [{ short_form: 'Abc', expansion: 'ABC' }, 'Phần viết đầy đủ phải khác từ viết tắt.'],
    ];
    for (const [fields, message] of cases) {
      const response = await add(admin, fields);
      expect(response.statusCode, JSON.stringify(fields)).toBe(400);
      expect(response.body, JSON.stringify(fields)).toContain(message);
      expect(response.body).toContain('Vui lòng sửa các mục được đánh dấu');
    }
    // NUL is refused at the edge of every request, localised.
    const nul = await add(admin, { short_form: 'STC', expansion: 'Sở\u0000Tài chính' });
    expect(nul.statusCode).toBe(400);
    expect(nul.body).toContain('Nội dung có ký tự không hợp lệ');
    expect(await counts()).toEqual(before);
  });

  it('lets an administrator edit an entry and refuses another site’s entry', async () => {
    const entry = await t.services.db
      .selectFrom('search_abbreviations')
      .select('id')
      .where('site_id', '=', siteId)
      .executeTakeFirstOrThrow();
    const url = `${BASE}/${entry.id}`;
    const form = await admin.get(url);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Sửa từ viết tắt “STP”');
    // Unchanged is not a duplicate of itself.
    const saved = await admin.submit(url, url, { short_form: 'STP', expansion: 'Sở Tư pháp' });
    expect(saved.statusCode).toBe(303);
    const bad = await admin.submit(url, url, { short_form: 'STP', expansion: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Vui lòng nhập mục này.');
    // Another site's administrator does not see it.
    expect((await otherAdmin.get(url)).statusCode).toBe(404);
    const forged = await otherAdmin.submit(BASE, `${url}/delete`, {});
    expect(forged.statusCode).toBe(404);
    expect((await counts()).entries).toBe(1);
  });

  it('is for administrators only, with CSRF on every form', async () => {
    const anonymous = await t.app.inject({ url: BASE, headers: { host: 'localhost' } });
    expect(anonymous.statusCode).toBe(303);
    expect(String(anonymous.headers.location)).toMatch(/^\/admin\/login/);
    const anonymousPost = await t.app.inject({
      method: 'POST',
      url: BASE,
      headers: { host: 'localhost', 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'short_form=STC&expansion=S%E1%BB%9F+T%C3%A0i+ch%C3%ADnh',
    });
    expect(anonymousPost.statusCode).toBe(303);
    for (const role of ['editor', 'chief_editor'] as const) {
      const editor = await loginAs(t.app, await createStaff(t.services, role, siteId));
      expect((await editor.get(BASE)).statusCode, role).toBe(403);
      const csrf = /name="_csrf" value="([^"]+)"/.exec((await editor.get('/admin/account')).body)?.[1] ?? '';
      const post = await editor.post(BASE, { _csrf: csrf, short_form: 'STC', expansion: 'Sở Tài chính' });
      expect(post.statusCode, role).toBe(403);
    }
    const before = await counts();
    const noCsrf = await admin.post(BASE, { short_form: 'STC', expansion: 'Sở Tài chính' });
    expect(noCsrf.statusCode).toBe(403);
    const forged = await admin.post(BASE, { _csrf: 'forged', short_form: 'STC', expansion: 'Sở Tài chính' });
    expect(forged.statusCode).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('deleting the entry removes its effect from the search', async () => {
    const entry = await t.services.db
      .selectFrom('search_abbreviations')
      .select('id')
      .where('site_id', '=', siteId)
      .executeTakeFirstOrThrow();
    const before = await counts();
    const response = await admin.submit(BASE, `${BASE}/${entry.id}/delete`, {});
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`${BASE}?done=deleted`);
    await outboxSettled();
    expect(await counts()).toEqual({ entries: before.entries - 1, audit: before.audit + 1 });
    expect(await found('stp')).toEqual(['Giám đốc STP tiếp dân', 'STP tổ chức hội nghị tập huấn'].sort());
    expect(await found('sở tư pháp')).toEqual(['Sở Tư pháp hướng dẫn công chứng điện tử']);
    const audit = await t.services.db
      .selectFrom('audit_log')
      .select(['before', 'entity_id'])
      .where('action', '=', 'search.abbreviation.delete')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before ?? '{}')).toEqual({ shortForm: 'STP', expansion: 'Sở Tư pháp' });
  });
});
