import type { DemoPage } from './types.ts';

/**
 * Static pages of the fictional demo province "tỉnh Lạc Hồng". All people, numbers, places and
 * contacts are invented. Internal links in Vietnamese bodies use the Vietnamese page paths
 * (the page key is its Vietnamese slug); translated bodies name the sections without linking.
 */
export const demoPages: DemoPage[] = [
  // ─────────────────────────────────────────────────────────────── Giới thiệu
  {
    key: 'gioi-thieu',
    title: 'Giới thiệu',
    lead: 'Thông tin khái quát về tỉnh Lạc Hồng: vị trí, lịch sử, bộ máy chính quyền và các đầu mối liên hệ.',
    showInMenu: true,
    position: 10,
    body: [
      {
        p: 'Lạc Hồng là tỉnh ven biển nằm ở cửa ngõ phía Bắc của vùng Bắc Trung Bộ, có diện tích tự nhiên 5.320 km² và dân số khoảng 1,62 triệu người. Địa hình trải dài từ vùng núi cao giáp biên giới Việt Nam – Lào ở phía Tây, qua đồng bằng màu mỡ ven sông Lam Giang, tới dải bờ biển và đảo Hòn Ngọc ở phía Đông. Trên mảnh đất này, đồng bào các dân tộc Kinh, Tày, Dao, Mường đã cùng nhau sinh sống, lao động và gìn giữ nhiều giá trị văn hóa đặc sắc qua hàng nghìn năm.',
      },
      {
        p: 'Từ ngày 01/7/2025, tỉnh tổ chức chính quyền địa phương hai cấp với **86 đơn vị hành chính cấp xã**, trung tâm hành chính đặt tại phường Hồng Sơn. Tỉnh xác định kinh tế biển, công nghiệp chế biến, nông nghiệp sinh thái và du lịch là những động lực tăng trưởng chính, gắn với xây dựng chính quyền số phục vụ người dân và doanh nghiệp.',
      },
      {
        p: 'Mục Giới thiệu cung cấp thông tin chính thức về tỉnh, gồm: [Tổng quan về tỉnh Lạc Hồng](/gioi-thieu/tong-quan) với điều kiện tự nhiên và các số liệu cơ bản; [Lịch sử, văn hóa](/gioi-thieu/lich-su-van-hoa) giới thiệu quá trình hình thành, di tích và lễ hội; [Cơ cấu tổ chức](/gioi-thieu/co-cau-to-chuc) và [Chức năng, nhiệm vụ](/gioi-thieu/chuc-nang-nhiem-vu) của bộ máy chính quyền tỉnh; danh sách [Lãnh đạo tỉnh](/gioi-thieu/lanh-dao-tinh) cùng lĩnh vực được phân công; thông tin về [Người phát ngôn](/gioi-thieu/nguoi-phat-ngon) của Ủy ban nhân dân tỉnh và các đầu mối [Liên hệ](/gioi-thieu/lien-he).',
      },
      {
        p: 'Thông tin trong mục này do Ban Biên tập Cổng thông tin điện tử tỉnh cập nhật thường xuyên. Nếu phát hiện nội dung chưa chính xác, bạn đọc vui lòng gửi ý kiến qua trang [Hỏi đáp](/hoi-dap).',
      },
    ],
    en: {
      title: 'Introduction',
      lead: 'General information about Lac Hong Province: its location, history, government structure and contact points.',
      body: [
        {
          p: 'Lac Hong is a coastal province at the northern gateway of the North Central region, with a natural area of 5,320 km² and a population of about 1.62 million. Its landscape stretches from the high mountains along the Viet Nam–Laos border in the west, across the fertile plains of the Lam Giang River, to the coastline and Hon Ngoc Island in the east. For thousands of years, the Kinh, Tay, Dao and Muong ethnic groups have lived and worked side by side here, preserving a rich and distinctive cultural heritage.',
        },
        {
          p: 'Since 1 July 2025, the province has operated a two-tier local government with **86 commune-level administrative units**, and its administrative centre is in Hong Son Ward. The province has identified the marine economy, processing industry, ecological agriculture and tourism as its main drivers of growth, together with building a digital government that serves people and businesses.',
        },
        {
          p: 'This section provides official information about the province: an overview of Lac Hong Province with its natural conditions and key figures; its history and culture, including historical sites and festivals; the organisational structure and the functions and duties of the provincial government; the provincial leaders and their assigned portfolios; the spokesperson of the Provincial People’s Committee; and contact details.',
        },
        {
          p: 'The information in this section is updated regularly by the Editorial Board of the portal. If you notice any inaccuracy, please write to us at [banbientap@lachong.gov.vn](mailto:banbientap@lachong.gov.vn).',
        },
      ],
    },
    zh: {
      title: '省情简介',
      lead: '雒鸿省概况：地理位置、历史沿革、政府机构及联系方式。',
      body: [
        {
          p: '雒鸿省是位于北中部地区北部门户的沿海省份，自然面积5320平方公里，人口约162万。全省地势自西部越老边境的高山，经蓝江两岸肥沃的平原，一直延伸到东部的海岸线和玉岛。数千年来，京族、岱依族、瑶族、芒族各族人民在这片土地上共同生活、劳动，保留了丰富而独特的文化遗产。',
        },
        {
          p: '自2025年7月1日起，本省实行两级地方政府体制，下辖**86个社级行政单位**，行政中心设在鸿山坊。本省将海洋经济、加工工业、生态农业和旅游业确定为主要增长动力，同时建设服务人民和企业的数字政府。',
        },
        {
          p: '本栏目提供本省官方信息，包括：雒鸿省概况（自然条件和基本数据）；历史文化（形成过程、名胜古迹和节庆活动）；省政府组织机构及职能任务；省领导名单及分工；省人民委员会新闻发言人；以及联系方式。',
        },
        {
          p: '本栏目信息由门户网站编辑部定期更新。如发现内容有误，请发送电子邮件至[banbientap@lachong.gov.vn](mailto:banbientap@lachong.gov.vn)。',
        },
      ],
    },
  },

  // ─────────────────────────────────────────────────────────────── Tổng quan
  {
    key: 'tong-quan',
    parent: 'gioi-thieu',
    title: 'Tổng quan về tỉnh Lạc Hồng',
    lead: 'Lạc Hồng có đủ núi rừng, đồng bằng, biển và hải đảo, với diện tích 5.320 km², dân số khoảng 1,62 triệu người và 86 đơn vị hành chính cấp xã.',
    position: 1,
    body: [
      { h2: 'Vị trí địa lý' },
      {
        p: 'Tỉnh Lạc Hồng nằm ở phía Bắc vùng Bắc Trung Bộ. Phía Bắc giáp các tỉnh trung du và miền núi phía Bắc; phía Nam giáp các tỉnh Bắc Trung Bộ; phía Tây giáp nước Cộng hòa Dân chủ Nhân dân Lào với đường biên giới dài khoảng 96 km; phía Đông giáp vịnh Bắc Bộ với bờ biển dài khoảng 64 km. Trung tâm hành chính của tỉnh đặt tại phường Hồng Sơn.',
      },
      { h2: 'Địa hình' },
      {
        p: 'Địa hình thấp dần từ Tây sang Đông, chia thành ba vùng rõ rệt. **Vùng núi phía Tây** chiếm gần 60% diện tích, có nhiều đỉnh cao trên 1.500 m; đỉnh Pù Khoan (1.926 m) thuộc xã Nậm Khoan là nóc nhà của tỉnh. Đây là địa bàn sinh sống chủ yếu của đồng bào Tày, Dao, Mường, tiêu biểu là các xã Tây Sơn Lĩnh, Nậm Khoan. **Vùng trung du và đồng bằng** trải dọc hai bờ sông Lam Giang, là vựa lúa và vùng cây ăn quả chính của tỉnh. **Vùng ven biển và hải đảo** gồm phường Cửa Lạc – nơi có cảng biển và cửa sông Lam Giang – cùng đặc khu Hòn Ngọc, hòn đảo lớn nhất của tỉnh, cách đất liền khoảng 28 km.',
      },
      { h2: 'Khí hậu' },
      {
        p: 'Lạc Hồng có khí hậu nhiệt đới gió mùa, mùa hè nóng, mưa nhiều; mùa đông lạnh, ít mưa. Nhiệt độ trung bình năm khoảng 23,5°C; lượng mưa trung bình 1.700–1.900 mm, tập trung từ tháng 8 đến tháng 10. Đầu mùa hè, các địa phương phía Tây chịu ảnh hưởng của gió Tây khô nóng; vùng ven biển thường chịu tác động của bão và áp thấp nhiệt đới vào tháng 9, tháng 10.',
      },
      { h2: 'Sông ngòi' },
      {
        p: '**Sông Lam Giang** bắt nguồn từ vùng núi biên giới, chảy theo hướng Tây – Đông, đoạn qua địa bàn tỉnh dài khoảng 138 km rồi đổ ra biển tại cửa Lạc. Dòng sông cung cấp nước tưới cho hơn 40.000 ha đất canh tác, là tuyến giao thông thủy và không gian văn hóa gắn với nhiều làng nghề, bến đò cổ.',
      },
      {
        figure: {
          image: 'river-bridge',
          caption: 'Cầu Lam Giang nối hai bờ sông tại phường Hồng Sơn.',
          alt: 'Cây cầu bắc qua dòng sông rộng, hai bên bờ là nhà cửa và hàng cây xanh.',
          credit: 'Ảnh: Minh Đức',
        },
      },
      { h2: 'Dân số và đơn vị hành chính' },
      {
        p: 'Năm 2024, dân số toàn tỉnh khoảng 1,62 triệu người, mật độ bình quân khoảng 305 người/km², dân số thành thị chiếm khoảng 31%. Từ ngày 01/7/2025, tỉnh tổ chức chính quyền địa phương hai cấp (cấp tỉnh và cấp xã), không còn cấp huyện; toàn tỉnh có 86 đơn vị hành chính cấp xã, gồm 68 xã, 17 phường và đặc khu Hòn Ngọc.',
      },
      { h2: 'Một số chỉ tiêu cơ bản' },
      {
        table: [
          ['Chỉ tiêu', 'Số liệu'],
          ['Diện tích tự nhiên', '5.320 km²'],
          ['Dân số (năm 2024)', 'Khoảng 1,62 triệu người'],
          ['Mật độ dân số', 'Khoảng 305 người/km²'],
          ['Đơn vị hành chính cấp xã', '86 (68 xã, 17 phường, 1 đặc khu)'],
          ['Trung tâm hành chính', 'Phường Hồng Sơn'],
          ['Chiều dài bờ biển', 'Khoảng 64 km'],
          ['Đường biên giới Việt Nam – Lào', 'Khoảng 96 km'],
          ['Đỉnh núi cao nhất', 'Pù Khoan (1.926 m)'],
          ['Tỷ lệ che phủ rừng', '52,4%'],
        ],
      },
      {
        p: '*Nguồn: Niên giám thống kê tỉnh Lạc Hồng năm 2024; số liệu đơn vị hành chính tính đến ngày 01/7/2025.*',
      },
    ],
    en: {
      title: 'Overview of Lac Hong Province',
      lead: 'Lac Hong has mountains and forests, plains, sea and islands, with an area of 5,320 km², a population of about 1.62 million and 86 commune-level administrative units.',
      body: [
        { h2: 'Location' },
        {
          p: 'Lac Hong Province lies in the north of the North Central region. It borders the northern midland and mountainous provinces to the north and other North Central provinces to the south. To the west it shares a border of about 96 km with the Lao People’s Democratic Republic, and to the east it faces the Gulf of Tonkin with a coastline of about 64 km. The provincial administrative centre is in Hong Son Ward.',
        },
        { h2: 'Terrain' },
        {
          p: 'The land slopes down from west to east and falls into three distinct zones. **The western mountains** cover almost 60% of the area, with many peaks above 1,500 m; Pu Khoan Peak (1,926 m) in Nam Khoan Commune is the roof of the province. This is home mainly to the Tay, Dao and Muong peoples, notably in Tay Son Linh and Nam Khoan communes. **The midlands and plains** along both banks of the Lam Giang River are the province’s main rice bowl and fruit-growing area. **The coast and islands** include Cua Lac Ward, with its seaport and the mouth of the Lam Giang River, and the Hon Ngoc Special Zone, the province’s largest island, about 28 km offshore.',
        },
        { h2: 'Climate' },
        {
          p: 'Lac Hong has a tropical monsoon climate, with hot, rainy summers and cold, dry winters. The average annual temperature is about 23.5°C and average rainfall is 1,700–1,900 mm, concentrated from August to October. In early summer the western localities are affected by the hot, dry westerly wind, while the coast is often hit by storms and tropical depressions in September and October.',
        },
        { h2: 'Rivers' },
        {
          p: '**The Lam Giang River** rises in the border mountains and flows from west to east for about 138 km through the province before reaching the sea at the Lac estuary. It irrigates more than 40,000 ha of farmland and serves as a waterway and a cultural space linked to many craft villages and old ferry landings.',
        },
        {
          figure: {
            image: 'river-bridge',
            caption: 'Lam Giang Bridge links the two banks of the river in Hong Son Ward.',
            alt: 'A bridge across a wide river, with houses and green trees on both banks.',
            credit: 'Photo: Minh Duc',
          },
        },
        { h2: 'Population and administrative units' },
        {
          p: 'In 2024 the province had a population of about 1.62 million, an average density of about 305 people per km², and an urban population share of about 31%. Since 1 July 2025 the province has had a two-tier local government (provincial and commune levels) with no district level. It has 86 commune-level administrative units: 68 communes, 17 wards and the Hon Ngoc Special Zone.',
        },
        { h2: 'Key figures' },
        {
          table: [
            ['Indicator', 'Figure'],
            ['Natural area', '5,320 km²'],
            ['Population (2024)', 'About 1.62 million'],
            ['Population density', 'About 305 people/km²'],
            ['Commune-level administrative units', '86 (68 communes, 17 wards, 1 special zone)'],
            ['Administrative centre', 'Hong Son Ward'],
            ['Coastline', 'About 64 km'],
            ['Viet Nam–Laos border', 'About 96 km'],
            ['Highest peak', 'Pu Khoan (1,926 m)'],
            ['Forest cover', '52.4%'],
          ],
        },
        {
          p: '*Sources: Lac Hong Statistical Yearbook 2024; administrative units as of 1 July 2025.*',
        },
      ],
    },
    zh: {
      title: '雒鸿省概况',
      lead: '雒鸿省山林、平原、海洋和岛屿兼备，面积5320平方公里，人口约162万，下辖86个社级行政单位。',
      body: [
        { h2: '地理位置' },
        {
          p: '雒鸿省位于北中部地区北部，北接北部中游和山区各省，南邻北中部各省，西与老挝人民民主共和国接壤，边境线长约96公里，东濒北部湾，海岸线长约64公里。省行政中心设在鸿山坊。',
        },
        { h2: '地形' },
        {
          p: '全省地势西高东低，分为三个明显的区域。**西部山区**约占全省面积的60%，海拔1500米以上的山峰众多，位于南宽社的普宽峰（海拔1926米）为全省最高峰。这里主要是岱依族、瑶族、芒族同胞的聚居地，西山岭社、南宽社即为典型。**中游和平原地区**分布在蓝江两岸，是本省主要的粮仓和果树种植区。**沿海和海岛地区**包括拥有海港和蓝江入海口的雒口坊，以及距大陆约28公里、本省最大岛屿所在的玉岛特区。',
        },
        { h2: '气候' },
        {
          p: '雒鸿省属热带季风气候，夏季炎热多雨，冬季寒冷少雨。年平均气温约23.5°C，年平均降水量1700至1900毫米，集中在8月至10月。初夏时节，西部地区受干热西风影响；沿海地区在9月、10月常受台风和热带低压影响。',
        },
        { h2: '河流' },
        {
          p: '**蓝江**发源于边境山区，自西向东流经本省约138公里，在雒口注入大海。蓝江为4万多公顷耕地提供灌溉用水，既是水上交通线，也是与众多手工艺村和古渡口相连的文化空间。',
        },
        {
          figure: {
            image: 'river-bridge',
            caption: '蓝江大桥连接鸿山坊的蓝江两岸。',
            alt: '一座横跨宽阔河面的桥梁，两岸是房屋和绿树。',
            credit: '摄影：明德',
          },
        },
        { h2: '人口与行政单位' },
        {
          p: '2024年，全省人口约162万，平均人口密度约每平方公里305人，城镇人口约占31%。自2025年7月1日起，本省实行省、社两级地方政府体制，不再设县级；全省共有86个社级行政单位，包括68个社、17个坊和玉岛特区。',
        },
        { h2: '主要指标' },
        {
          table: [
            ['指标', '数据'],
            ['自然面积', '5320平方公里'],
            ['人口（2024年）', '约162万人'],
            ['人口密度', '约每平方公里305人'],
            ['社级行政单位', '86个（68个社、17个坊、1个特区）'],
            ['行政中心', '鸿山坊'],
            ['海岸线', '约64公里'],
            ['越老边境线', '约96公里'],
            ['最高峰', '普宽峰（1926米）'],
            ['森林覆盖率', '52.4%'],
          ],
        },
        {
          p: '*资料来源：《2024年雒鸿省统计年鉴》；行政单位数据截至2025年7月1日。*',
        },
      ],
    },
  },

  // ─────────────────────────────────────────────────────────────── Lịch sử, văn hóa
  {
    key: 'lich-su-van-hoa',
    parent: 'gioi-thieu',
    title: 'Lịch sử, văn hóa',
    lead: 'Vùng đất Lạc Hồng có bề dày lịch sử hàng nghìn năm, là nơi hội tụ văn hóa của các dân tộc Kinh, Tày, Dao, Mường.',
    position: 2,
    body: [
      { h2: 'Quá trình hình thành' },
      {
        p: 'Các cuộc khai quật tại di chỉ Gò Đồng ven sông Lam Giang đã phát hiện trống đồng, rìu đồng và đồ gốm thuộc văn hóa Đông Sơn, cho thấy cư dân Việt cổ đã định cư, trồng lúa nước trên vùng đất này từ hơn 2.500 năm trước. Tên gọi Lạc Hồng gợi nhắc nguồn cội “con Lạc cháu Hồng” của dân tộc Việt Nam.',
      },
      {
        p: 'Qua các triều đại phong kiến, vùng đất nhiều lần thay đổi tên gọi và địa giới. Năm 1831, trong cuộc cải cách hành chính của vua Minh Mệnh, trấn Lam Giang được đổi thành tỉnh Lạc Hồng, lỵ sở đặt tại thành Hồng Sơn bên bờ sông.',
      },
      {
        p: 'Trong hai cuộc kháng chiến chống thực dân Pháp và đế quốc Mỹ, Đảng bộ và Nhân dân tỉnh đã xây dựng căn cứ kháng chiến Tây Sơn Lĩnh, được Nhà nước tuyên dương danh hiệu Anh hùng Lực lượng vũ trang nhân dân. Từ ngày 01/7/2025, tỉnh giữ nguyên địa giới, kết thúc hoạt động của cấp huyện và tổ chức chính quyền địa phương hai cấp.',
      },
      { h2: 'Di tích tiêu biểu' },
      {
        p: 'Toàn tỉnh có hơn 1.200 di tích lịch sử – văn hóa, trong đó có 3 di tích quốc gia đặc biệt và 92 di tích quốc gia. Tiêu biểu là:',
      },
      {
        ul: [
          '**Đền Lạc Long** trên núi Ngọc Bút, phường Hồng Sơn – nơi thờ Lạc Long Quân và các bậc tiền nhân có công khai phá vùng đất.',
          '**Thành cổ Hồng Sơn** xây năm 1832 bằng đá ong và gạch vồ, nay còn cổng Tiền, cổng Hậu và đoạn tường thành dài gần 400 m.',
          '**Di chỉ khảo cổ Gò Đồng**, hiện vật được trưng bày tại Bảo tàng tỉnh.',
          '**Khu di tích căn cứ kháng chiến Tây Sơn Lĩnh** tại xã Tây Sơn Lĩnh.',
          '**Đình Cửa Lạc**, phường Cửa Lạc, thờ Thành hoàng và các vị thần biển của cư dân vùng cửa sông.',
        ],
      },
      { h2: 'Lễ hội' },
      {
        ul: [
          '**Lễ hội đền Lạc Long** (mùng 10 tháng Giêng âm lịch) với lễ rước nước từ sông Lam Giang, thi vật và đua thuyền.',
          '**Lễ hội Cầu ngư Cửa Lạc** (tháng Hai âm lịch), ngư dân cầu mưa thuận gió hòa, tàu thuyền ra khơi bình an.',
          '**Lễ hội Lồng tồng** (xuống đồng) của đồng bào Tày ở các xã phía Tây vào dịp đầu xuân.',
          '**Lễ cấp sắc** của người Dao và **lễ hội Khai hạ** của người Mường, được gìn giữ tại xã Nậm Khoan và xã Tây Sơn Lĩnh.',
        ],
      },
      {
        figure: {
          image: 'festival',
          caption: 'Đua thuyền trên sông Lam Giang trong Lễ hội đền Lạc Long.',
          alt: 'Nhiều thuyền đua chèo trên sông, hai bên bờ đông người xem cổ vũ.',
          credit: 'Ảnh: Thu Hà',
        },
      },
      { h2: 'Cộng đồng các dân tộc' },
      {
        p: 'Người Kinh chiếm khoảng 82% dân số, sinh sống chủ yếu ở vùng đồng bằng và ven biển; người Tày, Dao, Mường cư trú tập trung ở vùng núi phía Tây. Mỗi dân tộc có bản sắc riêng: hát then của người Tày, nghề thêu và thuốc nam của người Dao, cồng chiêng và mo Mường. Tỉnh đang triển khai các chương trình phục dựng lễ hội, truyền dạy tiếng nói, chữ viết dân tộc và phát triển du lịch cộng đồng.',
      },
      {
        figure: {
          image: 'mountain-village',
          caption: 'Bản làng của đồng bào Tày tại xã Nậm Khoan.',
          alt: 'Những ngôi nhà sàn nằm giữa thung lũng, phía sau là dãy núi.',
        },
      },
    ],
  },

  // ─────────────────────────────────────────────────────────────── Cơ cấu tổ chức
  {
    key: 'co-cau-to-chuc',
    parent: 'gioi-thieu',
    title: 'Cơ cấu tổ chức',
    lead: 'Hệ thống chính trị và bộ máy chính quyền tỉnh Lạc Hồng được tổ chức theo mô hình chính quyền địa phương hai cấp từ ngày 01/7/2025.',
    position: 3,
    body: [
      { h2: 'Tỉnh ủy Lạc Hồng' },
      {
        p: 'Ban Chấp hành Đảng bộ tỉnh (Tỉnh ủy) là cơ quan lãnh đạo của Đảng bộ tỉnh giữa hai kỳ đại hội; Ban Thường vụ Tỉnh ủy lãnh đạo, chỉ đạo thường xuyên. Giúp việc Tỉnh ủy có Văn phòng Tỉnh ủy, Ban Tổ chức, Ban Tuyên giáo và Dân vận, Ban Nội chính và Ủy ban Kiểm tra Tỉnh ủy. Bí thư Tỉnh ủy: ông **Nguyễn Văn Thành**.',
      },
      { h2: 'Hội đồng nhân dân tỉnh' },
      {
        p: 'HĐND tỉnh là cơ quan quyền lực nhà nước ở địa phương, đại diện cho ý chí, nguyện vọng và quyền làm chủ của Nhân dân. HĐND tỉnh nhiệm kỳ 2021–2026 có 72 đại biểu; cơ cấu gồm Thường trực HĐND và 4 ban: Ban Pháp chế, Ban Kinh tế – Ngân sách, Ban Văn hóa – Xã hội, Ban Dân tộc. Chủ tịch HĐND tỉnh: ông **Đỗ Mạnh Cường**.',
      },
      { h2: 'Ủy ban nhân dân tỉnh' },
      {
        p: 'UBND tỉnh do HĐND tỉnh bầu, là cơ quan chấp hành của HĐND tỉnh, cơ quan hành chính nhà nước ở địa phương. UBND tỉnh gồm Chủ tịch, 3 Phó Chủ tịch và các Ủy viên là người đứng đầu cơ quan chuyên môn, Ủy viên phụ trách quân sự và Ủy viên phụ trách công an. Chủ tịch UBND tỉnh: bà **Trần Thị Minh Hương**.',
      },
      { h2: 'Các cơ quan chuyên môn thuộc UBND tỉnh' },
      { p: 'Sau khi sắp xếp, tinh gọn bộ máy năm 2025, UBND tỉnh có 13 cơ quan chuyên môn:' },
      {
        ol: [
          'Văn phòng UBND tỉnh',
          'Sở Nội vụ',
          'Sở Tài chính',
          'Sở Tư pháp',
          'Sở Công Thương',
          'Sở Nông nghiệp và Môi trường',
          'Sở Xây dựng',
          'Sở Khoa học và Công nghệ',
          'Sở Giáo dục và Đào tạo',
          'Sở Y tế',
          'Sở Văn hóa, Thể thao và Du lịch',
          'Thanh tra tỉnh',
          'Sở Dân tộc và Tôn giáo',
        ],
      },
      {
        p: 'Trực thuộc UBND tỉnh còn có Ban Quản lý Khu kinh tế Cửa Lạc, Trung tâm Phục vụ hành chính công tỉnh và Báo và Phát thanh, Truyền hình Lạc Hồng.',
      },
      { h2: 'Chính quyền cấp xã' },
      {
        p: 'Từ ngày 01/7/2025, tỉnh không còn tổ chức cấp huyện. Mỗi xã, phường, đặc khu có HĐND và UBND; UBND cấp xã có Văn phòng HĐND và UBND, các phòng chuyên môn và Trung tâm Phục vụ hành chính công, trực tiếp giải quyết phần lớn thủ tục hành chính cho người dân.',
      },
      {
        table: [
          ['Loại đơn vị', 'Số lượng', 'Ví dụ'],
          ['Xã', '68', 'Xã Tây Sơn Lĩnh, xã Nậm Khoan'],
          ['Phường', '17', 'Phường Hồng Sơn, phường Cửa Lạc'],
          ['Đặc khu', '1', 'Đặc khu Hòn Ngọc'],
          ['Tổng cộng', '86', ''],
        ],
      },
    ],
    en: {
      title: 'Organisational structure',
      lead: 'Since 1 July 2025, the political system and government of Lac Hong Province have been organised under the two-tier local government model.',
      body: [
        { h2: 'Lac Hong Provincial Party Committee' },
        {
          p: 'The Executive Committee of the Provincial Party Organisation (the Provincial Party Committee) is the Party’s leading body in the province between two congresses, and its Standing Board provides regular leadership and direction. It is assisted by the Office of the Provincial Party Committee, the Organisation Commission, the Commission for Information, Education and Mass Mobilisation, the Internal Affairs Commission and the Inspection Commission. Secretary of the Provincial Party Committee: **Nguyen Van Thanh**.',
        },
        { h2: 'Provincial People’s Council' },
        {
          p: 'The Provincial People’s Council is the local body of state power, representing the will, aspirations and right to mastery of the people. The Council for the 2021–2026 term has 72 deputies. It has a Standing Committee and four committees: the Legal Affairs Committee, the Economic and Budget Committee, the Culture and Social Affairs Committee and the Ethnic Affairs Committee. Chairman of the Provincial People’s Council: **Do Manh Cuong**.',
        },
        { h2: 'Provincial People’s Committee' },
        {
          p: 'The Provincial People’s Committee is elected by the Provincial People’s Council. It is the executive body of the Council and the state administrative body of the province. It consists of the Chairwoman, three Vice Chairpersons and members who head the specialised agencies, together with the members in charge of military and public security affairs. Chairwoman of the Provincial People’s Committee: **Tran Thi Minh Huong**.',
        },
        { h2: 'Specialised agencies of the Provincial People’s Committee' },
        {
          p: 'Following the streamlining of the government apparatus in 2025, the Provincial People’s Committee has 13 specialised agencies:',
        },
        {
          ol: [
            'Office of the Provincial People’s Committee',
            'Department of Home Affairs',
            'Department of Finance',
            'Department of Justice',
            'Department of Industry and Trade',
            'Department of Agriculture and Environment',
            'Department of Construction',
            'Department of Science and Technology',
            'Department of Education and Training',
            'Department of Health',
            'Department of Culture, Sports and Tourism',
            'Provincial Inspectorate',
            'Department of Ethnic Minorities and Religions',
          ],
        },
        {
          p: 'Also under the Provincial People’s Committee are the Cua Lac Economic Zone Management Board, the Provincial Public Administration Service Centre and Lac Hong Newspaper, Radio and Television.',
        },
        { h2: 'Commune-level government' },
        {
          p: 'Since 1 July 2025 the province no longer has a district level. Each commune, ward and special zone has a People’s Council and a People’s Committee. The commune-level People’s Committee has an Office of the People’s Council and People’s Committee, specialised divisions and a Public Administration Service Centre, which handles most administrative procedures for residents directly.',
        },
        {
          table: [
            ['Type of unit', 'Number', 'Examples'],
            ['Commune', '68', 'Tay Son Linh Commune, Nam Khoan Commune'],
            ['Ward', '17', 'Hong Son Ward, Cua Lac Ward'],
            ['Special zone', '1', 'Hon Ngoc Special Zone'],
            ['Total', '86', ''],
          ],
        },
      ],
    },
    zh: {
      title: '组织机构',
      lead: '自2025年7月1日起，雒鸿省政治体系和政府机构按照两级地方政府模式组织运行。',
      body: [
        { h2: '雒鸿省委' },
        {
          p: '省党部执行委员会（省委）是两次代表大会之间省党部的领导机关，省委常务委员会负责日常领导和指导工作。省委下设省委办公厅、组织部、宣教与民运部、内政部和省委检查委员会。省委书记：**阮文成**。',
        },
        { h2: '省人民议会' },
        {
          p: '省人民议会是地方国家权力机关，代表人民的意志、愿望和当家作主的权利。2021—2026年任期省人民议会共有代表72名，设常务委员会和法制委员会、经济预算委员会、文化社会委员会、民族委员会4个委员会。省人民议会主席：**杜孟强**。',
        },
        { h2: '省人民委员会' },
        {
          p: '省人民委员会由省人民议会选举产生，是省人民议会的执行机关和地方国家行政机关。省人民委员会由主席、3名副主席以及由各专门机构负责人、军事主管委员和公安主管委员组成的委员构成。省人民委员会主席：**陈氏明香**（女）。',
        },
        { h2: '省人民委员会下属专门机构' },
        { p: '经2025年机构精简调整后，省人民委员会共设13个专门机构：' },
        {
          ol: [
            '省人民委员会办公厅',
            '内务厅',
            '财政厅',
            '司法厅',
            '工贸厅',
            '农业与环境厅',
            '建设厅',
            '科学技术厅',
            '教育培训厅',
            '卫生厅',
            '文化体育旅游厅',
            '省监察署',
            '民族与宗教厅',
          ],
        },
        {
          p: '省人民委员会直属单位还包括雒口经济区管理委员会、省公共行政服务中心和雒鸿报纸与广播电视台。',
        },
        { h2: '社级政府' },
        {
          p: '自2025年7月1日起，本省不再设县级政府。每个社、坊、特区均设有人民议会和人民委员会；社级人民委员会设有人民议会和人民委员会办公室、各专业科室和公共行政服务中心，直接为居民办理大部分行政手续。',
        },
        {
          table: [
            ['单位类型', '数量', '示例'],
            ['社', '68', '西山岭社、南宽社'],
            ['坊', '17', '鸿山坊、雒口坊'],
            ['特区', '1', '玉岛特区'],
            ['合计', '86', ''],
          ],
        },
      ],
    },
  },

  // ─────────────────────────────────────────────────────────────── Chức năng, nhiệm vụ
  {
    key: 'chuc-nang-nhiem-vu',
    parent: 'gioi-thieu',
    title: 'Chức năng, nhiệm vụ',
    lead: 'Vị trí, chức năng, nhiệm vụ và quyền hạn của Ủy ban nhân dân tỉnh Lạc Hồng theo Luật Tổ chức chính quyền địa phương năm 2025.',
    position: 4,
    body: [
      { h2: 'Vị trí, chức năng' },
      {
        p: 'Ủy ban nhân dân tỉnh do Hội đồng nhân dân tỉnh bầu, là cơ quan chấp hành của Hội đồng nhân dân tỉnh, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân địa phương, Hội đồng nhân dân tỉnh và cơ quan hành chính nhà nước cấp trên. UBND tỉnh hoạt động theo chế độ tập thể, kết hợp với đề cao trách nhiệm của Chủ tịch UBND tỉnh.',
      },
      { h2: 'Nhiệm vụ, quyền hạn' },
      {
        ol: [
          'Xây dựng, trình HĐND tỉnh quyết định các nội dung thuộc thẩm quyền: kế hoạch phát triển kinh tế – xã hội, dự toán và phân bổ ngân sách, chủ trương đầu tư, các biện pháp bảo đảm quốc phòng, an ninh; tổ chức thực hiện nghị quyết của HĐND tỉnh.',
          'Tổ chức thi hành Hiến pháp, pháp luật và văn bản của cơ quan nhà nước cấp trên trên địa bàn tỉnh; ban hành quyết định, văn bản quy phạm pháp luật theo thẩm quyền.',
          'Quản lý nhà nước về kinh tế, tài chính, đầu tư, đất đai, tài nguyên, môi trường, nông nghiệp, công nghiệp, thương mại, xây dựng, giao thông, khoa học, công nghệ và chuyển đổi số.',
          'Quản lý nhà nước về giáo dục, y tế, văn hóa, thể thao, du lịch, lao động, việc làm, an sinh xã hội, công tác dân tộc và tôn giáo.',
          'Bảo đảm quốc phòng, an ninh, trật tự, an toàn xã hội; quản lý, bảo vệ biên giới quốc gia, vùng biển và hải đảo thuộc tỉnh; chỉ đạo phòng, chống thiên tai, cứu hộ, cứu nạn.',
          'Quyết định tổ chức bộ máy các cơ quan chuyên môn, đơn vị sự nghiệp công lập; quản lý cán bộ, công chức, viên chức; thực hiện cải cách hành chính và cải cách chế độ công vụ.',
          'Chỉ đạo, hướng dẫn, kiểm tra hoạt động của UBND cấp xã; phân cấp, ủy quyền cho chính quyền cấp xã theo quy định của pháp luật.',
          'Tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh; thực hiện công tác thanh tra, phòng, chống tham nhũng, lãng phí, tiêu cực.',
          'Thực hiện nhiệm vụ, quyền hạn do cơ quan nhà nước cấp trên phân cấp, ủy quyền và các nhiệm vụ khác theo quy định của pháp luật.',
        ],
      },
      { h2: 'Chủ tịch Ủy ban nhân dân tỉnh' },
      {
        p: 'Chủ tịch UBND tỉnh là người đứng đầu, lãnh đạo và điều hành công việc của UBND tỉnh; chịu trách nhiệm cá nhân về việc thực hiện nhiệm vụ, quyền hạn của mình và cùng UBND tỉnh chịu trách nhiệm tập thể trước HĐND tỉnh và cơ quan hành chính nhà nước cấp trên. Chủ tịch phân công nhiệm vụ cho các Phó Chủ tịch; mỗi Phó Chủ tịch chịu trách nhiệm trước Chủ tịch về lĩnh vực được giao.',
      },
      {
        quote:
          'Xây dựng nền hành chính phục vụ, chuyên nghiệp, hiện đại; lấy sự hài lòng của người dân và doanh nghiệp làm thước đo hiệu quả hoạt động. — Phương châm hành động của UBND tỉnh năm 2025',
      },
    ],
    en: {
      title: 'Functions and duties',
      lead: 'The position, functions, duties and powers of the Lac Hong Provincial People’s Committee under the 2025 Law on Organisation of Local Government.',
      body: [
        { h2: 'Position and functions' },
        {
          p: 'The Provincial People’s Committee is elected by the Provincial People’s Council. It is the executive body of the Provincial People’s Council and the state administrative body of the province, accountable to the local people, to the Provincial People’s Council and to higher-level state administrative bodies. The Committee works on the principle of collective leadership combined with the personal responsibility of its Chairperson.',
        },
        { h2: 'Duties and powers' },
        {
          ol: [
            'To prepare and submit to the Provincial People’s Council matters within its competence, including socio-economic development plans, budget estimates and allocations, investment policies and measures to ensure national defence and security; and to implement the Council’s resolutions.',
            'To organise the implementation of the Constitution, laws and documents of higher-level state bodies in the province, and to issue decisions and legal documents within its competence.',
            'To perform state management of the economy, finance, investment, land, natural resources, the environment, agriculture, industry, trade, construction, transport, science, technology and digital transformation.',
            'To perform state management of education, health, culture, sports, tourism, labour, employment, social welfare, ethnic affairs and religion.',
            'To ensure national defence, security, public order and social safety; to manage and protect the national border, the sea areas and islands of the province; and to direct natural disaster prevention, rescue and relief.',
            'To decide on the organisation of specialised agencies and public service units; to manage officials, civil servants and public employees; and to carry out public administration and civil service reform.',
            'To direct, guide and inspect the work of commune-level People’s Committees, and to decentralise and delegate powers to commune-level government in accordance with the law.',
            'To receive citizens and settle complaints, denunciations, petitions and feedback; and to carry out inspection and the prevention of corruption, waste and other negative practices.',
            'To perform the duties and powers decentralised or delegated by higher-level state bodies and other duties prescribed by law.',
          ],
        },
        { h2: 'Chairperson of the Provincial People’s Committee' },
        {
          p: 'The Chairperson heads, leads and manages the work of the Provincial People’s Committee. The Chairperson is personally responsible for the performance of his or her duties and powers, and shares collective responsibility with the Committee before the Provincial People’s Council and higher-level state administrative bodies. The Chairperson assigns tasks to the Vice Chairpersons, each of whom is accountable to the Chairperson for the areas assigned.',
        },
        {
          quote:
            'Building a service-oriented, professional and modern administration, with the satisfaction of people and businesses as the measure of its performance. — Motto of the Provincial People’s Committee for 2025',
        },
      ],
    },
    zh: {
      title: '职能任务',
      lead: '根据2025年《地方政府组织法》，雒鸿省人民委员会的地位、职能、任务和权限。',
      body: [
        { h2: '地位与职能' },
        {
          p: '省人民委员会由省人民议会选举产生，是省人民议会的执行机关和地方国家行政机关，对地方人民、省人民议会和上级国家行政机关负责。省人民委员会实行集体领导与省人民委员会主席个人负责相结合的工作制度。',
        },
        { h2: '任务与权限' },
        {
          ol: [
            '拟定并提请省人民议会决定其职权范围内的事项，包括经济社会发展计划、预算编制与分配、投资主张以及保障国防安全的措施；组织实施省人民议会的决议。',
            '在本省组织实施宪法、法律和上级国家机关的文件；依职权颁布决定和法律规范性文件。',
            '对经济、财政、投资、土地、资源、环境、农业、工业、贸易、建设、交通、科学技术和数字化转型实施国家管理。',
            '对教育、卫生、文化、体育、旅游、劳动就业、社会保障、民族和宗教工作实施国家管理。',
            '保障国防、安全、社会秩序与安全；管理和保护国家边界及本省海域、海岛；指导防灾减灾和救援救助工作。',
            '决定各专门机构和公立事业单位的组织机构；管理干部、公务员和公职人员；推进行政改革和公务制度改革。',
            '指导、指引和检查社级人民委员会的工作；依法向社级政府分权和授权。',
            '接待公民，处理投诉、检举、建议和反映；开展监察工作，预防和打击腐败、浪费及其他消极现象。',
            '履行上级国家机关下放或授权的任务和权限以及法律规定的其他任务。',
          ],
        },
        { h2: '省人民委员会主席' },
        {
          p: '省人民委员会主席是省人民委员会的负责人，领导和主持省人民委员会的工作；对本人履行职责和行使权限承担个人责任，并与省人民委员会一起对省人民议会和上级国家行政机关承担集体责任。主席为各副主席分配任务，各副主席就所分管领域对主席负责。',
        },
        {
          quote:
            '建设服务型、专业化、现代化的行政机关，以人民和企业的满意度作为衡量工作成效的标准。——省人民委员会2025年工作方针',
        },
      ],
    },
  },

  // ─────────────────────────────────────────────────────────────── Lãnh đạo tỉnh
  {
    key: 'lanh-dao-tinh',
    parent: 'gioi-thieu',
    title: 'Lãnh đạo tỉnh',
    lead: 'Thông tin về lãnh đạo chủ chốt của tỉnh Lạc Hồng và lĩnh vực công tác được phân công.',
    position: 5,
    body: [
      {
        p: 'Lịch công tác hằng tuần của lãnh đạo UBND tỉnh được đăng tải trên Cổng thông tin điện tử. Phân công công tác của lãnh đạo UBND tỉnh thực hiện theo quyết định của Chủ tịch UBND tỉnh năm 2025.',
      },
      { h2: 'Ông Nguyễn Văn Thành – Bí thư Tỉnh ủy' },
      {
        p: 'Sinh năm 1968, quê quán phường Cửa Lạc; Tiến sĩ Kinh tế, Cao cấp lý luận chính trị. Nguyên Chủ tịch UBND tỉnh; Bí thư Tỉnh ủy từ tháng 10/2024.',
      },
      {
        p: '**Nhiệm vụ:** Lãnh đạo toàn diện hoạt động của Ban Chấp hành, Ban Thường vụ Tỉnh ủy; trực tiếp phụ trách công tác tổ chức cán bộ, quốc phòng, an ninh, nội chính; Bí thư Đảng ủy Quân sự tỉnh.',
      },
      { h2: 'Ông Đỗ Mạnh Cường – Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh' },
      {
        p: 'Sinh năm 1969, quê quán xã Tây Sơn Lĩnh; Thạc sĩ Luật, Cao cấp lý luận chính trị. Nguyên Trưởng Ban Tổ chức Tỉnh ủy; Chủ tịch HĐND tỉnh từ năm 2021.',
      },
      {
        p: '**Nhiệm vụ:** Lãnh đạo hoạt động của HĐND tỉnh và Thường trực HĐND tỉnh; chủ tọa các kỳ họp; chỉ đạo công tác giám sát, tiếp xúc cử tri; phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.',
      },
      { h2: 'Bà Trần Thị Minh Hương – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh' },
      {
        p: 'Sinh năm 1975, quê quán phường Hồng Sơn; Tiến sĩ Quản lý kinh tế, Cao cấp lý luận chính trị. Nguyên Giám đốc Sở Tài chính, Phó Chủ tịch UBND tỉnh; Chủ tịch UBND tỉnh từ tháng 11/2024.',
      },
      {
        p: '**Nhiệm vụ:** Lãnh đạo, điều hành chung hoạt động của UBND tỉnh; trực tiếp phụ trách quy hoạch, tổ chức bộ máy, tài chính – ngân sách, quốc phòng, an ninh, thanh tra và chuyển đổi số. Chỉ đạo Văn phòng UBND tỉnh, Sở Nội vụ, Sở Tài chính, Thanh tra tỉnh, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh.',
      },
      { h2: 'Ông Lê Quang Vinh – Phó Chủ tịch UBND tỉnh' },
      {
        p: 'Sinh năm 1974, quê quán phường Cửa Lạc; Thạc sĩ Quản trị kinh doanh. Nguyên Giám đốc Sở Xây dựng.',
      },
      {
        p: '**Nhiệm vụ:** Phụ trách khối kinh tế: công nghiệp, thương mại, nông nghiệp, môi trường, đất đai, xây dựng, giao thông, thu hút đầu tư. Chỉ đạo Sở Công Thương, Sở Nông nghiệp và Môi trường, Sở Xây dựng, Ban Quản lý Khu kinh tế Cửa Lạc.',
      },
      { h2: 'Ông Hoàng Đức Long – Phó Chủ tịch UBND tỉnh' },
      {
        p: 'Sinh năm 1977, dân tộc Tày, quê quán xã Nậm Khoan; Tiến sĩ Giáo dục học. Nguyên Giám đốc Sở Giáo dục và Đào tạo.',
      },
      {
        p: '**Nhiệm vụ:** Phụ trách khối văn hóa – xã hội: giáo dục, y tế, văn hóa, thể thao, du lịch, khoa học và công nghệ, lao động, an sinh xã hội, dân tộc, tôn giáo. Chỉ đạo Sở Giáo dục và Đào tạo, Sở Y tế, Sở Văn hóa, Thể thao và Du lịch, Sở Khoa học và Công nghệ, Sở Dân tộc và Tôn giáo.',
      },
      { h2: 'Bà Phạm Thu Trang – Phó Chủ tịch UBND tỉnh' },
      {
        p: 'Sinh năm 1980, quê quán đặc khu Hòn Ngọc; Thạc sĩ Luật. Nguyên Giám đốc Sở Tư pháp.',
      },
      {
        p: '**Nhiệm vụ:** Phụ trách khối nội chính: tư pháp, tiếp công dân, giải quyết khiếu nại, tố cáo, phòng, chống tham nhũng, biên giới, đối ngoại, cải cách hành chính và hoạt động của chính quyền cấp xã. Chỉ đạo Sở Tư pháp, Trung tâm Phục vụ hành chính công tỉnh.',
      },
    ],
    en: {
      title: 'Provincial leaders',
      lead: 'The key leaders of Lac Hong Province and their assigned areas of work.',
      body: [
        {
          p: 'The weekly work schedule of the leaders of the Provincial People’s Committee is published on the portal. The portfolios of the Provincial People’s Committee leaders follow the 2025 decision of its Chairwoman.',
        },
        { h2: 'Nguyen Van Thanh – Secretary of the Provincial Party Committee' },
        {
          p: 'Born in 1968 in Cua Lac Ward; Doctor of Economics, Advanced Diploma in Political Theory. Former Chairman of the Provincial People’s Committee; Secretary of the Provincial Party Committee since October 2024.',
        },
        {
          p: '**Duties:** Provides overall leadership of the Executive Committee and the Standing Board of the Provincial Party Committee; directly in charge of personnel and organisation, national defence, security and internal affairs; Secretary of the Party Committee of the Provincial Military Command.',
        },
        {
          h2: 'Do Manh Cuong – Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People’s Council',
        },
        {
          p: 'Born in 1969 in Tay Son Linh Commune; Master of Laws, Advanced Diploma in Political Theory. Former Head of the Organisation Commission of the Provincial Party Committee; Chairman of the Provincial People’s Council since 2021.',
        },
        {
          p: '**Duties:** Leads the Provincial People’s Council and its Standing Committee; presides over Council sessions; directs oversight activities and meetings with voters; coordinates with the Provincial Committee of the Viet Nam Fatherland Front.',
        },
        {
          h2: 'Tran Thi Minh Huong – Deputy Secretary of the Provincial Party Committee, Chairwoman of the Provincial People’s Committee',
        },
        {
          p: 'Born in 1975 in Hong Son Ward; Doctor of Economic Management, Advanced Diploma in Political Theory. Former Director of the Department of Finance and Vice Chairwoman of the Provincial People’s Committee; Chairwoman of the Provincial People’s Committee since November 2024.',
        },
        {
          p: '**Duties:** Leads and manages the overall work of the Provincial People’s Committee; directly in charge of planning, organisation of the government apparatus, finance and budget, national defence, security, inspection and digital transformation. Oversees the Office of the Provincial People’s Committee, the Department of Home Affairs, the Department of Finance, the Provincial Inspectorate, the Provincial Police and the Provincial Military Command.',
        },
        { h2: 'Le Quang Vinh – Vice Chairman of the Provincial People’s Committee' },
        {
          p: 'Born in 1974 in Cua Lac Ward; Master of Business Administration. Former Director of the Department of Construction.',
        },
        {
          p: '**Duties:** In charge of economic affairs: industry, trade, agriculture, the environment, land, construction, transport and investment promotion. Oversees the Department of Industry and Trade, the Department of Agriculture and Environment, the Department of Construction and the Cua Lac Economic Zone Management Board.',
        },
        { h2: 'Hoang Duc Long – Vice Chairman of the Provincial People’s Committee' },
        {
          p: 'Born in 1977 in Nam Khoan Commune, of Tay ethnicity; Doctor of Education. Former Director of the Department of Education and Training.',
        },
        {
          p: '**Duties:** In charge of cultural and social affairs: education, health, culture, sports, tourism, science and technology, labour, social welfare, ethnic affairs and religion. Oversees the Department of Education and Training, the Department of Health, the Department of Culture, Sports and Tourism, the Department of Science and Technology and the Department of Ethnic Minorities and Religions.',
        },
        { h2: 'Pham Thu Trang – Vice Chairwoman of the Provincial People’s Committee' },
        {
          p: 'Born in 1980 in the Hon Ngoc Special Zone; Master of Laws. Former Director of the Department of Justice.',
        },
        {
          p: '**Duties:** In charge of internal affairs: justice, citizen reception, the settlement of complaints and denunciations, anti-corruption, border affairs, external relations, public administration reform and the work of commune-level governments. Oversees the Department of Justice and the Provincial Public Administration Service Centre.',
        },
      ],
    },
    zh: {
      title: '省领导',
      lead: '雒鸿省主要领导简介及工作分工。',
      body: [
        {
          p: '省人民委员会领导每周工作日程在门户网站上公布。省人民委员会领导的工作分工依据省人民委员会主席2025年的决定。',
        },
        { h2: '阮文成——省委书记' },
        {
          p: '1968年出生，籍贯雒口坊；经济学博士，高级政治理论学历。曾任省人民委员会主席，2024年10月起任省委书记。',
        },
        {
          p: '**分工：**全面领导省委执行委员会和省委常务委员会的工作；直接负责干部组织、国防、安全和内政工作；兼任省军事党委书记。',
        },
        { h2: '杜孟强——省委副书记、省人民议会主席' },
        {
          p: '1969年出生，籍贯西山岭社；法学硕士，高级政治理论学历。曾任省委组织部部长，2021年起任省人民议会主席。',
        },
        {
          p: '**分工：**领导省人民议会及其常务委员会的工作；主持议会会议；指导监督工作和选民接触活动；负责与越南祖国阵线省委员会的协调配合。',
        },
        { h2: '陈氏明香（女）——省委副书记、省人民委员会主席' },
        {
          p: '1975年出生，籍贯鸿山坊；经济管理学博士，高级政治理论学历。曾任财政厅厅长、省人民委员会副主席，2024年11月起任省人民委员会主席。',
        },
        {
          p: '**分工：**全面领导和主持省人民委员会工作；直接负责规划、机构组织、财政预算、国防、安全、监察和数字化转型工作。分管省人民委员会办公厅、内务厅、财政厅、省监察署、省公安厅和省军事指挥部。',
        },
        { h2: '黎光荣——省人民委员会副主席' },
        {
          p: '1974年出生，籍贯雒口坊；工商管理硕士。曾任建设厅厅长。',
        },
        {
          p: '**分工：**负责经济领域工作，包括工业、贸易、农业、环境、土地、建设、交通和招商引资。分管工贸厅、农业与环境厅、建设厅和雒口经济区管理委员会。',
        },
        { h2: '黄德龙——省人民委员会副主席' },
        {
          p: '1977年出生，岱依族，籍贯南宽社；教育学博士。曾任教育培训厅厅长。',
        },
        {
          p: '**分工：**负责文化社会领域工作，包括教育、卫生、文化、体育、旅游、科学技术、劳动、社会保障、民族和宗教。分管教育培训厅、卫生厅、文化体育旅游厅、科学技术厅和民族与宗教厅。',
        },
        { h2: '范秋庄（女）——省人民委员会副主席' },
        {
          p: '1980年出生，籍贯玉岛特区；法学硕士。曾任司法厅厅长。',
        },
        {
          p: '**分工：**负责内政领域工作，包括司法、公民接待、投诉和检举处理、反腐败、边境、对外事务、行政改革以及社级政府工作。分管司法厅和省公共行政服务中心。',
        },
      ],
    },
  },

  // ─────────────────────────────────────────────────────────────── Người phát ngôn
  {
    key: 'nguoi-phat-ngon',
    parent: 'gioi-thieu',
    title: 'Người phát ngôn',
    lead: 'Thông tin về người phát ngôn, cung cấp thông tin cho báo chí của Ủy ban nhân dân tỉnh Lạc Hồng và các tài khoản mạng xã hội chính thức của tỉnh.',
    position: 6,
    body: [
      {
        p: 'Thực hiện quy định về phát ngôn và cung cấp thông tin cho báo chí, Chủ tịch UBND tỉnh giao Chánh Văn phòng UBND tỉnh là người phát ngôn của UBND tỉnh. Người phát ngôn được nhân danh UBND tỉnh phát ngôn, cung cấp thông tin cho báo chí về hoạt động, công tác chỉ đạo, điều hành của UBND tỉnh và Chủ tịch UBND tỉnh.',
      },
      { h2: 'Người phát ngôn của UBND tỉnh' },
      {
        table: [
          ['Thông tin', 'Chi tiết'],
          ['Họ và tên', 'Bà Vũ Thị Hồng Nhung'],
          ['Chức vụ', 'Chánh Văn phòng UBND tỉnh Lạc Hồng'],
          ['Điện thoại', '0203 3812 345'],
          ['Thư điện tử', '[vanphong@lachong.gov.vn](mailto:vanphong@lachong.gov.vn)'],
          ['Địa chỉ', 'Số 1 đường Trần Hưng Đạo, phường Hồng Sơn, tỉnh Lạc Hồng'],
        ],
      },
      {
        p: 'Khi người phát ngôn vắng mặt, ông **Đinh Quốc Bảo**, Phó Chánh Văn phòng UBND tỉnh (điện thoại 0203 3812 346) được ủy quyền phát ngôn, cung cấp thông tin cho báo chí.',
      },
      { h2: 'Hình thức phát ngôn, cung cấp thông tin' },
      {
        ul: [
          'Họp báo định kỳ hằng quý và họp báo đột xuất khi có sự kiện quan trọng.',
          'Thông cáo báo chí đăng tải trên Cổng thông tin điện tử tỉnh.',
          'Trả lời phỏng vấn trực tiếp hoặc trả lời bằng văn bản đối với câu hỏi của cơ quan báo chí.',
          'Đăng tải thông tin trên các tài khoản mạng xã hội chính thức của tỉnh.',
        ],
      },
      {
        p: 'Cơ quan báo chí có nhu cầu cung cấp thông tin vui lòng gửi văn bản hoặc thư điện tử tới Văn phòng UBND tỉnh, nêu rõ nội dung và thời hạn cần trả lời.',
      },
      { h2: 'Tài khoản mạng xã hội chính thức' },
      {
        p: 'Chỉ các tài khoản dưới đây là kênh thông tin chính thức của UBND tỉnh Lạc Hồng. Bạn đọc lưu ý cảnh giác với các tài khoản giả mạo sử dụng tên, biểu trưng của cơ quan nhà nước.',
      },
      {
        table: [
          ['Nền tảng', 'Tên tài khoản', 'Địa chỉ'],
          ['Facebook', 'Cổng thông tin điện tử tỉnh Lạc Hồng', 'facebook.com/conglachong'],
          ['Zalo', 'UBND tỉnh Lạc Hồng', 'Tìm “UBND tỉnh Lạc Hồng” trên Zalo'],
          ['YouTube', 'Lạc Hồng – Chính quyền số', 'youtube.com/@lachonggov'],
        ],
      },
    ],
  },

  // ─────────────────────────────────────────────────────────────── Liên hệ
  {
    key: 'lien-he',
    parent: 'gioi-thieu',
    title: 'Liên hệ',
    lead: 'Địa chỉ, điện thoại, thư điện tử, thời gian làm việc của Ủy ban nhân dân tỉnh Lạc Hồng và các đầu mối tiếp nhận thông tin.',
    position: 7,
    body: [
      { h2: 'Ủy ban nhân dân tỉnh Lạc Hồng' },
      {
        ul: [
          '**Địa chỉ:** Số 1 đường Trần Hưng Đạo, phường Hồng Sơn, tỉnh Lạc Hồng',
          '**Điện thoại:** 0203 3812 345',
          '**Thư điện tử:** [ubnd@lachong.gov.vn](mailto:ubnd@lachong.gov.vn)',
          '**Cổng thông tin điện tử:** [lachong.gov.vn](https://lachong.gov.vn)',
        ],
      },
      { h2: 'Thời gian làm việc' },
      {
        p: 'Từ thứ Hai đến thứ Sáu hằng tuần (trừ ngày nghỉ lễ, Tết theo quy định): buổi sáng từ 7 giờ 30 đến 11 giờ 30; buổi chiều từ 13 giờ 30 đến 17 giờ. Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hồ sơ thêm buổi sáng thứ Bảy.',
      },
      { h2: 'Đầu mối liên hệ' },
      {
        table: [
          ['Đơn vị, bộ phận', 'Người phụ trách', 'Điện thoại', 'Thư điện tử'],
          [
            'Văn phòng UBND tỉnh (người phát ngôn)',
            'Bà Vũ Thị Hồng Nhung – Chánh Văn phòng',
            '0203 3812 345',
            'vanphong@lachong.gov.vn',
          ],
          [
            'Ban Biên tập Cổng thông tin điện tử tỉnh',
            'Ông Lý Thanh Tùng – Phó Trưởng ban thường trực',
            '0203 3812 368',
            'banbientap@lachong.gov.vn',
          ],
          [
            'Trung tâm Phục vụ hành chính công tỉnh',
            'Ông Mai Văn Khánh – Giám đốc',
            '0203 3868 668',
            'hcc@lachong.gov.vn',
          ],
          [
            'Ban Tiếp công dân tỉnh',
            'Ông Trịnh Ngọc Sơn – Trưởng ban',
            '0203 3812 456',
            'tiepcongdan@lachong.gov.vn',
          ],
          [
            'Hỗ trợ chữ ký số, chuyển đổi số (Sở Khoa học và Công nghệ)',
            'Ông Bùi Minh Tuấn – Phó Giám đốc Sở',
            '0203 3823 456',
            'skhcn@lachong.gov.vn',
          ],
        ],
      },
      { h2: 'Gửi thư qua đường bưu chính' },
      {
        p: 'Thư, văn bản gửi UBND tỉnh xin ghi: **Văn phòng UBND tỉnh Lạc Hồng, Số 1 đường Trần Hưng Đạo, phường Hồng Sơn, tỉnh Lạc Hồng**. Câu hỏi về chính sách, pháp luật xin gửi theo hướng dẫn tại trang [Hỏi đáp](/hoi-dap); hồ sơ thủ tục hành chính xin nộp theo hướng dẫn tại trang [Dịch vụ công trực tuyến](/dich-vu-cong).',
      },
    ],
    en: {
      title: 'Contact',
      lead: 'Address, telephone, email and working hours of the Lac Hong Provincial People’s Committee and its contact points.',
      body: [
        { h2: 'Lac Hong Provincial People’s Committee' },
        {
          ul: [
            '**Address:** No. 1 Tran Hung Dao Street, Hong Son Ward, Lac Hong Province',
            '**Telephone:** (+84) 203 3812 345',
            '**Email:** [ubnd@lachong.gov.vn](mailto:ubnd@lachong.gov.vn)',
            '**Portal:** [lachong.gov.vn](https://lachong.gov.vn)',
          ],
        },
        { h2: 'Working hours' },
        {
          p: 'Monday to Friday (except public holidays): 7:30 to 11:30 in the morning and 13:30 to 17:00 in the afternoon. The Provincial Public Administration Service Centre also receives applications on Saturday mornings.',
        },
        { h2: 'Contact points' },
        {
          table: [
            ['Unit', 'Person in charge', 'Telephone', 'Email'],
            [
              'Office of the Provincial People’s Committee (spokesperson)',
              'Vu Thi Hong Nhung – Chief of Office',
              '0203 3812 345',
              'vanphong@lachong.gov.vn',
            ],
            [
              'Editorial Board of the Provincial Portal',
              'Ly Thanh Tung – Permanent Deputy Head',
              '0203 3812 368',
              'banbientap@lachong.gov.vn',
            ],
            [
              'Provincial Public Administration Service Centre',
              'Mai Van Khanh – Director',
              '0203 3868 668',
              'hcc@lachong.gov.vn',
            ],
            [
              'Provincial Citizen Reception Board',
              'Trinh Ngoc Son – Head',
              '0203 3812 456',
              'tiepcongdan@lachong.gov.vn',
            ],
            [
              'Digital signature and digital transformation support (Department of Science and Technology)',
              'Bui Minh Tuan – Deputy Director',
              '0203 3823 456',
              'skhcn@lachong.gov.vn',
            ],
          ],
        },
        { h2: 'Postal address' },
        {
          p: 'Letters and documents for the Provincial People’s Committee should be addressed to: **Office of the Lac Hong Provincial People’s Committee, No. 1 Tran Hung Dao Street, Hong Son Ward, Lac Hong Province, Viet Nam**. Questions, comments and enquiries about the portal can be sent to the Editorial Board at [banbientap@lachong.gov.vn](mailto:banbientap@lachong.gov.vn).',
        },
      ],
    },
    zh: {
      title: '联系我们',
      lead: '雒鸿省人民委员会及各信息受理联络点的地址、电话、电子邮箱和办公时间。',
      body: [
        { h2: '雒鸿省人民委员会' },
        {
          ul: [
            '**地址：**雒鸿省鸿山坊陈兴道路1号',
            '**电话：**(+84) 203 3812 345',
            '**电子邮箱：**[ubnd@lachong.gov.vn](mailto:ubnd@lachong.gov.vn)',
            '**门户网站：**[lachong.gov.vn](https://lachong.gov.vn)',
          ],
        },
        { h2: '办公时间' },
        {
          p: '每周一至周五（法定节假日除外）：上午7:30至11:30，下午13:30至17:00。省公共行政服务中心周六上午也受理申请材料。',
        },
        { h2: '联络点' },
        {
          table: [
            ['单位', '负责人', '电话', '电子邮箱'],
            [
              '省人民委员会办公厅（新闻发言人）',
              '武氏红绒——办公厅主任',
              '0203 3812 345',
              'vanphong@lachong.gov.vn',
            ],
            ['省门户网站编辑部', '李清松——常务副主编', '0203 3812 368', 'banbientap@lachong.gov.vn'],
            ['省公共行政服务中心', '梅文庆——主任', '0203 3868 668', 'hcc@lachong.gov.vn'],
            ['省公民接待委员会', '郑玉山——主任', '0203 3812 456', 'tiepcongdan@lachong.gov.vn'],
            [
              '数字签名与数字化转型支持（科学技术厅）',
              '裴明俊——副厅长',
              '0203 3823 456',
              'skhcn@lachong.gov.vn',
            ],
          ],
        },
        { h2: '邮寄地址' },
        {
          p: '寄给省人民委员会的信函和文件请注明：**越南雒鸿省鸿山坊陈兴道路1号，雒鸿省人民委员会办公厅**。有关门户网站的问题、意见和咨询，请发送电子邮件至编辑部：[banbientap@lachong.gov.vn](mailto:banbientap@lachong.gov.vn)。',
        },
      ],
    },
  },

  // ─────────────────────────────────────────────────────────────── Dịch vụ công
  {
    key: 'dich-vu-cong',
    title: 'Dịch vụ công trực tuyến',
    lead: 'Hướng dẫn người dân, doanh nghiệp nộp hồ sơ, thanh toán phí, lệ phí và theo dõi kết quả giải quyết thủ tục hành chính trực tuyến.',
    showInMenu: true,
    position: 50,
    body: [
      {
        p: 'Thủ tục hành chính thuộc thẩm quyền giải quyết của các cơ quan, đơn vị trên địa bàn tỉnh Lạc Hồng được công khai và tiếp nhận trực tuyến trên [Cổng Dịch vụ công quốc gia](https://dichvucong.gov.vn). Người dân, doanh nghiệp có thể nộp hồ sơ mọi lúc, mọi nơi, theo dõi tiến độ và nhận kết quả mà không phải đến trụ sở cơ quan nhà nước nhiều lần.',
      },
      { h2: 'Các bước thực hiện' },
      {
        ol: [
          'Truy cập [Cổng Dịch vụ công quốc gia](https://dichvucong.gov.vn), đăng nhập bằng tài khoản định danh điện tử VNeID (công dân dùng tài khoản mức độ 2, doanh nghiệp dùng tài khoản định danh điện tử của tổ chức).',
          'Tìm thủ tục theo tên hoặc lĩnh vực, chọn cơ quan thực hiện thuộc tỉnh Lạc Hồng.',
          'Điền tờ khai điện tử và tải lên thành phần hồ sơ theo hướng dẫn. Giấy tờ đã có trong Cơ sở dữ liệu quốc gia về dân cư hoặc đã được số hóa thì không phải nộp lại.',
          'Thanh toán phí, lệ phí (nếu có) bằng chức năng thanh toán trực tuyến của Cổng.',
          'Theo dõi tiến độ bằng mã hồ sơ; nhận kết quả bản điện tử, qua dịch vụ bưu chính công ích hoặc trực tiếp tại nơi nộp hồ sơ.',
          'Đánh giá mức độ hài lòng sau khi nhận kết quả.',
        ],
      },
      { h2: 'Thủ tục được sử dụng nhiều' },
      {
        ul: [
          '[Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi](https://dichvucong.gov.vn)',
          '[Liên thông đăng ký khai tử, xóa đăng ký thường trú, hỗ trợ chi phí mai táng](https://dichvucong.gov.vn)',
          '[Đăng ký kết hôn](https://dichvucong.gov.vn)',
          '[Cấp Phiếu lý lịch tư pháp](https://dichvucong.gov.vn)',
          '[Cấp đổi giấy phép lái xe](https://dichvucong.gov.vn)',
          '[Cấp giấy phép xây dựng nhà ở riêng lẻ](https://dichvucong.gov.vn)',
          '[Đăng ký thành lập hộ kinh doanh](https://dichvucong.gov.vn)',
          '[Đăng ký biến động đất đai, tài sản gắn liền với đất](https://dichvucong.gov.vn)',
        ],
      },
      { h2: 'Trung tâm Phục vụ hành chính công tỉnh Lạc Hồng' },
      {
        p: 'Người dân chưa quen sử dụng dịch vụ trực tuyến có thể đến Trung tâm Phục vụ hành chính công tỉnh hoặc Trung tâm Phục vụ hành chính công của 86 xã, phường, đặc khu để được công chức hướng dẫn, hỗ trợ nộp hồ sơ miễn phí.',
      },
      {
        ul: [
          '**Địa chỉ:** Số 8 đường Lê Lợi, phường Hồng Sơn, tỉnh Lạc Hồng',
          '**Đường dây nóng:** 0203 3868 668',
          '**Thư điện tử:** [hcc@lachong.gov.vn](mailto:hcc@lachong.gov.vn)',
          '**Thời gian tiếp nhận hồ sơ:** thứ Hai đến thứ Sáu, từ 7 giờ 30 đến 11 giờ 30 và từ 13 giờ 30 đến 17 giờ; sáng thứ Bảy từ 7 giờ 30 đến 11 giờ 30.',
        ],
      },
      { h2: 'Phản ánh, kiến nghị' },
      {
        p: 'Phản ánh, kiến nghị về quy định hành chính hoặc về thái độ, hành vi của cán bộ, công chức trong giải quyết thủ tục được tiếp nhận qua chức năng Phản ánh, kiến nghị trên [Cổng Dịch vụ công quốc gia](https://dichvucong.gov.vn) hoặc qua đường dây nóng của Trung tâm.',
      },
    ],
  },

  // ─────────────────────────────────────────────────────────────── Hỏi đáp
  {
    key: 'hoi-dap',
    title: 'Hỏi đáp',
    lead: 'Bạn đọc có thể gửi câu hỏi, góp ý về hoạt động của chính quyền tỉnh và nội dung Cổng thông tin điện tử tới Ban Biên tập.',
    showInMenu: true,
    position: 60,
    body: [
      { h2: 'Cách gửi câu hỏi' },
      {
        ul: [
          '**Thư điện tử:** [banbientap@lachong.gov.vn](mailto:banbientap@lachong.gov.vn)',
          '**Điện thoại:** 0203 3812 368 (trong giờ hành chính)',
          '**Thư gửi qua bưu chính:** Ban Biên tập Cổng thông tin điện tử tỉnh Lạc Hồng, Văn phòng UBND tỉnh, Số 1 đường Trần Hưng Đạo, phường Hồng Sơn, tỉnh Lạc Hồng.',
        ],
      },
      {
        p: 'Câu hỏi cần ghi rõ họ tên, địa chỉ, số điện thoại hoặc thư điện tử liên hệ và nội dung cụ thể. Ban Biên tập chuyển câu hỏi tới cơ quan có thẩm quyền; câu trả lời được gửi tới người hỏi và đăng trên Cổng trong thời hạn **15 ngày làm việc** kể từ ngày nhận được câu hỏi. Trường hợp nội dung phức tạp, cần xác minh, Ban Biên tập sẽ thông báo thời hạn trả lời cho người hỏi.',
      },
      {
        quote:
          'Ban Biên tập không tiếp nhận đơn khiếu nại, tố cáo. Khiếu nại, tố cáo xin gửi tới cơ quan có thẩm quyền theo quy định của pháp luật hoặc trực tiếp tại Trụ sở Tiếp công dân tỉnh, Số 3 đường Trần Hưng Đạo, phường Hồng Sơn.',
      },
      { h2: 'Sau khi không còn cấp huyện, tôi nộp hồ sơ thủ tục hành chính ở đâu?' },
      {
        p: 'Từ ngày 01/7/2025, phần lớn thủ tục trước đây do cấp huyện giải quyết đã được chuyển về UBND cấp xã hoặc các sở. Bạn có thể nộp trực tuyến trên [Cổng Dịch vụ công quốc gia](https://dichvucong.gov.vn) hoặc nộp trực tiếp tại Trung tâm Phục vụ hành chính công của xã, phường, đặc khu. Nhiều thủ tục được giải quyết không phụ thuộc địa giới hành chính, nên bạn có thể nộp tại bất kỳ trung tâm nào trong tỉnh.',
      },
      { h2: 'Địa chỉ trên giấy tờ cũ còn giá trị sử dụng không?' },
      {
        p: 'Có. Giấy tờ đã cấp trước khi sắp xếp đơn vị hành chính vẫn tiếp tục có giá trị sử dụng; người dân không bắt buộc phải làm thủ tục đổi giấy tờ chỉ vì thay đổi tên xã, phường. Danh sách các đơn vị hành chính cấp xã được đăng tại trang [Cơ cấu tổ chức](/gioi-thieu/co-cau-to-chuc).',
      },
      { h2: 'Tôi muốn gặp lãnh đạo tỉnh để phản ánh thì làm thế nào?' },
      {
        p: 'Chủ tịch UBND tỉnh tiếp công dân định kỳ ít nhất một ngày trong tháng tại Trụ sở Tiếp công dân tỉnh. Lịch tiếp công dân được thông báo trên Cổng thông tin điện tử; bạn có thể đăng ký trước qua điện thoại 0203 3812 456.',
      },
      { h2: 'Tôi quên mật khẩu đăng nhập Cổng Dịch vụ công thì phải làm gì?' },
      {
        p: 'Cổng Dịch vụ công quốc gia sử dụng tài khoản định danh điện tử VNeID. Bạn khôi phục mật khẩu ngay trên ứng dụng VNeID hoặc liên hệ công an xã, phường nơi gần nhất để được hỗ trợ.',
      },
      { h2: 'Tôi có được sử dụng lại thông tin đăng trên Cổng không?' },
      {
        p: 'Có. Bạn được trích dẫn, sử dụng lại thông tin với điều kiện ghi rõ nguồn “Cổng thông tin điện tử tỉnh Lạc Hồng” và không làm sai lệch nội dung.',
      },
    ],
  },
];
