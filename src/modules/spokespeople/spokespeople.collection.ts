import { commonFields, defineCollection } from '../collections/index.ts';

/**
 * Người phát ngôn: the spokesperson's name, title, unit, phone and official e-mail, online
 * within 24 hours of an assignment (NĐ 244/2026 Đ3, Đ5, Đ6); late-record.ts warns the admin.
 */
export const spokespeople = defineCollection({
  type: 'spokesperson',
  plural: 'spokespeople',
  name: { vi: 'Người phát ngôn', en: 'Spokespersons', zh: '新闻发言人' },
  itemName: { vi: 'người phát ngôn', en: 'spokesperson', zh: '新闻发言人' },
  intro: {
    vi: 'Người phát ngôn, cung cấp thông tin cho báo chí và thông tin liên hệ chính thức.',
    en: 'The spokespersons who speak and provide information to the press, with their official contacts.',
    zh: '新闻发言人及其官方联系方式。',
  },
  path: { vi: 'nguoi-phat-ngon', en: 'spokespersons', zh: 'spokespersons' },
  // Published by whoever records it: the law asks for it online within 24 hours.
  workflow: 'simple',
  roles: { edit: ['admin', 'chief_editor', 'editor'] },
  titleField: 'full_name',
  summaryFields: ['title'],
  columns: ['title', 'assigned_on'],
  orderField: 'display_order',
  fields: [
    commonFields.fullName(),
    {
      name: 'title',
      kind: 'text',
      localized: true,
      required: true,
      maxLength: 300,
      label: { vi: 'Chức vụ', en: 'Title', zh: '职务' },
    },
    { name: 'unit', kind: 'relation', collection: 'unit', label: { vi: 'Đơn vị', en: 'Unit', zh: '单位' } },
    commonFields.phone(true),
    commonFields.email({ vi: 'Thư điện tử công vụ', en: 'Official e-mail', zh: '公务电子邮件' }, true),
    {
      name: 'assigned_on',
      kind: 'date',
      required: true,
      label: { vi: 'Ngày được giao', en: 'Assigned on', zh: '任命日期' },
    },
    commonFields.displayOrder(),
  ],
});
