// Realistic Vietnamese provincial news for the search benchmark: deterministic (seeded), built
// from the phrases, names, numbers and document references a provincial portal publishes.
//
//   npx tsx bench/search-corpus.ts            prints three sample articles and corpus figures
//   npx tsx bench/search-corpus.ts --count N  figures for N articles (default 100000)

export interface CorpusArticle {
  title: string;
  lead: string;
  paragraphs: string[];
  /** Index into TOPICS (the benchmark makes one category per topic). */
  topic: number;
  lang: 'vi' | 'en' | 'zh';
  /** Days before the benchmark's "now". */
  daysAgo: number;
}

/** A small, fast, seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Topic {
  name: string;
  titles: string[];
  phrases: string[];
  orgs: string[];
}

export const TOPICS: Topic[] = [
  {
    name: 'Nông nghiệp',
    titles: [
      'Đẩy mạnh xây dựng nông thôn mới tại {place}',
      'Nông dân {place} trúng mùa lúa {season}',
      'Chuyển đổi cơ cấu cây trồng ở {place}',
      'Phòng chống dịch tả lợn châu Phi tại {place}',
      '{place} phát triển hợp tác xã kiểu mới',
    ],
    phrases: [
      'xây dựng nông thôn mới',
      'sản xuất lúa chất lượng cao',
      'chuyển đổi cơ cấu cây trồng',
      'dịch tả lợn châu Phi',
      'hợp tác xã nông nghiệp',
      'công trình thủy lợi',
      'giống lúa mới',
      'chăn nuôi an toàn sinh học',
      'sản phẩm OCOP',
      'cánh đồng mẫu lớn',
      'tiêu chí xã nông thôn mới nâng cao',
      'vụ đông xuân',
    ],
    orgs: ['Sở Nông nghiệp và Phát triển nông thôn', 'Hội Nông dân tỉnh', 'Chi cục Thủy lợi'],
  },
  {
    name: 'Quốc phòng - An ninh',
    titles: [
      'Diễn tập khu vực phòng thủ {place} năm {year}',
      'Tổng kết công tác quốc phòng, quân sự địa phương',
      '{place} hoàn thành chỉ tiêu giao quân',
      'Bảo đảm an ninh trật tự dịp {holiday}',
      'Tập huấn phòng cháy chữa cháy cho lực lượng dân phòng {place}',
    ],
    phrases: [
      'công tác quốc phòng',
      'an ninh trật tự',
      'diễn tập khu vực phòng thủ',
      'giao nhận quân',
      'dân quân tự vệ',
      'phòng cháy chữa cháy',
      'thế trận quốc phòng toàn dân',
      'an ninh nhân dân',
      'tội phạm ma túy',
      'trật tự an toàn giao thông',
      'lực lượng vũ trang tỉnh',
    ],
    orgs: ['Bộ Chỉ huy Quân sự tỉnh', 'Công an tỉnh', 'Bộ đội Biên phòng tỉnh'],
  },
  {
    name: 'Kinh tế',
    titles: [
      'Thu hút đầu tư vào khu công nghiệp {place}',
      'Tăng trưởng kinh tế {quarter} đạt {pct}%',
      'Đẩy nhanh giải ngân vốn đầu tư công',
      'Doanh nghiệp {place} mở rộng xuất khẩu',
      'Thu ngân sách nhà nước vượt dự toán',
    ],
    phrases: [
      'thu hút đầu tư',
      'khu công nghiệp',
      'tăng trưởng kinh tế',
      'giải ngân vốn đầu tư công',
      'thu ngân sách nhà nước',
      'kim ngạch xuất khẩu',
      'hỗ trợ doanh nghiệp nhỏ và vừa',
      'chỉ số năng lực cạnh tranh cấp tỉnh',
      'tổng sản phẩm trên địa bàn',
      'cụm công nghiệp',
    ],
    orgs: ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Ban Quản lý các khu công nghiệp', 'Cục Thống kê tỉnh'],
  },
  {
    name: 'Giáo dục',
    titles: [
      '{place} chuẩn bị cho kỳ thi tốt nghiệp trung học phổ thông',
      'Khai giảng năm học mới tại {place}',
      'Xây dựng trường đạt chuẩn quốc gia',
      'Trao học bổng cho học sinh nghèo vượt khó {place}',
    ],
    phrases: [
      'kỳ thi tốt nghiệp trung học phổ thông',
      'năm học mới',
      'trường đạt chuẩn quốc gia',
      'chương trình giáo dục phổ thông mới',
      'học sinh giỏi cấp tỉnh',
      'đội ngũ giáo viên',
      'cơ sở vật chất trường học',
      'học bổng khuyến học',
    ],
    orgs: ['Sở Giáo dục và Đào tạo', 'Hội Khuyến học tỉnh'],
  },
  {
    name: 'Y tế',
    titles: [
      'Tiêm chủng mở rộng tại {place}',
      'Phòng chống sốt xuất huyết mùa mưa',
      'Nâng cao chất lượng khám chữa bệnh tuyến cơ sở',
      'Bệnh viện đa khoa tỉnh triển khai kỹ thuật mới',
    ],
    phrases: [
      'tiêm chủng mở rộng',
      'sốt xuất huyết',
      'khám chữa bệnh',
      'bảo hiểm y tế',
      'trạm y tế xã',
      'an toàn thực phẩm',
      'bệnh viện đa khoa tỉnh',
      'chăm sóc sức khỏe ban đầu',
      'bác sĩ gia đình',
    ],
    orgs: ['Sở Y tế', 'Trung tâm Kiểm soát bệnh tật tỉnh', 'Bệnh viện Đa khoa tỉnh'],
  },
  {
    name: 'Văn hóa - Du lịch',
    titles: [
      'Lễ hội {festival} thu hút du khách',
      'Phát triển du lịch cộng đồng ở {place}',
      'Bảo tồn di tích lịch sử văn hóa {place}',
      'Khai mạc tuần văn hóa, thể thao và du lịch',
    ],
    phrases: [
      'du lịch cộng đồng',
      'di tích lịch sử văn hóa',
      'lễ hội truyền thống',
      'di sản văn hóa phi vật thể',
      'lượt khách du lịch',
      'văn hóa cồng chiêng',
      'làng nghề truyền thống',
      'phong trào toàn dân đoàn kết xây dựng đời sống văn hóa',
    ],
    orgs: ['Sở Văn hóa, Thể thao và Du lịch', 'Trung tâm Xúc tiến du lịch'],
  },
  {
    name: 'Giao thông - Xây dựng',
    titles: [
      'Khởi công tuyến đường {road}',
      'Thông xe cầu {bridge}',
      'Giải phóng mặt bằng dự án {road}',
      'Nâng cấp quốc lộ qua {place}',
    ],
    phrases: [
      'giải phóng mặt bằng',
      'tuyến đường tỉnh',
      'quốc lộ',
      'cao tốc',
      'nhà ở xã hội',
      'quy hoạch chung đô thị',
      'dự án trọng điểm',
      'bồi thường hỗ trợ tái định cư',
      'chất lượng công trình',
    ],
    orgs: ['Sở Giao thông vận tải', 'Sở Xây dựng', 'Ban Quản lý dự án đầu tư xây dựng tỉnh'],
  },
  {
    name: 'Cải cách hành chính',
    titles: [
      'Nâng cao chỉ số cải cách hành chính',
      'Triển khai dịch vụ công trực tuyến toàn trình',
      '{place} đẩy mạnh chuyển đổi số',
      'Đối thoại với doanh nghiệp về thủ tục hành chính',
    ],
    phrases: [
      'cải cách hành chính',
      'dịch vụ công trực tuyến',
      'chuyển đổi số',
      'thủ tục hành chính',
      'bộ phận một cửa',
      'chính quyền số',
      'cơ sở dữ liệu quốc gia về dân cư',
      'chữ ký số',
      'chỉ số hài lòng của người dân',
    ],
    orgs: ['Sở Nội vụ', 'Sở Thông tin và Truyền thông', 'Trung tâm Phục vụ hành chính công'],
  },
  {
    name: 'Xã hội',
    titles: [
      'Trao nhà đại đoàn kết cho hộ nghèo {place}',
      'Giải quyết việc làm cho lao động nông thôn',
      'Chăm lo Tết cho gia đình chính sách',
      'Mở rộng bảo hiểm xã hội tự nguyện',
    ],
    phrases: [
      'giảm nghèo bền vững',
      'nhà đại đoàn kết',
      'bảo hiểm xã hội tự nguyện',
      'giải quyết việc làm',
      'gia đình chính sách',
      'người có công với cách mạng',
      'đào tạo nghề cho lao động nông thôn',
      'trẻ em có hoàn cảnh đặc biệt',
    ],
    orgs: ['Sở Lao động - Thương binh và Xã hội', 'Ủy ban Mặt trận Tổ quốc tỉnh', 'Bảo hiểm xã hội tỉnh'],
  },
  {
    name: 'Môi trường',
    titles: [
      'Xử lý rác thải sinh hoạt ở {place}',
      'Ứng phó biến đổi khí hậu và xâm nhập mặn',
      'Trồng rừng phòng hộ ven biển',
      'Phòng chống thiên tai mùa mưa bão',
    ],
    phrases: [
      'rác thải sinh hoạt',
      'biến đổi khí hậu',
      'xâm nhập mặn',
      'rừng phòng hộ',
      'phòng chống thiên tai',
      'ô nhiễm môi trường',
      'tài nguyên nước',
      'đánh giá tác động môi trường',
      'sạt lở bờ sông',
    ],
    orgs: ['Sở Tài nguyên và Môi trường', 'Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh'],
  },
];

const PLACES = [
  'huyện Tân Phước',
  'huyện Hòa Bình',
  'thị xã Phú Mỹ',
  'thành phố Lạc Hồng',
  'huyện Đông Sơn',
  'huyện Vĩnh Thạnh',
  'xã An Khánh',
  'xã Hưng Đạo',
  'phường Đông Hải',
  'thị trấn Long Điền',
  'huyện Kim Bảng',
  'xã Thạch Bàn',
  'huyện Yên Lạc',
  'xã Quảng Thành',
  'huyện Cù Lao Dung',
  'xã Đắk Ơ',
  'huyện Mường Tè',
  'phường Bến Thủy',
  'xã Nghĩa Đàn',
  'huyện Sơn Động',
  'xã Tà Xùa',
  'huyện Châu Thành',
  'phường Ngọc Khánh',
  'xã Bình Minh',
];
const PEOPLE = [
  'Nguyễn Văn Hùng',
  'Trần Thị Thu Hà',
  'Lê Minh Tuấn',
  'Phạm Quốc Bảo',
  'Hoàng Thị Lan',
  'Võ Đức Thắng',
  'Đặng Thanh Sơn',
  'Bùi Thị Ngọc Ánh',
  'Đỗ Hữu Phước',
  'Huỳnh Văn Lợi',
  'Ngô Thị Mai',
  'Dương Quang Vinh',
];
const ROLES = [
  'Chủ tịch UBND tỉnh',
  'Phó Chủ tịch UBND tỉnh',
  'Bí thư Tỉnh ủy',
  'Chủ tịch HĐND tỉnh',
  'Giám đốc Sở',
  'Chủ tịch UBND huyện',
  'Bí thư Huyện ủy',
];
const FESTIVALS = [
  'Đền Hùng',
  'Nghinh Ông',
  'Katê',
  'Ok Om Bok',
  'Chùa Bà',
  'Cầu Ngư',
  'hoa ban',
  'Lồng Tồng',
];
const ROADS = [
  'ĐT.741',
  'ĐT.830',
  'vành đai 3',
  'ven biển',
  'Bắc - Nam phía Đông',
  'nối Lạc Hồng với cảng Cái Mép',
];
const BRIDGES = ['Rạch Miễu 2', 'Bến Lức', 'Phú Thuận', 'Long Hòa', 'Cổ Chiên'];
const HOLIDAYS = ['Tết Nguyên đán', 'lễ 30/4 và 1/5', 'Quốc khánh 2/9', 'Tết Dương lịch'];
const SEASONS = ['đông xuân', 'hè thu', 'thu đông'];
const PERIODS = ['6 tháng đầu năm', 'quý I', 'năm qua', 'giai đoạn 2021 - 2025', '9 tháng', 'tháng 10'];
const VERBS = [
  'triển khai',
  'hoàn thành',
  'đẩy mạnh',
  'tập trung chỉ đạo',
  'tổ chức thực hiện',
  'kiểm tra, đôn đốc',
  'rà soát',
  'tuyên truyền',
];
const FILLER = [
  'Theo báo cáo của {org}, trong {period}, các địa phương đã {verb} {phrase}, đạt {pct}% kế hoạch năm.',
  'Phát biểu tại hội nghị, đồng chí {person}, {role}, ghi nhận những kết quả đạt được và yêu cầu các ngành tiếp tục {verb} {phrase}.',
  'Năm {year}, tỉnh phấn đấu {verb} {phrase} với tổng kinh phí khoảng {money} tỷ đồng.',
  'Thực hiện {doc}, {org} đã phối hợp với UBND {place} {verb} {phrase}.',
  'Bên cạnh những kết quả đạt được, việc {phrase} vẫn còn một số khó khăn, vướng mắc cần tháo gỡ.',
  'Người dân {place} phấn khởi khi {phrase} mang lại hiệu quả thiết thực, góp phần nâng cao đời sống.',
  'Dịp này, {org} đã trao {count} giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong {phrase}.',
  'Đến nay, toàn tỉnh có {count} xã, phường tham gia {phrase}, tăng {small} đơn vị so với cùng kỳ năm trước.',
  'Đồng chí {person} đề nghị các sở, ngành, địa phương chủ động nắm bắt tình hình, kịp thời báo cáo những vấn đề phát sinh.',
  'Hội nghị cũng đã thảo luận, thống nhất nhiều giải pháp để {verb} {phrase} trong thời gian tới.',
  'Tính đến ngày {date}, tổng số vốn đã giải ngân đạt {money} tỷ đồng, bằng {pct}% kế hoạch vốn được giao.',
  'Theo {doc}, các đơn vị phải hoàn thành việc {phrase} trước ngày {date}.',
];
const DOC_KINDS = [
  'Quyết định số {n}/QĐ-UBND',
  'Kế hoạch số {n}/KH-UBND',
  'Nghị quyết số {n}/NQ-HĐND',
  'Chỉ thị số {n}/CT-UBND',
  'Công văn số {n}/UBND-KT',
];

const EN_TITLES = [
  'Provincial leaders review {topic} results',
  'New investment projects approved in {place}',
  'Farmers in {place} adopt new rice varieties',
  'Lac Hong expands online public services',
  'Flood prevention plans tested ahead of the rainy season',
];
const EN_SENTENCES = [
  'The provincial People’s Committee approved the plan on {date}.',
  'Officials said the programme would be rolled out in every district by {year}.',
  'More than {count} households benefited from the investment.',
  'Local businesses welcomed the simplified administrative procedures.',
  'The province attracted {money} billion dong of new investment in {period}.',
];
const ZH_TITLES = [
  '雒鸿省推进新农村建设',
  '雒鸿省举办传统文化节',
  '雒鸿省加快数字化转型',
  '雒鸿省吸引外商投资',
  '雒鸿省做好防灾减灾工作',
];
const ZH_SENTENCES = [
  '省人民委员会批准了相关计划。',
  '该项目总投资约{money}亿越南盾。',
  '全省各地积极落实各项任务。',
  '当地居民对项目成效表示满意。',
  '预计到{year}年完成全部建设任务。',
];

export function createCorpus(seed = 20_260_101) {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const fill = (template: string, topic: Topic): string =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => {
      switch (key) {
        case 'place':
          return pick(PLACES);
        case 'org':
          return pick(topic.orgs);
        case 'phrase':
          return pick(topic.phrases);
        case 'person':
          return pick(PEOPLE);
        case 'role':
          return pick(ROLES);
        case 'verb':
          return pick(VERBS);
        case 'period':
          return pick(PERIODS);
        case 'festival':
          return pick(FESTIVALS);
        case 'road':
          return pick(ROADS);
        case 'bridge':
          return pick(BRIDGES);
        case 'holiday':
          return pick(HOLIDAYS);
        case 'season':
          return pick(SEASONS);
        case 'quarter':
          return `quý ${pick(['I', 'II', 'III', 'IV'])}`;
        case 'topic':
          return topic.name;
        case 'doc':
          return pick(DOC_KINDS).replace('{n}', `${int(1, 3500)}`);
        case 'year':
          return `${int(2019, 2026)}`;
        case 'pct':
          return `${int(40, 120)}`;
        case 'money':
          return `${int(5, 9000).toLocaleString('vi-VN')}`;
        case 'count':
          return `${int(3, 900)}`;
        case 'small':
          return `${int(1, 30)}`;
        case 'date':
          return `${int(1, 28)}/${int(1, 12)}/${int(2019, 2026)}`;
        default:
          return key;
      }
    });

  return function article(index: number): CorpusArticle {
    const topicIndex = int(0, TOPICS.length - 1);
    const topic = TOPICS[topicIndex]!;
    const daysAgo = int(0, 365 * 6);
    const roll = random();
    if (roll < 0.03) {
      const sentences = Array.from({ length: int(8, 20) }, () => fill(pick(EN_SENTENCES), topic));
      return {
        title: fill(pick(EN_TITLES), topic),
        lead: sentences[0]!,
        paragraphs: chunk(sentences.slice(1), 3),
        topic: topicIndex,
        lang: 'en',
        daysAgo,
      };
    }
    if (roll < 0.045) {
      const sentences = Array.from({ length: int(6, 14) }, () => fill(pick(ZH_SENTENCES), topic));
      return {
        title: pick(ZH_TITLES),
        lead: sentences[0]!,
        paragraphs: chunk(sentences.slice(1), 3),
        topic: topicIndex,
        lang: 'zh',
        daysAgo,
      };
    }
    const title = fill(pick(topic.titles), topic);
    const lead = `(${index % 7 === 0 ? 'LHO' : 'Cổng TTĐT'}) - ${fill(pick(FILLER), topic)}`;
    const paragraphs = Array.from({ length: int(5, 12) }, () =>
      Array.from({ length: int(2, 4) }, () => fill(pick(FILLER), topic)).join(' '),
    );
    return { title, lead, paragraphs, topic: topicIndex, lang: 'vi', daysAgo };
  };
}

function chunk<T>(list: T[], size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size).join(' '));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const countFlag = process.argv.indexOf('--count');
  const count = countFlag > 0 ? Number(process.argv[countFlag + 1]) : 100_000;
  const article = createCorpus();
  let syllables = 0;
  let chars = 0;
  for (let i = 0; i < count; i++) {
    const a = article(i);
    if (i < 3) console.log(`# ${a.title}\n${a.lead}\n\n${a.paragraphs.join('\n\n')}\n`);
    const text = [a.title, a.lead, ...a.paragraphs].join(' ');
    chars += text.length;
    syllables += text.split(/\s+/).length;
  }
  console.log(
    `${count} articles, ${Math.round(syllables / count)} words and ${Math.round(chars / count)} characters each on average`,
  );
}
