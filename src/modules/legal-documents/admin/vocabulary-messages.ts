import type { LanguageCode } from '../../../db/schema.ts';
import type { Localized } from '../../collections/definition.ts';
import type { VocabularyList } from '../site-vocabulary.ts';

/** The words of the registry's lists screen (/admin/legal-documents/settings), in three languages. */

const l = (vi: string, en: string, zh: string): Localized => ({ vi, en, zh });

export const listNames: Record<VocabularyList, Localized> = {
  type: l('Loại văn bản', 'Document types', '文件类型'),
  section: l('Nhóm văn bản', 'Sections', '文件类别'),
  field: l('Lĩnh vực', 'Fields', '领域'),
};

export const listIntros: Record<VocabularyList, Localized> = {
  type: l(
    'Luật, Nghị định, Quyết định… Mỗi văn bản có đúng một loại.',
    'Law, Decree, Decision… Each document has exactly one type.',
    '法律、议定、决定……每份文件只有一个类型。',
  ),
  section: l(
    'Nhóm lớn của danh mục văn bản; mỗi nhóm có nguồn RSS riêng.',
    'The registry’s top-level groups; each has its own RSS feed.',
    '文件目录的大类；每个类别都有自己的 RSS。',
  ),
  field: l(
    'Một văn bản có thể thuộc một hoặc nhiều lĩnh vực.',
    'A document belongs to one or several fields.',
    '一份文件可属于一个或多个领域。',
  ),
};

