import type { LanguageCode } from '../db/schema.ts';
import { plural } from './plural.ts';

/** `dinh backup` and `dinh restore`: what they say to the operator (Vietnamese by default; `--lang en|zh`). */
export const backupVi = {
  backupUsage: 'Cần nêu tệp sao lưu: dinh backup <tệp>',
  restoreUsage: 'Cần nêu tệp sao lưu: dinh restore <tệp> [--force]',
  passphrasePrompt: 'Mật khẩu của bản sao lưu: ',
  passphraseAgain: 'Nhập lại mật khẩu: ',
  passphraseMissing:
    'Chưa có mật khẩu cho bản sao lưu: đặt biến BACKUP_PASSPHRASE hoặc nhập qua đầu vào chuẩn.',
  passphraseShort: (min: number) => `Mật khẩu của bản sao lưu cần ít nhất ${min} ký tự.`,
  passphraseMismatch: 'Hai lần nhập mật khẩu không khớp nhau.',
  outputExists: (file: string) => `Tệp ${file} đã có; hãy chọn tên khác, bản sao lưu cũ không bị ghi đè.`,
  noDatabase: (file: string) => `Không tìm thấy cơ sở dữ liệu ${file}. Kiểm tra DATA_DIR.`,
  pgToolMissing: (tool: string, need: number) =>
    `Không tìm thấy lệnh ${tool}. Hãy cài gói postgresql-client phiên bản ${need} trở lên.`,
  pgToolTooOld: (tool: string, have: string, need: number) =>
    `${tool} phiên bản ${have} quá cũ; cần phiên bản ${need} trở lên (gói postgresql-client).`,
  pgToolFailed: (tool: string, detail: string) => `${tool} không chạy được: ${detail}`,
  noSecretsFile:
    'Lưu ý: không có DATA_DIR/secrets.json (khóa bí mật lấy từ biến môi trường); hãy tự cất giữ chúng cùng bản sao lưu.',
  backupDone: (file: string, tables: number, rows: number, media: number) =>
    `Đã sao lưu vào ${file}: ${tables} bảng, ${rows} dòng, ${media} tệp media.`,
  notABackup: (file: string) => `${file} không phải bản sao lưu của Đình.`,
  newerFormat: (version: number, supported: number) =>
    `Bản sao lưu dùng định dạng ${version}, mới hơn định dạng ${supported} mà phiên bản Đình này đọc được. Hãy nâng cấp Đình trước.`,
  newerMigrations: (names: string, version: string) =>
    `Bản sao lưu được tạo bởi Đình ${version} có các bước chuyển đổi cơ sở dữ liệu mà phiên bản này chưa biết (${names}). Hãy cài phiên bản đó hoặc mới hơn.`,
  wrongEngine: (backup: string, target: string) =>
    `Bản sao lưu là của ${backup}, còn nơi khôi phục dùng ${target}. Chưa hỗ trợ khôi phục chéo giữa hai loại cơ sở dữ liệu.`,
  wrongPassphrase: 'Sai mật khẩu của bản sao lưu. Không khôi phục gì.',
  tampered: (name: string) =>
    `Bản sao lưu đã bị sửa hoặc hỏng (${name} không khớp tổng kiểm). Không khôi phục gì.`,
  targetNotEmpty: (what: string) =>
    `Nơi khôi phục không trống (${what}). Hãy khôi phục vào thư mục dữ liệu và cơ sở dữ liệu trống, hoặc thêm --force để ghi đè.`,
  restoredDiffers: (table: string) => `Cơ sở dữ liệu sau khi khôi phục khác bản sao lưu ở bảng ${table}.`,
  restoreDone: (file: string, tables: number, rows: number, media: number, migration: string) =>
    `Đã khôi phục ${file}: ${tables} bảng, ${rows} dòng (khớp từng bảng với bản sao lưu), ${media} tệp media, mức cơ sở dữ liệu ${migration}. Tiếp theo: dinh audit verify`,
};

export type BackupMessages = typeof backupVi;

