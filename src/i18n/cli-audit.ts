import type { LanguageCode } from '../db/schema.ts';
import { plural } from './plural.ts';

/** The sentences of `dinh audit verify | checkpoint` (errors in Vietnamese by default; `--lang en|zh`). */
export const cliAuditVi = {
  noKey:
    'Không tìm thấy khóa nhật ký: đặt biến AUDIT_KEY hoặc DATA_DIR trỏ tới thư mục có tệp secrets.json của cổng. Không có khóa thì không kiểm tra được nhật ký.',
  reasonAltered: 'mục đã bị sửa',
  reasonMissing: 'mục liền trước bị xóa hoặc bị sửa',
  broken: (id: number, reason: string, intact: number) =>
    `Chuỗi nhật ký hệ thống bị phá vỡ tại mục #${id}: ${reason} (${intact} mục trước đó vẫn nguyên vẹn).`,
  againstInvalid:
    'Mốc kiểm tra không hợp lệ: cần đường dẫn tới tệp mốc hoặc một dòng JSON do "dinh audit checkpoint" in ra.',
  missing: (id: number, count: number, at: string, lastId: number, total: number) =>
    `Nhật ký bị cắt bớt: mốc lúc ${at} ghi mục #${id} (${count} mục), nhưng mục #${id} không còn; nhật ký nay dừng ở mục #${lastId} với ${total} mục, thiếu ít nhất ${Math.max(count - total, 1)} mục.`,
  different: (id: number, at: string) =>
    `Nhật ký bị viết lại: mục #${id} không còn khớp với mốc lúc ${at} (mã băm khác).`,
  count: (id: number, expected: number, actual: number) =>
    `Số mục tính đến mục #${id} là ${actual}, mốc ghi ${expected}: có mục đã bị xóa hoặc bị chèn thêm.`,
  checkpointRefused: 'Không tạo mốc cho một chuỗi nhật ký đã bị phá vỡ.',
  syslogInvalid: 'Địa chỉ syslog không hợp lệ: cần dạng máy:cổng, ví dụ 10.0.0.5:514 hoặc [2001:db8::5]:514.',
  syslogFailed: (target: string, reason: string) => `Không gửi được mốc tới syslog ${target}: ${reason}`,
  appendFailed: (file: string, reason: string) => `Không ghi được mốc vào tệp ${file}: ${reason}`,
};

export type CliAuditMessages = typeof cliAuditVi;

export const cliAuditEn: CliAuditMessages = {
  noKey:
    'The audit key was not found: set AUDIT_KEY, or DATA_DIR to the folder holding the portal’s secrets.json. Without the key the log cannot be checked.',
  reasonAltered: 'the entry was altered',
  reasonMissing: 'the entry before it was removed or altered',
  broken: (id, reason, intact) =>
    `The audit chain is broken at entry #${id}: ${reason} (${plural('en', intact, { one: 'the entry before it is', other: 'the # entries before it are' })} intact).`,
  againstInvalid:
    'Invalid checkpoint: give the path of a checkpoint file or one JSON line printed by "dinh audit checkpoint".',
  missing: (id, count, at, lastId, total) =>
    `The log was truncated: the checkpoint of ${at} names entry #${id} (${plural('en', count, { one: '# entry', other: '# entries' })}), but entry #${id} is gone; the log now ends at entry #${lastId} with ${plural('en', total, { one: '# entry', other: '# entries' })}, at least ${Math.max(count - total, 1)} missing.`,
  different: (id, at) =>
    `The log was rewritten: entry #${id} no longer matches the checkpoint of ${at} (another hash).`,
  count: (id, expected, actual) =>
    `${plural('en', actual, { one: 'There is # entry', other: 'There are # entries' })} up to entry #${id}, the checkpoint says ${expected}: entries were removed or inserted.`,
  checkpointRefused: 'No checkpoint is taken of a broken audit chain.',
  syslogInvalid: 'Invalid syslog address: expected host:port, e.g. 10.0.0.5:514 or [2001:db8::5]:514.',
  syslogFailed: (target, reason) => `The checkpoint could not be sent to syslog ${target}: ${reason}`,
  appendFailed: (file, reason) => `The checkpoint could not be written to ${file}: ${reason}`,
};

export const cliAuditZh: CliAuditMessages = {
  noKey:
    '找不到审计密钥：请设置 AUDIT_KEY，或让 DATA_DIR 指向存放门户 secrets.json 的文件夹。没有密钥就无法检查日志。',
  reasonAltered: '该记录已被修改',
  reasonMissing: '其前一条记录已被删除或修改',
  broken: (id, reason, intact) =>
    `审计日志链在第 ${id} 条记录处断开：${reason}（之前的 ${intact} 条记录完好）。`,
  againstInvalid: '检查点无效：请提供检查点文件的路径，或 "dinh audit checkpoint" 输出的一行 JSON。',
  missing: (id, count, at, lastId, total) =>
    `日志已被截断：${at} 的检查点记录了第 ${id} 条（共 ${count} 条），但第 ${id} 条已不存在；日志现止于第 ${lastId} 条，共 ${total} 条，至少缺少 ${Math.max(count - total, 1)} 条。`,
  different: (id, at) => `日志已被改写：第 ${id} 条记录与 ${at} 的检查点不再一致（哈希不同）。`,
  count: (id, expected, actual) =>
    `截至第 ${id} 条共有 ${actual} 条记录，检查点记录为 ${expected} 条：有记录被删除或插入。`,
  checkpointRefused: '审计日志链已断开，不生成检查点。',
  syslogInvalid: 'syslog 地址无效：应为 主机:端口，例如 10.0.0.5:514 或 [2001:db8::5]:514。',
  syslogFailed: (target, reason) => `无法将检查点发送到 syslog ${target}：${reason}`,
  appendFailed: (file, reason) => `无法将检查点写入文件 ${file}：${reason}`,
};

const catalogues: Record<LanguageCode, CliAuditMessages> = { vi: cliAuditVi, en: cliAuditEn, zh: cliAuditZh };

/** The audit commands' sentences in a language. */
export function cliAuditMessages(lang: LanguageCode): CliAuditMessages {
  return catalogues[lang];
}
