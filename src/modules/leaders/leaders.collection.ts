import { commonFields, defineCollection } from '../collections/index.ts';

/** Lãnh đạo: the agency's leaders with biography and assigned duties (NĐ 224/2026 Đ9 k1 b–c). */
export const leaders = defineCollection({
  type: 'leader',
  plural: 'leaders',
  name: { vi: 'Lãnh đạo', en: 'Leadership', zh: '领导' },
  itemName: { vi: 'lãnh đạo', en: 'leader', zh: '领导' },
  intro: {
    vi: 'Lãnh đạo chủ chốt của tỉnh: tiểu sử tóm tắt và lĩnh vực công tác được phân công.',
    en: 'The province’s key leaders: short biographies and assigned areas of work.',
    zh: '本省主要领导：简历及工作分工。',
  },
  path: { vi: 'lanh-dao', en: 'leadership', zh: 'leadership' },
  workflow: 'editorial',
  titleField: 'full_name',
  summaryFields: ['position'],
  columns: ['position', 'display_order'],
  orderField: 'display_order',
  fields: [
    { name: 'photo', kind: 'media', label: { vi: 'Ảnh chân dung', en: 'Portrait', zh: '肖像' } },
    commonFields.fullName(),
    {
      name: 'position',
      kind: 'text',
      localized: true,
      required: true,
      maxLength: 300,
      label: { vi: 'Chức vụ', en: 'Position', zh: '职务' },
    },
    {
      name: 'biography',
      kind: 'richText',
      localized: true,
      label: { vi: 'Tiểu sử', en: 'Biography', zh: '简历' },
    },
    {
      name: 'duties',
      kind: 'richText',
      localized: true,
      label: { vi: 'Nhiệm vụ được phân công', en: 'Assigned duties', zh: '工作分工' },
    },
    commonFields.displayOrder(),
    { name: 'term_start', kind: 'date', label: { vi: 'Bắt đầu nhiệm kỳ', en: 'Term start', zh: '任期开始' } },
    { name: 'term_end', kind: 'date', label: { vi: 'Kết thúc nhiệm kỳ', en: 'Term end', zh: '任期结束' } },
  ],
});
