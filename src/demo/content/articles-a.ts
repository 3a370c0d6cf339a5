import type { DemoArticle } from './types.ts';

/**
 * Demo news articles, batch A: politics, direction and administration, announcements,
 * defence and security. Fictional province "tỉnh Lạc Hồng"; all text is original.
 */
export const articlesA: DemoArticle[] = [
  // ───────────────────────────── Thời sự - Chính trị ─────────────────────────────
  {
    key: 'a-hdnd-tinh-be-mac-ky-hop-cuoi-nam',
    category: 'thoi-su-chinh-tri',
    daysAgo: 9,
    hour: 17,
    featured: true,
    title: 'Bế mạc kỳ họp thường lệ cuối năm, HĐND tỉnh thông qua 21 nghị quyết quan trọng',
    lead: 'Sau ba ngày làm việc khẩn trương, dân chủ, kỳ họp thường lệ cuối năm của HĐND tỉnh Lạc Hồng khóa XVII, nhiệm kỳ 2026–2031 đã bế mạc chiều nay. Các đại biểu biểu quyết thông qua 21 nghị quyết về phát triển kinh tế - xã hội, dự toán ngân sách và kế hoạch đầu tư công năm 2027.',
    body: [
      {
        p: 'Đây là kỳ họp cuối năm đầu tiên của nhiệm kỳ mới, đồng thời là lần đầu HĐND tỉnh xem xét kết quả của một năm trọn vẹn vận hành mô hình chính quyền địa phương hai cấp. Dự và chỉ đạo kỳ họp có đồng chí **Nguyễn Văn Thành**, Bí thư Tỉnh ủy; đồng chí **Trần Thị Minh Hương**, Chủ tịch UBND tỉnh; lãnh đạo các sở, ngành và Chủ tịch HĐND, UBND 86 xã, phường, đặc khu dự theo hình thức trực tuyến.',
      },
      { h2: 'Tăng trưởng kinh tế ước đạt 8,6%' },
      {
        p: 'Theo báo cáo do Phó Chủ tịch UBND tỉnh Lê Quang Vinh trình bày, tổng sản phẩm trên địa bàn (GRDP) năm 2026 ước tăng 8,6%, mức cao nhất trong 5 năm trở lại đây. Thu ngân sách nhà nước trên địa bàn ước đạt 14.200 tỷ đồng, vượt 9% dự toán; kim ngạch xuất khẩu khoảng 2,9 tỷ USD, trong đó các doanh nghiệp tại KCN Bắc Lạc Hồng đóng góp gần một nửa. Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm còn 2,1%; riêng các xã miền núi phía tây giảm bình quân 3,4 điểm phần trăm.',
      },
      {
        p: 'Năm 2027, tỉnh đặt mục tiêu GRDP tăng từ 9% trở lên, GRDP bình quân đầu người đạt khoảng 92 triệu đồng, tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt trên 80%. Trong số các nghị quyết được thông qua, đáng chú ý có:',
      },
      {
        ul: [
          'Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2027',
          'Nghị quyết về dự toán thu ngân sách nhà nước trên địa bàn, chi ngân sách địa phương và phương án phân bổ ngân sách năm 2027',
          'Nghị quyết về kế hoạch đầu tư công năm 2027 với tổng vốn hơn 8.100 tỷ đồng, ưu tiên tuyến đường ven biển Lạc Hồng – Hòn Ngọc và hạ tầng các xã miền núi',
          'Nghị quyết quy định chính sách hỗ trợ phát triển vùng chè an toàn và cây dược liệu dưới tán rừng',
          'Nghị quyết về chế độ hỗ trợ đối với cán bộ, công chức, viên chức công tác tại đặc khu Hòn Ngọc',
        ],
      },
      { h2: 'Chất vấn thẳng thắn, trả lời đúng trọng tâm' },
      {
        p: 'Phiên chất vấn và trả lời chất vấn diễn ra sôi nổi với 11 lượt đại biểu đặt câu hỏi. Các ý kiến tập trung vào tiến độ giải phóng mặt bằng tuyến đường ven biển, chất lượng cung cấp dịch vụ công ở cấp xã và tình trạng thiếu giáo viên mầm non, tiểu học tại xã Tây Sơn Lĩnh, xã Nậm Khoan. Giám đốc Sở Xây dựng, Giám đốc Sở Nội vụ và Giám đốc Sở Giáo dục và Đào tạo đã trực tiếp trả lời, nhận trách nhiệm về những việc còn chậm và cam kết mốc thời gian hoàn thành cụ thể.',
      },
      {
        quote:
          '“Mỗi nghị quyết hôm nay thông qua phải sớm đi vào cuộc sống. Thường trực HĐND tỉnh sẽ giám sát đến cùng những cam kết mà thành viên UBND tỉnh, thủ trưởng các sở, ngành đã trả lời trước đại biểu và cử tri”, Chủ tịch HĐND tỉnh Đỗ Mạnh Cường nhấn mạnh khi bế mạc kỳ họp.',
      },
      {
        p: 'Tiếp thu ý kiến đại biểu, Chủ tịch UBND tỉnh Trần Thị Minh Hương cho biết UBND tỉnh sẽ giao dự toán ngân sách và kế hoạch vốn năm 2027 cho các sở, ngành và địa phương ngay trong tháng cuối năm, để các đơn vị chủ động triển khai từ những ngày đầu năm mới, chấm dứt tình trạng “đầu năm chờ vốn, cuối năm chạy giải ngân”.',
      },
    ],
    cover: {
      image: 'meeting-hall',
      caption: 'Quang cảnh phiên bế mạc kỳ họp thường lệ cuối năm của HĐND tỉnh Lạc Hồng.',
      alt: 'Hội trường lớn với các dãy bàn đại biểu xếp ngay ngắn, phía trước là sân khấu có cờ đỏ và bục phát biểu',
      credit: 'Ảnh: Văn Sơn',
    },
    byline: 'Minh Anh - Quốc Tuấn',
  },
  {
    key: 'a-hoi-nghi-xuc-tien-dau-tu-27-du-an',
    category: 'thoi-su-chinh-tri',
    daysAgo: 14,
    hour: 16,
    featured: true,
    title: 'Lạc Hồng thu hút 27 dự án với tổng vốn đăng ký hơn 68.500 tỷ đồng',
    lead: 'Tại Hội nghị xúc tiến đầu tư tỉnh Lạc Hồng năm 2026 tổ chức ở phường Hồng Sơn, lãnh đạo tỉnh đã trao quyết định chủ trương đầu tư, giấy chứng nhận đăng ký đầu tư và ký biên bản ghi nhớ với nhà đầu tư của 27 dự án trên nhiều lĩnh vực.',
    body: [
      {
        p: 'Hội nghị có chủ đề “Lạc Hồng – kết nối biển, mở lối tăng trưởng”, thu hút hơn 600 đại biểu là đại diện các bộ, ngành trung ương, cơ quan đại diện ngoại giao, hiệp hội doanh nghiệp, tổ chức tín dụng cùng hơn 300 doanh nghiệp trong và ngoài nước.',
      },
      { h2: 'Lợi thế mới sau khi sắp xếp bộ máy' },
      {
        p: 'Giới thiệu môi trường đầu tư, Giám đốc Sở Tài chính cho biết sau hơn một năm vận hành chính quyền địa phương hai cấp, thủ tục đầu tư của tỉnh đã được rút gọn đáng kể: phần lớn hồ sơ được tiếp nhận và giải quyết trực tuyến, thời gian cấp quyết định chủ trương đầu tư giảm bình quân 30% so với quy định. Với diện tích 5.320 km², dân số khoảng 1,62 triệu người, Lạc Hồng có cảng biển Cửa Lạc, KCN Bắc Lạc Hồng với tỷ lệ lấp đầy 74%, Quốc lộ 1 chạy dọc chiều dài tỉnh và tuyến đường ven biển Lạc Hồng – Hòn Ngọc đang được đầu tư xây dựng. 27 dự án được trao chủ trương và ký ghi nhớ tại hội nghị có tổng vốn đăng ký hơn **68.500 tỷ đồng**, gồm:',
      },
      {
        ul: [
          '9 dự án công nghiệp chế biến, chế tạo và linh kiện điện tử tại KCN Bắc Lạc Hồng, tổng vốn khoảng 31.200 tỷ đồng',
          '4 dự án năng lượng tái tạo và hạ tầng logistics gắn với cảng Cửa Lạc, khoảng 19.800 tỷ đồng',
          '8 dự án du lịch, dịch vụ tại đặc khu Hòn Ngọc và dải ven biển phía đông, khoảng 14.100 tỷ đồng',
          '6 dự án nông nghiệp công nghệ cao, chế biến chè và dược liệu tại xã Phú Thọ Lâm, xã Tây Sơn Lĩnh và xã Nậm Khoan, khoảng 3.400 tỷ đồng',
        ],
      },
      {
        figure: {
          image: 'ceremony',
          caption: 'Lãnh đạo tỉnh trao quyết định chủ trương đầu tư cho các nhà đầu tư tại hội nghị.',
          alt: 'Nhiều người mặc com lê đứng thành hàng trên sân khấu, cầm tập hồ sơ và bó hoa, phía sau là màn hình lớn',
          credit: 'Ảnh: Văn Sơn',
        },
      },
      {
        quote:
          '“Lạc Hồng không thu hút đầu tư bằng mọi giá. Chúng tôi ưu tiên những dự án công nghệ sạch, sử dụng đất tiết kiệm, tạo việc làm có thu nhập tốt cho người dân và cam kết gắn bó lâu dài với tỉnh”, Bí thư Tỉnh ủy Nguyễn Văn Thành phát biểu.',
      },
      {
        p: 'Chủ tịch UBND tỉnh Trần Thị Minh Hương khẳng định chính quyền tỉnh cam kết “ba không”: không để nhà đầu tư phải đi lại nhiều lần, không để hồ sơ chậm trễ mà không rõ lý do và không để doanh nghiệp đơn độc khi gặp khó khăn. Mỗi dự án quy mô lớn sẽ được giao cho một lãnh đạo sở trực tiếp theo dõi, hỗ trợ từ khâu chuẩn bị đầu tư đến khi đi vào hoạt động.',
      },
      {
        p: 'Đại diện một tập đoàn sản xuất linh kiện điện tử vừa nhận giấy chứng nhận đăng ký đầu tư cho biết doanh nghiệp chọn Lạc Hồng nhờ nguồn nhân lực trẻ, hạ tầng khu công nghiệp đồng bộ và đặc biệt là sự chủ động của chính quyền. Nhà máy dự kiến khởi công trong quý I năm tới, khi vận hành sẽ tạo việc làm cho khoảng 3.500 lao động.',
      },
      {
        figure: {
          image: 'industrial-park',
          caption:
            'Một góc KCN Bắc Lạc Hồng, nơi sẽ triển khai 9 dự án công nghiệp vừa được trao chủ trương đầu tư.',
          alt: 'Toàn cảnh khu công nghiệp với các dãy nhà xưởng mái tôn xanh, đường nội bộ thẳng tắp và hàng cây xanh',
          credit: 'Ảnh: Trọng Hiếu',
        },
      },
    ],
    cover: {
      image: 'meeting-hall',
      caption: 'Quang cảnh Hội nghị xúc tiến đầu tư tỉnh Lạc Hồng năm 2026.',
      alt: 'Hội trường rộng kín chỗ ngồi, đại biểu hướng lên sân khấu có màn hình lớn đang trình chiếu',
      credit: 'Ảnh: Văn Sơn',
    },
    byline: 'Thu Hà - Quốc Tuấn',
    seoDescription:
      'Hội nghị xúc tiến đầu tư tỉnh Lạc Hồng năm 2026 trao chủ trương, ký ghi nhớ 27 dự án, tổng vốn đăng ký hơn 68.500 tỷ đồng.',
    en: {
      seoDescription:
        'The 2026 Lac Hong Investment Promotion Conference handed over investment decisions and signed memoranda for 27 projects worth more than VND 68.5 trillion.',
      title: 'Lac Hong attracts 27 projects with more than VND 68.5 trillion in registered capital',
      lead: 'At the 2026 Lac Hong Investment Promotion Conference in Hong Son Ward, provincial leaders handed over investment policy decisions and investment registration certificates, and signed memoranda of understanding with the investors of 27 projects across a wide range of sectors.',
      body: [
        {
          p: 'Themed “Lac Hong – Connecting with the Sea, Opening the Way to Growth”, the conference brought together more than 600 delegates from central ministries and agencies, diplomatic missions, business associations and credit institutions, as well as over 300 domestic and foreign enterprises.',
        },
        { h2: 'New advantages after the reorganisation of the administration' },
        {
          p: 'Presenting the investment environment, the Director of the Department of Finance said that after more than a year of operating the two-tier local government model, the province has significantly streamlined its investment procedures: most applications are now received and processed online, and the time needed to issue an investment policy decision is on average 30% shorter than the statutory limit. Covering 5,320 km² with a population of about 1.62 million, Lac Hong has Cua Lac seaport, the Bac Lac Hong Industrial Park with an occupancy rate of 74%, National Highway 1 running the length of the province, and the Lac Hong – Hon Ngoc coastal road now under construction. The 27 projects that received investment decisions or signed memoranda at the conference have total registered capital of more than **VND 68.5 trillion**, including:',
        },
        {
          ul: [
            '9 processing, manufacturing and electronic components projects in the Bac Lac Hong Industrial Park, with total capital of about VND 31.2 trillion',
            '4 renewable energy and logistics infrastructure projects linked to Cua Lac Port, about VND 19.8 trillion',
            '8 tourism and service projects in Hon Ngoc Special Zone and along the eastern coast, about VND 14.1 trillion',
            '6 high-tech agriculture, tea and medicinal herb processing projects in Phu Tho Lam, Tay Son Linh and Nam Khoan communes, about VND 3.4 trillion',
          ],
        },
        {
          figure: {
            image: 'ceremony',
            caption:
              'Provincial leaders hand over investment policy decisions to investors at the conference.',
            alt: 'Several people in suits standing in a row on a stage, holding folders and bouquets, with a large screen behind them',
            credit: 'Photo: Van Son',
          },
        },
        {
          quote:
            '“Lac Hong does not seek investment at any cost. We give priority to clean-technology projects that use land efficiently, create well-paid jobs for local people and are committed to a long-term partnership with the province,” said Secretary of the Provincial Party Committee Nguyen Van Thanh.',
        },
        {
          p: "Chairwoman of the Provincial People's Committee Tran Thi Minh Huong affirmed the provincial administration's “three noes” commitment: investors will not have to make repeated trips, applications will not be delayed without a clear reason, and no business will be left on its own when it runs into difficulties. Each large-scale project will be assigned to a department leader who will follow and support it from preparation until it comes into operation.",
        },
        {
          p: 'A representative of an electronic components group that had just received its investment registration certificate said the company chose Lac Hong for its young workforce, well-developed industrial park infrastructure and, above all, the proactive attitude of the local authorities. The factory is expected to break ground in the first quarter of next year and will employ about 3,500 workers once in operation.',
        },
        {
          figure: {
            image: 'industrial-park',
            caption:
              'A corner of the Bac Lac Hong Industrial Park, where the 9 newly approved industrial projects will be located.',
            alt: 'Aerial view of an industrial park with rows of factory buildings with blue metal roofs, straight internal roads and lines of trees',
            credit: 'Photo: Trong Hieu',
          },
        },
      ],
      coverCaption: 'The 2026 Lac Hong Investment Promotion Conference.',
      coverAlt:
        'A large, fully seated conference hall with delegates facing a stage with a big projection screen',
    },
    zh: {
      seoDescription:
        '2026年雒鸿省投资促进会议为27个项目颁发投资主张决定并签署备忘录，注册资本总额逾68.5万亿越南盾。',
      title: '雒鸿省吸引27个项目 注册资本总额逾68.5万亿越南盾',
      lead: '在鸿山坊举行的2026年雒鸿省投资促进会议上，省领导向27个项目的投资者颁发了投资主张决定和投资登记证书，并签署了合作备忘录，项目涵盖多个领域。',
      body: [
        {
          p: '本次会议以“雒鸿——连接海洋，开辟增长之路”为主题，吸引了来自中央各部委、外国驻越代表机构、企业协会和信贷机构的600多名代表以及300多家国内外企业参加。',
        },
        { h2: '机构调整后的新优势' },
        {
          p: '省财政厅厅长在介绍投资环境时表示，两级地方政府模式运行一年多来，本省投资手续已大幅精简：大部分申请材料实现在线受理和办理，投资主张决定的审批时间比法定时限平均缩短30%。雒鸿省面积5320平方公里，人口约162万，拥有雒门海港、入驻率达74%的北雒鸿工业园、纵贯全省的1号国道以及正在建设中的雒鸿—玉岛沿海公路。在会上获颁投资主张或签署备忘录的27个项目注册资本总额逾**68.5万亿越南盾**，其中包括：',
        },
        {
          ul: [
            '北雒鸿工业园内9个加工制造和电子元器件项目，总投资约31.2万亿越南盾',
            '4个与雒门港配套的可再生能源和物流基础设施项目，约19.8万亿越南盾',
            '玉岛特区及东部沿海地带8个旅游服务项目，约14.1万亿越南盾',
            '富寿林乡、西山岭乡和南宽乡6个高科技农业、茶叶及药材加工项目，约3.4万亿越南盾',
          ],
        },
        {
          figure: {
            image: 'ceremony',
            caption: '省领导在会上向投资者颁发投资主张决定。',
            alt: '多名身着西装的人在舞台上站成一排，手持文件夹和鲜花，身后是大屏幕',
            credit: '摄影：文山',
          },
        },
        {
          quote:
            '“雒鸿不会不惜一切代价招商引资。我们优先考虑技术清洁、节约用地、能为当地百姓创造高收入就业岗位并承诺与本省长期合作的项目。”省委书记阮文成表示。',
        },
        {
          p: '省人民委员会主席陈氏明香强调，省政府作出“三不”承诺：不让投资者多次往返，不让申请材料无故拖延，不让企业在遇到困难时孤立无援。每个大型项目都将指定一名厅级领导，从投资准备阶段到项目投产全程跟踪并提供支持。',
        },
        {
          p: '一家刚获得投资登记证书的电子元器件集团代表表示，企业之所以选择雒鸿，是看中了这里年轻的劳动力、完善的工业园区基础设施，尤其是地方政府的积极主动。该工厂预计于明年第一季度动工，投产后将为约3500名劳动者提供就业岗位。',
        },
        {
          figure: {
            image: 'industrial-park',
            caption: '北雒鸿工业园一角，刚获颁投资主张的9个工业项目将落户于此。',
            alt: '工业园全景，一排排蓝色铁皮屋顶的厂房，笔直的园区道路和成排的绿树',
            credit: '摄影：仲孝',
          },
        },
      ],
      coverCaption: '2026年雒鸿省投资促进会议现场。',
      coverAlt: '宽敞的会议厅座无虚席，代表们面向设有大屏幕的舞台',
    },
  },
  {
    key: 'a-bi-thu-tiep-xuc-cu-tri-hon-ngoc',
    category: 'thoi-su-chinh-tri',
    daysAgo: 44,
    hour: 20,
    title: 'Bí thư Tỉnh ủy Nguyễn Văn Thành tiếp xúc cử tri đặc khu Hòn Ngọc',
    lead: 'Cùng Tổ đại biểu HĐND tỉnh ứng cử tại đặc khu Hòn Ngọc, Bí thư Tỉnh ủy Nguyễn Văn Thành đã gặp gỡ, đối thoại với gần 300 cử tri, phần lớn là ngư dân và các hộ làm dịch vụ du lịch trên đảo.',
    body: [
      {
        p: 'Buổi tiếp xúc diễn ra tại Nhà văn hóa thôn Bãi Ngang trong không khí cởi mở. Ngay sau khi Tổ đại biểu thông tin dự kiến nội dung kỳ họp thường lệ cuối năm của HĐND tỉnh, nhiều cử tri đã xin phát biểu, nêu những băn khoăn gắn với sinh kế hằng ngày của người dân đảo. Các kiến nghị tập trung vào bốn nhóm vấn đề:',
      },
      {
        ul: [
          'Sớm nâng cấp cảng cá và khu neo đậu tránh trú bão Bãi Ngang, hiện chỉ đủ chỗ cho khoảng một nửa số tàu của ngư dân địa phương',
          'Bảo đảm nước ngọt sinh hoạt trong mùa khô, khi nhiều giếng khoan bị nhiễm mặn',
          'Tăng chuyến tàu khách tuyến Cửa Lạc – Hòn Ngọc vào cao điểm du lịch hè và các dịp lễ',
          'Hỗ trợ ngư dân duy trì thiết bị giám sát hành trình tàu cá, chuyển đổi sang nghề ít tác động đến nguồn lợi thủy sản',
        ],
      },
      {
        p: 'Ông Trần Văn Lộc, ngư dân có hơn 30 năm bám biển, chia sẻ: “Mỗi mùa bão, tàu thuyền chen nhau trong vũng neo chật hẹp, va đập hư hỏng nhiều. Bà con chỉ mong tỉnh làm sớm khu neo đậu mới để yên tâm ra khơi.”',
      },
      {
        figure: {
          image: 'harbour',
          caption: 'Tàu cá của ngư dân đặc khu Hòn Ngọc neo đậu tại vũng Bãi Ngang.',
          alt: 'Nhiều tàu cá gỗ neo sát nhau trên mặt nước lặng, phía sau là dãy nhà ven biển và đồi cây xanh',
          credit: 'Ảnh: Đức Trung',
        },
      },
      {
        p: 'Trả lời cử tri, Giám đốc Sở Nông nghiệp và Môi trường cho biết dự án khu neo đậu tránh trú bão Bãi Ngang, tổng mức đầu tư khoảng 320 tỷ đồng, đã được bố trí trong kế hoạch đầu tư công trung hạn và dự kiến khởi công trong năm tới. Về nước sinh hoạt, UBND đặc khu đang phối hợp với nhà đầu tư lắp đặt hệ thống lọc nước biển công suất 3.000 m³/ngày đêm, phấn đấu vận hành trước mùa khô. Sở Xây dựng đã làm việc với các doanh nghiệp vận tải thủy để tăng từ 4 lên 7 chuyến tàu mỗi ngày trong những dịp cao điểm.',
      },
      { h2: 'Giữ được dân thì biển mới vững' },
      {
        quote:
          '“Đảo có giữ được dân thì biển mới vững. Tỉnh sẽ dồn nguồn lực để Hòn Ngọc vừa là điểm đến du lịch hấp dẫn, vừa là nơi bà con ngư dân sống ổn định, yên tâm vươn khơi bám biển”, Bí thư Tỉnh ủy Nguyễn Văn Thành nói.',
      },
      {
        p: 'Bí thư Tỉnh ủy đề nghị Đảng ủy, chính quyền đặc khu công khai tiến độ xử lý từng kiến nghị để người dân cùng giám sát; việc gì thuộc thẩm quyền của đặc khu thì phải giải quyết dứt điểm, không đẩy lên tỉnh. Trước buổi tiếp xúc, đồng chí đã thăm, tặng quà các gia đình chính sách và cán bộ, chiến sĩ Đồn Biên phòng Hòn Ngọc.',
      },
    ],
    cover: {
      image: 'coastline',
      caption: 'Bờ biển Bãi Ngang, đặc khu Hòn Ngọc – nơi sinh sống của hàng nghìn hộ ngư dân.',
      alt: 'Bờ biển cát vàng trải dài, sóng nhẹ vỗ bờ, phía xa là những ngọn đồi xanh và vài chiếc thuyền nhỏ',
      credit: 'Ảnh: Đức Trung',
    },
    byline: 'Hải Yến',
  },
  {
    key: 'a-chu-tich-tiep-doan-doanh-nghiep-nhat-ban',
    category: 'thoi-su-chinh-tri',
    daysAgo: 101,
    hour: 15,
    title: 'Chủ tịch UBND tỉnh tiếp đoàn doanh nghiệp Nhật Bản tìm hiểu cơ hội đầu tư',
    lead: 'Chủ tịch UBND tỉnh Trần Thị Minh Hương vừa tiếp đoàn 14 doanh nghiệp Nhật Bản hoạt động trong các lĩnh vực linh kiện điện tử, cơ khí chính xác và chế biến thực phẩm đến khảo sát môi trường đầu tư tại Lạc Hồng.',
    body: [
      {
        p: 'Thông tin với đoàn, Chủ tịch UBND tỉnh cho biết Lạc Hồng ưu tiên thu hút các dự án công nghệ cao, thân thiện với môi trường, có khả năng tham gia chuỗi cung ứng toàn cầu. KCN Bắc Lạc Hồng rộng hơn 420 ha, nằm sát Quốc lộ 1, cách cảng Cửa Lạc khoảng 25 km, đã hoàn thiện hệ thống giao thông nội khu, trạm biến áp 110 kV và nhà máy xử lý nước thải tập trung công suất 8.000 m³/ngày đêm.',
      },
      {
        p: 'Các doanh nghiệp Nhật Bản đặt nhiều câu hỏi cụ thể về nguồn lao động kỹ thuật, giá thuê đất, khả năng cấp điện ổn định và thời gian giải quyết thủ tục. Trưởng đoàn cho rằng với nhà đầu tư Nhật Bản, yếu tố quyết định không chỉ nằm ở mức ưu đãi, mà ở sự minh bạch, ổn định của chính sách và tinh thần sẵn sàng đối thoại của chính quyền.',
      },
      {
        quote:
          '“Chúng tôi hiểu nhà đầu tư Nhật Bản rất kỹ lưỡng và coi trọng cam kết. Lạc Hồng sẵn sàng lập tổ công tác riêng để đồng hành cùng từng doanh nghiệp, từ khâu khảo sát địa điểm đến tuyển dụng, đào tạo lao động”, Chủ tịch UBND tỉnh Trần Thị Minh Hương khẳng định.',
      },
      {
        p: 'Về nhân lực, đại diện Sở Nội vụ cho biết mỗi năm tỉnh có khoảng 18.000 thanh niên bước vào độ tuổi lao động. Trường Cao đẳng Kỹ thuật Lạc Hồng sẵn sàng phối hợp với doanh nghiệp đào tạo theo đơn đặt hàng, kể cả các lớp tiếng Nhật và tác phong công nghiệp cho người lao động trước khi vào làm việc.',
      },
      {
        figure: {
          image: 'industrial-park',
          caption: 'Đoàn doanh nghiệp Nhật Bản khảo sát hạ tầng KCN Bắc Lạc Hồng.',
          alt: 'Những nhà xưởng sơn trắng nằm dọc tuyến đường rộng, phía xa có cần cẩu và khu đất trống đã san lấp',
          credit: 'Ảnh: Trọng Hiếu',
        },
      },
      {
        p: 'Trong chương trình làm việc, đoàn đã khảo sát thực địa KCN Bắc Lạc Hồng, cảng Cửa Lạc và gặp gỡ một số doanh nghiệp có vốn đầu tư nước ngoài đang sản xuất trên địa bàn. Hai bên thống nhất duy trì kênh trao đổi thường xuyên; Sở Tài chính được giao làm đầu mối tiếp nhận và phản hồi đề xuất của nhà đầu tư trong vòng 10 ngày làm việc.',
      },
    ],
    cover: {
      image: 'meeting-hall',
      caption: 'Chủ tịch UBND tỉnh Trần Thị Minh Hương tiếp đoàn doanh nghiệp Nhật Bản.',
      alt: 'Phòng họp có bàn dài phủ khăn trắng, hai đoàn khách ngồi đối diện nhau, trên bàn đặt hoa và micro',
      credit: 'Ảnh: Văn Sơn',
    },
    byline: 'Lan Phương',
  },
  {
    key: 'a-so-ket-mot-nam-chinh-quyen-hai-cap',
    category: 'thoi-su-chinh-tri',
    daysAgo: 144,
    hour: 18,
    title: 'Một năm chính quyền địa phương hai cấp: bộ máy gần dân, phục vụ dân tốt hơn',
    lead: 'Sau một năm vận hành mô hình chính quyền địa phương hai cấp, tỉnh Lạc Hồng đã cơ bản ổn định tổ chức bộ máy của 86 xã, phường, đặc khu; chất lượng giải quyết thủ tục hành chính được người dân đánh giá tích cực, dù vẫn còn những điểm nghẽn cần tháo gỡ.',
    body: [
      {
        p: 'Hội nghị sơ kết do Ban Thường vụ Tỉnh ủy tổ chức sáng nay tại phường Hồng Sơn, dưới sự chủ trì của Bí thư Tỉnh ủy Nguyễn Văn Thành, Chủ tịch HĐND tỉnh Đỗ Mạnh Cường và Chủ tịch UBND tỉnh Trần Thị Minh Hương. Hội nghị được kết nối trực tuyến tới điểm cầu của tất cả 68 xã, 17 phường và đặc khu Hòn Ngọc.',
      },
      { h2: 'Kết quả bước đầu rõ nét' },
      { p: 'Theo báo cáo của Sở Nội vụ, sau một năm triển khai:' },
      {
        ul: [
          '100% xã, phường, đặc khu vận hành Trung tâm phục vụ hành chính công, tiếp nhận hơn 1,1 triệu hồ sơ; tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 97,8%',
          'Tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt 71%, tăng gần 20 điểm phần trăm so với trước khi sắp xếp',
          'Cơ quan chuyên môn thuộc UBND tỉnh giảm từ 19 xuống 14 sở; đơn vị hành chính cấp xã giảm từ 201 xuống 86',
          'Đã sắp xếp, xử lý 1.240 cơ sở nhà, đất dôi dư, trong đó 312 trụ sở được chuyển đổi thành trường học, trạm y tế, nhà văn hóa',
        ],
      },
      {
        figure: {
          image: 'city-street',
          caption: 'Trung tâm phục vụ hành chính công phường Hồng Sơn nằm trên tuyến phố chính của tỉnh lỵ.',
          alt: 'Dãy nhà nhiều tầng bên tuyến phố rộng có vỉa hè lát gạch, hàng cây xanh và dòng xe máy qua lại',
          credit: 'Ảnh: Thanh Tâm',
        },
      },
      { h2: 'Không né tránh những điểm nghẽn' },
      {
        p: 'Báo cáo cũng thẳng thắn chỉ ra nhiều xã còn thiếu công chức có chuyên môn về đất đai, xây dựng, tài chính – kế toán; hạ tầng công nghệ thông tin tại một số xã miền núi như Nậm Khoan, Tây Sơn Lĩnh chưa đáp ứng yêu cầu, đường truyền thường xuyên gián đoạn. Ở những xã có địa bàn rộng, khoảng cách từ thôn, bản xa nhất đến trụ sở xã có nơi trên 30 km, gây khó khăn cho người cao tuổi khi đi làm thủ tục.',
      },
      {
        quote:
          '“Chính quyền hai cấp không phải là gộp lại cho gọn, mà là để người dân được phục vụ nhanh hơn, tốt hơn. Nơi nào người dân còn phải đi lại nhiều lần, nơi đó chúng ta chưa làm tròn trách nhiệm”, Bí thư Tỉnh ủy Nguyễn Văn Thành nhấn mạnh.',
      },
      {
        p: 'Hội nghị thống nhất giao Sở Nội vụ rà soát, tăng cường công chức cấp tỉnh về các xã còn thiếu; Sở Khoa học và Công nghệ hoàn thành nâng cấp đường truyền cho các xã miền núi trong quý III; các xã có địa bàn rộng tổ chức điểm tiếp nhận hồ sơ lưu động ít nhất hai lần mỗi tháng. Dịp này, 24 tập thể và 37 cá nhân có thành tích xuất sắc được Chủ tịch UBND tỉnh tặng Bằng khen.',
      },
    ],
    cover: {
      image: 'ceremony',
      caption:
        'Lãnh đạo tỉnh trao Bằng khen cho các tập thể có thành tích xuất sắc trong năm đầu vận hành chính quyền địa phương hai cấp.',
      alt: 'Hàng người đứng trên sân khấu cầm bằng khen và hoa tươi, phía sau là phông nền màu đỏ',
      credit: 'Ảnh: Văn Sơn',
    },
    byline: 'Quốc Tuấn',
  },
  {
    key: 'a-hoi-nghi-tinh-uy-danh-gia-9-thang',
    category: 'thoi-su-chinh-tri',
    daysAgo: 58,
    hour: 17,
    title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh bàn giải pháp tăng tốc trong quý IV',
    lead: 'Ban Chấp hành Đảng bộ tỉnh Lạc Hồng đã đánh giá kết quả thực hiện nhiệm vụ 9 tháng, xác định các giải pháp trọng tâm để hoàn thành chỉ tiêu năm 2026 và cho ý kiến vào Đề án phát triển kinh tế biển gắn với đặc khu Hòn Ngọc.',
    body: [
      {
        p: 'Hội nghị do Bí thư Tỉnh ủy Nguyễn Văn Thành chủ trì. Báo cáo cho thấy 9 tháng năm 2026, kinh tế của tỉnh tiếp tục tăng trưởng khá: GRDP ước tăng 8,3%; thu ngân sách nhà nước đạt 81% dự toán; tổng vốn đầu tư toàn xã hội tăng 12,5% so với cùng kỳ. Sản xuất nông nghiệp được mùa, giá chè búp tươi ở xã Phú Thọ Lâm duy trì ở mức cao; lượng khách du lịch đến đặc khu Hòn Ngọc tăng gần 30%.',
      },
      {
        p: 'Tuy vậy, giải ngân vốn đầu tư công mới đạt 54,2% kế hoạch; một số dự án trọng điểm vướng mặt bằng kéo dài; tình trạng thiếu giáo viên, nhân viên y tế ở vùng sâu chưa được khắc phục căn bản. Công tác xây dựng Đảng có chuyển biến, song việc kiện toàn tổ chức cơ sở đảng ở một số xã sau sắp xếp còn chậm.',
      },
      { h2: 'Bốn nhóm nhiệm vụ trọng tâm' },
      {
        ul: [
          'Tập trung tháo gỡ vướng mắc mặt bằng, phấn đấu giải ngân vốn đầu tư công đạt trên 95% kế hoạch',
          'Rà soát, khai thác các nguồn thu còn dư địa; kiên quyết cắt giảm những khoản chi chưa thật sự cần thiết',
          'Chủ động phương án phòng, chống thiên tai trong cao điểm mùa mưa bão, bảo đảm an toàn cho người dân ven biển và miền núi',
          'Kiện toàn tổ chức đảng, nâng cao chất lượng sinh hoạt chi bộ ở thôn, bản, tổ dân phố',
        ],
      },
      {
        p: 'Góp ý vào Đề án phát triển kinh tế biển đến năm 2035, các ủy viên Ban Chấp hành đề nghị làm rõ định hướng phát triển đặc khu Hòn Ngọc theo hướng du lịch sinh thái chất lượng cao gắn với bảo tồn rạn san hô, tránh bê tông hóa bờ biển; đồng thời tính toán kỹ quy hoạch khu hậu cần nghề cá tại cảng Cửa Lạc.',
      },
      {
        quote:
          '“Chỉ còn ba tháng, không thể có tâm lý chờ đến cuối năm. Mỗi cấp ủy, mỗi người đứng đầu phải nắm rõ việc của mình còn thiếu gì, vướng ở đâu và ai chịu trách nhiệm tháo gỡ”, Bí thư Tỉnh ủy Nguyễn Văn Thành kết luận.',
      },
      {
        p: 'Hội nghị giao Đảng ủy UBND tỉnh tiếp thu đầy đủ ý kiến, hoàn thiện Đề án để trình Ban Thường vụ Tỉnh ủy xem xét, ban hành trong quý IV.',
      },
    ],
    cover: {
      image: 'meeting-hall',
      caption: 'Quang cảnh Hội nghị Ban Chấp hành Đảng bộ tỉnh.',
      alt: 'Hội trường trang nghiêm với sân khấu treo cờ đỏ, các đại biểu ngồi theo những dãy bàn dài',
      credit: 'Ảnh: Văn Sơn',
    },
    byline: 'Minh Anh',
  },

  // ───────────────────────────── Chỉ đạo điều hành ─────────────────────────────
  {
    key: 'a-cong-dien-khan-ung-pho-bao-so-9',
    category: 'chi-dao-dieu-hanh',
    daysAgo: 3,
    hour: 21,
    featured: true,
    title: 'Chủ tịch UBND tỉnh ra công điện khẩn, yêu cầu chủ động ứng phó với bão số 9',
    lead: 'Trước diễn biến nhanh, phức tạp của bão số 9, Chủ tịch UBND tỉnh Trần Thị Minh Hương đã ký công điện khẩn yêu cầu các sở, ngành và chính quyền 86 xã, phường, đặc khu triển khai ngay các biện pháp ứng phó, đặt mục tiêu cao nhất là bảo đảm an toàn tính mạng của người dân.',
    body: [
      {
        p: 'Theo bản tin của cơ quan khí tượng thủy văn lúc 19 giờ tối nay, tâm bão số 9 nằm cách đặc khu Hòn Ngọc khoảng 280 km về phía đông đông nam, sức gió mạnh nhất vùng gần tâm bão cấp 11, giật cấp 13. Trong 24 đến 36 giờ tới, bão đi vào vùng biển của tỉnh, gây gió mạnh, sóng biển cao 4–6 m và mưa rất to trên diện rộng với lượng mưa phổ biến 200–350 mm, có nơi trên 450 mm. Các xã miền núi phía tây có nguy cơ cao xảy ra lũ quét, sạt lở đất; vùng trũng thấp ven sông Lam Giang có thể bị ngập sâu.',
      },
      {
        p: 'Công điện số 18/CĐ-UBND yêu cầu các đơn vị, địa phương tuyệt đối không chủ quan, triển khai ứng phó theo phương châm “bốn tại chỗ” với các nhiệm vụ trọng tâm:',
      },
      {
        ul: [
          '**UBND đặc khu Hòn Ngọc, phường Cửa Lạc và các xã ven biển**: kiểm đếm, liên lạc, hướng dẫn tàu thuyền còn hoạt động trên biển thoát khỏi vùng nguy hiểm; cấm tàu thuyền ra khơi kể từ 12 giờ trưa mai cho đến khi bão tan; đưa người trên lồng bè, chòi canh nuôi trồng thủy sản vào bờ',
          '**UBND các xã, phường**: hoàn thành sơ tán người dân ở nhà không bảo đảm an toàn, vùng trũng thấp ven sông, khu vực có nguy cơ sạt lở tại xã Tây Sơn Lĩnh, xã Nậm Khoan trước 17 giờ ngày mai; bố trí người canh gác tại các ngầm, tràn, đoạn đường bị ngập',
          '**Sở Nông nghiệp và Môi trường**: theo dõi, vận hành an toàn các hồ chứa; hướng dẫn nông dân thu hoạch sớm lúa mùa, hoa màu và bảo vệ vùng chè xã Phú Thọ Lâm',
          '**Sở Xây dựng**: chỉ đạo chằng chống công trình đang thi công, hạ cần cẩu tháp; bảo đảm giao thông trên Quốc lộ 1 và tuyến đường ven biển Lạc Hồng – Hòn Ngọc; tạm dừng tuyến tàu khách Cửa Lạc – Hòn Ngọc từ 6 giờ sáng mai',
          '**Sở Y tế và Sở Giáo dục và Đào tạo**: bảo đảm an toàn bệnh viện, trường học; chuẩn bị cơ số thuốc, đội cấp cứu cơ động; căn cứ diễn biến của bão để cho học sinh nghỉ học',
          '**Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Công an tỉnh**: bố trí lực lượng, phương tiện ứng trực tại các địa bàn xung yếu, sẵn sàng tham gia sơ tán dân, cứu hộ, cứu nạn',
        ],
      },
      {
        p: 'Theo Ban Chỉ huy Phòng thủ dân sự tỉnh, toàn tỉnh có 3.412 tàu cá với hơn 14.600 lao động. Đến 20 giờ tối nay, 3.389 tàu đã vào nơi neo đậu an toàn; 23 tàu còn lại đang hoạt động ở vùng biển phía nam đã nhận được thông tin và đang di chuyển vào bờ.',
      },
      {
        quote:
          '“Tuyệt đối không được chủ quan với cơn bão này. Chủ tịch UBND các xã, phường, đặc khu phải có mặt tại địa bàn, trực tiếp chỉ đạo sơ tán dân và chịu trách nhiệm nếu để xảy ra thiệt hại về người do thiếu sót trong chỉ đạo, ứng phó”, Chủ tịch UBND tỉnh Trần Thị Minh Hương yêu cầu.',
      },
      {
        p: 'Ngay chiều tối nay, Phó Chủ tịch UBND tỉnh Lê Quang Vinh đã dẫn đầu đoàn công tác kiểm tra công tác chuẩn bị tại cảng Cửa Lạc và các khu dân cư ven biển. Ban Chỉ huy Phòng thủ dân sự tỉnh duy trì trực ban 24/24 giờ; người dân cần thường xuyên theo dõi thông tin về bão trên Cổng thông tin điện tử tỉnh, Báo và Phát thanh, Truyền hình Lạc Hồng và hệ thống loa truyền thanh cơ sở.',
      },
    ],
    cover: {
      image: 'harbour',
      caption: 'Tàu cá neo đậu tránh trú bão tại cảng Cửa Lạc chiều tối nay.',
      alt: 'Hàng chục tàu cá sơn màu xanh, đỏ neo đậu san sát trong cảng, bầu trời phủ mây xám',
      credit: 'Ảnh: Đức Trung',
    },
    byline: 'Hoàng Nam',
    source: 'Văn phòng UBND tỉnh',
    seoDescription:
      'Chủ tịch UBND tỉnh Lạc Hồng ký công điện khẩn yêu cầu cấm biển, sơ tán dân và chủ động ứng phó bão số 9.',
    en: {
      seoDescription:
        'The Chairwoman of Lac Hong Provincial People’s Committee signed an urgent dispatch banning sea trips, evacuating residents and preparing for Storm No. 9.',
      title: 'Provincial Chairwoman issues urgent dispatch on proactive response to Storm No. 9',
      lead: "As Storm No. 9 develops rapidly and unpredictably, Chairwoman of the Provincial People's Committee Tran Thi Minh Huong has signed an urgent dispatch requiring departments, agencies and the authorities of all 86 communes, wards and the special zone to take immediate response measures, with the protection of people's lives as the top priority.",
      body: [
        {
          p: "According to the hydro-meteorological bulletin issued at 7 p.m. tonight, the centre of Storm No. 9 was about 280 km east-southeast of Hon Ngoc Special Zone, with maximum sustained winds near the centre at level 11 and gusts up to level 13. Over the next 24 to 36 hours, the storm is forecast to enter the province's waters, bringing strong winds, waves of 4–6 m and very heavy rain over a wide area, generally 200–350 mm and locally above 450 mm. Mountainous communes in the west face a high risk of flash floods and landslides, while low-lying areas along the Lam Giang River may be deeply flooded.",
        },
        {
          p: 'Official Dispatch No. 18/CĐ-UBND requires agencies and localities to stay fully alert and respond under the “four on-the-spot” motto (on-the-spot command, forces, materials and logistics), focusing on the following tasks:',
        },
        {
          ul: [
            "**People's Committees of Hon Ngoc Special Zone, Cua Lac Ward and coastal communes**: count, contact and guide vessels still at sea out of the danger zone; ban all vessels from going to sea from noon tomorrow until the storm has passed; bring people on fish cages and aquaculture watch huts ashore",
            "**People's Committees of communes and wards**: complete the evacuation of people living in unsafe houses, low-lying riverside areas and landslide-prone areas in Tay Son Linh and Nam Khoan communes before 5 p.m. tomorrow; post guards at fords, spillways and flooded road sections",
            '**Department of Agriculture and Environment**: monitor and safely operate reservoirs; advise farmers to harvest the seasonal rice crop and vegetables early and to protect the tea-growing area in Phu Tho Lam Commune',
            '**Department of Construction**: make sure construction sites are secured and tower cranes lowered; keep traffic moving on National Highway 1 and the Lac Hong – Hon Ngoc coastal road; suspend the Cua Lac – Hon Ngoc passenger boat service from 6 a.m. tomorrow',
            '**Department of Health and Department of Education and Training**: keep hospitals and schools safe; prepare medicine reserves and mobile emergency teams; let pupils stay home from school as the storm develops',
            '**Provincial Military Command, Provincial Border Guard Command and Provincial Police**: deploy forces and equipment on standby in vulnerable areas, ready to help evacuate residents and carry out search and rescue',
          ],
        },
        {
          p: 'According to the Provincial Civil Defence Command, the province has 3,412 fishing vessels with more than 14,600 crew members. As of 8 p.m. tonight, 3,389 vessels had reached safe anchorages; the remaining 23, operating in the southern waters, had been informed and were heading back to shore.',
        },
        {
          quote:
            "“We must not be complacent about this storm under any circumstances. Chairpersons of communes, wards and the special zone must be present on the ground, directly command evacuations and will be held responsible for any loss of life caused by shortcomings in direction and response,” Chairwoman of the Provincial People's Committee Tran Thi Minh Huong stressed.",
        },
        {
          p: "This evening, Vice Chairman of the Provincial People's Committee Le Quang Vinh led a working delegation to inspect preparations at Cua Lac Port and in coastal residential areas. The Provincial Civil Defence Command is on duty around the clock; residents are advised to follow storm updates on the provincial e-portal, Lac Hong Newspaper and Radio-Television, and local public loudspeaker systems.",
        },
      ],
      coverCaption: 'Fishing boats shelter from the storm at Cua Lac Port this evening.',
      coverAlt:
        'Dozens of blue and red fishing boats moored close together in the harbour under a grey, cloudy sky',
    },
    zh: {
      seoDescription: '雒鸿省人民委员会主席签发紧急公电，要求禁止出海、疏散群众并主动应对第9号台风。',
      title: '省人民委员会主席发布紧急公电 要求主动应对第9号台风',
      lead: '面对第9号台风发展迅速、情况复杂，省人民委员会主席陈氏明香签发紧急公电，要求各厅、行业以及全省86个乡、坊和特区政府立即落实各项应对措施，把保障人民群众生命安全放在首位。',
      body: [
        {
          p: '据气象水文部门今晚19时发布的消息，第9号台风中心位于玉岛特区东南偏东方向约280公里处，近中心最大风力11级，阵风13级。预计未来24至36小时内，台风将进入本省海域，带来强风、4至6米高的海浪以及大范围强降雨，累计雨量普遍为200至350毫米，局地超过450毫米。西部山区各乡发生山洪和山体滑坡的风险很高，蓝江沿岸低洼地区可能出现严重内涝。',
        },
        {
          p: '第18/CĐ-UBND号公电要求各单位和地方切勿麻痹大意，按照“四就地”方针（就地指挥、就地力量、就地物资、就地后勤）开展应对，重点做好以下工作：',
        },
        {
          ul: [
            '**玉岛特区、雒门坊及各沿海乡人民委员会**：清点、联系并引导仍在海上作业的船只驶离危险区域；自明天中午12时起至台风结束，禁止一切船只出海；将网箱和水产养殖看护棚上的人员转移上岸',
            '**各乡、坊人民委员会**：明天17时前完成对居住在不安全房屋、沿河低洼地区以及西山岭乡、南宽乡滑坡风险区群众的疏散；在漫水路、溢洪道和被淹路段安排人员值守',
            '**农业与环境厅**：监测并安全调度各水库；指导农民提前抢收晚稻和蔬菜，保护富寿林乡茶园',
            '**建设厅**：督促加固在建工程、放下塔吊；保障1号国道和雒鸿—玉岛沿海公路交通畅通；自明天早上6时起暂停雒门—玉岛客船航线',
            '**卫生厅和教育培训厅**：确保医院、学校安全；备足药品，组建机动急救队；根据台风发展情况安排学生停课',
            '**省军事指挥部、省边防部队指挥部和省公安厅**：在重点薄弱地区部署人员和装备待命，随时参与群众疏散和搜救工作',
          ],
        },
        {
          p: '据省民防指挥部统计，全省共有渔船3412艘、渔民14600余人。截至今晚20时，已有3389艘船只进入安全锚地避风；其余23艘在南部海域作业的船只已收到通知，正在返航。',
        },
        {
          quote:
            '“对这次台风绝不能掉以轻心。各乡、坊和特区人民委员会主席必须坚守在当地，直接指挥群众疏散；如因指挥和应对工作疏漏造成人员伤亡，必须承担责任。”省人民委员会主席陈氏明香强调。',
        },
        {
          p: '今天傍晚，省人民委员会副主席黎光荣率工作组前往雒门港和沿海居民区检查防台准备工作。省民防指挥部实行24小时值班；请广大民众通过省电子信息门户网站、雒鸿报及广播电视台和基层广播系统密切关注台风最新消息。',
        },
      ],
      coverCaption: '今天傍晚，渔船在雒门港锚泊避风。',
      coverAlt: '数十艘蓝色和红色的渔船紧挨着停泊在港内，天空阴云密布',
    },
  },
  {
    key: 'a-don-suc-giai-ngan-von-dau-tu-cong',
    category: 'chi-dao-dieu-hanh',
    daysAgo: 24,
    hour: 18,
    title: 'Chủ tịch UBND tỉnh yêu cầu dồn sức giải ngân vốn đầu tư công những tháng cuối năm',
    lead: 'Tại hội nghị trực tuyến với các chủ đầu tư và 86 xã, phường, đặc khu, Chủ tịch UBND tỉnh Trần Thị Minh Hương yêu cầu coi giải ngân vốn đầu tư công là nhiệm vụ chính trị trọng tâm, phấn đấu cả năm đạt trên 95% kế hoạch.',
    body: [
      {
        p: 'Năm 2026, tổng kế hoạch vốn đầu tư công của tỉnh là 7.860 tỷ đồng. Tính đến cuối tháng trước, toàn tỉnh đã giải ngân 5.227 tỷ đồng, đạt **66,5%** kế hoạch, cao hơn cùng kỳ năm trước 5,2 điểm phần trăm nhưng vẫn còn cách khá xa mục tiêu. Kết quả giữa các chủ đầu tư chênh lệch đáng kể:',
      },
      {
        table: [
          ['Chủ đầu tư', 'Kế hoạch vốn (tỷ đồng)', 'Đã giải ngân (tỷ đồng)', 'Tỷ lệ (%)'],
          ['Ban QLDA đầu tư xây dựng công trình giao thông tỉnh', '2.940', '1.705', '58,0'],
          ['Ban QLDA đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh', '1.320', '963', '73,0'],
          ['Ban QLDA đầu tư xây dựng công trình nông nghiệp tỉnh', '860', '654', '76,0'],
          ['Sở Y tế', '410', '197', '48,0'],
          ['UBND các xã, phường, đặc khu', '2.330', '1.708', '73,3'],
          ['**Toàn tỉnh**', '**7.860**', '**5.227**', '**66,5**'],
        ],
      },
      { h2: 'Vướng mặt bằng, thiếu vật liệu' },
      {
        p: 'Theo Sở Tài chính, nguyên nhân chủ yếu là công tác bồi thường, giải phóng mặt bằng tuyến đường ven biển Lạc Hồng – Hòn Ngọc và một số tuyến kết nối KCN Bắc Lạc Hồng còn chậm; nguồn đất đắp nền đường khan hiếm; một số xã sau sắp xếp thiếu cán bộ có chuyên môn quản lý dự án. Riêng các dự án ngành y tế vướng thủ tục điều chỉnh thiết kế do thay đổi danh mục trang thiết bị.',
      },
      { p: 'Kết luận hội nghị, Chủ tịch UBND tỉnh yêu cầu:' },
      {
        ul: [
          'Mỗi dự án trọng điểm do một lãnh đạo UBND tỉnh trực tiếp theo dõi, kiểm tra hiện trường ít nhất hai lần mỗi tháng',
          'Sở Tài chính tham mưu điều chuyển vốn từ các dự án không có khả năng giải ngân sang dự án đã có khối lượng hoàn thành, xong trong tháng này',
          'Sở Nông nghiệp và Môi trường rút ngắn thời gian cấp phép khai thác mỏ đất đắp phục vụ các công trình trọng điểm',
          'Kiên quyết chấm dứt hợp đồng với nhà thầu chậm tiến độ kéo dài, không để các nhà thầu này tham gia dự thầu dự án mới',
          'Kết quả giải ngân là tiêu chí đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của người đứng đầu cơ quan, địa phương',
        ],
      },
      {
        quote:
          '“Vốn đã có, cơ chế đã có, không thể để tiền nằm trên giấy trong khi người dân đang chờ đường, chờ trường. Đơn vị nào giải ngân dưới mức bình quân của tỉnh thì người đứng đầu phải giải trình trực tiếp với UBND tỉnh”, Chủ tịch UBND tỉnh Trần Thị Minh Hương nói.',
      },
    ],
    cover: {
      image: 'highway',
      caption: 'Thi công một đoạn tuyến kết nối KCN Bắc Lạc Hồng với Quốc lộ 1.',
      alt: 'Con đường nhựa mới trải dài giữa cánh đồng, bên lề có xe lu và máy xúc đang làm việc',
      credit: 'Ảnh: Trọng Hiếu',
    },
    byline: 'Bảo Ngọc',
  },
  {
    key: 'a-khong-de-nguoi-dan-di-lai-nhieu-lan',
    category: 'chi-dao-dieu-hanh',
    daysAgo: 67,
    hour: 14,
    title: 'Chủ tịch UBND tỉnh: Không để người dân phải đi lại nhiều lần khi làm thủ tục',
    lead: 'UBND tỉnh vừa ban hành chỉ thị siết chặt kỷ luật, kỷ cương trong giải quyết thủ tục hành chính, yêu cầu người đứng đầu các cơ quan, địa phương chịu trách nhiệm trực tiếp nếu để hồ sơ quá hạn mà không có lý do chính đáng.',
    body: [
      {
        p: 'Chỉ thị số 09/CT-UBND do Chủ tịch UBND tỉnh Trần Thị Minh Hương ký ban hành sau khi Văn phòng UBND tỉnh tổng hợp phản ánh của người dân trong quý II. Từ đầu năm đến nay, toàn tỉnh vẫn còn 2,3% hồ sơ giải quyết quá hạn, tập trung ở lĩnh vực đất đai, xây dựng và hộ tịch; không ít trường hợp người dân phải bổ sung giấy tờ hai, ba lần mới hoàn thiện được hồ sơ.',
      },
      { h2: 'Những yêu cầu cụ thể' },
      {
        ul: [
          'Công khai đầy đủ, chính xác, kịp thời các thủ tục hành chính tại trung tâm phục vụ hành chính công và trên cổng dịch vụ công',
          'Việc yêu cầu bổ sung hồ sơ chỉ được thực hiện **một lần**, bằng văn bản, nêu rõ lý do và căn cứ pháp lý',
          'Không yêu cầu người dân cung cấp lại thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư và các cơ sở dữ liệu chuyên ngành đã kết nối',
          'Hồ sơ quá hạn phải có văn bản xin lỗi người dân, doanh nghiệp và hẹn lại thời gian trả kết quả',
          '100% hồ sơ được số hóa ngay khi tiếp nhận; kết quả giải quyết được trả bản điện tử song song với bản giấy',
        ],
      },
      {
        p: 'Chỉ thị giao Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Nội vụ kiểm tra đột xuất các trung tâm phục vụ hành chính công cấp xã. Kết quả kiểm tra được công khai và là căn cứ đánh giá, xếp loại cán bộ, công chức cuối năm.',
      },
      {
        quote:
          '“Mỗi lần người dân phải quay lại là một lần chúng ta làm mất niềm tin. Cán bộ ngồi ở bộ phận một cửa phải là người hướng dẫn tận tình, chứ không phải người gác cổng”, Chủ tịch UBND tỉnh Trần Thị Minh Hương nhấn mạnh.',
      },
      {
        p: 'Người dân, doanh nghiệp có thể nộp hồ sơ, thanh toán phí, lệ phí và tra cứu tình trạng giải quyết hồ sơ trực tuyến qua [Cổng Dịch vụ công quốc gia](https://dichvucong.gov.vn). Phản ánh về thái độ phục vụ hoặc hành vi nhũng nhiễu của cán bộ, công chức được tiếp nhận qua chức năng phản ánh, kiến nghị trên cổng và hòm thư góp ý đặt tại các trung tâm.',
      },
    ],
    cover: {
      image: 'city-street',
      caption: 'Khu trung tâm phường Hồng Sơn, nơi đặt Trung tâm Phục vụ hành chính công tỉnh.',
      alt: 'Tuyến phố đô thị với các tòa nhà công sở, vỉa hè rộng và hàng cây xanh chạy dọc hai bên đường',
      credit: 'Ảnh: Thanh Tâm',
    },
    byline: 'Mai Linh',
  },
  {
    key: 'a-kiem-tra-tien-do-duong-ven-bien',
    category: 'chi-dao-dieu-hanh',
    daysAgo: 75,
    hour: 12,
    title: 'Phó Chủ tịch UBND tỉnh kiểm tra tiến độ tuyến đường ven biển Lạc Hồng – Hòn Ngọc',
    lead: 'Sáng nay, Phó Chủ tịch UBND tỉnh Lê Quang Vinh đã kiểm tra nhiều mũi thi công trên tuyến đường ven biển Lạc Hồng – Hòn Ngọc, yêu cầu địa phương bàn giao dứt điểm mặt bằng còn lại và nhà thầu tăng ca để bù tiến độ.',
    body: [
      {
        p: 'Tuyến đường ven biển dài 46,8 km, đi qua phường Cửa Lạc và 5 xã ven biển, tổng mức đầu tư 4.950 tỷ đồng, trong đó hạng mục lớn nhất là cầu vượt cửa sông Lam Giang dài 1,2 km. Đây là công trình giao thông trọng điểm, nối trung tâm tỉnh với cảng Cửa Lạc và bến tàu đi đặc khu Hòn Ngọc, được kỳ vọng mở ra không gian phát triển mới cho dải ven biển phía đông.',
      },
      {
        p: 'Theo Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh, đến nay khối lượng thi công đạt khoảng 41% giá trị hợp đồng, giải phóng mặt bằng đạt 88%. Còn 63 hộ tại phường Cửa Lạc và xã Đông Hải chưa bàn giao mặt bằng do vướng xác định nguồn gốc đất và chưa thống nhất phương án tái định cư.',
      },
      {
        figure: {
          image: 'river-bridge',
          caption: 'Các trụ cầu vượt cửa sông Lam Giang đang được thi công.',
          alt: 'Cây cầu bê tông đang xây dựng bắc qua dòng sông rộng, trên các trụ cầu có công nhân và cần cẩu',
          credit: 'Ảnh: Trọng Hiếu',
        },
      },
      { h2: 'Không để mặt bằng kéo lùi cả dự án' },
      {
        p: 'Tại hiện trường, đại diện các nhà thầu phản ánh nguồn cát, đất đắp nền đường khan hiếm, giá tăng; mưa kéo dài trong tháng trước khiến một số đoạn nền đường phải xử lý lại, ảnh hưởng đến kế hoạch thi công.',
      },
      {
        quote:
          '“Mặt bằng là điều kiện tiên quyết. Xã, phường phải đối thoại với từng hộ, vận dụng tối đa chính sách để bảo đảm quyền lợi chính đáng của người dân, nhưng không vì một vài trường hợp mà để cả dự án phải đứng chờ”, Phó Chủ tịch UBND tỉnh Lê Quang Vinh yêu cầu.',
      },
      { p: 'Phó Chủ tịch UBND tỉnh giao nhiệm vụ cụ thể:' },
      {
        ul: [
          'UBND phường Cửa Lạc, xã Đông Hải hoàn thành bàn giao mặt bằng còn lại trong 45 ngày; khu tái định cư Đông Hải phải sẵn sàng đón dân trước khi thu hồi đất',
          'Sở Nông nghiệp và Môi trường hướng dẫn thủ tục cấp phép các mỏ đất đắp đã có trong quy hoạch, ưu tiên cung ứng cho dự án',
          'Nhà thầu bổ sung thiết bị, tổ chức thi công “3 ca, 4 kíp” trên những đoạn đã có mặt bằng',
          'Ban Quản lý dự án báo cáo tiến độ hằng tuần về UBND tỉnh qua Sở Xây dựng',
        ],
      },
      {
        p: 'Mục tiêu đặt ra là thông xe kỹ thuật đoạn từ phường Cửa Lạc đến xã Đông Hải trong quý II năm sau và hoàn thành toàn tuyến, kể cả cầu vượt cửa sông Lam Giang, trong năm 2027.',
      },
    ],
    cover: {
      image: 'coastline',
      caption: 'Một đoạn tuyến đường ven biển Lạc Hồng – Hòn Ngọc chạy qua xã Đông Hải.',
      alt: 'Con đường mới uốn lượn dọc bờ biển, một bên là biển xanh, một bên là đồi thấp phủ cây bụi',
      credit: 'Ảnh: Trọng Hiếu',
    },
    byline: 'Đình Phong',
  },
  {
    key: 'a-chuan-bi-nam-hoc-moi',
    category: 'chi-dao-dieu-hanh',
    daysAgo: 113,
    hour: 19,
    title: 'Bảo đảm đủ trường lớp, giáo viên và sách giáo khoa trước thềm năm học mới',
    lead: 'Phó Chủ tịch UBND tỉnh Hoàng Đức Long yêu cầu ngành giáo dục và chính quyền các xã, phường, đặc khu hoàn thành mọi khâu chuẩn bị, không để học sinh nào phải bỏ học vì thiếu trường lớp hay hoàn cảnh khó khăn.',
    body: [
      {
        p: 'Năm học mới, toàn tỉnh có khoảng 372.000 trẻ mầm non và học sinh phổ thông theo học tại 738 trường. Theo Sở Giáo dục và Đào tạo, cơ sở vật chất cơ bản đáp ứng yêu cầu; sách giáo khoa đã được cung ứng đầy đủ tới các nhà sách và điểm trường. Tuy nhiên, toàn ngành vẫn thiếu 612 giáo viên, chủ yếu ở bậc mầm non và tiểu học tại các xã miền núi phía tây; nhiều điểm trường lẻ ở xã Nậm Khoan, xã Tây Sơn Lĩnh xuống cấp sau mùa mưa.',
      },
      { h2: 'Ưu tiên các xã miền núi' },
      { p: 'Phó Chủ tịch UBND tỉnh Hoàng Đức Long giao các đơn vị tập trung thực hiện:' },
      {
        ul: [
          'Hoàn thành sửa chữa phòng học, nhà bán trú, công trình vệ sinh tại các điểm trường xuống cấp trước ngày tựu trường',
          'Sở Giáo dục và Đào tạo khẩn trương tuyển dụng, hợp đồng giáo viên; điều động giáo viên từ nơi thừa sang nơi thiếu trong phạm vi toàn tỉnh',
          'Thực hiện đầy đủ chính sách miễn học phí, hỗ trợ tiền ăn, tiền ở cho học sinh bán trú, học sinh dân tộc thiểu số',
          'Kiểm tra an toàn thực phẩm tại bếp ăn tập thể; bảo đảm trật tự an toàn giao thông trước cổng trường',
        ],
      },
      {
        quote:
          '“Mỗi thầy cô đến với học sinh vùng cao là một tài sản quý. Các xã phải lo chỗ ở, bếp ăn cho giáo viên cắm bản, để thầy cô yên tâm gắn bó lâu dài”, Phó Chủ tịch UBND tỉnh Hoàng Đức Long nói.',
      },
      {
        figure: {
          image: 'mountain-village',
          caption: 'Điểm trường bản Nà Pàn, xã Nậm Khoan, đã được lợp lại mái và lát sân trước năm học mới.',
          alt: 'Dãy nhà cấp bốn mái ngói đỏ nằm lưng chừng đồi, xung quanh là nhà sàn gỗ và ruộng bậc thang',
          credit: 'Ảnh: Hải Yến',
        },
      },
      {
        p: 'Giám đốc Sở Giáo dục và Đào tạo cho biết ngành đã tuyển dụng 280 giáo viên trong đợt đầu và sẽ tổ chức đợt tuyển dụng thứ hai vào cuối năm. Lễ khai giảng được tổ chức gọn nhẹ, ấm cúng, dành nhiều thời gian cho các hoạt động trải nghiệm của học sinh.',
      },
    ],
    cover: {
      image: 'school',
      caption: 'Trường Tiểu học Hồng Sơn đã sẵn sàng đón học sinh trở lại trường.',
      alt: 'Ngôi trường hai tầng sơn vàng có sân rộng, cột cờ ở giữa và hàng cây phượng trước hiên',
      credit: 'Ảnh: Mai Linh',
    },
    byline: 'Ngọc Diệp',
  },
  {
    key: 'a-cap-bach-phong-chay-chua-chay-rung',
    category: 'chi-dao-dieu-hanh',
    daysAgo: 188,
    hour: 10,
    title: 'Nắng nóng kéo dài, UBND tỉnh chỉ đạo cấp bách các biện pháp phòng cháy, chữa cháy rừng',
    lead: 'Trước nguy cơ cháy rừng ở mức cao đến cực kỳ nguy hiểm tại nhiều xã miền núi, UBND tỉnh yêu cầu Chủ tịch UBND các xã, phường có rừng chịu trách nhiệm toàn diện về công tác phòng cháy, chữa cháy rừng trên địa bàn.',
    body: [
      {
        p: 'Lạc Hồng hiện có gần 240.000 ha rừng, tỷ lệ che phủ đạt 45,2%, tập trung ở các xã phía tây như Tây Sơn Lĩnh, Nậm Khoan và dải rừng phòng hộ ven biển. Những ngày qua, nắng nóng gay gắt kéo dài, nhiệt độ có nơi vượt 39°C, độ ẩm không khí thấp. Theo Chi cục Kiểm lâm, 21 xã đang ở cấp dự báo cháy rừng cấp IV (nguy hiểm) và cấp V (cực kỳ nguy hiểm).',
      },
      { p: 'Văn bản chỉ đạo do Phó Chủ tịch UBND tỉnh Lê Quang Vinh ký yêu cầu:' },
      {
        ul: [
          'Duy trì chốt canh lửa 24/24 giờ tại các khu rừng trọng điểm, nhất là rừng thông, rừng keo và rừng trồng liền kề khu dân cư',
          'Tạm dừng đốt nương rẫy, xử lý thực bì bằng lửa trong thời gian dự báo cháy rừng ở cấp IV, cấp V',
          'Chi cục Kiểm lâm cập nhật cảnh báo hằng ngày, phát trên loa truyền thanh thôn, bản bằng tiếng phổ thông, tiếng Tày và tiếng Dao',
          'Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh bố trí lực lượng, phương tiện sẵn sàng tham gia chữa cháy khi có yêu cầu',
          'Xử lý nghiêm các trường hợp vi phạm quy định về sử dụng lửa trong rừng và ven rừng',
        ],
      },
      { h2: 'Phát hiện sớm, dập tắt nhỏ' },
      {
        p: 'Tại xã Nậm Khoan, 14 tổ bảo vệ rừng cộng đồng với hơn 160 thành viên là người Dao, người Tày đã được tập huấn kỹ năng chữa cháy ban đầu, trang bị thêm bàn dập lửa và máy thổi gió. Ông Triệu Văn Sơn, tổ trưởng tổ bảo vệ rừng bản Khuổi Tát, cho biết: “Mùa này bà con chia nhau canh từ trưa đến tối, thấy khói là báo ngay lên xã, không đợi cháy to mới gọi.”',
      },
      {
        quote:
          '“Một đám cháy lớn có thể bắt đầu chỉ từ một que diêm. Phải lấy phòng là chính, phát hiện sớm, dập tắt ngay từ khi đám cháy còn nhỏ, không để lan rộng”, Phó Chủ tịch UBND tỉnh Lê Quang Vinh lưu ý.',
      },
      {
        p: 'Người dân khi phát hiện cháy rừng cần báo ngay cho UBND xã, lực lượng kiểm lâm hoặc gọi số điện thoại khẩn cấp 114 để được hỗ trợ kịp thời.',
      },
    ],
    cover: {
      image: 'forest',
      caption: 'Rừng thông ở xã Tây Sơn Lĩnh đang bước vào cao điểm nguy cơ cháy.',
      alt: 'Cánh rừng thông xanh phủ kín sườn đồi, dưới gốc cây là lớp lá khô dày',
      credit: 'Ảnh: Hải Yến',
    },
    byline: 'Hoàng Nam',
    source: 'Sở Nông nghiệp và Môi trường',
  },

  // ───────────────────────────── Thông báo ─────────────────────────────
  {
    key: 'a-tuyen-dung-vien-chuc-giao-vien',
    category: 'thong-bao',
    daysAgo: 31,
    hour: 9,
    title: 'Sở Giáo dục và Đào tạo thông báo tuyển dụng 326 viên chức giáo viên năm 2026',
    lead: 'Sở Giáo dục và Đào tạo tỉnh Lạc Hồng thông báo tuyển dụng 326 giáo viên cho các trường mầm non, tiểu học, trung học cơ sở và trung học phổ thông công lập, ưu tiên bổ sung cho các xã miền núi và đặc khu Hòn Ngọc.',
    body: [
      { h2: '1. Số lượng, vị trí cần tuyển' },
      {
        ul: [
          'Giáo viên mầm non hạng III: 142 chỉ tiêu',
          'Giáo viên tiểu học hạng III: 118 chỉ tiêu (trong đó 24 giáo viên tiếng Anh, 12 giáo viên Tin học)',
          'Giáo viên trung học cơ sở hạng III: 51 chỉ tiêu',
          'Giáo viên trung học phổ thông hạng III: 15 chỉ tiêu',
        ],
      },
      {
        p: 'Chỉ tiêu cụ thể của từng trường được đăng tải tại mục Thông báo trên Trang thông tin điện tử của Sở Giáo dục và Đào tạo và niêm yết công khai tại trụ sở Sở.',
      },
      { h2: '2. Điều kiện đăng ký dự tuyển' },
      {
        ul: [
          'Có quốc tịch Việt Nam, cư trú tại Việt Nam, từ đủ 18 tuổi trở lên',
          'Có phiếu đăng ký dự tuyển, lý lịch rõ ràng, đủ sức khỏe để thực hiện nhiệm vụ',
          'Có văn bằng, chứng chỉ phù hợp với vị trí việc làm theo tiêu chuẩn chức danh nghề nghiệp giáo viên hiện hành',
          'Không trong thời gian bị truy cứu trách nhiệm hình sự, đang chấp hành bản án hoặc đang bị áp dụng biện pháp xử lý hành chính',
        ],
      },
      { h2: '3. Hình thức, nội dung xét tuyển' },
      {
        p: 'Việc tuyển dụng thực hiện theo hình thức xét tuyển, gồm hai vòng. Vòng 1 kiểm tra điều kiện, tiêu chuẩn của người dự tuyển theo phiếu đăng ký. Vòng 2 kiểm tra năng lực chuyên môn, nghiệp vụ bằng hình thức thực hành giảng dạy hoặc phỏng vấn, thang điểm 100. Chế độ ưu tiên trong tuyển dụng thực hiện theo quy định hiện hành.',
      },
      { h2: '4. Thời gian, địa điểm nhận phiếu đăng ký' },
      {
        p: 'Thời gian nhận phiếu: **30 ngày** kể từ ngày thông báo được đăng công khai, trong giờ hành chính các ngày làm việc. Người dự tuyển nộp phiếu đăng ký theo mẫu trực tiếp tại Phòng Tổ chức cán bộ, Sở Giáo dục và Đào tạo (số 18 đường Trần Hưng Đạo, phường Hồng Sơn) hoặc gửi qua dịch vụ bưu chính. Mỗi người chỉ được đăng ký vào một vị trí việc làm tại một đơn vị; trường hợp đăng ký từ hai vị trí trở lên sẽ bị loại khỏi danh sách dự tuyển. Danh sách người đủ điều kiện dự vòng 2, thời gian và địa điểm xét tuyển sẽ được thông báo trên Cổng thông tin điện tử tỉnh và Trang thông tin điện tử của Sở Giáo dục và Đào tạo.',
      },
    ],
    byline: 'Sở Giáo dục và Đào tạo',
    source: 'Sở Giáo dục và Đào tạo',
  },
  {
    key: 'a-lich-tiep-cong-dan-dinh-ky',
    category: 'thong-bao',
    daysAgo: 6,
    hour: 8,
    title: 'Thông báo lịch tiếp công dân định kỳ của lãnh đạo tỉnh trong tháng',
    lead: 'Ban Tiếp công dân tỉnh thông báo lịch tiếp công dân định kỳ của Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Chủ tịch và các Phó Chủ tịch UBND tỉnh trong tháng để công dân biết, đăng ký và liên hệ.',
    body: [
      {
        p: 'Thực hiện Luật Tiếp công dân và các quy định về trách nhiệm của người đứng đầu trong công tác tiếp công dân, lịch tiếp công dân định kỳ của lãnh đạo tỉnh trong tháng như sau:',
      },
      {
        table: [
          ['Thời gian', 'Lãnh đạo chủ trì', 'Địa điểm'],
          ['Sáng ngày 5', 'Đồng chí Trần Thị Minh Hương, Chủ tịch UBND tỉnh', 'Trụ sở Tiếp công dân tỉnh'],
          ['Sáng ngày 10', 'Đồng chí Phạm Thu Trang, Phó Chủ tịch UBND tỉnh', 'Trụ sở Tiếp công dân tỉnh'],
          ['Sáng ngày 15', 'Đồng chí Nguyễn Văn Thành, Bí thư Tỉnh ủy', 'Trụ sở Tiếp công dân tỉnh'],
          ['Chiều ngày 18', 'Đồng chí Lê Quang Vinh, Phó Chủ tịch UBND tỉnh', 'Trụ sở UBND đặc khu Hòn Ngọc'],
          ['Sáng ngày 20', 'Đồng chí Đỗ Mạnh Cường, Chủ tịch HĐND tỉnh', 'Trụ sở Tiếp công dân tỉnh'],
          ['Sáng ngày 25', 'Đồng chí Hoàng Đức Long, Phó Chủ tịch UBND tỉnh', 'Trụ sở Tiếp công dân tỉnh'],
        ],
      },
      {
        p: 'Trụ sở Tiếp công dân tỉnh đặt tại số 2 đường Lê Lợi, phường Hồng Sơn. Buổi sáng bắt đầu từ 7 giờ 30, buổi chiều từ 13 giờ 30. Trường hợp ngày tiếp công dân trùng ngày nghỉ, ngày lễ hoặc lãnh đạo có lịch công tác đột xuất, buổi tiếp được chuyển sang ngày làm việc liền kề và thông báo lại trên Cổng thông tin điện tử tỉnh.',
      },
      { h2: 'Lưu ý đối với công dân' },
      {
        ul: [
          'Mang theo thẻ căn cước hoặc giấy tờ tùy thân hợp lệ; người được ủy quyền phải xuất trình văn bản ủy quyền theo quy định',
          'Trình bày trung thực sự việc, cung cấp tài liệu, chứng cứ liên quan đến nội dung khiếu nại, tố cáo, kiến nghị, phản ánh',
          'Nhiều người cùng khiếu nại, tố cáo về một nội dung thì cử đại diện (không quá 5 người) để trình bày',
          'Chấp hành nội quy nơi tiếp công dân và sự hướng dẫn của cán bộ tiếp công dân',
        ],
      },
      {
        p: 'Ngoài lịch định kỳ nêu trên, Ban Tiếp công dân tỉnh tiếp công dân thường xuyên vào tất cả các ngày làm việc trong tuần. Công dân có thể đăng ký trước nội dung cần trình bày tại Trụ sở Tiếp công dân tỉnh để được bố trí thời gian tiếp phù hợp.',
      },
    ],
    byline: 'Ban Tiếp công dân tỉnh',
    source: 'Ban Tiếp công dân tỉnh',
  },
  {
    key: 'a-tam-dung-he-thong-giai-quyet-tthc',
    category: 'thong-bao',
    daysAgo: 19,
    hour: 15,
    title: 'Tạm dừng Hệ thống thông tin giải quyết thủ tục hành chính tỉnh để nâng cấp, bảo trì',
    lead: 'Để nâng cấp hạ tầng và cập nhật phiên bản phần mềm, Sở Khoa học và Công nghệ thông báo tạm dừng Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Lạc Hồng từ 22 giờ thứ Bảy đến 6 giờ sáng thứ Hai tuần này.',
    body: [
      { p: 'Trong thời gian bảo trì, các dịch vụ sau sẽ tạm ngừng hoạt động:' },
      {
        ul: [
          'Cổng dịch vụ công của tỉnh và chức năng nộp hồ sơ trực tuyến đối với thủ tục do các cơ quan của tỉnh, các xã, phường, đặc khu giải quyết',
          'Phần mềm một cửa điện tử tại Trung tâm Phục vụ hành chính công tỉnh và các trung tâm cấp xã',
          'Chức năng tra cứu hồ sơ, thanh toán trực tuyến phí, lệ phí trên ứng dụng di động “Lạc Hồng số”',
          'Hệ thống tiếp nhận phản ánh, kiến nghị của người dân, doanh nghiệp',
        ],
      },
      {
        p: '[Cổng Dịch vụ công quốc gia](https://dichvucong.gov.vn) vẫn hoạt động bình thường. Tuy nhiên, hồ sơ nộp cho các cơ quan của tỉnh trong thời gian tạm dừng chỉ được đồng bộ và tiếp nhận chính thức sau khi hệ thống hoạt động trở lại.',
      },
      { h2: 'Bảo đảm quyền lợi của người dân' },
      {
        p: 'Thời gian tạm dừng hệ thống **không tính** vào thời hạn giải quyết hồ sơ. Các hồ sơ có hẹn trả kết quả trong ngày thứ Hai sẽ được các trung tâm phục vụ hành chính công ưu tiên xử lý ngay trong buổi sáng. Sau khi nâng cấp, hệ thống được bổ sung tính năng tự động điền thông tin từ Cơ sở dữ liệu quốc gia về dân cư và gửi thông báo tình trạng hồ sơ qua tin nhắn, giúp người dân giảm thời gian kê khai.',
      },
      {
        p: 'Nếu gặp sự cố khi sử dụng sau bảo trì, người dân và cán bộ bộ phận một cửa vui lòng liên hệ bộ phận hỗ trợ kỹ thuật của Trung tâm Chuyển đổi số tỉnh qua thư điện tử hotrodvc@lachong.gov.vn hoặc trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh. Sở Khoa học và Công nghệ rất mong nhận được sự thông cảm của người dân, doanh nghiệp.',
      },
    ],
    byline: 'Sở Khoa học và Công nghệ',
    source: 'Sở Khoa học và Công nghệ',
  },
  {
    key: 'a-moi-thau-cau-na-lua-nam-khoan',
    category: 'thong-bao',
    daysAgo: 52,
    hour: 11,
    title: 'Thông báo mời thầu gói thầu xây dựng cầu Nà Lừa và đường dẫn hai đầu cầu, xã Nậm Khoan',
    lead: 'Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Lạc Hồng thông báo mời thầu rộng rãi trong nước đối với gói thầu thi công xây dựng cầu Nà Lừa và đường dẫn hai đầu cầu thuộc dự án cầu dân sinh vùng cao xã Nậm Khoan.',
    body: [
      { h2: 'Thông tin gói thầu' },
      {
        ul: [
          '**Bên mời thầu**: Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Lạc Hồng',
          '**Dự án**: Xây dựng cầu dân sinh và đường kết nối các bản vùng cao xã Nậm Khoan',
          '**Gói thầu**: Gói thầu số 05 – Thi công xây dựng cầu Nà Lừa và đường dẫn hai đầu cầu',
          '**Quy mô**: cầu bê tông cốt thép dự ứng lực dài 96 m, rộng 7 m; đường dẫn hai đầu cầu dài 1,4 km',
          '**Giá gói thầu**: 48,6 tỷ đồng (đã bao gồm thuế và chi phí dự phòng)',
          '**Nguồn vốn**: ngân sách tỉnh trong kế hoạch đầu tư công trung hạn',
          '**Hình thức lựa chọn nhà thầu**: đấu thầu rộng rãi trong nước, qua mạng; phương thức một giai đoạn một túi hồ sơ',
          '**Loại hợp đồng**: hợp đồng theo đơn giá cố định; **thời gian thực hiện hợp đồng**: 360 ngày',
          '**Bảo đảm dự thầu**: 600 triệu đồng',
        ],
      },
      { h2: 'Phát hành hồ sơ mời thầu' },
      {
        p: 'Hồ sơ mời thầu được phát hành miễn phí trên Hệ thống mạng đấu thầu quốc gia. Thời điểm đóng thầu, mở thầu được ghi cụ thể trong thông báo mời thầu đăng tải trên hệ thống, tối thiểu 20 ngày kể từ ngày phát hành hồ sơ mời thầu. Nhà thầu quan tâm có thể khảo sát hiện trường trong giờ hành chính; Bên mời thầu bố trí cán bộ hướng dẫn khi có đề nghị bằng văn bản.',
      },
      {
        p: 'Thông báo này được đăng trên Cổng thông tin điện tử tỉnh nhằm mục đích thông tin rộng rãi. Nội dung có giá trị pháp lý là thông báo mời thầu và hồ sơ mời thầu đăng tải trên Hệ thống mạng đấu thầu quốc gia.',
      },
    ],
    cover: {
      image: 'river-bridge',
      caption: 'Cây cầu cũ qua suối Nà Lừa sẽ được thay thế bằng cầu bê tông kiên cố.',
      alt: 'Dòng suối rộng chảy giữa hai bờ đồi, bắc ngang là một cây cầu nhỏ, xa xa là những mái nhà sàn',
      credit: 'Ảnh: Hải Yến',
    },
    byline: 'Ban QLDA đầu tư xây dựng công trình giao thông tỉnh',
    source: 'Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh',
  },

  // ───────────────────────────── Quốc phòng - An ninh ─────────────────────────────
  {
    key: 'a-hoi-thao-dan-quan-tu-ve',
    category: 'quoc-phong-an-ninh',
    daysAgo: 88,
    hour: 16,
    title: 'Sôi nổi Hội thao dân quân tự vệ tỉnh Lạc Hồng năm 2026',
    lead: 'Hơn 500 vận động viên của 22 đoàn, đại diện lực lượng dân quân tự vệ các xã, phường, đặc khu và khối cơ quan, doanh nghiệp, đã tranh tài tại Hội thao dân quân tự vệ tỉnh năm 2026 do Bộ Chỉ huy Quân sự tỉnh tổ chức.',
    body: [
      {
        p: 'Hội thao diễn ra trong 4 ngày tại Thao trường huấn luyện của Bộ Chỉ huy Quân sự tỉnh ở xã Thạch Bàn. Các đoàn thi đấu 7 nội dung: điều lệnh đội ngũ, bắn súng tiểu liên AK, ném lựu đạn xa trúng đích, chạy vũ trang 3.000 m, võ thuật, cứu hộ – cứu nạn và tìm hiểu Luật Dân quân tự vệ.',
      },
      {
        p: 'Năm nay, lần đầu tiên nội dung cứu hộ – cứu nạn được đưa vào thi đấu với các tình huống sát thực tế của địa phương: sơ cứu và vận chuyển người bị nạn trong sạt lở đất, dùng xuồng cứu người ở vùng ngập, di dời tài sản khi có bão. Nhiều đoàn đến từ các xã miền núi như Tây Sơn Lĩnh, Nậm Khoan thể hiện kỹ năng thành thạo, phối hợp nhịp nhàng.',
      },
      {
        figure: {
          image: 'flood',
          caption: 'Dân quân đặc khu Hòn Ngọc thi nội dung dùng xuồng cứu người trong vùng ngập.',
          alt: 'Chiếc xuồng chở ba người mặc áo phao cam lướt trên mặt nước đục, hai bên là bờ cỏ và hàng cây',
          credit: 'Ảnh: Văn Sơn',
        },
      },
      {
        quote:
          '“Dân quân tự vệ là lực lượng có mặt đầu tiên khi xảy ra thiên tai, sự cố ở cơ sở. Hội thao không chỉ để tranh giải, mà là dịp kiểm tra thực chất chất lượng huấn luyện, sát với nhiệm vụ của từng địa bàn”, Đại tá Vũ Minh Khải, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, nhận xét.',
      },
      { h2: 'Phường Cửa Lạc nhất toàn đoàn' },
      {
        p: 'Kết thúc hội thao, Ban tổ chức trao giải nhất toàn đoàn cho đoàn phường Cửa Lạc; giải nhì thuộc về đoàn đặc khu Hòn Ngọc; hai giải ba được trao cho đoàn xã Phú Thọ Lâm và đoàn tự vệ KCN Bắc Lạc Hồng. Ngoài ra, Ban tổ chức trao 21 giải cá nhân ở các nội dung thi.',
      },
      {
        figure: {
          image: 'ceremony',
          caption: 'Trao cờ giải nhất toàn đoàn cho đoàn dân quân tự vệ phường Cửa Lạc.',
          alt: 'Người mặc quân phục trao cờ thưởng cho đại diện đoàn đứng trên bục, phía sau là các khối dân quân xếp hàng',
          credit: 'Ảnh: Văn Sơn',
        },
      },
      {
        p: 'Năm 2026, toàn tỉnh đã huấn luyện cho hơn 15.800 cán bộ, chiến sĩ dân quân tự vệ, đạt 100% kế hoạch, trong đó 82% đạt khá, giỏi. Sau sắp xếp đơn vị hành chính, Ban Chỉ huy Quân sự của 86 xã, phường, đặc khu đã được kiện toàn, bảo đảm lực lượng làm nòng cốt trong phòng thủ dân sự tại cơ sở.',
      },
    ],
    cover: {
      image: 'soldiers',
      caption: 'Các khối dân quân tự vệ tham gia lễ khai mạc hội thao.',
      alt: 'Nhiều hàng dân quân mặc quân phục xanh, đội mũ cối, đứng nghiêm trang trên thao trường rộng',
      credit: 'Ảnh: Văn Sơn',
    },
    byline: 'Văn Tùng',
    source: 'Bộ Chỉ huy Quân sự tỉnh',
  },
  {
    key: 'a-anh-luc-luong-vu-trang-khac-phuc-bao-so-9',
    category: 'quoc-phong-an-ninh',
    daysAgo: 1,
    hour: 19,
    title: 'Ảnh: Lực lượng vũ trang cùng nhân dân khắc phục hậu quả bão số 9',
    lead: 'Ngay khi bão số 9 suy yếu, hàng nghìn cán bộ, chiến sĩ Bộ Chỉ huy Quân sự tỉnh, Bộ đội Biên phòng tỉnh, Công an tỉnh cùng dân quân tự vệ đã có mặt ở những địa bàn bị ảnh hưởng nặng, giúp người dân dọn dẹp, sửa nhà, khơi thông dòng chảy.',
    body: [
      {
        p: 'Bão số 9 đổ bộ vào vùng biển phía đông của tỉnh rạng sáng qua với sức gió mạnh cấp 10, giật cấp 12, gây mưa rất to, có nơi trên 400 mm. Nhờ sơ tán kịp thời hơn 8.700 người trước khi bão vào, toàn tỉnh **không có thiệt hại về người**. Theo báo cáo nhanh của Ban Chỉ huy Phòng thủ dân sự tỉnh, bão làm 412 ngôi nhà bị tốc mái, hư hỏng; khoảng 2.600 ha lúa và hoa màu bị ngập; nhiều tuyến đường liên xã bị sạt lở cục bộ.',
      },
      {
        figure: {
          image: 'soldiers',
          caption:
            'Chiến sĩ Ban Chỉ huy Phòng thủ khu vực giúp người dân phường Cửa Lạc lợp lại mái nhà bị tốc.',
          alt: 'Các chiến sĩ mặc quân phục đứng trên mái nhà thấp, chuyền tay nhau những tấm tôn, bên dưới người dân giữ thang',
          credit: 'Ảnh: Đức Trung',
        },
      },
      {
        p: 'Tại phường Cửa Lạc, nơi chịu ảnh hưởng trực tiếp của bão, từ sáng sớm hơn 300 cán bộ, chiến sĩ Ban Chỉ huy Phòng thủ khu vực, Đồn Biên phòng Cửa Lạc và dân quân phường đã chia thành nhiều tổ, đến từng khu phố giúp dân lợp lại mái nhà, cưa dọn cây đổ, thu gom rác thải.',
      },
      {
        figure: {
          image: 'river-bridge',
          caption:
            'Công an tỉnh chốt chặn, hướng dẫn người và phương tiện qua cầu khi nước sông Lam Giang lên cao.',
          alt: 'Cây cầu bắc qua dòng sông nước đục ngầu chảy xiết, trên cầu có vài người mặc áo mưa đứng hướng dẫn xe',
          credit: 'Ảnh: Trọng Hiếu',
        },
      },
      {
        p: 'Ở các xã ven sông Lam Giang, nước lũ dâng cao làm ngập sâu nhiều khu dân cư. Công an tỉnh điều động xuồng máy, áo phao hỗ trợ người dân di chuyển, đồng thời bố trí lực lượng chốt chặn tại các điểm ngập sâu, không để người và phương tiện qua lại khi nước chảy xiết.',
      },
      {
        figure: {
          image: 'harbour',
          caption: 'Cán bộ Đồn Biên phòng Hòn Ngọc giúp ngư dân kiểm tra, gia cố tàu thuyền sau bão.',
          alt: 'Những chiếc tàu cá neo sát nhau bên cầu cảng, vài người đang buộc lại dây neo, mặt nước còn gợn sóng',
          credit: 'Ảnh: Đức Trung',
        },
      },
      {
        figure: {
          image: 'rice-field',
          caption: 'Dân quân xã Yên Hòa giúp nông dân khơi thông kênh mương, tiêu úng cứu lúa.',
          alt: 'Cánh đồng lúa bị ngập nước một phần, vài người đội nón lá đứng dưới ruộng vớt rác trên bờ mương',
          credit: 'Ảnh: Văn Sơn',
        },
      },
      {
        quote:
          '“Dân cần thì bộ đội có mặt. Lực lượng sẽ bám địa bàn cho đến khi người dân ổn định cuộc sống, các trường học đủ điều kiện đón học sinh trở lại”, Đại tá Vũ Minh Khải, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, cho biết.',
      },
      {
        p: 'Chiều nay, Chủ tịch UBND tỉnh Trần Thị Minh Hương đã đến thăm, động viên lực lượng làm nhiệm vụ và các hộ dân bị thiệt hại tại phường Cửa Lạc. Chủ tịch UBND tỉnh yêu cầu ngành điện khôi phục cấp điện cho các khu vực còn mất điện trong ngày mai; các xã, phường rà soát, hỗ trợ ngay gạo, nước uống cho hộ bị thiệt hại nặng, không để người dân nào bị đói, rét, thiếu chỗ ở.',
      },
    ],
    cover: {
      image: 'flood',
      caption:
        'Cán bộ, chiến sĩ lực lượng vũ trang giúp người dân xã Yên Hòa di chuyển tài sản khỏi vùng ngập.',
      alt: 'Nhiều người lội nước ngập ngang gối, khiêng đồ đạc qua con đường làng bị ngập, hai bên là nhà và cây cối',
      credit: 'Ảnh: Trọng Hiếu',
    },
    byline: 'Đức Trung - Trọng Hiếu - Văn Sơn',
  },
  {
    key: 'a-cao-diem-xu-ly-nong-do-con-toc-do',
    category: 'quoc-phong-an-ninh',
    daysAgo: 37,
    hour: 7,
    title: 'Công an tỉnh ra quân cao điểm xử lý vi phạm nồng độ cồn, tốc độ',
    lead: 'Công an tỉnh Lạc Hồng triển khai đợt cao điểm bảo đảm trật tự, an toàn giao thông, tập trung xử lý vi phạm nồng độ cồn, chạy quá tốc độ và chở hàng quá tải trên Quốc lộ 1, tuyến đường ven biển và các tuyến đưa đón công nhân.',
    body: [
      {
        p: 'Theo Phòng Cảnh sát giao thông Công an tỉnh, 9 tháng qua trên địa bàn tỉnh xảy ra 142 vụ tai nạn giao thông, làm chết 88 người, bị thương 121 người, giảm cả ba tiêu chí so với cùng kỳ năm trước. Tuy vậy, tai nạn nghiêm trọng vẫn tập trung trên đoạn Quốc lộ 1 qua phường Hồng Sơn, khu vực cổng KCN Bắc Lạc Hồng vào giờ tan ca và tuyến đường từ cảng Cửa Lạc, nơi mật độ xe container, xe tải nặng lớn. Nguyên nhân chủ yếu là người điều khiển phương tiện sử dụng rượu bia, chạy quá tốc độ, chuyển hướng không quan sát.',
      },
      { h2: 'Tuần tra cả ngày lẫn đêm' },
      {
        p: 'Trong đợt cao điểm, Công an tỉnh thành lập 18 tổ công tác, phối hợp với công an các xã, phường tuần tra, kiểm soát cả ban ngày và ban đêm. Các biện pháp trọng tâm gồm:',
      },
      {
        ul: [
          'Kiểm tra nồng độ cồn trên các tuyến đường quanh khu vực nhà hàng, quán ăn vào buổi tối và cuối tuần',
          'Sử dụng thiết bị đo tốc độ, camera giám sát trên Quốc lộ 1 để phát hiện và xử lý vi phạm qua hình ảnh',
          'Kiểm soát tải trọng xe tại các điểm ra vào cảng Cửa Lạc, mỏ vật liệu và công trường đường ven biển',
          'Phối hợp với doanh nghiệp trong KCN tuyên truyền an toàn giao thông cho công nhân, kiểm tra xe đưa đón công nhân',
        ],
      },
      {
        quote:
          '“Chúng tôi xử lý nghiêm, không có vùng cấm, không có ngoại lệ, kể cả người vi phạm là cán bộ, công chức. Nhưng mục tiêu cuối cùng không phải là phạt nhiều, mà để mỗi người tự giác không lái xe sau khi đã uống rượu bia”, Đại tá Lương Văn Hiển, Phó Giám đốc Công an tỉnh, khẳng định.',
      },
      {
        p: 'Sau 10 ngày ra quân, các tổ công tác đã phát hiện, lập biên bản 2.316 trường hợp vi phạm, trong đó 874 trường hợp vi phạm nồng độ cồn, 611 trường hợp chạy quá tốc độ; tạm giữ 532 phương tiện. Số vụ tai nạn giao thông trong thời gian ra quân giảm rõ rệt so với 10 ngày trước đó.',
      },
      {
        p: 'Công an tỉnh khuyến cáo người dân chấp hành nghiêm quy định “đã uống rượu, bia thì không lái xe”, đội mũ bảo hiểm đạt chuẩn khi đi mô tô, xe máy và không giao xe cho người chưa đủ điều kiện điều khiển phương tiện.',
      },
    ],
    cover: {
      image: 'city-street',
      caption: 'Tổ công tác Phòng Cảnh sát giao thông làm nhiệm vụ trên Quốc lộ 1 đoạn qua phường Hồng Sơn.',
      alt: 'Tuyến phố đông xe máy và ô tô, bên lề đường có cảnh sát mặc áo phản quang đang ra hiệu cho xe dừng',
      credit: 'Ảnh: Thanh Tâm',
    },
    byline: 'Thành Đạt',
    source: 'Công an tỉnh',
  },
  {
    key: 'a-triet-pha-duong-day-ma-tuy-ven-bien',
    category: 'quoc-phong-an-ninh',
    daysAgo: 163,
    hour: 20,
    title: 'Triệt phá đường dây mua bán ma túy, thu giữ hơn 3 kg ma túy tổng hợp',
    lead: 'Công an tỉnh phối hợp với Bộ đội Biên phòng tỉnh vừa triệt phá một đường dây mua bán trái phép chất ma túy hoạt động tại khu vực ven biển, bắt giữ 5 đối tượng, thu giữ hơn 3 kg ma túy tổng hợp.',
    body: [
      {
        p: 'Qua công tác nắm tình hình, Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh phát hiện một nhóm đối tượng thường xuyên vận chuyển ma túy từ nơi khác về, chia nhỏ để tiêu thụ tại các khu nhà trọ công nhân gần KCN Bắc Lạc Hồng và khu vực cảng Cửa Lạc. Chuyên án được xác lập với sự tham gia của lực lượng Công an tỉnh, Đồn Biên phòng Cửa Lạc và công an các phường liên quan.',
      },
      {
        p: 'Khoảng 23 giờ đêm qua, tổ công tác bắt quả tang Đ.V.H. (sinh năm 1989, trú tại phường Cửa Lạc) đang giao ma túy cho khách tại một bãi đất trống ven biển. Mở rộng điều tra, lực lượng chức năng khám xét khẩn cấp chỗ ở của H. và 4 đối tượng liên quan, thu giữ tổng cộng 3,2 kg ma túy tổng hợp dạng tinh thể, 1.850 viên nén, 2 ô tô, 9 điện thoại di động cùng nhiều tang vật khác.',
      },
      {
        p: 'Cơ quan Cảnh sát điều tra Công an tỉnh đã khởi tố vụ án, khởi tố bị can đối với 5 đối tượng về tội mua bán trái phép chất ma túy và đang tiếp tục điều tra mở rộng.',
      },
      { h2: 'Mang thông điệp phòng, chống ma túy lên bản' },
      {
        p: 'Song song với đấu tranh trấn áp, hưởng ứng Tháng hành động phòng, chống ma túy, Công an tỉnh phối hợp với Sở Y tế, Sở Giáo dục và Đào tạo và các đoàn thể tổ chức hơn 400 buổi tuyên truyền tại thôn, bản, trường học và khu nhà trọ công nhân. Ở xã Nậm Khoan và xã Tây Sơn Lĩnh, các buổi tuyên truyền được thực hiện bằng tiếng Tày, tiếng Dao, lồng ghép trong sinh hoạt cộng đồng để bà con dễ hiểu, dễ nhớ.',
      },
      {
        p: '6 tháng đầu năm, lực lượng chức năng toàn tỉnh đã phát hiện, bắt giữ 214 vụ với 356 đối tượng phạm tội về ma túy; 41 xã, phường đã được công nhận không có tệ nạn ma túy.',
      },
      {
        quote:
          '“Phòng, chống ma túy không chỉ là việc của lực lượng công an. Mỗi gia đình, mỗi thôn, bản phải là một lá chắn, phát hiện sớm và báo ngay cho công an xã những biểu hiện nghi vấn”, Đại tá Nguyễn Trọng Nghĩa, Phó Giám đốc Công an tỉnh, nhấn mạnh.',
      },
    ],
    cover: {
      image: 'mountain-village',
      caption: 'Buổi tuyên truyền phòng, chống ma túy tại nhà văn hóa bản Khuổi Tát, xã Nậm Khoan.',
      alt: 'Bản làng vùng cao với những nếp nhà sàn dưới chân núi, trước sân nhà văn hóa có người dân tụ họp',
      credit: 'Ảnh: Hải Yến',
    },
    byline: 'Minh Quân',
    source: 'Công an tỉnh',
  },
  {
    key: 'a-bien-phong-dong-hanh-ngu-dan-chong-iuu',
    category: 'quoc-phong-an-ninh',
    daysAgo: 126,
    hour: 9,
    title: 'Bộ đội Biên phòng tỉnh đồng hành cùng ngư dân chống khai thác hải sản bất hợp pháp',
    lead: 'Không chỉ tăng cường tuần tra, kiểm soát, Bộ đội Biên phòng tỉnh Lạc Hồng còn kiên trì đến từng bến cá, từng con tàu để giúp ngư dân hiểu và tự giác tuân thủ quy định chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU).',
    body: [
      {
        p: 'Toàn tỉnh hiện có 3.412 tàu cá, trong đó 1.186 tàu có chiều dài từ 15 m trở lên thuộc diện phải lắp thiết bị giám sát hành trình. Tại các trạm kiểm soát biên phòng ở cảng Cửa Lạc và đặc khu Hòn Ngọc, 100% tàu cá xuất, nhập bến được kiểm tra giấy tờ, thuyền viên, thiết bị giám sát hành trình và nhật ký khai thác.',
      },
      {
        p: 'Từ đầu năm đến nay, lực lượng biên phòng đã phát hiện, xử lý 37 trường hợp tàu cá mất kết nối thiết bị giám sát hành trình quá 6 giờ khi hoạt động trên biển mà không báo cáo, 9 trường hợp không ghi nhật ký khai thác theo quy định. Không có tàu cá nào của tỉnh vi phạm vùng biển nước ngoài.',
      },
      {
        figure: {
          image: 'coastline',
          caption: 'Tổ tuần tra Đồn Biên phòng Hòn Ngọc kiểm soát khu vực ven biển.',
          alt: 'Bờ biển đá xen bãi cát, vài người mặc quân phục biên phòng màu xanh đi dọc mép nước',
          credit: 'Ảnh: Đức Trung',
        },
      },
      { h2: 'Hiểu thì tự giác chấp hành' },
      {
        p: 'Bên cạnh kiểm soát, các đồn biên phòng duy trì mô hình “Tổ tàu thuyền an toàn tự quản”, kết nối 214 tổ với hơn 1.300 tàu cá, giúp nhau khi gặp sự cố trên biển và cùng nhắc nhở nhau tuân thủ quy định. Cán bộ biên phòng đến từng hộ ngư dân phát tờ rơi, hướng dẫn cách xử lý khi thiết bị giám sát hành trình bị lỗi và cách ghi nhật ký khai thác.',
      },
      {
        p: 'Ông Nguyễn Văn Tư, chủ tàu cá ở phường Cửa Lạc, kể: “Trước đây anh em nghĩ cái máy giám sát chỉ để quản lý mình. Giờ hiểu rồi, có nó thì cá mình đánh được mới bán đi xuất khẩu được, lúc gặp nạn trên biển cũng được tìm thấy nhanh hơn.”',
      },
      {
        quote:
          '“Chống khai thác IUU là để bảo vệ sinh kế lâu dài của chính ngư dân và uy tín của thủy sản Việt Nam. Bộ đội Biên phòng kiên quyết xử lý vi phạm, nhưng trước hết phải là người bạn đồng hành của bà con trên mỗi chuyến biển”, Đại tá Phan Thế Dũng, Chỉ huy trưởng Bộ đội Biên phòng tỉnh, chia sẻ.',
      },
    ],
    cover: {
      image: 'harbour',
      caption: 'Cán bộ Đồn Biên phòng Cửa Lạc kiểm tra giấy tờ tàu cá trước khi xuất bến.',
      alt: 'Những tàu cá lớn neo đậu bên cầu cảng, trên boong có người đang trao đổi giấy tờ, phía sau là bầu trời trong xanh',
      credit: 'Ảnh: Đức Trung',
    },
    byline: 'Hải Yến',
    source: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
  },
  {
    key: 'a-kham-suc-khoe-nghia-vu-quan-su-2027',
    category: 'quoc-phong-an-ninh',
    daysAgo: 12,
    hour: 10,
    title: 'Hơn 5.200 thanh niên khám sức khỏe, sẵn sàng nhập ngũ năm 2027',
    lead: 'Hội đồng nghĩa vụ quân sự các xã, phường, đặc khu đang tổ chức khám sức khỏe cho hơn 5.200 thanh niên, chuẩn bị cho việc tuyển chọn và gọi công dân nhập ngũ năm 2027.',
    body: [
      {
        p: 'Năm 2027, tỉnh Lạc Hồng được giao tuyển chọn 2.150 công dân nhập ngũ, trong đó 1.820 công dân thực hiện nghĩa vụ quân sự và 330 công dân thực hiện nghĩa vụ tham gia Công an nhân dân. Việc khám sức khỏe được tổ chức tập trung tại 12 điểm, do các bệnh viện và trung tâm y tế khu vực đảm nhiệm, bảo đảm đúng quy trình, công khai, minh bạch.',
      },
      {
        p: 'Tại điểm khám phường Hồng Sơn, từ sáng sớm nhiều thanh niên đã có mặt, lần lượt qua các bàn khám thể lực, nội khoa, ngoại khoa, mắt, tai mũi họng và làm xét nghiệm. Hội đồng khám bố trí bác sĩ giàu kinh nghiệm, trang thiết bị đầy đủ, đồng thời làm xét nghiệm phát hiện chất ma túy để loại trừ những trường hợp không đủ điều kiện.',
      },
      {
        figure: {
          image: 'soldiers',
          caption: 'Tân binh phường Cửa Lạc trong lễ giao nhận quân năm 2026.',
          alt: 'Các tân binh mặc quân phục mới, đội mũ cứng, đứng thành hàng ngay ngắn trên sân lễ, phía sau là người thân đứng tiễn',
          credit: 'Ảnh: Văn Sơn',
        },
      },
      { h2: 'Nhiều thanh niên tình nguyện viết đơn nhập ngũ' },
      {
        p: 'Theo Bộ Chỉ huy Quân sự tỉnh, năm nay có 436 thanh niên tình nguyện viết đơn xin nhập ngũ, trong đó 118 người đã tốt nghiệp cao đẳng, đại học. Nông Văn Tính, 19 tuổi, người Tày ở xã Nậm Khoan, chia sẻ: “Anh trai em vừa hoàn thành nghĩa vụ trở về, được học nghề lái xe trong quân đội. Em cũng muốn được rèn luyện trong môi trường ấy rồi về phụ giúp bố mẹ, góp sức xây dựng bản làng.”',
      },
      {
        quote:
          '“Tuyển quân phải bảo đảm đủ chỉ tiêu, nâng cao chất lượng và tuyệt đối không để xảy ra tiêu cực. Các địa phương cần làm tốt chính sách hậu phương quân đội, quan tâm giải quyết việc làm cho quân nhân khi hoàn thành nghĩa vụ trở về”, Phó Chủ tịch UBND tỉnh Phạm Thu Trang yêu cầu khi kiểm tra công tác khám tuyển.',
      },
      {
        p: 'Theo kế hoạch, lễ giao nhận quân năm 2027 sẽ được tổ chức đồng loạt tại các xã, phường, đặc khu sau Tết Nguyên đán, bảo đảm trang trọng, tiết kiệm, tạo không khí phấn khởi để tân binh yên tâm lên đường.',
      },
    ],
    cover: {
      image: 'hospital',
      caption: 'Thanh niên phường Hồng Sơn khám sức khỏe nghĩa vụ quân sự.',
      alt: 'Hành lang bệnh viện sáng sủa, nhiều thanh niên ngồi chờ trên hàng ghế, nhân viên y tế mặc áo blouse trắng hướng dẫn',
      credit: 'Ảnh: Mai Linh',
    },
    byline: 'Quang Huy',
    source: 'Bộ Chỉ huy Quân sự tỉnh',
  },
];