export const vocabularyWords = {
  nav: l('Danh mục văn bản', 'Registry lists', '文件目录设置'),
  title: l(
    'Danh mục của văn bản: loại, nhóm, lĩnh vực',
    'Registry lists: types, sections, fields',
    '文件目录：类型、类别、领域',
  ),
  intro: l(
    'Các danh sách dùng khi nhập văn bản, trên bộ lọc của trang Văn bản và trong API. Mã là cố định; tên có thể đổi bất cứ lúc nào và hiển thị ngay trên cổng. Mục đã có văn bản sử dụng thì không xóa được, chỉ ngừng dùng: mục ngừng dùng không còn trong ô chọn khi nhập văn bản mới, nhưng các văn bản đã có vẫn giữ và hiển thị tên của nó.',
    'The lists used when entering documents, in the filters of the public list and in the API. A code is fixed; names can change at any time and show on the portal at once. An entry that documents use cannot be deleted, only retired: a retired entry is no longer offered for new documents, but the documents that have it keep and show its name.',
    '录入文件、公开列表筛选及 API 所用的列表。代码固定不变；名称可随时修改并立即在门户上显示。已被文件使用的条目不能删除，只能停用：停用的条目不再供新文件选择，但已有文件仍保留并显示其名称。',
  ),
  defaultsNote: l(
    'Cổng đang dùng danh sách mặc định; thay đổi đầu tiên sẽ lưu danh sách này thành danh sách riêng của cổng.',
    'This portal uses the default list; the first change makes it the portal’s own.',
    '本门户正在使用默认列表；首次修改后该列表即成为本门户自己的列表。',
  ),
  code: l('Mã', 'Code', '代码'),
  codeHint: l(
    'Chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ: quyet-dinh. Không đổi được sau khi thêm.',
    'Lower-case letters without accents, digits and hyphens, e.g. quyet-dinh. It cannot change once added.',
    '不带声调的小写字母、数字和连字符，例如 quyet-dinh。添加后不可更改。',
  ),
  nameVi: l('Tên tiếng Việt', 'Name in Vietnamese', '越南语名称'),
  nameEn: l('Tên tiếng Anh', 'Name in English', '英语名称'),
  nameZh: l('Tên tiếng Trung', 'Name in Chinese', '中文名称'),
  otherNamesHint: l(
    'Để trống thì dùng tên tiếng Việt.',
    'Empty: the Vietnamese name is used.',
    '留空则使用越南语名称。',
  ),
  colEntry: l('Tên (Việt · Anh · Trung) và mã', 'Names (vi · en · zh) and code', '名称（越·英·中）及代码'),
  colUsed: l('Số văn bản', 'Documents', '文件数'),
  colActions: l('Thao tác', 'Actions', '操作'),
  retired: l('Ngừng dùng', 'Retired', '已停用'),
  add: l('Thêm', 'Add', '添加'),
  addTitle: (list: VocabularyList) =>
    l(`Thêm vào “${listNames[list].vi}”`, `Add to “${listNames[list].en}”`, `添加到“${listNames[list].zh}”`),
  edit: l('Đổi tên', 'Rename', '重命名'),
  editTitle: (name: string) => l(`Đổi tên “${name}”`, `Rename “${name}”`, `重命名“${name}”`),
  up: l('Lên', 'Up', '上移'),
  down: l('Xuống', 'Down', '下移'),
  upLabel: (name: string) => l(`Đưa “${name}” lên trên`, `Move “${name}” up`, `将“${name}”上移`),
  downLabel: (name: string) => l(`Đưa “${name}” xuống dưới`, `Move “${name}” down`, `将“${name}”下移`),
  retire: l('Ngừng dùng', 'Retire', '停用'),
  restore: l('Dùng lại', 'Use again', '恢复使用'),
  delete: l('Xóa', 'Delete', '删除'),
  retireLabel: (name: string) => l(`Ngừng dùng “${name}”`, `Retire “${name}”`, `停用“${name}”`),
  restoreLabel: (name: string) => l(`Dùng lại “${name}”`, `Use “${name}” again`, `恢复使用“${name}”`),
  deleteLabel: (name: string) => l(`Xóa “${name}”`, `Delete “${name}”`, `删除“${name}”`),
  editLabel: (name: string) => l(`Đổi tên “${name}”`, `Rename “${name}”`, `重命名“${name}”`),
  back: l('Quay lại danh mục', 'Back to the lists', '返回目录'),
  saved: l('Đã lưu thay đổi.', 'Changes saved.', '已保存更改。'),
  // Errors: every one leaves the list as it was.
  required: l('Vui lòng nhập tên tiếng Việt.', 'Enter the Vietnamese name.', '请输入越南语名称。'),
  codeRequired: l('Vui lòng nhập mã.', 'Enter a code.', '请输入代码。'),
  codeInvalid: l(
    'Mã chỉ gồm chữ thường không dấu (a–z), chữ số và dấu gạch ngang ở giữa, ví dụ: quyet-dinh.',
    'A code has only lower-case letters a–z, digits and hyphens between them, e.g. quyet-dinh.',
    '代码只能包含小写字母 a–z、数字以及中间的连字符，例如 quyet-dinh。',
  ),
  tooLong: (max: number) => l(`Tối đa ${max} ký tự.`, `At most ${max} characters.`, `最多 ${max} 个字符。`),
  textInvalid: l(
    'Tên chứa ký tự không hợp lệ (ký tự điều khiển).',
    'The name holds characters that are not allowed (control characters).',
    '名称包含不允许的字符（控制字符）。',
  ),
  duplicate: l(
    'Danh sách này đã có mục với mã này.',
    'This list already has an entry with this code.',
    '该列表中已有使用此代码的条目。',
  ),
  duplicateName: l(
    'Danh sách này đã có mục với tên tiếng Việt này.',
    'This list already has an entry with this Vietnamese name.',
    '该列表中已有同样越南语名称的条目。',
  ),
  tooMany: (max: number) =>
    l(
      `Mỗi danh sách có tối đa ${max} mục.`,
      `A list has at most ${max} entries.`,
      `每个列表最多 ${max} 个条目。`,
    ),
  missing: l(
    'Không tìm thấy mục này trong danh sách (có thể đã bị xóa). Không có gì thay đổi.',
    'This entry is not in the list (it may have been deleted). Nothing was changed.',
    '列表中找不到该条目（可能已被删除）。未做任何更改。',
  ),
  inUseNoDelete: (count: number) =>
    l(
      `Không xóa được: mục này đang được ${count} văn bản sử dụng. Hãy chọn “Ngừng dùng” để ẩn nó khỏi văn bản mới; các văn bản đã có vẫn giữ nguyên.`,
      `Cannot delete: ${count} document(s) use this entry. Choose “Retire” to hide it from new documents; the existing ones keep it.`,
      `无法删除：有 ${count} 份文件正在使用该条目。请选择“停用”，使其不再用于新文件；已有文件保持不变。`,
    ),
  lastActive: l(
    'Danh sách cần ít nhất một mục còn dùng.',
    'A list needs at least one entry in use.',
    '列表至少需要一个在用的条目。',
  ),
  concurrent: l(
    'Danh sách vừa được người khác thay đổi. Vui lòng tải lại trang và thử lại.',
    'Someone else has just changed the list. Reload the page and try again.',
    '列表刚被他人修改。请刷新页面后重试。',
  ),
  unknownCode: (code: string) =>
    l(
      `Mã “${code}” không có trong danh sách của cổng.`,
      `The code “${code}” is not in this site’s list.`,
      `代码“${code}”不在本站列表中。`,
    ),
};

/** A word in a language. */
export const say = (text: Localized, lang: LanguageCode): string => text[lang];
