/**
 * Demo items of the collection types (leaders, units, spokesperson) of the fictional province
 * of Lạc Hồng, consistent with the static pages (pages.ts). People, numbers and contacts are invented.
 * Per-language texts: vi, en, zh; shared values once.
 */

type Text3 = { vi: string; en: string; zh: string };

export interface DemoLeader {
  key: string;
  order: number;
  termStart: string;
  name: Text3;
  position: Text3;
  biography: Text3;
  duties: Text3;
}

export const demoLeaders: DemoLeader[] = [
  {
    key: 'nguyen-van-thanh',
    order: 1,
    termStart: '2024-10-18',
    name: { vi: 'Nguyễn Văn Thành', en: 'Nguyen Van Thanh', zh: '阮文成' },
    position: { vi: 'Bí thư Tỉnh ủy', en: 'Secretary of the Provincial Party Committee', zh: '省委书记' },
    biography: {
      vi: 'Sinh năm 1968, quê quán phường Cửa Lạc; Tiến sĩ Kinh tế, Cao cấp lý luận chính trị. Nguyên Chủ tịch UBND tỉnh; Bí thư Tỉnh ủy từ tháng 10/2024.',
      en: 'Born in 1968 in Cua Lac Ward; Doctor of Economics, Advanced Diploma in Political Theory. Former Chairman of the Provincial People’s Committee; Secretary of the Provincial Party Committee since October 2024.',
      zh: '1968年出生，籍贯雒口坊；经济学博士，高级政治理论学历。曾任省人民委员会主席，2024年10月起任省委书记。',
    },
    duties: {
      vi: 'Lãnh đạo toàn diện hoạt động của Ban Chấp hành, Ban Thường vụ Tỉnh ủy; trực tiếp phụ trách công tác tổ chức cán bộ, quốc phòng, an ninh, nội chính.',
      en: 'Provides overall leadership of the Executive Committee and the Standing Board of the Provincial Party Committee; directly in charge of personnel, national defence, security and internal affairs.',
      zh: '全面领导省委执行委员会和省委常务委员会的工作；直接负责干部组织、国防、安全和内政工作。',
    },
  },
  {
    key: 'do-manh-cuong',
    order: 2,
    termStart: '2021-06-25',
    name: { vi: 'Đỗ Mạnh Cường', en: 'Do Manh Cuong', zh: '杜孟强' },
    position: {
      vi: 'Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh',
      en: 'Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People’s Council',
      zh: '省委副书记、省人民议会主席',
    },
    biography: {
      vi: 'Sinh năm 1969, quê quán xã Tây Sơn Lĩnh; Thạc sĩ Luật, Cao cấp lý luận chính trị. Nguyên Trưởng Ban Tổ chức Tỉnh ủy; Chủ tịch HĐND tỉnh từ năm 2021.',
      en: 'Born in 1969 in Tay Son Linh Commune; Master of Laws, Advanced Diploma in Political Theory. Former Head of the Organisation Commission of the Provincial Party Committee; Chairman of the Provincial People’s Council since 2021.',
      zh: '1969年出生，籍贯西山岭社；法学硕士，高级政治理论学历。曾任省委组织部部长，2021年起任省人民议会主席。',
    },
    duties: {
      vi: 'Lãnh đạo hoạt động của HĐND tỉnh và Thường trực HĐND tỉnh; chủ tọa các kỳ họp; chỉ đạo công tác giám sát, tiếp xúc cử tri.',
      en: 'Leads the Provincial People’s Council and its Standing Committee; presides over Council sessions; directs oversight and meetings with voters.',
      zh: '领导省人民议会及其常务委员会的工作；主持议会会议；指导监督工作和选民接触活动。',
    },
  },
  {
    key: 'tran-thi-minh-huong',
    order: 3,
    termStart: '2024-11-15',
    name: { vi: 'Trần Thị Minh Hương', en: 'Tran Thi Minh Huong', zh: '陈氏明香' },
    position: {
      vi: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
      en: 'Deputy Secretary of the Provincial Party Committee, Chairwoman of the Provincial People’s Committee',
      zh: '省委副书记、省人民委员会主席',
    },
    biography: {
      vi: 'Sinh năm 1975, quê quán phường Hồng Sơn; Tiến sĩ Quản lý kinh tế, Cao cấp lý luận chính trị. Nguyên Giám đốc Sở Tài chính, Phó Chủ tịch UBND tỉnh; Chủ tịch UBND tỉnh từ tháng 11/2024.',
      en: 'Born in 1975 in Hong Son Ward; Doctor of Economic Management, Advanced Diploma in Political Theory. Former Director of the Department of Finance and Vice Chairwoman of the Provincial People’s Committee; Chairwoman since November 2024.',
      zh: '1975年出生，籍贯鸿山坊；经济管理学博士，高级政治理论学历。曾任财政厅厅长、省人民委员会副主席，2024年11月起任省人民委员会主席。',
    },
    duties: {
      vi: 'Lãnh đạo, điều hành chung hoạt động của UBND tỉnh; trực tiếp phụ trách quy hoạch, tổ chức bộ máy, tài chính – ngân sách, quốc phòng, an ninh, thanh tra và chuyển đổi số.',
      en: 'Leads and manages the overall work of the Provincial People’s Committee; directly in charge of planning, organisation, finance and budget, defence, security, inspection and digital transformation.',
      zh: '全面领导和主持省人民委员会工作；直接负责规划、机构组织、财政预算、国防、安全、监察和数字化转型工作。',
    },
  },
  {
    key: 'le-quang-vinh',
    order: 4,
    termStart: '2021-07-01',
    name: { vi: 'Lê Quang Vinh', en: 'Le Quang Vinh', zh: '黎光荣' },
    position: {
      vi: 'Phó Chủ tịch UBND tỉnh',
      en: 'Vice Chairman of the Provincial People’s Committee',
      zh: '省人民委员会副主席',
    },
    biography: {
      vi: 'Sinh năm 1974, quê quán phường Cửa Lạc; Thạc sĩ Quản trị kinh doanh. Nguyên Giám đốc Sở Xây dựng.',
      en: 'Born in 1974 in Cua Lac Ward; Master of Business Administration. Former Director of the Department of Construction.',
      zh: '1974年出生，籍贯雒口坊；工商管理硕士。曾任建设厅厅长。',
    },
    duties: {
      vi: 'Phụ trách khối kinh tế: công nghiệp, thương mại, nông nghiệp, môi trường, đất đai, xây dựng, giao thông, thu hút đầu tư.',
      en: 'In charge of economic affairs: industry, trade, agriculture, the environment, land, construction, transport and investment promotion.',
      zh: '负责经济领域工作，包括工业、贸易、农业、环境、土地、建设、交通和招商引资。',
    },
  },
  {
    key: 'hoang-duc-long',
    order: 5,
    termStart: '2021-07-01',
    name: { vi: 'Hoàng Đức Long', en: 'Hoang Duc Long', zh: '黄德龙' },
    position: {
      vi: 'Phó Chủ tịch UBND tỉnh',
      en: 'Vice Chairman of the Provincial People’s Committee',
      zh: '省人民委员会副主席',
    },
    biography: {
      vi: 'Sinh năm 1977, dân tộc Tày, quê quán xã Nậm Khoan; Tiến sĩ Giáo dục học. Nguyên Giám đốc Sở Giáo dục và Đào tạo.',
      en: 'Born in 1977 in Nam Khoan Commune, of Tay ethnicity; Doctor of Education. Former Director of the Department of Education and Training.',
      zh: '1977年出生，岱依族，籍贯南宽社；教育学博士。曾任教育培训厅厅长。',
    },
    duties: {
      vi: 'Phụ trách khối văn hóa – xã hội: giáo dục, y tế, văn hóa, thể thao, du lịch, khoa học và công nghệ, lao động, an sinh xã hội, dân tộc, tôn giáo.',
      en: 'In charge of cultural and social affairs: education, health, culture, sports, tourism, science and technology, labour, social welfare, ethnic affairs and religion.',
      zh: '负责文化社会领域工作，包括教育、卫生、文化、体育、旅游、科学技术、劳动、社会保障、民族和宗教。',
    },
  },
  {
    key: 'pham-thu-trang',
    order: 6,
    termStart: '2023-03-10',
    name: { vi: 'Phạm Thu Trang', en: 'Pham Thu Trang', zh: '范秋庄' },
    position: {
      vi: 'Phó Chủ tịch UBND tỉnh',
      en: 'Vice Chairwoman of the Provincial People’s Committee',
      zh: '省人民委员会副主席',
    },
    biography: {
      vi: 'Sinh năm 1980, quê quán đặc khu Hòn Ngọc; Thạc sĩ Luật. Nguyên Giám đốc Sở Tư pháp.',
      en: 'Born in 1980 in the Hon Ngoc Special Zone; Master of Laws. Former Director of the Department of Justice.',
      zh: '1980年出生，籍贯玉岛特区；法学硕士。曾任司法厅厅长。',
    },
    duties: {
      vi: 'Phụ trách khối nội chính: tư pháp, tiếp công dân, giải quyết khiếu nại, tố cáo, phòng, chống tham nhũng, cải cách hành chính và hoạt động của chính quyền cấp xã.',
      en: 'In charge of internal affairs: justice, citizen reception, complaints and denunciations, anti-corruption, public administration reform and the work of commune-level governments.',
      zh: '负责内政领域工作，包括司法、公民接待、投诉和检举处理、反腐败、行政改革以及社级政府工作。',
    },
  },
];

