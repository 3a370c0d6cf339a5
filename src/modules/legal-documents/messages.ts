import type { LanguageCode } from '../../db/schema.ts';
import type { Localized } from '../collections/definition.ts';
import type { IssuingLevel, RelationKind, Validity } from './vocabulary.ts';

/** The registry's own words in the three languages (staff messages and public labels). */

const l = (vi: string, en: string, zh: string): Localized => ({ vi, en, zh });

export const validityNames: Record<Validity, Localized> = {
  not_yet: l('Chưa có hiệu lực', 'Not yet in force', '尚未生效'),
  in_force: l('Còn hiệu lực', 'In force', '有效'),
  partly_expired: l('Hết hiệu lực một phần', 'Partly no longer in force', '部分失效'),
  expired: l('Hết hiệu lực toàn bộ', 'No longer in force', '全部失效'),
};

/** A relation as the acting document reads it ("Sửa đổi, bổ sung") and as its target does. */
export const relationNames: Record<RelationKind, { outgoing: Localized; incoming: Localized }> = {
  amends: {
    outgoing: l('Sửa đổi, bổ sung', 'Amends', '修改补充'),
    incoming: l('Được sửa đổi, bổ sung bởi', 'Amended by', '被修改补充'),
  },
  replaces: {
    outgoing: l('Thay thế', 'Replaces', '取代'),
    incoming: l('Bị thay thế bởi', 'Replaced by', '被取代'),
  },
  repeals: {
    outgoing: l('Bãi bỏ', 'Repeals', '废止'),
    incoming: l('Bị bãi bỏ bởi', 'Repealed by', '被废止'),
  },
  guides: {
    outgoing: l('Hướng dẫn', 'Guides', '指导'),
    incoming: l('Được hướng dẫn bởi', 'Guided by', '被指导'),
  },
  based_on: {
    outgoing: l('Căn cứ', 'Based on', '依据'),
    incoming: l('Là căn cứ của', 'Basis for', '作为依据'),
  },
  corrects: {
    outgoing: l('Đính chính', 'Corrects', '更正'),
    incoming: l('Được đính chính bởi', 'Corrected by', '被更正'),
  },
};

/** Cấp ban hành, named. */
export const levelNames: Record<IssuingLevel, Localized> = {
  central: l('Trung ương', 'Central', '中央'),
  province: l('Tỉnh', 'Province', '省'),
  department: l('Sở, ban, ngành', 'Department', '厅局'),
  commune: l('Xã, phường', 'Commune', '乡镇'),
};

export const partialName = l('một phần', 'in part', '部分');

const m = {
  numberInvalid: l(
    'Số ký hiệu không đúng dạng, ví dụ 123/2025/QĐ-UBND.',
    'The number is not in the usual form, e.g. 123/2025/QĐ-UBND.',
    '文号格式不正确，例如 123/2025/QĐ-UBND。',
  ),
  effectiveBeforeIssue: l(
    'Ngày có hiệu lực không được trước ngày ban hành.',
    'The date of entry into force cannot be before the date of issue.',
    '生效日期不得早于发布日期。',
  ),
  expiryBeforeEffect: l(
    'Ngày hết hiệu lực phải sau ngày có hiệu lực.',
    'The expiry date must be after the date of entry into force.',
    '失效日期必须晚于生效日期。',
  ),
  duplicate: l(
    'Cơ quan này đã ban hành văn bản cùng số ký hiệu trong năm: “{title}”.',
    'This issuer already issued a document with this number in the same year: “{title}”.',
    '该机关同年已发布相同文号的文件：“{title}”。',
  ),
  duplicateLink: l('Mở văn bản đã có', 'Open the existing document', '打开已有文件'),
  overrideReason: l(
    'Vui lòng ghi lý do khi xác định hiệu lực thủ công.',
    'Please give the reason for setting the validity by hand.',
    '手动设定效力时请填写理由。',
  ),
  relationTargetMissing: l(
    'Không tìm thấy văn bản có số ký hiệu này.',
    'No document has this number.',
    '找不到该文号的文件。',
  ),
  relationTargetAmbiguous: l(
    'Có nhiều văn bản khớp số ký hiệu này; vui lòng ghi đầy đủ, ví dụ 123/2025/QĐ-UBND.',
    'Several documents match this number; please write it in full, e.g. 123/2025/QĐ-UBND.',
    '多个文件匹配该文号，请填写完整，例如 123/2025/QĐ-UBND。',
  ),
  relationSelf: l(
    'Văn bản không thể liên quan đến chính nó.',
    'A document cannot be related to itself.',
    '文件不能与自身关联。',
  ),
  relationCycle: l(
    'Quan hệ thay thế này tạo thành vòng: văn bản kia đã (trực tiếp hoặc gián tiếp) thay thế văn bản này.',
    'This replacement makes a cycle: the other document already replaces this one (directly or not).',
    '该取代关系形成循环：对方文件已（直接或间接）取代本文件。',
  ),
  relationKindMissing: l(
    'Vui lòng chọn loại quan hệ.',
    'Please choose the kind of relation.',
    '请选择关联类型。',
  ),
  relationsTitle: l('Văn bản liên quan', 'Related documents', '相关文件'),
  relationsHint: l(
    'Gõ số ký hiệu của văn bản kia (ví dụ 123/2025/QĐ-UBND). Để trống hàng không dùng.',
    'Type the other document’s number (e.g. 123/2025/QĐ-UBND). Leave unused rows empty.',
    '输入对方文件的文号（例如 123/2025/QĐ-UBND）。不用的行留空。',
  ),
  relationKind: l('Quan hệ', 'Relation', '关系'),
  relationTarget: l('Số ký hiệu văn bản', 'Document number', '文件文号'),
  relationPartial: l('Chỉ một phần', 'In part only', '仅部分'),
  relationNote: l('Điều, khoản', 'Articles, clauses', '条款'),
};

