import type { DemoTranslation } from './types.ts';

export interface DemoCategory {
  key: string;
  parent?: string;
  position: number;
  showInMenu?: boolean;
  vi: { name: string; slug: string; description: string };
  en: { name: string; slug: string; description: string };
  zh: { name: string; slug: string; description: string };
}

/** The demo province's category tree. Article `category` fields use these keys. */
export const demoCategories: DemoCategory[] = [
  {
    key: 'tin-tuc',
    position: 20,
    showInMenu: true,
    vi: { name: 'Tin tức', slug: 'tin-tuc', description: 'Tin tức, sự kiện nổi bật của tỉnh.' },
    en: { name: 'News', slug: 'news', description: 'News and events from the province.' },
    zh: { name: '新闻动态', slug: 'news', description: '本省新闻与重要活动。' },
  },
  {
    key: 'thoi-su-chinh-tri',
    parent: 'tin-tuc',
    position: 1,
    vi: {
      name: 'Thời sự - Chính trị',
      slug: 'thoi-su-chinh-tri',
      description: 'Hoạt động của lãnh đạo tỉnh, các kỳ họp và sự kiện chính trị.',
    },
    en: {
      name: 'Politics',
      slug: 'politics',
      description: 'Provincial leaders, council sessions and political events.',
    },
    zh: { name: '时政', slug: 'politics', description: '省领导活动、会议及政治要闻。' },
  },
  {
    key: 'kinh-te',
    parent: 'tin-tuc',
    position: 2,
    vi: {
      name: 'Kinh tế',
      slug: 'kinh-te',
      description: 'Sản xuất, đầu tư, nông nghiệp, công nghiệp và du lịch.',
    },
    en: {
      name: 'Economy',
      slug: 'economy',
      description: 'Production, investment, farming, industry and tourism.',
    },
    zh: { name: '经济', slug: 'economy', description: '生产、投资、农业、工业与旅游。' },
  },
  {
    key: 'van-hoa-xa-hoi',
    parent: 'tin-tuc',
    position: 3,
    vi: {
      name: 'Văn hóa - Xã hội',
      slug: 'van-hoa-xa-hoi',
      description: 'Giáo dục, y tế, văn hóa, lễ hội và an sinh xã hội.',
    },
    en: {
      name: 'Culture and society',
      slug: 'culture-society',
      description: 'Education, health, culture, festivals and social welfare.',
    },
    zh: { name: '文化社会', slug: 'culture-society', description: '教育、卫生、文化、节庆与社会保障。' },
  },
  {
    key: 'quoc-phong-an-ninh',
    parent: 'tin-tuc',
    position: 4,
    vi: {
      name: 'Quốc phòng - An ninh',
      slug: 'quoc-phong-an-ninh',
      description: 'Quốc phòng địa phương, an ninh trật tự, phòng chống thiên tai.',
    },
    en: {
      name: 'Defence and security',
      slug: 'defence-security',
      description: 'Local defence, public order and disaster prevention.',
    },
    zh: { name: '国防安全', slug: 'defence-security', description: '地方国防、治安秩序与防灾减灾。' },
  },
  {
    key: 'khoa-hoc-cong-nghe',
    parent: 'tin-tuc',
    position: 5,
    vi: {
      name: 'Khoa học - Công nghệ',
      slug: 'khoa-hoc-cong-nghe',
      description: 'Chuyển đổi số, đổi mới sáng tạo, khoa học và công nghệ.',
    },
    en: {
      name: 'Science and technology',
      slug: 'science-technology',
      description: 'Digital transformation, innovation, science and technology.',
    },
    zh: { name: '科技', slug: 'science-technology', description: '数字化转型、创新与科学技术。' },
  },
  {
    key: 'chi-dao-dieu-hanh',
    position: 30,
    showInMenu: true,
    vi: {
      name: 'Chỉ đạo điều hành',
      slug: 'chi-dao-dieu-hanh',
      description: 'Ý kiến chỉ đạo, điều hành của Tỉnh ủy, UBND tỉnh và lãnh đạo tỉnh.',
    },
    en: {
      name: 'Direction and administration',
      slug: 'direction-administration',
      description: "Directions from the Provincial People's Committee and its leaders.",
    },
    zh: {
      name: '指导与管理',
      slug: 'direction-administration',
      description: '省人民委员会及省领导的指导意见。',
    },
  },
  {
    key: 'thong-bao',
    position: 35,
    vi: {
      name: 'Thông báo',
      slug: 'thong-bao',
      description: 'Thông báo của các cơ quan nhà nước trên địa bàn tỉnh.',
    },
    en: {
      name: 'Announcements',
      slug: 'announcements',
      description: 'Announcements from provincial agencies.',
    },
    zh: { name: '通知', slug: 'announcements', description: '省内国家机关发布的通知。' },
  },
];

export type { DemoTranslation };
