/**
 * Vietnamese interface text: the source catalogue. `en.ts` and `zh.ts` must have the same shape
 * (a missing key is a type error). Whole sentences only; names and numbers are parameters.
 */
export const vi = {
  languageName: 'Tiếng Việt',
  shell: {
    skipToContent: 'Bỏ qua menu, đến nội dung chính',
    login: 'Đăng nhập',
    searchLabel: 'Tìm kiếm trên cổng thông tin',
    searchPlaceholder: 'Nhập từ khóa cần tìm',
    searchButton: 'Tìm kiếm',
    mainMenu: 'Menu chính',
    menuToggle: 'Danh mục',
    languageSwitch: 'Chọn ngôn ngữ',
    todayLabel: 'Hôm nay',
    home: 'Trang chủ',
    sitemap: 'Sơ đồ cổng',
    footerHeading: 'Thông tin liên hệ',
    copyright: (unit: string, year: number) => `Bản quyền © ${year} thuộc về ${unit}`,
    responsible: 'Chịu trách nhiệm chính',
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
    backToTop: 'Về đầu trang',
    breadcrumb: 'Bạn đang ở',
    emblemAlt: 'Quốc huy nước Cộng hòa xã hội chủ nghĩa Việt Nam',
  },
  home: {
    title: 'Trang chủ',
    welcome: (site: string) => `Chào mừng bạn đến với ${site}`,
    sections: 'Chuyên mục',
    empty: 'Chưa có bài viết nào được xuất bản.',
  },
  listing: {
    featured: 'Tin nổi bật',
    latest: 'Tin mới nhất',
    more: (section: string) => `Xem thêm ${section}`,
    pagination: 'Phân trang',
    previous: 'Trang trước',
    next: 'Trang sau',
    pageLabel: (page: number) => `Trang ${page}`,
    pageOf: (page: number, total: number) => `Trang ${page}/${total}`,
    rss: 'Nhận tin RSS',
    otherLinks: 'Liên kết nhanh',
  },
  article: {
    tools: 'Công cụ bài viết',
    textSize: 'Cỡ chữ',
    smaller: 'Giảm cỡ chữ',
    normalSize: 'Cỡ chữ mặc định',
    larger: 'Tăng cỡ chữ',
    listen: 'Đọc bài viết',
    stopListening: 'Dừng đọc',
    print: 'In bài viết',
    share: 'Chia sẻ',
    copyLink: 'Sao chép liên kết',
    copied: 'Đã sao chép liên kết bài viết.',
    shareEmail: 'Gửi qua thư điện tử',
    shareFacebook: 'Chia sẻ lên Facebook',
    shareZalo: 'Chia sẻ qua Zalo',
    zaloFallback: 'Đã sao chép liên kết. Hãy dán vào Zalo để gửi cho người thân.',
    source: 'Nguồn',
    moreNews: 'Các tin khác',
    publishedAt: 'Đăng lúc',
    updatedAt: 'Cập nhật',
    emailSubject: (title: string) => `Mời đọc: ${title}`,
  },
  category: {
    subcategories: 'Chuyên mục con',
    empty: 'Chuyên mục này chưa có bài viết.',
  },
  sitemapPage: {
    title: 'Sơ đồ cổng thông tin',
    intro: 'Toàn bộ các trang và chuyên mục của cổng, xếp theo cấu trúc.',
  },
  feeds: {
    description: (site: string) => `Tin bài mới nhất của ${site}`,
    categoryDescription: (category: string, site: string) =>
      `Tin bài mới nhất trong chuyên mục ${category} của ${site}`,
  },
  errors: {
    notFoundTitle: 'Không tìm thấy trang',
    notFoundBody:
      'Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Hãy kiểm tra lại địa chỉ, hoặc tìm trên cổng.',
    unknownLanguageBody: 'Cổng thông tin có ba ngôn ngữ. Mời bạn chọn một trong số đó:',
    badRequestTitle: 'Yêu cầu không hợp lệ',
    badRequestBody: 'Địa chỉ hoặc dữ liệu gửi lên không đúng định dạng. Hãy kiểm tra lại rồi thử lại.',
    tooLargeTitle: 'Yêu cầu quá lớn',
    tooLargeBody: 'Địa chỉ hoặc dữ liệu gửi lên dài hơn mức cho phép. Hãy rút gọn rồi thử lại.',
    rateLimitedTitle: 'Bạn thao tác quá nhanh',
    rateLimitedBody: 'Hệ thống tạm ngừng nhận yêu cầu từ bạn trong giây lát. Vui lòng thử lại sau ít phút.',
    methodNotAllowedTitle: 'Thao tác không được hỗ trợ',
    methodNotAllowedBody: 'Trang này không nhận kiểu yêu cầu bạn vừa gửi.',
    serverErrorTitle: 'Hệ thống đang gặp sự cố',
    serverErrorBody:
      'Đã có lỗi xảy ra phía máy chủ. Chúng tôi đã ghi nhận sự cố; vui lòng thử lại sau ít phút.',
    unavailableTitle: 'Tạm thời gián đoạn',
    unavailableBody: 'Cổng thông tin tạm thời chưa phục vụ được. Vui lòng thử lại sau ít phút.',
    errorCode: 'Mã lỗi',
    requestId: 'Mã yêu cầu',
    goHome: 'Về trang chủ',
    goSitemap: 'Xem sơ đồ cổng',
  },
  dates: {
    weekdays: ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  },
};

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly string[]
      ? string[]
      : { [K in keyof T]: Widen<T[K]> };

/** The shape every language's catalogue must have. */
export type Messages = Widen<typeof vi>;
