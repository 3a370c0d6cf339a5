import { expect, it } from 'vitest';
import { redactMailText } from './mailer.ts';

it('replaces secrets in a logged mail by "…" and keeps the rest readable', () => {
  const token = 'Xq3_vR8-kLm2PzT9wYb4NcD7eFg1HjK5sAu6iOp0Z';
  const text = [
    'Xin chào Nguyễn Văn An,',
    `Đặt lại mật khẩu: https://lachong.gov.vn/admin/password/reset?token=${token}`,
    'Mời đọc: https://lachong.gov.vn/tin-tuc/hoi-nghi-tong-ket-cong-tac-nam-2026-123',
    `Mã: ${token}`,
    'https://lachong.gov.vn/x?lang=vi&api_key=abc123&page=2',
  ].join('\n');
  const redacted = redactMailText(text);
  expect(redacted).not.toContain(token);
  expect(redacted).toContain('/admin/password/reset?token=…');
  expect(redacted).toContain('Mã: …');
  expect(redacted).toContain('hoi-nghi-tong-ket-cong-tac-nam-2026-123');
  expect(redacted).toContain('?lang=vi&api_key=…&page=2');
  expect(redacted).toContain('Xin chào Nguyễn Văn An,');
});
