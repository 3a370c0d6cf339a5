import type { LanguageCode } from '../db/schema.ts';

/**
 * Every legal reference the interface shows, in one place: screens and catalogues read these,
 * never write a decree's number themselves (src/i18n/legal.test.ts checks that). When a text is
 * repealed, change it here and add its number to `repealed`. The basis is
 * /work/shared/REQUIREMENTS.md: since 01/07/2026 portals are governed by Nghị định 224/2026/NĐ-CP
 * (detailing Luật Chuyển đổi số 148/2025/QH15), which repealed Nghị định 42/2022/NĐ-CP.
 */
type Citation = Record<LanguageCode, string>;

export const legal = {
  /** The decree in force for electronic information portals. */
  portalDecree: {
    vi: 'Nghị định 224/2026/NĐ-CP',
    en: 'Decree 224/2026/ND-CP',
    zh: '第224/2026/NĐ-CP号议定',
  },
  /** Since when it governs portals. */
  portalDecreeSince: { vi: '01/07/2026', en: '1 July 2026', zh: '2026年7月1日' },
  /** The footer information every portal shows (TT 32/2017 Đ16, still the baseline). */
  footerCircular: {
    vi: 'Thông tư 32/2017/TT-BTTTT, Điều 16',
    en: 'Circular 32/2017/TT-BTTTT, Article 16',
    zh: '第32/2017/TT-BTTTT号通知第16条',
  },
  /** Spokespeople: published online within 24 hours of the appointment. */
  spokespersonDecree: {
    vi: 'Nghị định 244/2026/NĐ-CP',
    en: 'Decree 244/2026/ND-CP',
    zh: '第244/2026/NĐ-CP号议定',
  },
} satisfies Record<string, Citation>;

/** Numbers of repealed texts the interface must never cite as in force. */
export const repealed: readonly string[] = ['42/2022'];

/**
 * Why the organisation, functions and contacts have an English version: the decree in force has
 * no language rule (REQUIREMENTS.md), so it is said as the practice portals keep, not as a rule.
 */
export const englishPractice: Citation = {
  vi: `Các cổng thông tin điện tử giữ thông lệ có bản tiếng Anh của cơ cấu tổ chức, chức năng nhiệm vụ và thông tin liên hệ chính thức. Đây là thông lệ từ quy định trước đây: ${legal.portalDecree.vi}, có hiệu lực từ ${legal.portalDecreeSince.vi}, không có quy định riêng về ngôn ngữ.`,
  en: `Electronic information portals keep the practice of publishing their organisational structure, functions and duties, and official contacts in English. The practice comes from earlier rules: ${legal.portalDecree.en}, in force since ${legal.portalDecreeSince.en}, has no rule of its own on languages.`,
  zh: `电子信息门户网站沿用惯例，提供组织机构、职能与任务以及正式联系方式的英文版。这一惯例来自此前的规定：自${legal.portalDecreeSince.zh}起施行的${legal.portalDecree.zh}没有关于语言的专门规定。`,
};