export interface DemoUnit {
  key: string;
  parent?: string;
  order: number;
  name: Text3;
  /** A demo leader's key, or a name. */
  head: { leader: string } | { name: string };
  functions: Text3;
  address: Text3;
  phone: string;
  email: string;
}

const CENTRE = {
  vi: 'Số 1 đường Trần Hưng Đạo, phường Hồng Sơn, tỉnh Lạc Hồng',
  en: '1 Tran Hung Dao Street, Hong Son Ward, Lac Hong Province',
  zh: '雒鸿省鸿山坊陈兴道路1号',
};

export const demoUnits: DemoUnit[] = [
  {
    key: 'ubnd-tinh',
    order: 1,
    name: {
      vi: 'Ủy ban nhân dân tỉnh Lạc Hồng',
      en: 'Lac Hong Provincial People’s Committee',
      zh: '雒鸿省人民委员会',
    },
    head: { leader: 'tran-thi-minh-huong' },
    functions: {
      vi: 'Cơ quan chấp hành của HĐND tỉnh, cơ quan hành chính nhà nước ở địa phương; tổ chức thi hành Hiến pháp, pháp luật và nghị quyết của HĐND tỉnh.',
      en: 'The executive body of the Provincial People’s Council and the local state administrative body; implements the Constitution, the law and the Council’s resolutions.',
      zh: '省人民议会的执行机关和地方国家行政机关；组织实施宪法、法律和省人民议会决议。',
    },
    address: CENTRE,
    phone: '0203 3812 345',
    email: 'ubnd@lachong.gov.vn',
  },
  {
    key: 'van-phong-ubnd',
    parent: 'ubnd-tinh',
    order: 2,
    name: {
      vi: 'Văn phòng UBND tỉnh',
      en: 'Office of the Provincial People’s Committee',
      zh: '省人民委员会办公厅',
    },
    head: { name: 'Vũ Thị Hồng Nhung' },
    functions: {
      vi: 'Tham mưu tổng hợp, giúp UBND tỉnh và Chủ tịch UBND tỉnh tổ chức các hoạt động chung; quản lý Cổng thông tin điện tử tỉnh và công tác phát ngôn.',
      en: 'Advises and assists the Provincial People’s Committee and its Chairwoman in organising their work; runs the provincial e-portal and press relations.',
      zh: '为省人民委员会及其主席提供综合参谋和协助；管理省电子信息门户网站和新闻发布工作。',
    },
    address: CENTRE,
    phone: '0203 3812 345',
    email: 'vanphong@lachong.gov.vn',
  },
  {
    key: 'so-tai-chinh',
    parent: 'ubnd-tinh',
    order: 3,
    name: { vi: 'Sở Tài chính', en: 'Department of Finance', zh: '财政厅' },
    head: { name: 'Ngô Thanh Bình' },
    functions: {
      vi: 'Tham mưu về tài chính, ngân sách, giá, đầu tư công và kế hoạch phát triển kinh tế – xã hội của tỉnh.',
      en: 'Advises on finance, the budget, prices, public investment and the province’s socio-economic development plans.',
      zh: '负责财政、预算、价格、公共投资和本省经济社会发展规划的参谋工作。',
    },
    address: {
      vi: 'Số 12 đường Lê Lợi, phường Hồng Sơn, tỉnh Lạc Hồng',
      en: '12 Le Loi Street, Hong Son Ward, Lac Hong Province',
      zh: '雒鸿省鸿山坊黎利路12号',
    },
    phone: '0203 3815 220',
    email: 'stc@lachong.gov.vn',
  },
  {
    key: 'so-khcn',
    parent: 'ubnd-tinh',
    order: 4,
    name: { vi: 'Sở Khoa học và Công nghệ', en: 'Department of Science and Technology', zh: '科学技术厅' },
    head: { name: 'Nguyễn Hữu Phong' },
    functions: {
      vi: 'Tham mưu về khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, bưu chính và viễn thông.',
      en: 'Advises on science, technology, innovation, digital transformation, postal services and telecommunications.',
      zh: '负责科学、技术、创新、数字化转型、邮政和电信方面的参谋工作。',
    },
    address: {
      vi: 'Số 25 đường Nguyễn Du, phường Hồng Sơn, tỉnh Lạc Hồng',
      en: '25 Nguyen Du Street, Hong Son Ward, Lac Hong Province',
      zh: '雒鸿省鸿山坊阮攸路25号',
    },
    phone: '0203 3823 456',
    email: 'skhcn@lachong.gov.vn',
  },
  {
    key: 'so-tu-phap',
    parent: 'ubnd-tinh',
    order: 5,
    name: { vi: 'Sở Tư pháp', en: 'Department of Justice', zh: '司法厅' },
    head: { name: 'Lương Văn Khải' },
    functions: {
      vi: 'Tham mưu về thẩm định văn bản quy phạm pháp luật, phổ biến pháp luật, hộ tịch, trợ giúp pháp lý và bổ trợ tư pháp.',
      en: 'Advises on the review of legal documents, legal education, civil status, legal aid and judicial support services.',
      zh: '负责法律规范性文件审查、普法、户籍、法律援助和司法辅助工作的参谋。',
    },
    address: {
      vi: 'Số 8 đường Hai Bà Trưng, phường Hồng Sơn, tỉnh Lạc Hồng',
      en: '8 Hai Ba Trung Street, Hong Son Ward, Lac Hong Province',
      zh: '雒鸿省鸿山坊二征夫人路8号',
    },
    phone: '0203 3817 310',
    email: 'stp@lachong.gov.vn',
  },
  {
    key: 'ban-ql-kkt',
    parent: 'ubnd-tinh',
    order: 6,
    name: {
      vi: 'Ban Quản lý Khu kinh tế Cửa Lạc',
      en: 'Cua Lac Economic Zone Management Board',
      zh: '雒口经济区管理委员会',
    },
    head: { name: 'Phan Minh Tuấn' },
    functions: {
      vi: 'Quản lý nhà nước trực tiếp đối với Khu kinh tế Cửa Lạc và các khu công nghiệp; hỗ trợ nhà đầu tư theo cơ chế một cửa.',
      en: 'Directly manages the Cua Lac Economic Zone and the industrial parks; supports investors through a one-stop shop.',
      zh: '直接管理雒口经济区和各工业园区；通过一站式机制为投资者提供支持。',
    },
    address: {
      vi: 'Khu hành chính Cửa Lạc, phường Cửa Lạc, tỉnh Lạc Hồng',
      en: 'Cua Lac Administrative Area, Cua Lac Ward, Lac Hong Province',
      zh: '雒鸿省雒口坊雒口行政区',
    },
    phone: '0203 3860 118',
    email: 'bqlkkt@lachong.gov.vn',
  },
];

export const demoSpokesperson = {
  unit: 'van-phong-ubnd',
  phone: '0203 3812 345',
  email: 'vanphong@lachong.gov.vn',
  assignedOn: '2025-07-01',
  name: { vi: 'Vũ Thị Hồng Nhung', en: 'Vu Thi Hong Nhung', zh: '武氏红绒' },
  title: {
    vi: 'Chánh Văn phòng UBND tỉnh Lạc Hồng',
    en: 'Chief of the Office of the Lac Hong Provincial People’s Committee',
    zh: '雒鸿省人民委员会办公厅主任',
  },
};
