import type { LanguageCode } from '../../../db/schema.ts';
import type { Localized } from '../../collections/definition.ts';

/** The words of the bulk import (Vietnamese first; English and Chinese for staff who chose them). */

const l = (vi: string, en: string, zh: string): Localized => ({ vi, en, zh });

const m = {
  title: l('Nhập văn bản hàng loạt', 'Bulk import of documents', '批量导入文件'),
  link: l('Nhập hàng loạt từ XLSX/CSV', 'Bulk import from XLSX/CSV', '从 XLSX/CSV 批量导入'),
  intro: l(
    'Điền danh sách theo mẫu, nén các tệp đính kèm vào một tệp ZIP (tên tệp trùng với cột “Tệp đính kèm”), bấm “Kiểm tra” để xem lỗi từng dòng rồi bấm “Nhập”. Việc nhập là trọn gói: một dòng lỗi thì không văn bản nào được lưu.',
    'Fill in the list from the template, put the attachments in one ZIP file (names as in the “Tệp đính kèm” column), press “Kiểm tra” to see each row’s problems, then “Nhập”. The import is all-or-nothing: one bad row and nothing is stored.',
    '按模板填写清单，将附件打包为一个 ZIP 文件（文件名与“Tệp đính kèm”列一致），点击“Kiểm tra”查看每行的问题，然后点击“Nhập”。导入为整体操作：任何一行出错，则不保存任何文件。',
  ),
  templateXlsx: l('Tải mẫu XLSX', 'Download the XLSX template', '下载 XLSX 模板'),
  templateCsv: l('Tải mẫu CSV', 'Download the CSV template', '下载 CSV 模板'),
  listFile: l('Tệp danh sách (XLSX hoặc CSV)', 'List file (XLSX or CSV)', '清单文件（XLSX 或 CSV）'),
  zipFile: l('Tệp đính kèm (ZIP)', 'Attachments (ZIP)', '附件（ZIP）'),
  zipHint: l(
    'Không bắt buộc. Tối đa 5.000 tệp, tổng dung lượng giải nén 100 MB.',
    'Optional. At most 5,000 files, 100 MB unpacked.',
    '可选。最多 5,000 个文件，解压后共 100 MB。',
  ),
  check: l('Kiểm tra', 'Kiểm tra (check)', 'Kiểm tra（检查）'),
  run: l('Nhập', 'Nhập (import)', 'Nhập（导入）'),
  problems: l(
    'Danh sách có {n} lỗi, chưa có gì được lưu:',
    'The list has {n} problems; nothing was stored:',
    '清单有 {n} 个问题，未保存任何内容：',
  ),
  row: l('Dòng', 'Row', '行'),
  column: l('Cột', 'Column', '列'),
  problem: l('Lỗi', 'Problem', '问题'),
  checked: l(
    'Không có lỗi: {n} văn bản sẵn sàng để nhập. Chọn lại hai tệp và bấm “Nhập”.',
    'No problems: {n} documents are ready. Choose the two files again and press “Nhập”.',
    '没有问题：{n} 份文件可导入。请重新选择两个文件并点击“Nhập”。',
  ),
  queued: l('Đang chờ nhập…', 'Waiting to import…', '等待导入……'),
  running: l(
    'Đang nhập: {done}/{total} văn bản',
    'Importing: {done} of {total} documents',
    '正在导入：{done}/{total} 份文件',
  ),
  done: l('Đã nhập {n} văn bản.', '{n} documents imported.', '已导入 {n} 份文件。'),
  failed: l(
    'Nhập không thành công, không văn bản nào được lưu: {reason}',
    'The import failed and nothing was stored: {reason}',
    '导入失败，未保存任何文件：{reason}',
  ),
  reload: l('Tải lại trang', 'Reload', '刷新页面'),
  back: l('Về danh sách văn bản', 'Back to the documents', '返回文件列表'),
  again: l('Nhập danh sách khác', 'Import another list', '导入其他清单'),
  whole: l('Cả tệp', 'Whole file', '整个文件'),
  // Problems with the files.
  noList: l(
    'Hãy chọn tệp danh sách (XLSX hoặc CSV).',
    'Choose the list file (XLSX or CSV).',
    '请选择清单文件（XLSX 或 CSV）。',
  ),
  listType: l(
    'Tệp danh sách phải là XLSX hoặc CSV (UTF-8).',
    'The list must be an XLSX or CSV (UTF-8) file.',
    '清单必须为 XLSX 或 CSV（UTF-8）文件。',
  ),
  notXlsx: l(
    'Tệp danh sách có đuôi .xlsx nhưng không phải bảng tính Excel.',
    'The list ends in .xlsx but is not an Excel workbook.',
    '清单扩展名为 .xlsx，但不是 Excel 工作簿。',
  ),
  macro: l(
    'Bảng tính có macro, không được nhận.',
    'Workbooks with macros are refused.',
    '含宏的工作簿不予接受。',
  ),
  notUtf8: l(
    'Tệp CSV phải lưu dạng UTF-8.',
    'The CSV file must be saved as UTF-8.',
    'CSV 文件必须以 UTF-8 保存。',
  ),
  unreadable: l('Không đọc được tệp danh sách.', 'The list cannot be read.', '无法读取清单文件。'),
  empty: l('Danh sách không có dòng văn bản nào.', 'The list has no document rows.', '清单中没有文件行。'),
  tooMany: l(
    'Danh sách có {n} dòng, vượt quá giới hạn {max} dòng mỗi lần nhập.',
    'The list has {n} rows, more than the {max} an import takes.',
    '清单有 {n} 行，超过每次导入 {max} 行的上限。',
  ),
  tooLarge: l(
    'Tệp quá lớn (tối đa {mb} MB).',
    'The file is too large (at most {mb} MB).',
    '文件过大（最多 {mb} MB）。',
  ),
  columnMissing: l(
    'Thiếu cột “{name}” ở dòng tiêu đề.',
    'The header row lacks the “{name}” column.',
    '标题行缺少“{name}”列。',
  ),
  zipUnsafe: l(
    'Tệp ZIP bị từ chối: có tên tệp không an toàn (../, đường dẫn tuyệt đối) hoặc liên kết.',
    'The ZIP file is refused: it has unsafe names (../, absolute paths) or links.',
    'ZIP 文件被拒绝：含不安全的文件名（../、绝对路径）或链接。',
  ),
  zipBomb: l(
    'Tệp ZIP bị từ chối: quá nhiều tệp, quá lớn khi giải nén hoặc nén bất thường.',
    'The ZIP file is refused: too many files, too large unpacked, or compressed suspiciously well.',
    'ZIP 文件被拒绝：文件过多、解压后过大或压缩比异常。',
  ),
  zipBroken: l(
    'Tệp ZIP bị hỏng hoặc không phải ZIP.',
    'The ZIP file is broken or not a ZIP.',
    'ZIP 文件已损坏或不是 ZIP。',
  ),
  // Problems of a row.
  required: l('Chưa điền.', 'Missing.', '未填写。'),
  badDate: l(
    'Ngày “{value}” không hợp lệ (dùng dd/mm/yyyy).',
    'The date “{value}” is not valid (use dd/mm/yyyy).',
    '日期“{value}”无效（请用 dd/mm/yyyy）。',
  ),
  unknownValue: l(
    'Không có giá trị “{value}” trong danh mục.',
    '“{value}” is not in the list of values.',
    '“{value}”不在可选值中。',
  ),
  fileMissing: l(
    'Không có tệp “{name}” trong tệp ZIP.',
    'The ZIP has no file “{name}”.',
    'ZIP 中没有文件“{name}”。',
  ),
  fileRefused: l(
    'Tệp “{name}” không được nhận (chỉ PDF, DOCX, XLSX không có macro, tối đa 30 MB).',
    'The file “{name}” is refused (PDF, DOCX, XLSX without macros, at most 30 MB).',
    '文件“{name}”不被接受（仅限无宏的 PDF、DOCX、XLSX，最多 30 MB）。',
  ),
  relationFormat: l(
    'Viết quan hệ dạng “bãi bỏ: 123/2025/QĐ-UBND”, các quan hệ cách nhau bởi dấu “;”.',
    'Write relations as “bãi bỏ: 123/2025/QĐ-UBND”, separated by “;”.',
    '关系写作“bãi bỏ: 123/2025/QĐ-UBND”，以“;”分隔。',
  ),
  duplicateInFile: l(
    'Trùng số ký hiệu với dòng {line}.',
    'Same number as row {line}.',
    '与第 {line} 行文号重复。',
  ),
  tooManyFiles: l('Quá {max} tệp đính kèm.', 'More than {max} attachments.', '附件超过 {max} 个。'),
};

export type ImportMessage = keyof typeof m;

/** One message of the import in a language, with {placeholders} filled. */
export function tr(
  key: ImportMessage,
  lang: LanguageCode,
  values: Record<string, string | number> = {},
): string {
  return m[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
