import type { DemoArticle } from './types.ts';

/**
 * Demo news articles (set B) of the fictional province "tỉnh Lạc Hồng": economy, culture and
 * society, science and technology. All people, companies, numbers and places are invented.
 */
export const articlesB: DemoArticle[] = [
  // ─────────────────────────────────────────────────────────────── Kinh tế
  {
    key: 'b-khoi-cong-nha-may-kazeo-kcn-bac-lac-hong',
    category: 'kinh-te',
    daysAgo: 5,
    hour: 10,
    featured: true,
    title: 'Khởi công nhà máy linh kiện chính xác 280 triệu USD tại Khu công nghiệp Bắc Lạc Hồng',
    lead: 'Sáng nay, Tập đoàn Kazeo Precision (Nhật Bản) khởi công nhà máy sản xuất linh kiện động cơ xe điện trên diện tích 52 ha tại Khu công nghiệp Bắc Lạc Hồng, dự kiến tạo việc làm cho khoảng 3.500 lao động.',
    cover: {
      image: 'industrial-park',
      caption: 'Mặt bằng dự án nhà máy Kazeo Precision tại Khu công nghiệp Bắc Lạc Hồng.',
      alt: 'Toàn cảnh khu đất đã san lấp với các dãy nhà xưởng và đường nội bộ của khu công nghiệp nhìn từ trên cao',
      credit: 'Ảnh: Đức Thịnh',
    },
    body: [
      {
        p: 'Dự án có tổng vốn đầu tư đăng ký **280 triệu USD**, do Công ty TNHH Kazeo Precision Việt Nam – doanh nghiệp 100% vốn của tập đoàn – làm chủ đầu tư. Ban Quản lý Khu kinh tế Cửa Lạc đã cấp Giấy chứng nhận đăng ký đầu tư cho dự án sau 18 ngày làm việc kể từ khi nhận đủ hồ sơ, rút ngắn gần một nửa thời gian so với quy định.',
      },
      {
        p: 'Theo kế hoạch, giai đoạn 1 với vốn 160 triệu USD sẽ hoàn thành và đi vào vận hành trong quý IV/2027, tập trung sản xuất stato, roto và bộ giảm tốc cho động cơ xe điện, công suất khoảng 1,2 triệu bộ mỗi năm. Giai đoạn 2 mở rộng sang dòng linh kiện cho thiết bị tự động hóa công nghiệp. Phần lớn sản phẩm được xuất khẩu sang Nhật Bản, châu Âu và Bắc Mỹ.',
      },
      {
        figure: {
          image: 'meeting-hall',
          caption: 'Lãnh đạo tỉnh và đại diện nhà đầu tư thực hiện nghi thức khởi công dự án.',
          alt: 'Các đại biểu đứng trên sân khấu lễ khởi công, phía sau là phông nền giới thiệu dự án nhà máy',
          credit: 'Ảnh: Đức Thịnh',
        },
      },
      {
        p: 'Phát biểu tại lễ khởi công, Chủ tịch UBND tỉnh Trần Thị Minh Hương đánh giá đây là dự án có hàm lượng công nghệ cao, đúng định hướng thu hút đầu tư có chọn lọc của tỉnh. Bà đề nghị chủ đầu tư tuân thủ nghiêm các quy định về môi trường, ưu tiên tuyển dụng lao động địa phương và liên kết với các doanh nghiệp trong tỉnh để hình thành chuỗi cung ứng.',
      },
      {
        quote:
          'Tỉnh cam kết đồng hành cùng nhà đầu tư trong suốt vòng đời dự án, giải quyết nhanh nhất các thủ tục thuộc thẩm quyền và bảo đảm hạ tầng điện, nước, giao thông đến chân hàng rào nhà máy đúng tiến độ. – Chủ tịch UBND tỉnh Trần Thị Minh Hương',
      },
      {
        p: 'Ông Takeshi Morimoto, Tổng Giám đốc Công ty TNHH Kazeo Precision Việt Nam, cho biết tập đoàn lựa chọn Lạc Hồng nhờ vị trí thuận lợi gần cảng Cửa Lạc và Quốc lộ 1, quỹ đất sạch sẵn có cùng sự hỗ trợ tích cực của chính quyền. Doanh nghiệp sẽ phối hợp với Trường Cao đẳng Kỹ thuật Lạc Hồng đào tạo trước khoảng 600 kỹ thuật viên trước khi nhà máy vận hành.',
      },
      {
        p: 'Với dự án này, Khu công nghiệp Bắc Lạc Hồng đã thu hút 41 dự án, trong đó có 17 dự án FDI, tỷ lệ lấp đầy đạt khoảng 68%. Phó Chủ tịch UBND tỉnh Lê Quang Vinh đề nghị Ban Quản lý Khu kinh tế Cửa Lạc khẩn trương hoàn thiện hạ tầng giai đoạn mở rộng và khu nhà ở cho công nhân để đón làn sóng đầu tư mới.',
      },
    ],
    byline: 'Hải Đăng - Thanh Tâm',
    source: 'Ban Quản lý Khu kinh tế Cửa Lạc',
    en: {
      title:
        'Construction begins on USD 280 million precision components plant in North Lac Hong Industrial Park',
      lead: 'This morning, Japan’s Kazeo Precision Group broke ground on a plant making electric vehicle motor components on a 52-hectare site in North Lac Hong Industrial Park, which is expected to create jobs for about 3,500 workers.',
      coverCaption: 'The site of the Kazeo Precision plant in North Lac Hong Industrial Park.',
      coverAlt:
        'Aerial view of levelled land with rows of factory buildings and internal roads of the industrial park',
      body: [
        {
          p: 'The project has a total registered investment of **USD 280 million** and is developed by Kazeo Precision Viet Nam Co., Ltd., a wholly owned subsidiary of the group. The Cua Lac Economic Zone Management Board issued the project’s Investment Registration Certificate 18 working days after receiving a complete application, almost half the time allowed by law.',
        },
        {
          p: 'Under the plan, phase 1, worth USD 160 million, will be completed and put into operation in the fourth quarter of 2027. It will produce stators, rotors and reduction gears for electric vehicle motors, with a capacity of about 1.2 million sets a year. Phase 2 will extend to components for industrial automation equipment. Most of the output will be exported to Japan, Europe and North America.',
        },
        {
          figure: {
            image: 'meeting-hall',
            caption: 'Provincial leaders and investor representatives at the groundbreaking ceremony.',
            alt: 'Delegates standing on the stage of the groundbreaking ceremony in front of a backdrop presenting the plant project',
            credit: 'Photo: Duc Thinh',
          },
        },
        {
          p: 'Speaking at the ceremony, Chairwoman of the Provincial People’s Committee Tran Thi Minh Huong said the project was high-tech and fully in line with the province’s policy of selective investment attraction. She asked the investor to strictly comply with environmental regulations, give priority to local workers and work with provincial businesses to build a supply chain.',
        },
        {
          quote:
            'The province is committed to accompanying investors throughout the life of their projects, handling procedures within its authority as quickly as possible and delivering power, water and road connections to the factory fence on schedule. – Chairwoman Tran Thi Minh Huong',
        },
        {
          p: 'Takeshi Morimoto, General Director of Kazeo Precision Viet Nam, said the group chose Lac Hong for its convenient location near Cua Lac Port and National Highway 1, its ready supply of cleared land and the strong support of the local authorities. The company will work with Lac Hong Technical College to train about 600 technicians before the plant opens.',
        },
        {
          p: 'With this project, North Lac Hong Industrial Park has attracted 41 projects, including 17 foreign-invested ones, and reached an occupancy rate of about 68%. Vice Chairman of the Provincial People’s Committee Le Quang Vinh asked the Cua Lac Economic Zone Management Board to quickly complete the infrastructure of the park’s expansion and housing for workers to welcome a new wave of investment.',
        },
      ],
    },
    zh: {
      title: '北雒鸿工业园2.8亿美元精密零部件工厂开工建设',
      lead: '今天上午，日本Kazeo精密集团在北雒鸿工业园开工建设一座电动汽车电机零部件工厂，占地52公顷，预计将为约3500名劳动者创造就业岗位。',
      coverCaption: '北雒鸿工业园内Kazeo精密工厂项目用地。',
      coverAlt: '从空中俯瞰工业园内已平整的土地、成排的厂房和内部道路',
      body: [
        {
          p: '该项目注册总投资**2.8亿美元**，由集团全资子公司Kazeo精密越南有限责任公司担任投资方。雒口经济区管理委员会在收到完整材料后的18个工作日内即为项目颁发了投资登记证，用时比规定缩短近一半。',
        },
        {
          p: '根据计划，一期投资1.6亿美元，将于2027年第四季度建成投产，主要生产电动汽车电机的定子、转子和减速器，年产能约120万套。二期将扩展至工业自动化设备零部件。产品大部分将出口到日本、欧洲和北美。',
        },
        {
          figure: {
            image: 'meeting-hall',
            caption: '省领导与投资方代表出席项目开工仪式。',
            alt: '嘉宾们站在开工仪式的舞台上，身后是介绍工厂项目的背景板',
            credit: '摄影：德盛',
          },
        },
        {
          p: '省人民委员会主席陈氏明香在开工仪式上致辞时表示，这是一个高科技含量的项目，符合本省有选择地吸引投资的方向。她要求投资方严格遵守环保规定，优先招聘本地劳动力，并与省内企业开展合作，逐步形成供应链。',
        },
        {
          quote:
            '本省承诺在项目全周期内与投资者同行，以最快速度办理职权范围内的各项手续，并按期将电力、供水和交通基础设施接通至工厂围墙。——省人民委员会主席陈氏明香',
        },
        {
          p: 'Kazeo精密越南有限责任公司总经理森本武表示，集团选择雒鸿省，是看中其靠近雒口港和1号国道的便利位置、现成的净地以及地方政府的大力支持。公司将与雒鸿技术高等专科学校合作，在工厂投产前培训约600名技术人员。',
        },
        {
          p: '加上该项目，北雒鸿工业园已吸引41个项目，其中外商直接投资项目17个，出租率约为68%。省人民委员会副主席黎光荣要求雒口经济区管理委员会加快完成工业园扩建区基础设施和工人住房建设，迎接新一轮投资热潮。',
        },
      ],
    },
  },
  {
    key: 'b-che-phu-tho-lam-vao-vu-ocop',
    category: 'kinh-te',
    daysAgo: 158,
    hour: 8,
    title: 'Chè Phú Thọ Lâm vào vụ hái chính, thêm ba sản phẩm đạt chuẩn OCOP 4 sao',
    lead: 'Những ngày này, khắp các đồi chè xã Phú Thọ Lâm rộn ràng vào vụ thu hái chính. Niềm vui của người trồng chè nhân lên khi ba sản phẩm chè của địa phương vừa được công nhận đạt chuẩn OCOP 4 sao cấp tỉnh.',
    cover: {
      image: 'tea-hill',
      caption: 'Người dân xã Phú Thọ Lâm thu hái chè búp vào sáng sớm.',
      alt: 'Những hàng chè xanh mướt chạy theo đường đồng mức trên sườn đồi, vài người đội nón lá đang hái chè',
      credit: 'Ảnh: Minh Khôi',
    },
    body: [
      {
        p: 'Xã Phú Thọ Lâm hiện có khoảng **1.450 ha chè**, trong đó 620 ha được chứng nhận sản xuất theo tiêu chuẩn VietGAP và 85 ha theo hướng hữu cơ. Nhờ thời tiết thuận lợi, năng suất chè búp tươi vụ này ước đạt 13,5 tấn/ha, tăng khoảng 8% so với cùng kỳ; giá thu mua chè búp loại một dao động từ 14.000 đến 18.000 đồng/kg.',
      },
      {
        p: 'Bà Đinh Thị Hạnh, thôn Đồi Mây, cho biết gia đình có 1,2 ha chè, mỗi lứa hái được hơn một tấn búp. “Từ khi vào hợp tác xã, chúng tôi được hướng dẫn bón phân, phun thuốc đúng quy trình, sản phẩm có đầu ra ổn định nên yên tâm chăm chè hơn trước”, bà Hạnh nói.',
      },
      {
        h2: 'Nâng giá trị bằng thương hiệu',
      },
      {
        p: 'Theo kết quả đánh giá, phân hạng sản phẩm OCOP đợt I năm 2026, ba sản phẩm được công nhận đạt 4 sao gồm:',
      },
      {
        ul: [
          '**Chè xanh đặc sản Đồi Mây** của Hợp tác xã Chè Phú Thọ Lâm;',
          '**Hồng trà Lam Giang** của Công ty TNHH Trà Lạc Hồng;',
          '**Chè búp sấy lạnh Phú Lâm** của tổ hợp tác chè sạch thôn Khe Ngọt.',
        ],
      },
      {
        figure: {
          image: 'farmers',
          caption: 'Thành viên hợp tác xã phân loại chè búp trước khi đưa vào chế biến.',
          alt: 'Mấy người phụ nữ ngồi bên những nong chè tươi, đang nhặt và phân loại búp chè',
          credit: 'Ảnh: Minh Khôi',
        },
      },
      {
        p: 'Đến nay, xã Phú Thọ Lâm có 11 sản phẩm OCOP từ 3 sao trở lên, phần lớn đã có mã số vùng trồng, tem truy xuất nguồn gốc và được bán trên các sàn thương mại điện tử. Sở Nông nghiệp và Môi trường cho biết sẽ tiếp tục hỗ trợ địa phương mở rộng diện tích chè hữu cơ, đầu tư dây chuyền chế biến sâu và gắn sản xuất chè với du lịch trải nghiệm trên các đồi chè.',
      },
    ],
    byline: 'Ngọc Lan',
    source: 'Sở Nông nghiệp và Môi trường',
  },
  {
    key: 'b-mo-rong-cang-cua-lac-giai-doan-2',
    category: 'kinh-te',
    daysAgo: 74,
    hour: 9,
    title: 'Mở rộng cảng Cửa Lạc giai đoạn 2, đón tàu trọng tải đến 50.000 tấn từ năm 2028',
    lead: 'Dự án mở rộng cảng Cửa Lạc giai đoạn 2 với tổng vốn khoảng 3.900 tỷ đồng chính thức được triển khai, hướng tới nâng công suất thông qua lên 12 triệu tấn hàng hóa mỗi năm.',
    cover: {
      image: 'harbour',
      caption: 'Tàu hàng neo đậu làm hàng tại cảng Cửa Lạc.',
      alt: 'Cầu cảng với cần cẩu giàn và một tàu hàng lớn đang bốc dỡ container, phía xa là cửa sông',
      credit: 'Ảnh: Quang Huy',
    },
    body: [
      {
        p: 'Theo thiết kế, giai đoạn 2 sẽ xây dựng thêm **bốn bến cảng tổng hợp và container** dài 860 m, nạo vét luồng tàu vào cảng đến cao độ -11,5 m và xây mới 18 ha bãi chứa hàng, kho ngoại quan cùng khu dịch vụ hậu cần. Khi hoàn thành, cảng có thể tiếp nhận tàu trọng tải đến 50.000 tấn, gấp hơn hai lần hiện nay.',
      },
      {
        p: 'Năm 2025, lượng hàng hóa thông qua cảng Cửa Lạc đạt gần 5,8 triệu tấn, chủ yếu là xi măng, gỗ dăm, nông sản và nguyên liệu cho các nhà máy trong Khu công nghiệp Bắc Lạc Hồng. Nhiều doanh nghiệp phản ánh hạn chế về độ sâu luồng khiến tàu lớn phải chuyển tải ngoài khơi, làm tăng chi phí logistics.',
      },
      {
        quote:
          'Cảng biển là cửa ngõ để Lạc Hồng vươn ra biển lớn. Mở rộng cảng Cửa Lạc không chỉ giảm chi phí cho doanh nghiệp mà còn tạo lực hút mới cho các khu công nghiệp và kinh tế ven biển của tỉnh. – Phó Chủ tịch UBND tỉnh Lê Quang Vinh',
      },
      {
        h2: 'Ưu tiên giải phóng mặt bằng',
      },
      {
        p: 'Dự án ảnh hưởng đến 137 hộ dân và 9 tổ chức tại phường Cửa Lạc. UBND phường đã lập phương án bồi thường, hỗ trợ, tái định cư và bố trí khu tái định cư Bắc Cửa Lạc với đầy đủ hạ tầng. Ông Vũ Minh Tiến, Chủ tịch UBND phường Cửa Lạc, cho biết đến nay đã có hơn 80% số hộ đồng thuận nhận tiền bồi thường và bàn giao mặt bằng.',
      },
      {
        p: 'Bên cạnh đó, chủ đầu tư cam kết áp dụng công nghệ nạo vét hiện đại, đổ thải đúng vị trí được cấp phép và quan trắc môi trường nước định kỳ để không ảnh hưởng đến vùng nuôi trồng thủy sản và hoạt động khai thác của ngư dân ven biển. Sở Nông nghiệp và Môi trường được giao giám sát chặt chẽ việc thực hiện các cam kết này.',
      },
    ],
    byline: 'Quang Huy',
  },
  {
    key: 'b-thu-hoach-lua-mua-lam-giang',
    category: 'kinh-te',
    daysAgo: 63,
    hour: 17,
    title: 'Nông dân ven sông Lam Giang thu hoạch lúa mùa, năng suất ước đạt 58 tạ/ha',
    lead: 'Vụ mùa năm nay, toàn tỉnh gieo cấy gần 61.000 ha lúa. Đến nay, nông dân các xã ven sông Lam Giang đã thu hoạch được hơn 70% diện tích, năng suất bình quân ước đạt 58 tạ/ha.',
    cover: {
      image: 'rice-field',
      caption: 'Cánh đồng lúa chín vàng ven sông Lam Giang bước vào thu hoạch.',
      alt: 'Cánh đồng lúa chín trải rộng tới chân đê, một chiếc máy gặt đập liên hợp đang hoạt động giữa ruộng',
      credit: 'Ảnh: Văn Toàn',
    },
    body: [
      {
        p: 'Những ngày cuối thu, trên các cánh đồng xã Yên Lam, An Thịnh, Đông Giang, máy gặt đập liên hợp hoạt động từ sáng sớm đến tối. Tỷ lệ cơ giới hóa khâu thu hoạch toàn tỉnh đạt trên 90%, giúp nông dân rút ngắn thời gian, giảm thất thoát sau thu hoạch và kịp giải phóng đất cho vụ đông.',
      },
      {
        p: 'Theo Sở Nông nghiệp và Môi trường, vụ mùa năm nay thời tiết tương đối thuận lợi, sâu bệnh được kiểm soát tốt. Cơ cấu giống chuyển dịch rõ nét theo hướng chất lượng cao: các giống lúa thơm, lúa đặc sản chiếm khoảng 45% diện tích, giá bán lúa tươi tại ruộng từ 7.200 đến 8.000 đồng/kg, cao hơn vụ trước 300–500 đồng/kg.',
      },
      {
        figure: {
          image: 'farmers',
          caption: 'Nông dân xã Yên Lam phơi thóc sau thu hoạch.',
          alt: 'Hai người nông dân dùng cào san đều lớp thóc vàng trên sân phơi rộng trước nhà',
          credit: 'Ảnh: Văn Toàn',
        },
      },
      {
        p: 'Ông Lò Văn Sáng, Giám đốc Hợp tác xã Nông nghiệp Yên Lam, cho biết hợp tác xã liên kết với doanh nghiệp bao tiêu 320 ha lúa thơm theo hợp đồng từ đầu vụ. “Có doanh nghiệp ký hợp đồng, bà con không phải lo bị ép giá, lợi nhuận mỗi sào cao hơn lúa thường khoảng 250.000 đồng”, ông Sáng chia sẻ.',
      },
      {
        p: 'Để chuẩn bị cho vụ đông, ngành nông nghiệp khuyến cáo nông dân:',
      },
      {
        ul: [
          'Khẩn trương thu hoạch khi lúa chín khoảng 85–90%, tránh để lúa đổ khi có mưa lớn;',
          'Không đốt rơm rạ trên đồng ruộng; tận dụng rơm làm nấm, thức ăn chăn nuôi hoặc ủ phân hữu cơ;',
          'Gieo trồng ngô, khoai lang, rau màu vụ đông trên đất hai lúa đúng khung thời vụ;',
          'Chủ động theo dõi dự báo thời tiết để ứng phó mưa lũ cuối mùa.',
        ],
      },
    ],
    byline: 'Văn Toàn',
    source: 'Sở Nông nghiệp và Môi trường',
  },
  {
    key: 'b-du-lich-hon-ngoc-10-thang',
    category: 'kinh-te',
    daysAgo: 46,
    hour: 15,
    title: 'Đặc khu Hòn Ngọc đón gần 830.000 lượt khách trong 10 tháng, vượt kế hoạch cả năm',
    lead: 'Mười tháng năm 2026, đặc khu Hòn Ngọc đón khoảng 828.000 lượt khách du lịch, tăng 24% so với cùng kỳ và vượt chỉ tiêu cả năm. Doanh thu từ du lịch ước đạt 3.150 tỷ đồng.',
    cover: {
      image: 'coastline',
      caption: 'Bãi biển phía Đông đặc khu Hòn Ngọc vào mùa du lịch.',
      alt: 'Bãi cát trắng uốn cong bên làn nước xanh trong, rặng dừa và vài khu nghỉ dưỡng thấp tầng nằm dưới chân núi',
      credit: 'Ảnh: Bảo Ngọc',
    },
    body: [
      {
        p: 'Trong tổng số khách đến Hòn Ngọc, khách quốc tế đạt khoảng **96.000 lượt**, tăng gần 40%, chủ yếu đến từ Hàn Quốc, Trung Quốc, Úc và các nước châu Âu. Công suất phòng bình quân của các cơ sở lưu trú đạt 71%, riêng các tháng cao điểm hè nhiều khu nghỉ dưỡng kín phòng.',
      },
      {
        p: 'Theo Sở Văn hóa, Thể thao và Du lịch, kết quả này có được nhờ hạ tầng kết nối được cải thiện rõ rệt. Tuyến tàu cao tốc Cửa Lạc – Hòn Ngọc tăng lên 14 chuyến mỗi ngày, thời gian hành trình chỉ còn khoảng 55 phút; tuyến đường ven biển Lạc Hồng – Hòn Ngọc đưa vào khai thác giúp du khách từ phường Hồng Sơn ra bến tàu thuận tiện hơn.',
      },
      {
        figure: {
          image: 'harbour',
          caption: 'Du khách lên tàu cao tốc tại bến Cửa Lạc để ra đặc khu Hòn Ngọc.',
          alt: 'Dòng du khách mang ba lô xếp hàng bước lên tàu cao tốc màu trắng đang cập bến',
          credit: 'Ảnh: Bảo Ngọc',
        },
      },
      {
        p: 'Bên cạnh nghỉ dưỡng biển, đặc khu đã phát triển thêm nhiều sản phẩm mới để kéo dài thời gian lưu trú của du khách:',
      },
      {
        ul: [
          'Tour lặn ngắm san hô có hướng dẫn tại vùng biển phía Nam đảo;',
          'Đi bộ xuyên rừng lên đỉnh Ngọc Sơn ngắm bình minh;',
          'Trải nghiệm một ngày làm ngư dân, kéo lưới và chế biến hải sản cùng người dân làng chài;',
          'Chợ đêm ẩm thực Hòn Ngọc vào tối thứ Sáu, thứ Bảy và Chủ nhật.',
        ],
      },
      {
        p: 'Bà Nguyễn Thị Hồng Nhung, Trưởng Ban Quản lý du lịch đặc khu Hòn Ngọc, cho biết địa phương đang kiểm soát chặt sức chứa của các điểm lặn, hạn chế rác thải nhựa dùng một lần và yêu cầu các cơ sở kinh doanh niêm yết giá công khai. “Chúng tôi muốn du khách nhớ đến Hòn Ngọc như một hòn đảo xanh, sạch và thân thiện, chứ không chỉ là điểm đến đông đúc”, bà Nhung nói.',
      },
      {
        p: 'Tỉnh đặt mục tiêu đến năm 2030 đưa Hòn Ngọc trở thành trung tâm du lịch biển đảo chất lượng cao của khu vực, đón khoảng 1,5 triệu lượt khách mỗi năm, gắn với bảo tồn hệ sinh thái biển và sinh kế của cộng đồng dân cư trên đảo.',
      },
    ],
    byline: 'Bảo Ngọc',
    source: 'Sở Văn hóa, Thể thao và Du lịch',
    en: {
      title:
        'Hon Ngoc Special Zone welcomes nearly 830,000 visitors in ten months, exceeding its annual target',
      lead: 'In the first ten months of 2026, Hon Ngoc Special Zone received about 828,000 tourist arrivals, up 24% year on year and above its target for the whole year. Tourism revenue is estimated at VND 3,150 billion.',
      coverCaption: 'A beach on the eastern side of Hon Ngoc Special Zone during the tourist season.',
      coverAlt:
        'A curving white sand beach beside clear blue water, with coconut palms and a few low-rise resorts at the foot of the mountain',
      body: [
        {
          p: 'Of the total, international arrivals reached about **96,000**, up nearly 40%, mainly from the Republic of Korea, China, Australia and European countries. The average room occupancy rate of accommodation establishments was 71%, and many resorts were fully booked during the peak summer months.',
        },
        {
          p: 'According to the Department of Culture, Sports and Tourism, the result reflects much better connectivity. The Cua Lac – Hon Ngoc high-speed ferry now runs 14 trips a day, with a journey time of only about 55 minutes, while the opening of the Lac Hong – Hon Ngoc coastal road has made it easier for visitors to travel from Hong Son Ward to the ferry terminal.',
        },
        {
          figure: {
            image: 'harbour',
            caption: 'Visitors board a high-speed ferry at Cua Lac terminal bound for Hon Ngoc Special Zone.',
            alt: 'A line of tourists with backpacks boarding a white high-speed ferry moored at the pier',
            credit: 'Photo: Bao Ngoc',
          },
        },
        {
          p: 'Besides beach holidays, the special zone has developed a number of new products to encourage visitors to stay longer:',
        },
        {
          ul: [
            'Guided coral reef diving tours in the waters south of the island;',
            'Forest hikes to the top of Ngoc Son peak to watch the sunrise;',
            'A day as a fisher: hauling nets and preparing seafood with local villagers;',
            'The Hon Ngoc food night market on Friday, Saturday and Sunday evenings.',
          ],
        },
        {
          p: 'Nguyen Thi Hong Nhung, Head of the Hon Ngoc Special Zone Tourism Management Board, said the locality is strictly controlling visitor numbers at diving sites, limiting single-use plastic waste and requiring businesses to publicly display their prices. “We want visitors to remember Hon Ngoc as a green, clean and friendly island, not just a crowded destination,” she said.',
        },
        {
          p: 'By 2030, the province aims to make Hon Ngoc a high-quality island tourism centre of the region, welcoming about 1.5 million visitors a year while conserving the marine ecosystem and supporting the livelihoods of island communities.',
        },
      ],
    },
    zh: {
      title: '玉岛特区前10个月接待游客近83万人次，超额完成全年计划',
      lead: '2026年前10个月，玉岛特区共接待游客约82.8万人次，同比增长24%，超过全年目标。旅游收入估计达3.15万亿越南盾。',
      coverCaption: '旅游旺季时玉岛特区东侧的海滩。',
      coverAlt: '弯曲的白色沙滩紧邻清澈碧蓝的海水，山脚下有椰林和几座低层度假村',
      body: [
        {
          p: '其中，国际游客约**9.6万人次**，增长近40%，主要来自韩国、中国、澳大利亚和欧洲国家。住宿设施平均客房入住率达71%，夏季旺季期间许多度假村客满。',
        },
        {
          p: '据省文化体育旅游厅介绍，这一成绩得益于交通连接条件的明显改善。雒口—玉岛高速客船航线已增至每天14个班次，航程缩短至约55分钟；雒鸿—玉岛沿海公路投入使用后，游客从鸿山坊前往码头更加便捷。',
        },
        {
          figure: {
            image: 'harbour',
            caption: '游客在雒口码头登上开往玉岛特区的高速客船。',
            alt: '背着背包的游客排队登上停靠在码头的白色高速客船',
            credit: '摄影：宝玉',
          },
        },
        {
          p: '除海滨度假外，特区还开发了多项新产品，以延长游客的停留时间：',
        },
        {
          ul: [
            '在岛屿南部海域开展有导游陪同的珊瑚潜水观光；',
            '穿越森林徒步登上玉山顶峰观赏日出；',
            '“渔民一日体验”：与渔村居民一起拉网、烹制海鲜；',
            '每周五、六、日晚间开放的玉岛美食夜市。',
          ],
        },
        {
          p: '玉岛特区旅游管理委员会主任阮氏红绒表示，当地正严格控制各潜水点的游客容量，减少一次性塑料垃圾，并要求经营单位公开明码标价。她说：“我们希望游客记住的玉岛是一座绿色、干净、友好的海岛，而不仅仅是一个拥挤的目的地。”',
        },
        {
          p: '本省力争到2030年将玉岛建设成为区域性高品质海岛旅游中心，每年接待游客约150万人次，同时保护海洋生态系统，保障岛上居民的生计。',
        },
      ],
    },
  },
  {
    key: 'b-thu-ngan-sach-11-thang-2026',
    category: 'kinh-te',
    daysAgo: 14,
    hour: 16,
    title: 'Thu ngân sách 11 tháng đạt 96% dự toán, tỉnh quyết liệt chống thất thu những tháng cuối năm',
    lead: 'Tổng thu ngân sách nhà nước trên địa bàn tỉnh 11 tháng năm 2026 ước đạt 17.840 tỷ đồng, bằng 96% dự toán và tăng 11,3% so với cùng kỳ năm trước.',
    body: [
      {
        p: 'Theo báo cáo của Sở Tài chính, thu nội địa tiếp tục là nguồn chủ lực, ước đạt 14.260 tỷ đồng. Trong đó, thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài tăng mạnh nhờ nhiều nhà máy tại Khu công nghiệp Bắc Lạc Hồng mở rộng sản xuất; thu từ hoạt động xuất, nhập khẩu qua cảng Cửa Lạc cũng vượt dự toán.',
      },
      {
        table: [
          ['Nguồn thu', 'Ước thực hiện 11 tháng (tỷ đồng)', 'So với dự toán', 'So với cùng kỳ'],
          ['Thu nội địa', '14.260', '95,1%', '+10,4%'],
          ['– Trong đó: thu tiền sử dụng đất', '3.120', '86,7%', '-4,2%'],
          ['Thu từ hoạt động xuất, nhập khẩu', '3.350', '101,5%', '+15,8%'],
          ['Thu viện trợ, thu khác', '230', '92,0%', '+6,1%'],
          ['**Tổng cộng**', '**17.840**', '**96,0%**', '**+11,3%**'],
        ],
      },
      {
        p: 'Tuy nhiên, thu tiền sử dụng đất mới đạt 86,7% dự toán do thị trường bất động sản phục hồi chậm, một số dự án đấu giá quyền sử dụng đất phải lùi tiến độ. Nợ đọng thuế đến cuối tháng 11 vẫn còn khoảng 640 tỷ đồng, tập trung ở một số doanh nghiệp xây dựng và kinh doanh bất động sản.',
      },
      {
        p: 'Tại cuộc họp với các ngành về thu ngân sách, Chủ tịch UBND tỉnh Trần Thị Minh Hương yêu cầu các cơ quan quyết liệt thực hiện các giải pháp trong tháng cuối năm:',
      },
      {
        ol: [
          'Rà soát từng khoản thu, từng nguồn thu còn dư địa; đôn đốc doanh nghiệp nộp kịp thời các khoản thuế phát sinh.',
          'Đẩy mạnh thu hồi nợ đọng thuế, công khai thông tin người nộp thuế chây ỳ theo quy định.',
          'Đẩy nhanh tổ chức đấu giá quyền sử dụng đất các khu đất đã đủ điều kiện.',
          'Tăng cường quản lý thu đối với hoạt động thương mại điện tử và kinh doanh trên nền tảng số.',
        ],
      },
      {
        p: 'Về chi ngân sách, tỉnh đã giải ngân được 78,5% kế hoạch vốn đầu tư công. Sở Tài chính đề nghị các chủ đầu tư tập trung hoàn thiện hồ sơ thanh toán khối lượng đã thực hiện, phấn đấu giải ngân trên 95% kế hoạch vốn trước thời điểm kết thúc năm ngân sách.',
      },
    ],
    byline: 'Thu Hà',
    source: 'Sở Tài chính',
  },
  {
    key: 'b-dien-mat-troi-cat-vang-hoa-luoi',
    category: 'kinh-te',
    daysAgo: 132,
    hour: 11,
    title: 'Nhà máy điện mặt trời Cát Vàng 120 MWp hòa lưới điện quốc gia',
    lead: 'Sau 14 tháng thi công, nhà máy điện mặt trời Cát Vàng tại vùng đất cát ven biển xã Cát Vàng đã hoàn thành và hòa lưới điện quốc gia, mỗi năm dự kiến cung cấp khoảng 175 triệu kWh điện.',
    cover: {
      image: 'solar-farm',
      caption: 'Những dãy tấm pin năng lượng mặt trời trên vùng đất cát ven biển xã Cát Vàng.',
      alt: 'Hàng nghìn tấm pin mặt trời xếp thẳng hàng trên nền cát, phía xa là trạm biến áp và đường dây tải điện',
      credit: 'Ảnh: Trung Kiên',
    },
    body: [
      {
        p: 'Dự án do Công ty cổ phần Năng lượng Xanh Lam Giang làm chủ đầu tư, tổng vốn khoảng 2.100 tỷ đồng, được xây dựng trên 135 ha đất cát bạc màu trước đây gần như bỏ hoang. Nhà máy lắp đặt hơn **210.000 tấm pin** công nghệ hai mặt kính, kèm hệ thống lưu trữ điện bằng pin công suất 20 MW giúp điều tiết phát điện vào giờ cao điểm buổi tối.',
      },
      {
        p: 'Điện năng của nhà máy được truyền tải qua trạm biến áp 110 kV và đường dây đấu nối dài 9 km vào lưới điện khu vực. Theo tính toán của chủ đầu tư, mỗi năm nhà máy góp phần giảm phát thải khoảng 120.000 tấn CO₂, tương đương lượng hấp thụ của hàng triệu cây xanh trưởng thành.',
      },
      {
        quote:
          'Phát triển năng lượng tái tạo phải đi đôi với bảo đảm an toàn hệ thống điện và hài hòa lợi ích với người dân nơi có dự án. Tỉnh khuyến khích mô hình tận dụng đất kém hiệu quả, không lấy đất lúa, đất rừng để làm điện mặt trời. – Phó Chủ tịch UBND tỉnh Lê Quang Vinh',
      },
      {
        p: 'Trong quá trình thi công, dự án sử dụng khoảng 400 lao động địa phương; khi vận hành, nhà máy tuyển dụng 36 kỹ sư, công nhân kỹ thuật, phần lớn là người xã Cát Vàng đã qua đào tạo. Chủ đầu tư cũng hỗ trợ 3,5 tỷ đồng làm đường giao thông nông thôn và trồng 12 ha rừng phi lao chắn cát ven biển.',
      },
      {
        p: 'Bà Trịnh Thị Lụa, người dân thôn Bãi Ngang, chia sẻ: “Trước đây vùng cát này chỉ trồng được ít khoai lang, mùa khô gió thổi cát bay vào nhà. Giờ có nhà máy, đường sá sạch đẹp hơn, con trai tôi cũng có việc làm ổn định ngay tại quê”.',
      },
      {
        p: 'Theo Sở Công Thương, tổng công suất các nguồn điện tái tạo đang vận hành trên địa bàn tỉnh đến nay đạt khoảng 460 MW. Tỉnh đang rà soát quỹ đất ven biển và mặt hồ thủy lợi để đề xuất bổ sung các dự án điện gió, điện mặt trời nổi phù hợp với quy hoạch điện quốc gia.',
      },
    ],
    byline: 'Trung Kiên',
    source: 'Sở Công Thương',
  },
  {
    key: 'b-cho-phien-tay-son-linh',
    category: 'kinh-te',
    daysAgo: 27,
    hour: 6,
    title: 'Chợ phiên Tây Sơn Lĩnh: nơi giữ nếp giao thương vùng cao và mở lối cho du lịch',
    lead: 'Họp vào sáng Chủ nhật hằng tuần, chợ phiên xã Tây Sơn Lĩnh không chỉ là nơi trao đổi hàng hóa của đồng bào Tày, Dao, Mường mà đang dần trở thành điểm hẹn của du khách yêu văn hóa vùng cao.',
    cover: {
      image: 'market',
      caption: 'Chợ phiên Tây Sơn Lĩnh đông vui từ sáng sớm.',
      alt: 'Khu chợ ngoài trời đông người, các sạp hàng bày nông sản, vải thổ cẩm và gùi mây dưới những mái che',
      credit: 'Ảnh: Hoài Thu',
    },
    body: [
      {
        p: 'Khi sương còn phủ kín các triền núi, từng đoàn người từ các bản Nà Lừa, Khuổi Phầy, Phiêng Sản đã gùi hàng xuống chợ. Mặt hàng phong phú từ măng khô, mật ong rừng, gạo nếp nương, thảo quả đến dao rựa rèn thủ công và những tấm vải chàm do chính tay phụ nữ trong bản dệt, nhuộm.',
      },
      {
        p: 'Ông Hà Văn Pản, Chủ tịch UBND xã Tây Sơn Lĩnh, cho biết chợ có khoảng 230 hộ kinh doanh thường xuyên, mỗi phiên đón từ 2.000 đến 3.000 lượt người mua bán. Từ năm 2025, xã đã đầu tư cải tạo nhà chợ, bố trí khu ẩm thực riêng, bãi đỗ xe và nhà vệ sinh công cộng, đồng thời sắp xếp lại các khu hàng theo nhóm sản phẩm.',
      },
      {
        h2: 'Thêm sinh kế từ du lịch',
      },
      {
        p: 'Cùng với người dân địa phương, ngày càng nhiều du khách tìm đến chợ phiên để thưởng thức thắng cố, xôi ngũ sắc, rượu men lá và mua đặc sản làm quà. Một số hợp tác xã đã mang sản phẩm OCOP như mật ong bạc hà, chè shan tuyết, miến dong ra chợ giới thiệu, kết hợp bán hàng qua mạng xã hội.',
      },
      {
        p: 'Chị Triệu Thị Mây, người Dao ở bản Phiêng Sản, có gian hàng thêu thổ cẩm ở góc chợ. “Mỗi phiên tôi bán được vài chiếc túi, khăn cho khách du lịch, thu nhập thêm khoảng hai triệu đồng mỗi tháng. Khách còn hỏi về hoa văn, tôi vui vì được kể về nghề của dân tộc mình”, chị Mây nói.',
      },
      {
        p: 'Để chợ phiên phát triển bền vững, xã Tây Sơn Lĩnh đang phối hợp với Sở Văn hóa, Thể thao và Du lịch xây dựng quy chế hoạt động, trong đó giữ nguyên không gian và thời gian họp chợ truyền thống, hạn chế hàng công nghiệp bày bán tràn lan, khuyến khích thanh toán không dùng tiền mặt và gắn chợ với tuyến du lịch cộng đồng các bản lân cận.',
      },
    ],
    byline: 'Hoài Thu',
  },
  // ─────────────────────────────────────────────────────────────── Văn hóa - Xã hội
  {
    key: 'b-trung-tam-y-te-khu-vuc-tay-son-linh',
    category: 'van-hoa-xa-hoi',
    daysAgo: 16,
    hour: 14,
    featured: true,
    title: 'Trung tâm Y tế khu vực Tây Sơn Lĩnh đưa khu điều trị mới 200 giường vào hoạt động',
    lead: 'Sau hơn hai năm nâng cấp, Trung tâm Y tế khu vực Tây Sơn Lĩnh chính thức đưa khu điều trị nội trú 200 giường cùng nhiều trang thiết bị hiện đại vào sử dụng, phục vụ gần 150.000 người dân các xã miền núi phía Tây.',
    cover: {
      image: 'hospital',
      caption: 'Khu điều trị mới của Trung tâm Y tế khu vực Tây Sơn Lĩnh.',
      alt: 'Tòa nhà bệnh viện năm tầng sơn màu trắng xanh, phía trước có sân rộng, cây xanh và xe cứu thương đỗ ở lối vào',
      credit: 'Ảnh: Thanh Tâm',
    },
    body: [
      {
        p: 'Công trình có tổng vốn đầu tư 265 tỷ đồng từ ngân sách tỉnh và nguồn vốn đầu tư công trung hạn của Trung ương. Khu điều trị mới gồm tòa nhà 5 tầng với các khoa hồi sức cấp cứu, ngoại, sản, nhi, khu phẫu thuật 4 phòng mổ và hệ thống khí y tế trung tâm.',
      },
      {
        p: 'Đi kèm là nhiều trang thiết bị lần đầu có mặt ở tuyến y tế cơ sở khu vực miền núi của tỉnh như máy chụp cắt lớp vi tính 64 lát cắt, hệ thống nội soi tiêu hóa, máy siêu âm tim màu và hệ thống hội chẩn từ xa kết nối trực tiếp với Bệnh viện Đa khoa tỉnh.',
      },
      {
        figure: {
          image: 'hospital',
          caption: 'Bác sĩ Trung tâm hội chẩn từ xa với các chuyên gia Bệnh viện Đa khoa tỉnh.',
          alt: 'Hai bác sĩ mặc áo blouse trắng ngồi trước màn hình lớn hiển thị hình ảnh chụp cắt lớp và khung gọi video',
          credit: 'Ảnh: Thanh Tâm',
        },
      },
      {
        p: 'Bác sĩ Lương Văn Hòa, Giám đốc Trung tâm, cho biết trước đây nhiều ca chấn thương, tai biến mạch máu não hay sản khoa nặng phải chuyển về tuyến tỉnh, quãng đường hơn 90 km đèo dốc. “Có máy chụp cắt lớp và phòng mổ đạt chuẩn, chúng tôi có thể xử trí ngay những ca cấp cứu trong giờ vàng, vừa cứu sống người bệnh vừa giảm chi phí đi lại cho bà con”, ông Hòa nói.',
      },
      {
        quote:
          'Đầu tư cho y tế miền núi là đầu tư cho sự công bằng. Người dân vùng cao phải được khám, chữa bệnh chất lượng tốt ngay gần nhà mà không phải vượt hàng trăm cây số. – Phó Chủ tịch UBND tỉnh Hoàng Đức Long',
      },
      {
        p: 'Trung tâm Y tế khu vực Tây Sơn Lĩnh hiện quản lý chuyên môn 9 trạm y tế xã. Sở Y tế cho biết sẽ tăng cường luân phiên bác sĩ tuyến tỉnh về hỗ trợ, đồng thời triển khai chính sách thu hút bác sĩ trẻ về công tác lâu dài tại vùng cao, bảo đảm khai thác hiệu quả các trang thiết bị vừa được đầu tư.',
      },
    ],
    byline: 'Thanh Tâm',
    source: 'Sở Y tế',
  },
  {
    key: 'b-le-mung-com-moi-ban-khuoi-nam',
    category: 'van-hoa-xa-hoi',
    daysAgo: 38,
    hour: 19,
    title: 'Phóng sự ảnh: Rộn ràng Lễ mừng cơm mới của đồng bào Tày bản Khuổi Nậm',
    lead: 'Khi những nương lúa cuối cùng đã về nhà, đồng bào Tày bản Khuổi Nậm, xã Nậm Khoan lại tưng bừng tổ chức Lễ mừng cơm mới, tạ ơn trời đất, tổ tiên và cầu mong một năm no ấm.',
    cover: {
      image: 'festival',
      caption: 'Đội múa then của bản Khuổi Nậm biểu diễn trong ngày hội.',
      alt: 'Những cô gái Tày mặc áo chàm, tay cầm quạt và chuông nhạc xòe hàng múa trên sân đất giữa bản',
      credit: 'Ảnh: Nông Hương',
    },
    body: [
      {
        p: 'Lễ mừng cơm mới là tập tục lâu đời của người Tày vùng núi phía Tây tỉnh Lạc Hồng, thường được tổ chức vào tháng Mười âm lịch. Năm nay, lần đầu tiên lễ được bản Khuổi Nậm tổ chức ở quy mô cả bản, có sự tham gia của hơn 100 hộ gia đình và đông đảo du khách.',
      },
      {
        figure: {
          image: 'mountain-village',
          caption: 'Bản Khuổi Nậm nằm bên dòng suối, giữa những thửa ruộng bậc thang đã gặt xong.',
          alt: 'Những ngôi nhà sàn mái ngói nâu quây quần dưới chân núi, xung quanh là ruộng bậc thang màu rạ và một con suối nhỏ',
          credit: 'Ảnh: Nông Hương',
        },
      },
      {
        p: 'Từ sáng sớm, các gia đình giã cốm, đồ xôi bằng gạo nếp mới thu hoạch. Mâm lễ gồm xôi, cốm, gà luộc, cá suối nướng và bánh gai được bày trang trọng trong nhà văn hóa bản để thầy tào làm lễ cúng tạ ơn thần nông, thần núi và tổ tiên.',
      },
      {
        figure: {
          image: 'ceremony',
          caption: 'Già làng và thầy tào thực hiện nghi lễ cúng tạ ơn trong nhà văn hóa bản.',
          alt: 'Một cụ già và thầy cúng mặc áo dài chàm ngồi trước mâm lễ có xôi, gà luộc và những bát rượu',
          credit: 'Ảnh: Nông Hương',
        },
      },
      {
        p: 'Sau phần lễ là phần hội với hát then, đàn tính, thi giã cốm, ném còn, kéo co và các trò chơi dân gian. Chiều tối, cả bản cùng du khách quây quần bên mâm cơm chung, nếm hương vị cốm mới thơm dẻo và hát giao duyên đến khuya.',
      },
      {
        figure: {
          image: 'festival',
          caption: 'Du khách hào hứng tham gia trò chơi ném còn cùng thanh niên trong bản.',
          alt: 'Nhóm thanh niên và du khách đứng thành vòng, ngẩng nhìn quả còn nhiều màu đang bay về phía vòng tròn trên cột tre cao',
          credit: 'Ảnh: Nông Hương',
        },
      },
      {
        quote:
          'Con cháu đi làm xa mấy cũng về dự lễ mừng cơm mới. Mình giữ lễ là để nhớ công ơn tổ tiên, để lớp trẻ biết quý hạt gạo, biết yêu bản làng. – Già làng Hoàng Văn Tiến, bản Khuổi Nậm',
      },
      {
        p: 'Theo UBND xã Nậm Khoan, việc phục dựng Lễ mừng cơm mới nằm trong kế hoạch bảo tồn văn hóa truyền thống gắn với phát triển du lịch cộng đồng. Hiện bản Khuổi Nậm đã có 12 hộ làm dịch vụ lưu trú tại nhà sàn, mỗi năm đón hàng nghìn lượt khách.',
      },
    ],
    byline: 'Nông Hương',
  },
  {
    key: 'b-tu-bo-dinh-cua-lac',
    category: 'van-hoa-xa-hoi',
    daysAgo: 85,
    hour: 10,
    title: 'Hoàn thành tu bổ, tôn tạo di tích Đình Cửa Lạc, giữ nguyên kết cấu kiến trúc gỗ cổ',
    lead: 'Sau 18 tháng thi công, dự án tu bổ, tôn tạo di tích quốc gia Đình Cửa Lạc ở phường Cửa Lạc đã hoàn thành và được bàn giao đưa vào sử dụng, phục vụ sinh hoạt tín ngưỡng của người dân và khách tham quan.',
    cover: {
      image: 'ceremony',
      caption: 'Lễ bàn giao công trình tu bổ Đình Cửa Lạc.',
      alt: 'Mái đình cổ lợp ngói mũi hài với đầu đao cong, trước sân có đông người dân dự lễ',
      credit: 'Ảnh: Minh Đức',
    },
    body: [
      {
        p: 'Đình Cửa Lạc được xây dựng từ thế kỷ XVIII, thờ Thành hoàng làng và các vị thần biển, gắn bó với đời sống tâm linh của cư dân vùng cửa sông Lam Giang. Trải qua nhiều năm, hệ thống mái bị xô lệch, nhiều cấu kiện gỗ bị mối mọt, mục nát, có nguy cơ xuống cấp nghiêm trọng.',
      },
      {
        p: 'Dự án có tổng vốn khoảng 32 tỷ đồng từ ngân sách tỉnh và nguồn xã hội hóa. Các hạng mục chính gồm:',
      },
      {
        ul: [
          'Tu bổ toàn bộ tòa đại đình và hậu cung, thay thế các cấu kiện gỗ hư hỏng bằng gỗ lim cùng chủng loại;',
          'Lợp lại mái bằng ngói mũi hài thủ công, phục hồi các đầu đao, bờ nóc theo nguyên mẫu;',
          'Gia cố nền móng, chống thấm, chống mối cho toàn bộ công trình;',
          'Cải tạo sân đình, cổng tam quan, hệ thống chiếu sáng và phòng cháy, chữa cháy.',
        ],
      },
      {
        p: 'Theo Sở Văn hóa, Thể thao và Du lịch, quá trình thi công tuân thủ nghiêm nguyên tắc giữ gìn tối đa yếu tố gốc. Khoảng 70% cấu kiện gỗ cũ được giữ lại, xử lý và lắp dựng về đúng vị trí; các mảng chạm khắc rồng, phượng, sóng nước trên vì kèo được các nghệ nhân làng mộc truyền thống gia cố, làm sạch thủ công.',
      },
      {
        quote:
          'Tu bổ di tích không phải làm mới di tích. Chúng tôi đánh số từng thanh xà, từng cánh cửa trước khi hạ giải để khi lắp lại, ngôi đình vẫn là ngôi đình mà ông cha đã dựng. – Nghệ nhân Đỗ Văn Khang, đơn vị thi công',
      },
      {
        p: 'Phát biểu tại lễ bàn giao, Phó Chủ tịch UBND tỉnh Hoàng Đức Long đề nghị UBND phường Cửa Lạc xây dựng quy chế quản lý, bảo vệ di tích, phát huy vai trò của cộng đồng trong giữ gìn di sản và gắn di tích với tuyến du lịch văn hóa ven biển của tỉnh. Lễ hội Cầu ngư Cửa Lạc năm tới sẽ được tổ chức tại không gian đình vừa được tu bổ.',
      },
    ],
    byline: 'Minh Đức',
    source: 'Sở Văn hóa, Thể thao và Du lịch',
  },
  {
    key: 'b-khai-giang-nam-hoc-2026-2027',
    category: 'van-hoa-xa-hoi',
    daysAgo: 101,
    hour: 8,
    title: 'Hơn 380.000 học sinh tỉnh Lạc Hồng hân hoan bước vào năm học mới 2026 – 2027',
    lead: 'Sáng nay, các trường học trên địa bàn tỉnh đồng loạt tổ chức lễ khai giảng năm học 2026 – 2027 trong không khí trang trọng, vui tươi. Toàn tỉnh có hơn 380.000 học sinh từ mầm non đến trung học phổ thông.',
    cover: {
      image: 'school',
      caption: 'Học sinh Trường Tiểu học Hồng Sơn trong lễ khai giảng năm học mới.',
      alt: 'Hàng trăm học sinh mặc đồng phục trắng, đeo khăn quàng đỏ xếp hàng trên sân trường, tay cầm cờ và bóng bay',
      credit: 'Ảnh: Phương Thảo',
    },
    body: [
      {
        p: 'Năm học này, toàn tỉnh có 812 cơ sở giáo dục mầm non và phổ thông, tăng 6 trường so với năm học trước. Tỷ lệ trường đạt chuẩn quốc gia đạt 78,4%; các xã miền núi phía Tây được bổ sung 146 phòng học kiên cố mới, cơ bản xóa phòng học tạm, phòng học mượn.',
      },
      {
        p: 'Dự lễ khai giảng tại Trường Phổ thông dân tộc nội trú liên cấp Nậm Khoan, Phó Chủ tịch UBND tỉnh Hoàng Đức Long biểu dương nỗ lực của thầy cô giáo vùng cao đã vượt qua nhiều khó khăn để bám trường, bám lớp. Ông trao tặng nhà trường 50 bộ máy tính và 200 suất học bổng cho học sinh có hoàn cảnh khó khăn.',
      },
      {
        quote:
          'Mỗi ngôi trường phải là nơi an toàn, thân thiện, để các em được học tập, được vui chơi và được yêu thương. Ngành giáo dục cần đặc biệt quan tâm đến học sinh vùng cao, học sinh dân tộc thiểu số để không em nào bị bỏ lại phía sau. – Phó Chủ tịch UBND tỉnh Hoàng Đức Long',
      },
      {
        h2: 'Những nhiệm vụ trọng tâm',
      },
      {
        p: 'Theo Sở Giáo dục và Đào tạo, năm học 2026 – 2027 ngành tập trung vào các nhiệm vụ:',
      },
      {
        ul: [
          'Thực hiện hiệu quả Chương trình giáo dục phổ thông 2018, đổi mới kiểm tra, đánh giá theo hướng phát triển năng lực;',
          'Triển khai dạy học 2 buổi/ngày ở cấp tiểu học và trung học cơ sở nơi đủ điều kiện;',
          'Đẩy mạnh dạy và học ngoại ngữ, từng bước đưa tiếng Anh trở thành ngôn ngữ thứ hai trong nhà trường;',
          'Chuyển đổi số trong quản lý, dạy học; sử dụng học bạ số và sổ điểm điện tử ở tất cả các cấp học.',
        ],
      },
      {
        p: 'Ngành cũng đang khẩn trương tuyển dụng thêm 420 giáo viên để khắc phục tình trạng thiếu giáo viên các môn tin học, ngoại ngữ, nghệ thuật, đồng thời tăng cường bảo đảm an toàn trường học, an toàn thực phẩm tại các bếp ăn bán trú.',
      },
    ],
    byline: 'Phương Thảo',
    source: 'Sở Giáo dục và Đào tạo',
  },
  {
    key: 'b-hoc-bong-tiep-suc-den-truong',
    category: 'van-hoa-xa-hoi',
    daysAgo: 121,
    hour: 15,
    title: 'Trao 1.200 suất học bổng “Tiếp sức đến trường” cho học sinh, sinh viên vượt khó',
    lead: 'Quỹ Khuyến học tỉnh Lạc Hồng vừa trao 1.200 suất học bổng “Tiếp sức đến trường” với tổng giá trị gần 4 tỷ đồng cho học sinh, sinh viên có hoàn cảnh khó khăn, vươn lên học tốt.',
    cover: {
      image: 'ceremony',
      caption: 'Đại biểu trao học bổng cho các em học sinh, sinh viên tiêu biểu.',
      alt: 'Các em học sinh đứng thành hàng trên sân khấu, tay cầm phong bì và giấy chứng nhận học bổng, bên cạnh là các đại biểu',
      credit: 'Ảnh: Lê Vy',
    },
    body: [
      {
        p: 'Các suất học bổng có giá trị từ 2 đến 10 triệu đồng, dành cho học sinh, sinh viên mồ côi, thuộc hộ nghèo, cận nghèo, con em đồng bào dân tộc thiểu số và các em đạt thành tích cao trong kỳ thi tốt nghiệp trung học phổ thông năm 2026. Trong đó có **150 suất dành cho tân sinh viên** đỗ đại học với giá trị 10 triệu đồng mỗi suất.',
      },
      {
        p: 'Kinh phí học bổng được vận động từ các doanh nghiệp, ngân hàng, tổ chức và nhà hảo tâm trong và ngoài tỉnh. Năm nay có thêm nhiều doanh nghiệp trong Khu công nghiệp Bắc Lạc Hồng tham gia đồng hành, kèm theo cam kết ưu tiên tiếp nhận các em thực tập và làm việc sau khi tốt nghiệp.',
      },
      {
        p: 'Em Lục Thị Quyên, dân tộc Dao, xã Tây Sơn Lĩnh, vừa trúng tuyển ngành Y khoa với 28,75 điểm, xúc động chia sẻ: “Bố mẹ em làm nương, nhà lại đông anh chị em nên em từng lo không đủ tiền nhập học. Suất học bổng này là động lực để em cố gắng học thật giỏi, sau này trở về làm bác sĩ ở quê”.',
      },
      {
        quote:
          'Không để học sinh nào phải bỏ học vì hoàn cảnh khó khăn là trách nhiệm chung của cả xã hội. Mỗi suất học bổng hôm nay là một lời nhắn gửi niềm tin vào tương lai của các em. – Bà Vi Thị Thoa, Chủ tịch Hội Khuyến học tỉnh',
      },
      {
        p: 'Từ năm 2015 đến nay, chương trình “Tiếp sức đến trường” đã trao hơn 14.000 suất học bổng với tổng giá trị trên 40 tỷ đồng. Nhiều em nhận học bổng năm xưa nay đã trở thành kỹ sư, bác sĩ, giáo viên, tiếp tục quay lại đóng góp cho quỹ để tiếp sức cho các thế hệ đàn em.',
      },
    ],
    byline: 'Lê Vy',
  },
  {
    key: 'b-nha-o-cho-ho-ngheo-2026',
    category: 'van-hoa-xa-hoi',
    daysAgo: 144,
    hour: 16,
    title: 'Gần 1.900 hộ nghèo, cận nghèo được hỗ trợ xây mới, sửa chữa nhà ở trong năm 2026',
    lead: 'Sau sáu tháng triển khai, tỉnh Lạc Hồng đã khởi công 1.880 căn nhà cho hộ nghèo, hộ cận nghèo và hộ có hoàn cảnh khó khăn, trong đó hơn 1.300 căn đã hoàn thành, bàn giao cho người dân.',
    cover: {
      image: 'mountain-village',
      caption: 'Một ngôi nhà mới được hoàn thành ở xã Nậm Khoan.',
      alt: 'Ngôi nhà cấp bốn tường gạch, mái tôn đỏ mới xây bên sườn đồi, trước nhà có gia đình đứng chụp ảnh',
      credit: 'Ảnh: Xuân Bách',
    },
    body: [
      {
        p: 'Mức hỗ trợ là **60 triệu đồng/căn** đối với nhà xây mới và 30 triệu đồng/căn đối với nhà sửa chữa, từ nguồn ngân sách nhà nước, Quỹ Vì người nghèo các cấp và sự đóng góp của doanh nghiệp. Nhiều địa phương huy động thêm ngày công của đoàn viên thanh niên, lực lượng vũ trang giúp các gia đình vận chuyển vật liệu, giảm chi phí xây dựng.',
      },
      {
        p: 'Theo Sở Xây dựng, các căn nhà được xây dựng theo tiêu chí “ba cứng” – nền cứng, khung tường cứng, mái cứng – diện tích tối thiểu 30 m², tuổi thọ từ 20 năm trở lên. Ở vùng thường xuyên chịu bão lũ ven biển và ven sông Lam Giang, nhà được thiết kế có gác lửng để tránh lũ.',
      },
      {
        p: 'Ông Bàn Văn Chỉn, người Dao ở xã Nậm Khoan, bồi hồi trong ngày nhận nhà mới: “Cả đời tôi ở nhà tranh vách nứa, mùa mưa dột khắp nơi. Được Nhà nước hỗ trợ, các cháu bộ đội, thanh niên về làm giúp, giờ cả nhà đã có chỗ ở chắc chắn rồi”.',
      },
      {
        h2: 'Bảo đảm hoàn thành trước mùa mưa bão',
      },
      {
        p: 'Phó Chủ tịch UBND tỉnh Hoàng Đức Long yêu cầu UBND các xã, phường có nhiều nhà cần hỗ trợ thực hiện các giải pháp:',
      },
      {
        ol: [
          'Rà soát, lập danh sách công khai, đúng đối tượng; không để sót hộ đủ điều kiện.',
          'Cấp phát kinh phí kịp thời, đúng tiến độ xây dựng; tuyệt đối không để xảy ra tiêu cực, trục lợi chính sách.',
          'Huy động lực lượng hỗ trợ ngày công cho các hộ neo đơn, người cao tuổi, người khuyết tật.',
          'Hoàn thành toàn bộ số nhà còn lại trước ngày 30/9 để người dân yên tâm đón mùa mưa bão.',
        ],
      },
    ],
    byline: 'Xuân Bách',
    source: 'Sở Xây dựng',
  },
  {
    key: 'b-be-mac-dai-hoi-the-duc-the-thao',
    category: 'van-hoa-xa-hoi',
    daysAgo: 177,
    hour: 20,
    title: 'Bế mạc Đại hội Thể dục thể thao tỉnh Lạc Hồng lần thứ X, đoàn Hồng Sơn dẫn đầu',
    lead: 'Tối nay, Đại hội Thể dục thể thao tỉnh Lạc Hồng lần thứ X năm 2026 đã bế mạc sau 10 ngày tranh tài sôi nổi. Đoàn phường Hồng Sơn giành vị trí nhất toàn đoàn với 42 huy chương vàng.',
    cover: {
      image: 'festival',
      caption: 'Màn trình diễn nghệ thuật tại lễ bế mạc Đại hội.',
      alt: 'Sân vận động về đêm rực rỡ ánh đèn, hàng trăm diễn viên mặc trang phục nhiều màu xếp hình trên sân cỏ',
      credit: 'Ảnh: Tuấn Anh',
    },
    body: [
      {
        p: 'Đại hội năm nay là lần đầu tiên được tổ chức theo mô hình chính quyền địa phương hai cấp, quy tụ hơn **3.200 vận động viên** đến từ 64 đoàn xã, phường, đặc khu và các ngành. Các vận động viên tranh tài ở 18 môn thi đấu, trong đó có nhiều môn thể thao dân tộc như vật cổ truyền, đẩy gậy, kéo co, bắn nỏ, ném còn và đua thuyền truyền thống.',
      },
      {
        p: 'Kết quả, đoàn phường Hồng Sơn giành vị trí nhất với 42 huy chương vàng, 35 huy chương bạc và 40 huy chương đồng; đoàn phường Cửa Lạc xếp thứ nhì và đoàn xã Nậm Khoan bất ngờ vươn lên vị trí thứ ba nhờ thành tích nổi bật ở các môn bắn nỏ, đẩy gậy. Đại hội ghi nhận 7 kỷ lục của Đại hội bị phá ở môn điền kinh và bơi lội.',
      },
      {
        p: 'Phát biểu bế mạc, Phó Chủ tịch UBND tỉnh Hoàng Đức Long ghi nhận công tác tổ chức chu đáo, tinh thần thi đấu trung thực, cao thượng của các vận động viên. Đại hội là dịp tuyển chọn lực lượng cho các đội tuyển tỉnh tham dự các giải khu vực và toàn quốc trong thời gian tới.',
      },
      {
        quote:
          'Điều đáng mừng nhất không phải là số huy chương, mà là phong trào tập luyện thể thao đã lan rộng đến từng thôn, bản, tổ dân phố. – Phó Chủ tịch UBND tỉnh Hoàng Đức Long',
      },
      {
        p: 'Theo Sở Văn hóa, Thể thao và Du lịch, hiện tỷ lệ người dân tập luyện thể dục thể thao thường xuyên trên địa bàn tỉnh đạt 38,5%, số gia đình thể thao đạt 26%. Trong giai đoạn tới, tỉnh sẽ tiếp tục đầu tư thiết chế thể thao ở cấp xã, ưu tiên sân chơi, bãi tập cho thanh thiếu niên vùng cao và hải đảo.',
      },
    ],
    byline: 'Tuấn Anh',
  },
  {
    key: 'b-thu-vien-luu-dong-vung-cao',
    category: 'van-hoa-xa-hoi',
    daysAgo: 196,
    hour: 9,
    title: 'Thư viện tỉnh đưa “xe sách lưu động” lên các bản vùng cao dịp hè',
    lead: 'Hè năm nay, Thư viện tỉnh Lạc Hồng khởi động chương trình với 24 chuyến xe sách lưu động đến các điểm trường, nhà văn hóa bản ở các xã miền núi phía Tây, phục vụ hàng nghìn em thiếu nhi.',
    cover: {
      image: 'school',
      caption: 'Học sinh bản Nà Lừa, xã Tây Sơn Lĩnh đọc sách bên xe thư viện lưu động.',
      alt: 'Nhóm trẻ em ngồi trên chiếu trải ở sân trường, chăm chú đọc những cuốn sách thiếu nhi có bìa nhiều màu',
      credit: 'Ảnh: Khánh Linh',
    },
    body: [
      {
        p: 'Mỗi chuyến xe mang theo khoảng 3.000 cuốn sách, báo, truyện tranh cùng máy tính bảng có cài đặt sẵn sách điện tử và sách nói. Bên cạnh đọc sách tại chỗ, các em còn được tham gia kể chuyện theo sách, vẽ tranh, giải câu đố và học kỹ năng phòng chống đuối nước, xâm hại trẻ em.',
      },
      {
        p: 'Tại nhiều điểm trường, thư viện tặng lại tủ sách gồm 200–300 cuốn để thầy cô và các em sử dụng lâu dài. Sách được tuyển chọn phù hợp lứa tuổi, trong đó có sách song ngữ Việt – Tày, Việt – Dao do Thư viện tỉnh phối hợp với các nghệ nhân biên soạn.',
      },
      {
        p: 'Bà Nguyễn Thu Thủy, Giám đốc Thư viện tỉnh, cho biết từ năm 2024 thư viện đã số hóa hơn 18.000 tài liệu, trong đó có nhiều tư liệu quý về lịch sử, văn hóa Lạc Hồng. Bạn đọc có thể tra cứu, mượn sách điện tử miễn phí qua ứng dụng Thư viện số Lạc Hồng trên điện thoại. Đến cuối năm nay, thư viện sẽ kết nối với 86 tủ sách tại nhà văn hóa các xã, phường, đặc khu.',
      },
      {
        quote:
          'Ở bản ít có sách, nhiều em lần đầu được cầm cuốn truyện tranh màu. Nhìn các em tranh nhau đọc, chúng tôi thấy những chuyến đi vất vả thật đáng giá. – Chị Đào Khánh Ly, cán bộ Thư viện tỉnh',
      },
      {
        p: 'Chương trình xe sách lưu động được Sở Văn hóa, Thể thao và Du lịch đánh giá là mô hình hiệu quả trong phát triển văn hóa đọc ở vùng sâu, vùng xa, góp phần thu hẹp khoảng cách hưởng thụ văn hóa giữa miền núi và đô thị.',
      },
    ],
    byline: 'Khánh Linh',
    source: 'Thư viện tỉnh Lạc Hồng',
  },
  // ─────────────────────────────────────────────────────────────── Khoa học - Công nghệ
  {
    key: 'b-chuyen-doi-so-chinh-quyen-cap-xa',
    category: 'khoa-hoc-cong-nghe',
    daysAgo: 9,
    hour: 11,
    featured: true,
    title: 'Toàn bộ 86 xã, phường, đặc khu xử lý hồ sơ công việc trên môi trường mạng',
    lead: 'Sau hơn một năm vận hành chính quyền địa phương hai cấp, toàn bộ 86 xã, phường, đặc khu của tỉnh Lạc Hồng đã xử lý văn bản, hồ sơ công việc hoàn toàn trên môi trường mạng, trừ văn bản mật.',
    cover: {
      image: 'meeting-hall',
      caption:
        'Cán bộ Trung tâm Phục vụ hành chính công phường Hồng Sơn hướng dẫn người dân nộp hồ sơ trực tuyến.',
      alt: 'Quầy tiếp nhận hồ sơ với màn hình máy tính, một cán bộ mặc áo sơ mi xanh đang hướng dẫn người dân thao tác trên máy tính bảng',
      credit: 'Ảnh: Hoàng Nam',
    },
    body: [
      {
        p: 'Theo Sở Khoa học và Công nghệ, hiện 100% cán bộ, công chức cấp xã được cấp chữ ký số cá nhân; **98,6% văn bản** đi, đến được ký số và luân chuyển trên hệ thống quản lý văn bản và điều hành của tỉnh. Các cuộc họp giữa UBND tỉnh với cấp xã đều được tổ chức trực tuyến qua hệ thống hội nghị truyền hình kết nối đến tận đặc khu Hòn Ngọc.',
      },
      {
        p: 'Tại Trung tâm Phục vụ hành chính công các xã, phường, người dân có thể nộp hồ sơ tại quầy hoặc qua mạng; hồ sơ giấy được số hóa ngay khi tiếp nhận. Kết quả giải quyết thủ tục được trả dưới dạng bản điện tử có giá trị pháp lý, lưu trong kho dữ liệu của công dân để dùng cho các lần giao dịch sau.',
      },
      {
        h2: 'Gỡ khó cho các xã vùng cao',
      },
      {
        p: 'Thời gian đầu, nhiều xã miền núi gặp khó vì đường truyền chập chờn, thiết bị cũ, cán bộ chưa thành thạo. Tỉnh đã bố trí 46 tỷ đồng nâng cấp máy tính, đường truyền cáp quang và trang bị thiết bị phát sóng vệ tinh dự phòng cho các xã Nậm Khoan, Tây Sơn Lĩnh và đặc khu Hòn Ngọc. Mỗi xã có ít nhất một công chức chuyên trách chuyển đổi số được đào tạo bài bản.',
      },
      {
        p: 'Bên cạnh đó, 86 tổ công nghệ số cộng đồng với hơn 4.100 thành viên là đoàn viên thanh niên, giáo viên, công an xã đã đến từng thôn, bản hướng dẫn người dân cài đặt tài khoản định danh điện tử, thanh toán không dùng tiền mặt và nộp hồ sơ trên [Cổng Dịch vụ công quốc gia](https://dichvucong.gov.vn).',
      },
      {
        quote:
          'Chuyển đổi số ở cấp xã không phải là mua thêm máy móc, mà là thay đổi cách phục vụ. Người dân phải cảm nhận được thủ tục nhanh hơn, ít giấy tờ hơn và không phải đi lại nhiều lần. – Chủ tịch UBND tỉnh Trần Thị Minh Hương',
      },
      {
        p: 'Năm 2027, tỉnh đặt mục tiêu 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình, đồng thời ứng dụng trợ lý ảo trí tuệ nhân tạo hỗ trợ cán bộ cấp xã tra cứu văn bản, soạn thảo và tổng hợp báo cáo.',
      },
    ],
    byline: 'Hoàng Nam - Minh Anh',
    source: 'Sở Khoa học và Công nghệ',
  },
  {
    key: 'b-dich-vu-cong-truc-tuyen-10-thang',
    category: 'khoa-hoc-cong-nghe',
    daysAgo: 31,
    hour: 15,
    title: 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 72%, Lạc Hồng vào nhóm dẫn đầu khu vực',
    lead: 'Mười tháng năm 2026, các cơ quan hành chính trên địa bàn tỉnh tiếp nhận hơn 1,1 triệu hồ sơ thủ tục hành chính, trong đó 72% được nộp và xử lý trực tuyến toàn trình, tăng 19 điểm phần trăm so với cùng kỳ.',
    body: [
      {
        p: 'Số liệu từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh cho thấy người dân, doanh nghiệp ngày càng quen với việc giao dịch trên mạng. Tỷ lệ hồ sơ được giải quyết đúng và trước hạn đạt 98,9%; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục đạt 96,2%; mức độ hài lòng của người dân được đánh giá qua hệ thống đạt 97,4%.',
      },
      {
        table: [
          ['Chỉ tiêu', '10 tháng năm 2025', '10 tháng năm 2026'],
          ['Tổng số hồ sơ tiếp nhận', '982.400', '1.126.700'],
          ['Tỷ lệ hồ sơ trực tuyến toàn trình', '53,0%', '72,1%'],
          ['Tỷ lệ giải quyết đúng và trước hạn', '97,1%', '98,9%'],
          ['Tỷ lệ thanh toán trực tuyến phí, lệ phí', '41,5%', '63,8%'],
          ['Tỷ lệ số hóa hồ sơ, kết quả', '88,7%', '96,2%'],
        ],
      },
      {
        p: 'Các lĩnh vực có tỷ lệ nộp trực tuyến cao gồm đăng ký kinh doanh, cấp phiếu lý lịch tư pháp, đăng ký khai sinh, khai tử và cấp đổi giấy phép lái xe. Nhiều thủ tục liên thông như đăng ký khai sinh – đăng ký thường trú – cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi được thực hiện hoàn toàn trên [Cổng Dịch vụ công quốc gia](https://dichvucong.gov.vn) mà cha mẹ không phải đến cơ quan nhà nước.',
      },
      {
        p: 'Tuy vậy, lĩnh vực đất đai và xây dựng vẫn có tỷ lệ hồ sơ trực tuyến thấp do thành phần hồ sơ phức tạp, nhiều bản vẽ, giấy tờ gốc. Ở một số xã vùng cao, người cao tuổi vẫn quen nộp hồ sơ trực tiếp.',
      },
      {
        p: 'Phó Chủ tịch UBND tỉnh Phạm Thu Trang yêu cầu các sở, ngành và UBND cấp xã tiếp tục cắt giảm thành phần hồ sơ, tái sử dụng dữ liệu đã số hóa để người dân không phải nộp lại giấy tờ mà cơ quan nhà nước đã có; đồng thời công khai hằng tháng bảng xếp hạng mức độ phục vụ người dân của từng đơn vị trên Cổng thông tin điện tử tỉnh.',
      },
    ],
    byline: 'Minh Anh',
    source: 'Trung tâm Phục vụ hành chính công tỉnh',
  },
  {
    key: 'b-giai-thuong-khoa-hoc-cong-nghe-lan-3',
    category: 'khoa-hoc-cong-nghe',
    daysAgo: 55,
    hour: 18,
    title: 'Trao Giải thưởng Khoa học và Công nghệ tỉnh Lạc Hồng lần thứ III cho 15 công trình',
    lead: 'Chiều nay, UBND tỉnh tổ chức lễ trao Giải thưởng Khoa học và Công nghệ tỉnh Lạc Hồng lần thứ III, tôn vinh 15 công trình có giá trị khoa học và hiệu quả ứng dụng cao trong thực tiễn.',
    cover: {
      image: 'ceremony',
      caption: 'Phó Chủ tịch UBND tỉnh Hoàng Đức Long trao giải cho các tác giả đoạt giải Nhất.',
      alt: 'Các nhà khoa học đứng trên sân khấu cầm bằng chứng nhận và bó hoa, phía sau là màn hình lớn ghi tên giải thưởng',
      credit: 'Ảnh: Đức Thịnh',
    },
    body: [
      {
        p: 'Giải thưởng năm nay nhận được 64 hồ sơ đăng ký từ các viện, trường, bệnh viện, doanh nghiệp và cá nhân. Qua hai vòng đánh giá, Hội đồng xét giải đã chọn ra 2 giải Nhất, 5 giải Nhì và 8 giải Ba thuộc các lĩnh vực nông nghiệp, y dược, kỹ thuật – công nghệ và khoa học xã hội.',
      },
      {
        p: 'Hai công trình đạt giải Nhất gồm:',
      },
      {
        ul: [
          '**Quy trình nhân giống và canh tác chè shan tuyết hữu cơ vùng núi phía Tây** của nhóm tác giả Trung tâm Khuyến nông tỉnh, đã được áp dụng trên hơn 400 ha, giúp giá trị sản phẩm tăng gấp 2,5 lần;',
          '**Ứng dụng trí tuệ nhân tạo hỗ trợ sàng lọc sớm ung thư phổi trên phim chụp cắt lớp** của nhóm bác sĩ Bệnh viện Đa khoa tỉnh, giúp phát hiện sớm gần 90 trường hợp tổn thương nghi ngờ.',
        ],
      },
      {
        p: 'Nhiều công trình khác cũng được đánh giá cao về tính thực tiễn như hệ thống cảnh báo sạt lở đất tại các xã miền núi, giải pháp xử lý nước thải chế biến thủy sản tại phường Cửa Lạc, hay bộ tư liệu số hóa chữ Nôm Tày lưu giữ tại các bản vùng cao.',
      },
      {
        quote:
          'Mỗi công trình được vinh danh hôm nay đều bắt nguồn từ những vấn đề rất cụ thể của đời sống và đã quay trở lại phục vụ chính đời sống ấy. Đó là thước đo giá trị nhất của khoa học. – Phó Chủ tịch UBND tỉnh Hoàng Đức Long',
      },
      {
        p: 'Theo Sở Khoa học và Công nghệ, giải thưởng được tổ chức ba năm một lần. Từ năm 2027, tỉnh sẽ dành tối thiểu 2% tổng chi ngân sách cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, ưu tiên đặt hàng các nhiệm vụ gắn với nhu cầu của doanh nghiệp và địa phương.',
      },
    ],
    byline: 'Thanh Tâm',
    source: 'Sở Khoa học và Công nghệ',
  },
  {
    key: 'b-cam-bien-nong-nghiep-thong-minh',
    category: 'khoa-hoc-cong-nghe',
    daysAgo: 112,
    hour: 13,
    title: 'Cảm biến “đo đất, đoán mưa” giúp nông dân Phú Thọ Lâm tiết kiệm một phần ba lượng nước tưới',
    lead: 'Mô hình ứng dụng cảm biến và hệ thống tưới tự động trên đồi chè tại xã Phú Thọ Lâm bước đầu cho thấy hiệu quả rõ rệt: tiết kiệm khoảng 35% nước tưới, giảm 20% phân bón mà năng suất vẫn tăng.',
    cover: {
      image: 'tea-hill',
      caption: 'Trạm cảm biến đặt giữa đồi chè của Hợp tác xã Chè Phú Thọ Lâm.',
      alt: 'Một cột trụ kim loại gắn tấm pin mặt trời nhỏ và hộp thiết bị cảm biến đứng giữa các hàng chè trên sườn đồi',
      credit: 'Ảnh: Minh Khôi',
    },
    body: [
      {
        p: 'Mô hình do Sở Khoa học và Công nghệ phối hợp với một doanh nghiệp công nghệ trong tỉnh triển khai trên diện tích 30 ha. Hệ thống gồm 24 trạm cảm biến đo độ ẩm, nhiệt độ, độ pH của đất và một trạm khí tượng mini; dữ liệu được gửi về máy chủ mỗi 15 phút qua mạng không dây tầm xa, sử dụng năng lượng mặt trời.',
      },
      {
        p: 'Dựa trên số liệu đo được và dự báo mưa, phần mềm tự tính toán thời điểm, lượng nước cần tưới cho từng khu vực rồi điều khiển các van tưới nhỏ giọt. Nông dân có thể theo dõi và bật, tắt hệ thống ngay trên điện thoại, nhận cảnh báo khi đất quá khô hoặc có nguy cơ phát sinh sâu bệnh.',
      },
      {
        figure: {
          image: 'farmers',
          caption: 'Nông dân theo dõi độ ẩm đất của đồi chè qua ứng dụng trên điện thoại.',
          alt: 'Một người nông dân đội nón đứng giữa ruộng chè, cầm điện thoại có màn hình hiển thị biểu đồ độ ẩm đất',
          credit: 'Ảnh: Minh Khôi',
        },
      },
      {
        p: 'Anh Hà Quang Trung, thành viên hợp tác xã, cho biết: “Trước đây cứ thấy nắng là tưới, nhiều khi thừa nước, phân bị rửa trôi. Giờ nhìn điện thoại biết ngay đồi nào thiếu nước, đỡ công mà chè cũng mướt hơn hẳn”. Theo tính toán, chi phí đầu tư khoảng 45 triệu đồng/ha có thể thu hồi sau 3–4 năm.',
      },
      {
        p: 'Sở Nông nghiệp và Môi trường đánh giá mô hình phù hợp với vùng chè, cây ăn quả tập trung. Sở Khoa học và Công nghệ sẽ tiếp tục hoàn thiện thiết bị theo hướng giảm giá thành, đồng thời hỗ trợ 50% kinh phí cho các hợp tác xã nhân rộng mô hình trong giai đoạn 2027 – 2028.',
      },
    ],
    byline: 'Minh Khôi',
  },
  {
    key: 'b-dien-tap-an-toan-thong-tin-mang',
    category: 'khoa-hoc-cong-nghe',
    daysAgo: 166,
    hour: 10,
    title: 'Diễn tập thực chiến ứng cứu sự cố tấn công mã độc tống tiền vào hệ thống dịch vụ công',
    lead: 'Sở Khoa học và Công nghệ phối hợp với Công an tỉnh tổ chức diễn tập thực chiến ứng cứu sự cố an toàn thông tin mạng với sự tham gia của hơn 120 cán bộ kỹ thuật từ các sở, ngành, xã, phường và doanh nghiệp viễn thông.',
    body: [
      {
        p: 'Tình huống giả định được xây dựng sát thực tế: tin tặc gửi thư điện tử giả mạo chứa mã độc đến cán bộ một xã, chiếm quyền máy tính rồi tìm cách lây lan sang máy chủ của Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, mã hóa dữ liệu và đòi tiền chuộc.',
      },
      {
        p: 'Trong thời gian diễn tập, các đội ứng cứu phải lần lượt thực hiện:',
      },
      {
        ol: [
          'Phát hiện dấu hiệu bất thường qua Trung tâm giám sát an toàn thông tin (SOC) của tỉnh và báo cáo theo quy trình;',
          'Cô lập máy tính, máy chủ bị lây nhiễm, ngăn mã độc lan rộng trong mạng nội bộ;',
          'Phân tích mẫu mã độc, truy vết nguồn tấn công và thu thập chứng cứ số;',
          'Khôi phục dữ liệu từ bản sao lưu, đưa hệ thống dịch vụ công hoạt động trở lại trong thời gian ngắn nhất;',
          'Thông tin kịp thời, chính xác đến người dân về sự cố và thời gian gián đoạn dịch vụ.',
        ],
      },
      {
        p: 'Kết quả, các đội đã khôi phục hoạt động của hệ thống sau 3 giờ 40 phút, sớm hơn thời gian yêu cầu. Ban tổ chức cũng chỉ ra một số điểm cần khắc phục như một số đơn vị chưa sao lưu dữ liệu định kỳ, cán bộ cấp xã còn chủ quan khi mở tệp đính kèm lạ.',
      },
      {
        quote:
          'Không có hệ thống nào an toàn tuyệt đối. Điều quan trọng là phát hiện sớm, phản ứng nhanh và mỗi cán bộ phải là một lá chắn đầu tiên trước các cuộc tấn công mạng. – Phó Chủ tịch UBND tỉnh Phạm Thu Trang',
      },
      {
        p: 'Sau diễn tập, Sở Khoa học và Công nghệ sẽ hoàn thiện phương án ứng cứu sự cố cho từng hệ thống thông tin quan trọng và tổ chức tập huấn kỹ năng an toàn thông tin cho toàn bộ công chức cấp xã trong năm nay.',
      },
    ],
    byline: 'Hoàng Nam',
    source: 'Sở Khoa học và Công nghệ',
  },
  {
    key: 'b-chung-ket-khoi-nghiep-doi-moi-sang-tao',
    category: 'khoa-hoc-cong-nghe',
    daysAgo: 187,
    hour: 21,
    title: 'Ứng dụng truy xuất nguồn gốc hải sản giành giải Nhất cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh',
    lead: 'Vượt qua 78 dự án, ứng dụng “Biển Xanh” truy xuất nguồn gốc hải sản của nhóm sinh viên quê phường Cửa Lạc đã giành giải Nhất cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Lạc Hồng năm 2026.',
    cover: {
      image: 'city-street',
      caption: 'Không gian khởi nghiệp đổi mới sáng tạo tỉnh ở phường Hồng Sơn, nơi diễn ra vòng chung kết.',
      alt: 'Tòa nhà kính hiện đại bên đường phố rợp cây xanh, trước cửa treo băng rôn cuộc thi khởi nghiệp',
      credit: 'Ảnh: Hải Yến',
    },
    body: [
      {
        p: 'Cuộc thi do Sở Khoa học và Công nghệ phối hợp với Tỉnh đoàn tổ chức, thu hút 78 dự án đến từ học sinh, sinh viên, doanh nghiệp trẻ và hợp tác xã. Mười dự án xuất sắc nhất vào vòng chung kết được các chuyên gia, nhà đầu tư tư vấn hoàn thiện mô hình kinh doanh trước khi trình bày trước hội đồng giám khảo.',
      },
      {
        p: 'Dự án đoạt giải Nhất cho phép ngư dân ghi nhật ký khai thác ngay trên tàu bằng điện thoại, gắn mã QR cho từng lô hải sản khi cập cảng Cửa Lạc. Người mua quét mã có thể biết tàu khai thác, vùng biển, thời gian đánh bắt và điều kiện bảo quản. Trưởng nhóm Đặng Minh Khoa cho biết ứng dụng đã được 46 tàu cá và 5 cơ sở thu mua dùng thử.',
      },
      {
        p: 'Giải Nhì thuộc về dự án sản xuất bao bì sinh học từ bã mía và vỏ trấu của một hợp tác xã ở xã Yên Lam; hai giải Ba được trao cho dự án du lịch cộng đồng trên nền tảng số ở xã Nậm Khoan và dự án sản phẩm dưỡng da từ tinh dầu quế rừng.',
      },
      {
        quote:
          'Các dự án năm nay đều xuất phát từ tiềm năng của chính quê hương. Tỉnh sẽ tiếp tục đồng hành để những ý tưởng tốt không dừng lại trên sân khấu mà trở thành doanh nghiệp thật. – Ông Phan Văn Đạt, Giám đốc Sở Khoa học và Công nghệ',
      },
      {
        p: 'Các dự án đoạt giải được hỗ trợ kinh phí từ 30 đến 100 triệu đồng, được ươm tạo miễn phí 12 tháng tại Không gian khởi nghiệp đổi mới sáng tạo tỉnh và kết nối với quỹ đầu tư, doanh nghiệp trong Khu công nghiệp Bắc Lạc Hồng để thương mại hóa sản phẩm.',
      },
    ],
    byline: 'Hải Yến',
  },
];
