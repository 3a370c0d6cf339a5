import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DB, Role } from '../db/schema.ts';
import { createUser } from '../modules/users/users.service.ts';

const DEMO_STAFF: { role: Role; email: string; name: string }[] = [
  { role: 'admin', email: 'quantri@lachong.gov.vn', name: 'Nguyễn Quản Trị' },
  { role: 'chief_editor', email: 'truongban@lachong.gov.vn', name: 'Vũ Thị Hồng Nhung' },
  { role: 'editor', email: 'bientap@lachong.gov.vn', name: 'Lê Minh Châu' },
  { role: 'contributor', email: 'phongvien@lachong.gov.vn', name: 'Trần Văn Phóng' },
];

/** A readable random password (never a fixed default that could survive into production). */
function randomPassword(): string {
  return randomBytes(12).toString('base64url');
}

/**
 * Creates one demo account per role with random passwords and writes them, with the 2FA
 * enrolment URIs, to DATA_DIR/demo-accounts.txt (readable by its owner only). Returns the text.
 */
export async function seedDemoAccounts(db: Kysely<DB>, dataDir: string, now: Date): Promise<string> {
  const site = await db
    .selectFrom('sites')
    .select('id')
    .where('is_default', '=', 1)
    .executeTakeFirstOrThrow();
  const lines = [
    'Đình — tài khoản thử nghiệm của cổng mẫu (demo accounts). Đổi hoặc xóa trước khi đưa vào vận hành.',
    'Đăng nhập tại /admin/login. Vai trò có quyền xuất bản cần mã xác thực hai lớp: thêm URI otpauth vào ứng dụng xác thực.',
    '',
  ];
  for (const staff of DEMO_STAFF) {
    const password = randomPassword();
    const created = await createUser(db, {
      email: staff.email,
      name: staff.name,
      password,
      role: staff.role,
      siteId: site.id,
      actorLabel: 'demo-seed',
      now,
    });
    lines.push(`${staff.role.padEnd(13)} ${staff.email.padEnd(28)} ${password}`);
    if (created.otpauthUri) lines.push(`${''.padEnd(13)} ${created.otpauthUri}`);
  }
  const text = `${lines.join('\n')}\n`;
  writeFileSync(path.join(dataDir, 'demo-accounts.txt'), text, { mode: 0o600 });
  return text;
}
