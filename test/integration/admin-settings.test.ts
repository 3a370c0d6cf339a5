import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsValues } from '../../src/modules/sites/admin/settings-admin.service.ts';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import { createSite, defaultSiteId, mediaRow } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
let siteId: number;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  siteId = await defaultSiteId(t.services.db);
  admin = await loginAs(t.app, await createStaff(t.services, 'admin', siteId));
  await createSite(t.services.db, { hostnames: ['sotnmt.lachong.gov.vn'] });
  await t.services.sites.reload();
});
afterAll(async () => t?.close());

/** The current settings as form fields, with changes. */
function fields(changes: Record<string, string>): Record<string, string> {
  const site = t.services.sites.byId(siteId)!;
  return { ...settingsValues(site), ...changes };
}

const save = (changes: Record<string, string>) =>
  admin.submit('/admin/settings', '/admin/settings', fields(changes));

describe('site settings admin', () => {
  it('shows the current settings', async () => {
    const page = await admin.get('/admin/settings');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Cài đặt cổng thông tin');
    expect(page.body).toContain('value="Cổng thông tin điện tử"');
    // In their stored order: the first is the primary address links name (ADR 0016).
    expect(page.body).toMatch(/name="hostnames"[^>]*>localhost\n127\.0\.0\.1<\/textarea>/);
  });

  it('saves the footer data; the public footer shows it at once; the change is audited', async () => {
    expect((await t.app.inject({ url: '/' })).body).not.toContain('Số 1 đường Hùng Vương');
    const response = await save({
      name_vi: 'Cổng thông tin điện tử tỉnh Lạc Hồng',
      name_en: 'Lac Hong Province Portal',
      unit_vi: 'Ủy ban nhân dân tỉnh Lạc Hồng',
      responsible_vi: 'Trần Thị B - Chánh Văn phòng UBND tỉnh',
      address_vi: 'Số 1 đường Hùng Vương, thành phố Lạc Hồng',
      address_en: '1 Hung Vuong Street, Lac Hong City',
      phone: '0203 3 888 888',
      email: 'VanPhong@LacHong.gov.vn',
      licence_vi: 'Giấy phép số 25/GP-TTĐT ngày 12/3/2024',
      hostnames: 'localhost\n127.0.0.1\nLạcHồng.gov.vn\nlachong.gov.vn.',
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/admin/settings?done=saved');
    const home = (await t.app.inject({ url: '/' })).body;
    expect(home).toContain('Số 1 đường Hùng Vương, thành phố Lạc Hồng');
    expect(home).toContain('Trần Thị B - Chánh Văn phòng UBND tỉnh');
    expect(home).toContain('Giấy phép số 25/GP-TTĐT ngày 12/3/2024');
    expect(home).toContain('0203 3 888 888');
    expect((await t.app.inject({ url: '/en/' })).body).toContain('1 Hung Vuong Street, Lac Hong City');
    const site = t.services.sites.byId(siteId)!;
    expect(site.email).toBe('vanphong@lachong.gov.vn');
    expect(site.hostnames.sort()).toEqual(
      ['127.0.0.1', 'lachong.gov.vn', 'localhost', 'xn--lchng-j11bqo.gov.vn'].sort(),
    );
    // The new hostname now selects this site.
    const byHost = await t.app.inject({ url: '/', headers: { host: 'lachong.gov.vn' } });
    expect(byHost.body).toContain('Cổng thông tin điện tử tỉnh Lạc Hồng');
    const audit = await t.services.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'site.update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before ?? '{}').address.vi).toBe('Chưa cập nhật');
    expect(JSON.parse(audit.after ?? '{}').address.vi).toBe('Số 1 đường Hùng Vương, thành phố Lạc Hồng');
    const page = await admin.get('/admin/settings?done=saved');
    expect(page.body).toContain('Đã lưu thay đổi.');
  });

  it('refuses bad input with field messages and keeps what was typed', async () => {
    const response = await save({
      name_vi: '',
      address_vi: 'Địa chỉ tôi vừa gõ',
      phone: 'gọi tôi',
      email: 'khong-phai-thu',
      emblem: 'javascript:alert(1)',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(/id="f-name-vi-error">Vui lòng nhập mục này\./);
    expect(response.body).toContain('Số điện thoại chỉ gồm chữ số');
    expect(response.body).toContain('Thư điện tử không đúng định dạng');
    expect(response.body).toContain('Hãy nhập đường dẫn trên cổng');
    expect(response.body).toContain('Địa chỉ tôi vừa gõ');
    expect(response.body).toContain('value="gọi tôi"');
    expect(t.services.sites.byId(siteId)!.address.vi).toBe('Số 1 đường Hùng Vương, thành phố Lạc Hồng');
  });

  it('refuses invalid hostnames, one used by another site, an empty list and an unknown media id', async () => {
    const invalid = await save({ hostnames: 'localhost\nbad host!' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('Tên miền “bad host!” không hợp lệ.');
    const taken = await save({ hostnames: 'localhost\nsotnmt.lachong.gov.vn' });
    expect(taken.statusCode).toBe(400);
    expect(taken.body).toContain('Tên miền “sotnmt.lachong.gov.vn” đang được một trang khác sử dụng.');
    const empty = await save({ hostnames: '  \n' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Cần ít nhất một tên miền.');
    const media = await save({ emblem: '424242' });
    expect(media.statusCode).toBe(400);
    expect(media.body).toContain('Không có ảnh nào mang mã số này trong thư viện.');
    expect(t.services.sites.byId(siteId)!.hostnames).toContain('lachong.gov.vn');
  });

  it('accepts a media id as the emblem and stores its URL', async () => {
    const now = new Date().toISOString();
    const media = await t.services.db
      .insertInto('media')
      .values(
        mediaRow(siteId, {
          kind: 'image',
          original_name: 'quoc-huy.png',
          storage_key: 'images/2026/11/quoc-huy-480.webp',
          mime: 'image/webp',
          width: 480,
          height: 480,
          created_at: now,
        }),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    const response = await save({ emblem: String(media.id) });
    expect(response.statusCode).toBe(303);
    expect(t.services.sites.byId(siteId)!.emblem).toBe('/media/images/2026/11/quoc-huy-480.webp');
    expect((await t.app.inject({ url: '/' })).body).toContain(
      'src="/media/images/2026/11/quoc-huy-480.webp"',
    );
  });

  it('is for administrators only', async () => {
    const chief = await loginAs(t.app, await createStaff(t.services, 'chief_editor', siteId));
    expect((await chief.get('/admin/settings')).statusCode).toBe(403);
  });
});
