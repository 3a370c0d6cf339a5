import type { LanguageCode } from '../db/schema.ts';
import { roleChoices } from './roles.ts';

/** The `dinh` command's error sentences (Vietnamese by default; `--lang en|zh`). */
export const cliVi = {
  error: 'Lỗi',
  noSites: 'Cơ sở dữ liệu chưa có cổng nào. Hãy chạy "dinh start" hoặc "dinh seed-demo" trước.',
  siteUnknown: (code: string, codes: string) =>
    `Không có cổng nào có mã "${code}". Các mã hợp lệ: ${codes}. Xem danh sách: dinh site list`,
  userAddUsage: `Cần nhập --email, --name và --role: ${roleChoices('vi')}.`,
  cannotCreateUser: 'Không tạo được tài khoản:',
  accountUsage: 'Cần nhập --email của tài khoản.',
  cannotSetPassword: 'Không đặt được mật khẩu:',
  nameMissing: 'Vui lòng nhập họ và tên.',
  tokenUsage:
    'Cần nhập --email (thư điện tử của cán bộ), --site (mã cổng) và ít nhất một --scope (articles:write, categories:write, media:write, legal-documents:write).',
  scopeUnknown: (scope: string, scopes: string) =>
    `Phạm vi "${scope}" không tồn tại. Các phạm vi hợp lệ: ${scopes}.`,
  userUnknown: (email: string) => `Không có tài khoản nào với thư điện tử ${email}.`,
  userInactive: (email: string) => `Tài khoản ${email} đã bị khóa.`,
  noRole: (email: string, code: string) =>
    `Tài khoản ${email} không có vai trò trên cổng "${code}", nên khóa API sẽ không dùng được. Hãy cấp vai trò trước.`,
  langUnknown: 'Ngôn ngữ không hỗ trợ; dùng vi, en hoặc zh.',
  userCreated: (id: number, email: string, role: string) =>
    `Đã tạo tài khoản số ${id} <${email}> với vai trò ${role}.`,
  twoStepRequired: 'Vai trò này bắt buộc xác thực hai lớp. Hãy thêm vào ứng dụng xác thực:',
  passwordSet: (email: string) =>
    `Đã đặt mật khẩu cho <${email}>; mọi phiên đăng nhập của tài khoản đã kết thúc.`,
  stateChanged: {
    deactivate: (email: string) => `Đã khóa tài khoản <${email}> và kết thúc mọi phiên đăng nhập.`,
    reactivate: (email: string) => `Đã mở khóa tài khoản <${email}>.`,
    'reset-2fa': (email: string) =>
      `Đã đặt lại xác thực hai lớp của <${email}> và kết thúc mọi phiên đăng nhập; lần đăng nhập sau sẽ đăng ký lại.`,
  },
};

export type CliMessages = typeof cliVi;

export const cliEn: CliMessages = {
  error: 'Error',
  noSites: 'The database has no sites yet. Run "dinh start" or "dinh seed-demo" first.',
  siteUnknown: (code, codes) =>
    `There is no site with the code "${code}". Valid codes: ${codes}. List them with: dinh site list`,
  userAddUsage: `--email, --name and --role are required. --role is one of: ${roleChoices('en')}.`,
  cannotCreateUser: 'The account was not created:',
  accountUsage: '--email of the account is required.',
  cannotSetPassword: 'The password was not set:',
  nameMissing: 'Please enter a full name.',
  tokenUsage:
    '--email (a staff member’s e-mail), --site (a site code) and at least one --scope (articles:write, categories:write, media:write, legal-documents:write) are required.',
  scopeUnknown: (scope, scopes) => `There is no scope "${scope}". Valid scopes: ${scopes}.`,
  userUnknown: (email) => `There is no account with the e-mail ${email}.`,
  userInactive: (email) => `The account ${email} is locked.`,
  noRole: (email, code) =>
    `The account ${email} has no role on the site "${code}", so the API token would not work. Give it a role first.`,
  langUnknown: 'Unsupported language; use vi, en or zh.',
  userCreated: (id, email, role) => `Created account ${id} <${email}> with the role ${role}.`,
  twoStepRequired: 'Two-step verification is required for this role. Add it to an authenticator app:',
  passwordSet: (email) => `Password set for <${email}>; all of the account’s sessions were ended.`,
  stateChanged: {
    deactivate: (email) => `The account <${email}> was locked and all its sessions ended.`,
    reactivate: (email) => `The account <${email}> was unlocked.`,
    'reset-2fa': (email) =>
      `Two-step verification of <${email}> was reset and all its sessions ended; it is set up again at the next sign-in.`,
  },
};

export const cliZh: CliMessages = {
  error: '错误',
  noSites: '数据库中还没有网站。请先运行 "dinh start" 或 "dinh seed-demo"。',
  siteUnknown: (code, codes) => `没有代码为 "${code}" 的网站。有效代码：${codes}。查看列表：dinh site list`,
  userAddUsage: `必须提供 --email、--name 和 --role。--role 可选：${roleChoices('zh')}。`,
  cannotCreateUser: '未能创建账户：',
  accountUsage: '必须提供账户的 --email。',
  cannotSetPassword: '未能设置密码：',
  nameMissing: '请输入姓名。',
  tokenUsage:
    '必须提供 --email（工作人员的电子邮箱）、--site（网站代码）以及至少一个 --scope（articles:write、categories:write、media:write、legal-documents:write）。',
  scopeUnknown: (scope, scopes) => `不存在范围 "${scope}"。有效范围：${scopes}。`,
  userUnknown: (email) => `没有电子邮箱为 ${email} 的账户。`,
  userInactive: (email) => `账户 ${email} 已被锁定。`,
  noRole: (email, code) => `账户 ${email} 在网站 "${code}" 上没有角色，API 密钥将无法使用。请先分配角色。`,
  langUnknown: '不支持的语言；请使用 vi、en 或 zh。',
  userCreated: (id, email, role) => `已创建账户 ${id} <${email}>，角色：${role}。`,
  twoStepRequired: '此角色必须使用两步验证。请将其添加到身份验证器应用：',
  passwordSet: (email) => `已为 <${email}> 设置密码；该账户的所有会话均已结束。`,
  stateChanged: {
    deactivate: (email) => `账户 <${email}> 已锁定，所有会话均已结束。`,
    reactivate: (email) => `账户 <${email}> 已解锁。`,
    'reset-2fa': (email) => `<${email}> 的两步验证已重置，所有会话均已结束；下次登录时重新设置。`,
  },
};

const catalogues: Record<LanguageCode, CliMessages> = { vi: cliVi, en: cliEn, zh: cliZh };

/** The command line's sentences in a language. */
export function cliMessages(lang: LanguageCode): CliMessages {
  return catalogues[lang];
}
