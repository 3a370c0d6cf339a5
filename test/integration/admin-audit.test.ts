import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/i18n/dates.ts';
import { appendAudit } from '../../src/modules/audit/audit.ts';
import { type Client, createStaff, loginAs, type StaffUser } from '../admin-session.ts';
import { createSite, defaultSiteId } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
let siteId: number;
let adminUser: StaffUser;
let admin: Client;
let categoryId: number;
const now = new Date();
/** A calendar date in Viet Nam, days from today: YYYY-MM-DD. */
const vnDate = (days: number) =>
  new Date(now.getTime() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  siteId = await defaultSiteId(t.services.db);
  adminUser = await createStaff(t.services, 'admin', siteId);
  admin = await loginAs(t.app, adminUser);
  const created = await admin.submit('/admin/categories/new', '/admin/categories', { name_vi: 'Tin tức' });
  categoryId = Number(/\/admin\/categories\/(\d+)/.exec(String(created.headers.location))?.[1]);
  await admin.submit(`/admin/categories/${categoryId}`, `/admin/categories/${categoryId}`, {
    name_vi: 'Tin tức - Sự kiện',
    slug_vi: 'tin-tuc',
  });
});
afterAll(async () => t?.close());

/** The action codes shown in the log table, in order. */
function actions(html: string): string[] {
  return [...html.matchAll(/<td><code>([a-z_.]+)<\/code><\/td>/g)].map((match) => match[1] ?? '');
}

describe('audit log viewer', () => {
  it('lists entries newest first with a readable before/after diff', async () => {
    const page = await admin.get('/admin/audit');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Nhật ký hệ thống');
    const shown = actions(page.body);
    expect(shown.slice(0, 2)).toEqual(['category.update', 'category.create']);
    expect(shown).toContain('auth.login');
    expect(page.body).toContain(
      '<th scope="row">texts.vi.name</th><td><del>Tin tức</del></td><td><ins>Tin tức - Sự kiện</ins></td>',
    );
    expect(page.body).toContain('<th scope="row">texts.vi.slug</th><td>tin-tuc</td><td>tin-tuc</td>');
    expect(page.body).toContain(formatDate(now, 'vi'));
  });

  it('filters by action, actor, entity, IP and date range', async () => {
    expect(actions((await admin.get('/admin/audit?action=category.')).body)).toEqual([
      'category.update',
      'category.create',
    ]);
    expect(actions((await admin.get('/admin/audit?action=CATEGORY.UPD')).body)).toEqual(['category.update']);
    const byActor = actions(
      (await admin.get(`/admin/audit?actor=${adminUser.email.slice(0, 12).toUpperCase()}`)).body,
    );
    expect(byActor).toContain('category.create');
    expect(actions((await admin.get('/admin/audit?actor=nobody%25')).body)).toEqual([]);
    const byEntity = await admin.get(`/admin/audit?entity_type=category&entity_id=${categoryId}`);
    expect(actions(byEntity.body)).toEqual(['category.update', 'category.create']);
    expect(byEntity.body).toContain(`value="${categoryId}"`);
    expect(actions((await admin.get('/admin/audit?ip=127.0.0.1')).body).length).toBeGreaterThan(0);
    expect((await admin.get('/admin/audit?ip=10.9.9.9')).body).toContain('Không có mục nào khớp với bộ lọc.');
    expect(
      actions((await admin.get(`/admin/audit?from=${vnDate(0)}&to=${vnDate(0)}`)).body).length,
    ).toBeGreaterThan(0);
    expect(actions((await admin.get(`/admin/audit?from=${vnDate(1)}`)).body)).toEqual([]);
    expect(actions((await admin.get(`/admin/audit?to=${vnDate(-1)}`)).body)).toEqual([]);
    const invalid = await admin.get('/admin/audit?from=29-11-2026');
    expect(invalid.statusCode).toBe(200);
    expect(invalid.body).toMatch(/id="f-from-error">Ngày không hợp lệ\./);
  });

  it('pages through many entries, keeping the filters', async () => {
    for (let i = 0; i < 60; i++) {
      await appendAudit(t.services.db, {
        siteId,
        actorLabel: 'cli',
        action: 'test.bulk',
        entityType: 'thing',
        entityId: i,
        after: { n: i },
        at: now,
      });
    }
    const first = await admin.get('/admin/audit?action=test.bulk');
    expect(actions(first.body)).toHaveLength(50);
    expect(first.body).toContain('href="/admin/audit?action=test.bulk&amp;page=2"');
    const second = await admin.get('/admin/audit?action=test.bulk&page=2');
    expect(actions(second.body)).toHaveLength(10);
    expect(second.body).toContain('Trang 2');
    expect(second.body).toContain('href="/admin/audit?action=test.bulk"');
  });

  it('does not show another site’s entries to an administrator of a component site', async () => {
    const department = await createSite(t.services.db, {
      parentId: siteId,
      hostnames: ['sovh.lachong.gov.vn'],
    });
    await t.services.sites.reload();
    await appendAudit(t.services.db, {
      siteId: department,
      actorLabel: 'cli',
      action: 'test.department',
      at: now,
    });
    expect(actions((await admin.get('/admin/audit?action=test.department')).body)).toEqual([
      'test.department',
    ]);
    const local = await loginAs(
      t.app,
      await createStaff(t.services, 'admin', department),
      'sovh.lachong.gov.vn',
    );
    const own = await local.get('/admin/audit');
    expect(actions(own.body)).toContain('test.department');
    expect(actions(own.body)).toContain('auth.login');
    expect(actions(own.body)).not.toContain('category.create');
  });

  it('verifies the hash chain and reports the first altered entry', async () => {
    const ok = await admin.submit('/admin/audit', '/admin/audit/verify', {});
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toMatch(/Chuỗi nhật ký toàn vẹn: đã kiểm tra \d+ mục/);
    const victim = await t.services.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'category.create')
      .executeTakeFirstOrThrow();
    await t.services.db
      .updateTable('audit_log')
      .set({ actor_label: 'ke-gian' })
      .where('id', '=', victim.id)
      .execute();
    const broken = await admin.submit('/admin/audit', '/admin/audit/verify', {});
    expect(broken.body).toContain(`Chuỗi nhật ký bị phá vỡ tại mục số ${victim.id} (mục đã bị sửa)`);
  });

  it('is for administrators only', async () => {
    const chief = await loginAs(t.app, await createStaff(t.services, 'chief_editor', siteId));
    expect((await chief.get('/admin/audit')).statusCode).toBe(403);
  });
});