export type LegalMessage = keyof typeof m;

/** One staff message in a language, with {placeholders} filled. */
export function say(key: LegalMessage, lang: LanguageCode, values: Record<string, string> = {}): string {
  return m[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

/** The public words of the list and the document page. */
export const words = {
  number: l('Số ký hiệu', 'Number', '文号'),
  issuedOn: l('Ngày ban hành', 'Date of issue', '发布日期'),
  summary: l('Trích yếu', 'Summary', '摘要'),
  validity: l('Hiệu lực', 'Validity', '效力'),
  section: l('Nhóm văn bản', 'Section', '类别'),
  type: l('Loại văn bản', 'Type', '文件类型'),
  issuer: l('Cơ quan ban hành', 'Issuer', '发布机关'),
  level: l('Cấp ban hành', 'Level', '发布级别'),
  field: l('Lĩnh vực', 'Field', '领域'),
  year: l('Năm ban hành', 'Year', '年份'),
  query: l('Từ khóa hoặc số ký hiệu', 'Keywords or number', '关键词或文号'),
  all: l('Tất cả', 'All', '全部'),
  search: l('Tìm', 'Search', '搜索'),
  clear: l('Xóa bộ lọc', 'Clear filters', '清除筛选'),
  none: l('Không có văn bản nào phù hợp.', 'No document matches.', '没有符合条件的文件。'),
  found: l('{n} văn bản', '{n} documents', '{n} 份文件'),
  previous: l('Trang trước', 'Previous page', '上一页'),
  next: l('Trang sau', 'Next page', '下一页'),
  page: l('Trang {n}/{total}', 'Page {n} of {total}', '第 {n}/{total} 页'),
  changesOn: l('Từ {date}: {validity}', 'From {date}: {validity}', '自 {date} 起：{validity}'),
  override: l(
    'Hiệu lực do biên tập viên xác định: {reason}',
    'Validity set by the editors: {reason}',
    '效力由编辑设定：{reason}',
  ),
  files: l('Tệp đính kèm', 'Attachments', '附件'),
  download: l('Tải về', 'Download', '下载'),
  viewer: l('Xem trực tiếp: {name}', 'View: {name}', '在线查看：{name}'),
  fullText: l('Toàn văn', 'Full text', '全文'),
  signer: l('Người ký', 'Signed by', '签署人'),
  effectiveOn: l('Ngày có hiệu lực', 'Date of entry into force', '生效日期'),
  expiresOn: l('Ngày hết hiệu lực', 'Expiry date', '失效日期'),
  print: l('In văn bản', 'Print', '打印'),
  feedSection: l('RSS nhóm này', 'RSS of this section', '本类 RSS'),
  latest: l('Văn bản mới', 'New legal documents', '最新法律文件'),
  allDocuments: l('Xem tất cả văn bản', 'All legal documents', '查看全部文件'),
  feedAll: l('RSS văn bản mới', 'RSS of new documents', '最新文件 RSS'),
};

export function word(
  key: keyof typeof words,
  lang: LanguageCode,
  values: Record<string, string> = {},
): string {
  return words[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}