export const backupEn: BackupMessages = {
  backupUsage: 'Name the backup file: dinh backup <file>',
  restoreUsage: 'Name the backup file: dinh restore <file> [--force]',
  passphrasePrompt: 'Backup passphrase: ',
  passphraseAgain: 'Passphrase again: ',
  passphraseMissing: 'No backup passphrase: set BACKUP_PASSPHRASE or give it on standard input.',
  passphraseShort: (min) =>
    `The backup passphrase must have at least ${plural('en', min, { one: '# character', other: '# characters' })}.`,
  passphraseMismatch: 'The two passphrases differ.',
  outputExists: (file) => `${file} already exists; choose another name (an old backup is never overwritten).`,
  noDatabase: (file) => `There is no database at ${file}. Check DATA_DIR.`,
  pgToolMissing: (tool, need) =>
    `${tool} was not found. Install the postgresql-client package, version ${need} or newer.`,
  pgToolTooOld: (tool, have, need) =>
    `${tool} version ${have} is too old; version ${need} or newer is needed (postgresql-client package).`,
  pgToolFailed: (tool, detail) => `${tool} failed: ${detail}`,
  noSecretsFile:
    'Note: there is no DATA_DIR/secrets.json (the secrets come from the environment); keep them with the backup yourself.',
  backupDone: (file, tables, rows, media) =>
    `Backed up to ${file}: ${tables} tables, ${rows} rows, ${media} media files.`,
  notABackup: (file) => `${file} is not a Đình backup.`,
  newerFormat: (version, supported) =>
    `The backup uses format ${version}, newer than format ${supported} that this version of Đình reads. Upgrade Đình first.`,
  newerMigrations: (names, version) =>
    `The backup was made by Đình ${version}, with database migrations this version does not know (${names}). Install that version or a newer one.`,
  wrongEngine: (backup, target) =>
    `The backup is of ${backup} but the restore target uses ${target}. Restoring across database engines is not supported.`,
  wrongPassphrase: 'Wrong backup passphrase. Nothing was restored.',
  tampered: (name) =>
    `The backup was altered or is damaged (${name} does not match its checksum). Nothing was restored.`,
  targetNotEmpty: (what) =>
    `The restore target is not empty (${what}). Restore into an empty data folder and database, or add --force to overwrite.`,
  restoredDiffers: (table) => `The restored database differs from the backup in table ${table}.`,
  restoreDone: (file, tables, rows, media, migration) =>
    `Restored ${file}: ${tables} tables, ${rows} rows (each table matches the backup), ${media} media files, database level ${migration}. Next: dinh audit verify`,
};

export const backupZh: BackupMessages = {
  backupUsage: '请指定备份文件：dinh backup <文件>',
  restoreUsage: '请指定备份文件：dinh restore <文件> [--force]',
  passphrasePrompt: '备份密码：',
  passphraseAgain: '再次输入密码：',
  passphraseMissing: '没有备份密码：请设置 BACKUP_PASSPHRASE 或通过标准输入提供。',
  passphraseShort: (min) => `备份密码至少需要 ${min} 个字符。`,
  passphraseMismatch: '两次输入的密码不一致。',
  outputExists: (file) => `${file} 已存在；请换一个文件名（不会覆盖旧的备份）。`,
  noDatabase: (file) => `在 ${file} 没有找到数据库。请检查 DATA_DIR。`,
  pgToolMissing: (tool, need) => `找不到 ${tool}。请安装 postgresql-client 软件包，版本 ${need} 或更高。`,
  pgToolTooOld: (tool, have, need) =>
    `${tool} 版本 ${have} 太旧；需要版本 ${need} 或更高（postgresql-client 软件包）。`,
  pgToolFailed: (tool, detail) => `${tool} 运行失败：${detail}`,
  noSecretsFile: '注意：没有 DATA_DIR/secrets.json（密钥来自环境变量）；请自行将其与备份一起保存。',
  backupDone: (file, tables, rows, media) =>
    `已备份到 ${file}：${tables} 个表，${rows} 行，${media} 个媒体文件。`,
  notABackup: (file) => `${file} 不是 Đình 的备份。`,
  newerFormat: (version, supported) =>
    `备份使用格式 ${version}，比此版本 Đình 能读取的格式 ${supported} 更新。请先升级 Đình。`,
  newerMigrations: (names, version) =>
    `该备份由 Đình ${version} 创建，包含此版本不认识的数据库迁移（${names}）。请安装该版本或更新的版本。`,
  wrongEngine: (backup, target) => `备份来自 ${backup}，而恢复目标使用 ${target}。不支持跨数据库引擎恢复。`,
  wrongPassphrase: '备份密码错误。未恢复任何内容。',
  tampered: (name) => `备份已被修改或已损坏（${name} 与校验和不符）。未恢复任何内容。`,
  targetNotEmpty: (what) =>
    `恢复目标不是空的（${what}）。请恢复到空的数据目录和数据库，或加上 --force 覆盖。`,
  restoredDiffers: (table) => `恢复后的数据库在表 ${table} 中与备份不同。`,
  restoreDone: (file, tables, rows, media, migration) =>
    `已恢复 ${file}：${tables} 个表，${rows} 行（每个表都与备份一致），${media} 个媒体文件，数据库级别 ${migration}。下一步：dinh audit verify`,
};

const catalogues: Record<LanguageCode, BackupMessages> = { vi: backupVi, en: backupEn, zh: backupZh };

/** The backup commands' sentences in a language. */
export function backupMessages(lang: LanguageCode): BackupMessages {
  return catalogues[lang];
}
