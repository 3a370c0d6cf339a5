// Word banks for the search benchmark's corpus (bench/search-corpus.ts): the everyday vocabulary
// of provincial news, drawn with a Zipf-like skew so that, as in real text, a few words are very
// common and most are rare.

// biome-ignore format: a word list
export const NOUNS = [
  'hạ tầng', 'kinh phí', 'dân cư', 'chính quyền', 'cán bộ', 'người dân', 'doanh nghiệp', 'thủ tục',
  'công trình', 'dự án', 'nguồn vốn', 'kế hoạch', 'chỉ tiêu', 'nhiệm vụ', 'giải pháp', 'chính sách',
  'quy hoạch', 'tiến độ', 'chất lượng', 'hiệu quả', 'địa bàn', 'đơn vị', 'cơ sở', 'hội nghị', 'văn bản',
  'báo cáo', 'đề án', 'chương trình', 'phong trào', 'mô hình', 'sản phẩm', 'thị trường', 'lao động',
  'việc làm', 'thu nhập', 'đời sống', 'an sinh', 'môi trường', 'nguồn nước', 'đất đai', 'rừng', 'biển đảo',
  'nông sản', 'thủy sản', 'cây trồng', 'vật nuôi', 'giống cây', 'phân bón', 'máy móc', 'công nghệ',
  'dữ liệu', 'phần mềm', 'hệ thống', 'mạng lưới', 'trạm bơm', 'kênh mương', 'đê điều', 'bến cảng', 'sân bay',
  'nhà ga', 'tuyến phố', 'vỉa hè', 'cây xanh', 'chợ', 'trường học', 'bệnh viện', 'trạm y tế', 'nhà văn hóa',
  'sân vận động', 'thư viện', 'bảo tàng', 'di tích', 'đình làng', 'chùa', 'lễ hội', 'nghệ nhân', 'học sinh',
  'sinh viên', 'giáo viên', 'bác sĩ', 'điều dưỡng', 'bệnh nhân', 'thanh niên', 'phụ nữ', 'trẻ em',
  'người cao tuổi', 'cựu chiến binh', 'hộ nghèo', 'hộ cận nghèo', 'ngư dân', 'nông dân', 'tiểu thương',
  'du khách', 'nhà đầu tư', 'đối tác', 'chuyên gia', 'phóng viên', 'cử tri', 'đại biểu', 'hội viên',
  'đoàn viên', 'đảng viên', 'chi bộ', 'tổ dân phố', 'thôn', 'bản', 'ấp', 'khu phố', 'cụm dân cư', 'vùng sâu',
  'vùng xa', 'biên giới', 'hải đảo', 'đồng bằng', 'trung du', 'miền núi', 'ven biển', 'lưu vực', 'hồ chứa',
  'con đê', 'cây cầu', 'con đường', 'ngõ xóm', 'khu dân cư', 'khu đô thị', 'nhà ở', 'căn hộ', 'mặt bằng',
  'hồ sơ', 'giấy phép', 'chứng nhận', 'hợp đồng', 'gói thầu', 'nhà thầu', 'tư vấn', 'giám sát', 'nghiệm thu',
  'thanh toán', 'quyết toán', 'ngân sách', 'thuế', 'phí', 'lệ phí', 'tín dụng', 'lãi suất', 'khoản vay',
  'bảo lãnh', 'hàng hóa', 'dịch vụ', 'xuất khẩu', 'nhập khẩu', 'thương hiệu', 'chuỗi giá trị', 'hợp tác xã',
  'tổ hợp tác', 'trang trại', 'gia trại', 'xưởng', 'nhà máy', 'khu chế xuất', 'cửa khẩu', 'kho bãi',
  'logistics', 'năng lượng', 'điện mặt trời', 'điện gió', 'thủy điện', 'khoáng sản', 'cát sỏi', 'rác thải',
  'nước thải', 'khí thải', 'tiếng ồn',
];

// biome-ignore format: a word list
export const VERBS = [
  'triển khai', 'hoàn thành', 'đẩy mạnh', 'tổ chức', 'kiểm tra', 'rà soát', 'tuyên truyền', 'hướng dẫn',
  'hỗ trợ', 'đầu tư', 'xây dựng', 'nâng cấp', 'sửa chữa', 'cải tạo', 'mở rộng', 'thu hút', 'kết nối',
  'phối hợp', 'tham mưu', 'đề xuất', 'phê duyệt', 'ban hành', 'sửa đổi', 'bổ sung', 'thẩm định', 'giám sát',
  'đánh giá', 'tổng kết', 'sơ kết', 'khen thưởng', 'xử lý', 'khắc phục', 'tháo gỡ', 'giải quyết',
  'tiếp nhận', 'bàn giao', 'vận hành', 'khai thác', 'bảo vệ', 'bảo tồn', 'phát huy', 'quảng bá', 'xúc tiến',
  'đào tạo', 'bồi dưỡng', 'tập huấn', 'thăm hỏi', 'tặng quà', 'trao tặng', 'vận động', 'quyên góp', 'ủng hộ',
  'chia sẻ', 'lắng nghe', 'đối thoại', 'tiếp xúc', 'trả lời', 'công bố', 'công khai', 'niêm yết', 'số hóa',
  'cập nhật', 'liên thông', 'tích hợp',
];

