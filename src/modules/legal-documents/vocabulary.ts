import type { Localized } from '../collections/definition.ts';

/**
 * The words of the legal documents registry (issue 14): relation kinds, validity states, issuing
 * levels and the default sections and document types. Shared by the module, its demo content,
 * its import and its tests, so each term is spelled once.
 */

/** How one document acts on another ("A amends B": A is the source, B the target). */
export type RelationKind =
  /** sửa đổi, bổ sung */
  | 'amends'
  /** thay thế */
  | 'replaces'
  /** bãi bỏ (whole, or part when the relation's `partial` flag is set) */
  | 'repeals'
  /** hướng dẫn (thi hành) */
  | 'guides'
  /** căn cứ: the source was issued on the basis of the target */
  | 'based_on'
  /** đính chính */
  | 'corrects';

export const RELATION_KINDS: readonly RelationKind[] = [
  'amends',
  'replaces',
  'repeals',
  'guides',
  'based_on',
  'corrects',
];

/** Computed validity (hiệu lực); never typed by an editor except as an audited override. */
export type Validity = 'not_yet' | 'in_force' | 'partly_expired' | 'expired';

export const VALIDITIES: readonly Validity[] = ['not_yet', 'in_force', 'partly_expired', 'expired'];

/** Cấp ban hành. */
export type IssuingLevel = 'central' | 'province' | 'department' | 'commune';

export const ISSUING_LEVELS: readonly IssuingLevel[] = ['central', 'province', 'department', 'commune'];

/** One entry of a configurable list (document types, sections): a stable code and its names. */
export interface VocabularyEntry {
  code: string;
  name: Localized;
}

/** A relation as stored and as given by demo content and imports. */
export interface RelationInput {
  kind: RelationKind;
  /** The other document (the target when this document is the source). */
  targetId: number;
  /** Only for `repeals`: part of the target, not all of it. */
  partial?: boolean;
  /** Which articles, free text ("Điều 5, khoản 2 Điều 7"). */
  note?: string;
}

const entry = (code: string, vi: string, en: string, zh: string): VocabularyEntry => ({
  code,
  name: { vi, en, zh },
});

/** The document types a new site starts with (loại văn bản); a site can add its own. */
export const DEFAULT_DOCUMENT_TYPES: readonly VocabularyEntry[] = [
  entry('luat', 'Luật', 'Law', '法律'),
  entry('nghi-dinh', 'Nghị định', 'Decree', '议定'),
  entry('thong-tu', 'Thông tư', 'Circular', '通知'),
  entry('nghi-quyet', 'Nghị quyết', 'Resolution', '决议'),
  entry('quyet-dinh', 'Quyết định', 'Decision', '决定'),
  entry('chi-thi', 'Chỉ thị', 'Directive', '指示'),
  entry('ke-hoach', 'Kế hoạch', 'Plan', '计划'),
  entry('cong-van', 'Công văn', 'Official letter', '公函'),
  entry('thong-bao', 'Thông báo', 'Notice', '通告'),
  entry('huong-dan', 'Hướng dẫn', 'Guidance', '指导'),
];

/** The sections a new site starts with (the registry's top-level grouping). */
export const DEFAULT_SECTIONS: readonly VocabularyEntry[] = [
  entry('quy-pham-phap-luat', 'Văn bản quy phạm pháp luật', 'Legal normative documents', '规范性法律文件'),
  entry('chi-dao-dieu-hanh', 'Văn bản chỉ đạo điều hành', 'Directions and administration', '指导与管理文件'),
  entry(
    'cai-cach-hanh-chinh',
    'Văn bản cải cách hành chính',
    'Administrative reform documents',
    '行政改革文件',
  ),
  entry('huong-dan', 'Văn bản hướng dẫn', 'Guidance documents', '指导性文件'),
];

/** The fields (lĩnh vực) a new site starts with; a document has one or several. */
export const DEFAULT_FIELDS: readonly VocabularyEntry[] = [
  entry('noi-vu', 'Nội vụ', 'Home affairs', '内务'),
  entry('tai-chinh', 'Tài chính – Ngân sách', 'Finance and budget', '财政预算'),
  entry('ke-hoach-dau-tu', 'Kế hoạch – Đầu tư', 'Planning and investment', '计划投资'),
  entry('dat-dai', 'Đất đai', 'Land', '土地'),
  entry('tai-nguyen-moi-truong', 'Tài nguyên – Môi trường', 'Natural resources and environment', '资源环境'),
  entry('xay-dung', 'Xây dựng – Đô thị', 'Construction and urban development', '建设城市'),
  entry('giao-thong', 'Giao thông vận tải', 'Transport', '交通运输'),
  entry('nong-nghiep', 'Nông nghiệp – Nông thôn', 'Agriculture and rural development', '农业农村'),
  entry('cong-thuong', 'Công thương', 'Industry and trade', '工贸'),
  entry('giao-duc', 'Giáo dục – Đào tạo', 'Education and training', '教育培训'),
  entry('y-te', 'Y tế', 'Health', '卫生'),
  entry('van-hoa', 'Văn hóa – Thể thao – Du lịch', 'Culture, sports and tourism', '文化体育旅游'),
  entry('lao-dong', 'Lao động – Xã hội', 'Labour and social affairs', '劳动社会'),
  entry('khoa-hoc-cong-nghe', 'Khoa học – Công nghệ', 'Science and technology', '科学技术'),
  entry('chuyen-doi-so', 'Chuyển đổi số', 'Digital transformation', '数字化转型'),
  entry('tu-phap', 'Tư pháp', 'Justice', '司法'),
  entry('cai-cach-hanh-chinh', 'Cải cách hành chính', 'Administrative reform', '行政改革'),
  entry('quoc-phong-an-ninh', 'Quốc phòng – An ninh', 'Defence and security', '国防安全'),
];