// biome-ignore format: a word list
export const ADJECTIVES = [
  'hiệu quả', 'thiết thực', 'bền vững', 'đồng bộ', 'hiện đại', 'an toàn', 'minh bạch', 'kịp thời',
  'quyết liệt', 'chủ động', 'linh hoạt', 'sáng tạo', 'trọng điểm', 'cấp bách', 'lâu dài', 'toàn diện',
  'thống nhất', 'nghiêm túc', 'khẩn trương', 'chặt chẽ', 'rõ ràng', 'cụ thể', 'thuận lợi', 'khó khăn',
  'phức tạp', 'ổn định', 'vượt bậc',
];

// biome-ignore format: a word list
export const SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý',
];
// biome-ignore format: a word list
export const MIDDLE_NAMES = [
  'Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Thu', 'Xuân', 'Hoài', 'Công',
];
// biome-ignore format: a word list
export const GIVEN_NAMES = [
  'An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Hùng', 'Hương', 'Khánh',
  'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Ngân', 'Phong', 'Phúc', 'Quang', 'Sơn', 'Tâm', 'Thảo',
  'Thắng', 'Thủy', 'Trang', 'Trung', 'Tuấn', 'Tú', 'Vân', 'Việt', 'Vinh', 'Yến',
];
export const PLACE_KINDS = ['xã', 'phường', 'thị trấn', 'huyện', 'thị xã'];
// biome-ignore format: a word list
export const PLACE_NAMES = [
  'Tân Phước', 'Hòa Bình', 'Phú Mỹ', 'Đông Sơn', 'Vĩnh Thạnh', 'An Khánh', 'Hưng Đạo', 'Đông Hải',
  'Long Điền', 'Kim Bảng', 'Thạch Bàn', 'Yên Lạc', 'Quảng Thành', 'Cù Lao Dung', 'Đắk Ơ', 'Mường Tè',
  'Bến Thủy', 'Nghĩa Đàn', 'Sơn Động', 'Tà Xùa', 'Châu Thành', 'Ngọc Khánh', 'Bình Minh', 'Hòn Ngọc',
  'Nậm Khoan', 'Lam Giang', 'Phú Lộc', 'Tiên Lãng', 'Cẩm Thủy', 'Mỹ Xuyên', 'Gò Quao', 'Tam Nông',
  'Krông Pắc', 'Ea Súp', 'Bảo Lạc', 'Trà Lĩnh', 'Thới Bình', 'Năm Căn', 'Vĩnh Linh', 'Hải Lăng', 'Quỳnh Lưu',
  'Diễn Châu', 'Hoằng Hóa', 'Nga Sơn', 'Thanh Chương',
];

/** Generic sentence templates; slots are filled by the corpus generator. */
export const SENTENCES = [
  'Theo báo cáo của {org}, trong {period}, các địa phương đã {verb} {phrase}, đạt {pct}% kế hoạch năm.',
  'Phát biểu tại hội nghị, đồng chí {person}, {role}, đề nghị {verb} {noun} một cách {adj}.',
  'Năm {year}, tỉnh phấn đấu {verb} {phrase} với tổng kinh phí khoảng {money} tỷ đồng.',
  'Thực hiện {doc}, {org} đã phối hợp với UBND {place} {verb} {noun}.',
  'Bên cạnh kết quả đạt được, việc {verb} {noun} vẫn còn {adj}, cần sớm tháo gỡ.',
  'Người dân {place} phấn khởi khi {noun} được {verb}, góp phần nâng cao {noun}.',
  'Dịp này, {org} đã trao {count} giấy khen cho các tập thể, cá nhân có thành tích trong {phrase}.',
  'Đến nay, {place} có {count} {noun} được {verb}, tăng {small} so với cùng kỳ năm trước.',
  'Đồng chí {person} yêu cầu các ngành {verb} {noun}, báo cáo kết quả trước ngày {date}.',
  'Tính đến ngày {date}, {noun} đã đạt {money} tỷ đồng, bằng {pct}% kế hoạch.',
  'Theo {doc}, các đơn vị phải hoàn thành việc {verb} {noun} trước ngày {date}.',
  'Tại buổi làm việc, lãnh đạo {org} ghi nhận {noun} của {place} được {verb} {adj}.',
  'Ông {person}, người dân {place}, cho biết {noun} nay đã {adj} hơn nhiều so với trước.',
  'Bà {person}, {role}, chia sẻ về những khó khăn trong {phrase} ở vùng {noun}.',
  'Dự kiến đến năm {year}, {count} {noun} trên địa bàn sẽ được {verb}.',
  'Hội nghị đã thảo luận, thống nhất nhiều giải pháp {adj} để {verb} {phrase}.',
  'Nhiều {noun} ở {place} đã chủ động {verb} {noun}, mang lại {noun} {adj}.',
  'Trong {period}, {org} tiếp nhận {count} hồ sơ về {noun}, giải quyết đúng hạn {pct}%.',
  'Kinh phí {verb} {noun} được bố trí từ {noun} và nguồn xã hội hóa.',
  'Công trình {noun} tại {place} có tổng mức đầu tư {money} tỷ đồng, khởi công tháng {month}/{year}.',
];
