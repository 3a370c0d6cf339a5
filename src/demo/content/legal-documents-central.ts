import type { DemoLegalDocument } from './legal-documents.ts';

/**
 * Central documents the province's documents rest on (a law, a decree, circulars), invented for
 * the demo: their numbers, signers and provisions are not those of real documents.
 */
export const centralDocuments: DemoLegalDocument[] = [
  {
    key: 'luat-64-2025',
    site: 'lac-hong',
    type: 'luat',
    section: 'quy-pham-phap-luat',
    number: '64/2025/QH15',
    issuer: 'Quốc hội',
    level: 'central',
    signer: 'Nguyễn Khắc Hưng',
    signerTitle: 'Chủ tịch Quốc hội',
    issuedOn: '2025-06-20',
    effectiveOn: '2026-01-01',
    fields: ['cai-cach-hanh-chinh', 'chuyen-doi-so'],
    summary: 'Luật Thủ tục hành chính điện tử',
    body: [
      'Chương I. NHỮNG QUY ĐỊNH CHUNG',
      'Điều 1. Phạm vi điều chỉnh. Luật này quy định về việc tiếp nhận, giải quyết và trả kết quả thủ tục hành chính trên môi trường điện tử; quyền, nghĩa vụ của cơ quan, tổ chức, cá nhân có liên quan.',
      'Điều 2. Nguyên tắc. Thủ tục hành chính điện tử có giá trị pháp lý như thủ tục thực hiện trực tiếp; cơ quan nhà nước không được yêu cầu người dân nộp lại giấy tờ đã có trong cơ sở dữ liệu dùng chung.',
      'Điều 3. Hồ sơ điện tử. Bản sao điện tử được chứng thực từ bản chính hoặc được cấp từ sổ gốc có giá trị sử dụng thay cho bản chính trong giao dịch hành chính.',
    ],
    files: [
      {
        name: 'Luật 64-2025-QH15 thủ tục hành chính điện tử.pdf',
        kind: 'pdf',
        title: 'LUẬT THỦ TỤC HÀNH CHÍNH ĐIỆN TỬ',
        paragraphs: [
          'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; Quốc hội ban hành Luật Thủ tục hành chính điện tử.',
          'Điều 1. Phạm vi điều chỉnh. Luật này quy định về việc tiếp nhận, giải quyết và trả kết quả thủ tục hành chính trên môi trường điện tử.',
          'Điều 2. Nguyên tắc. Thủ tục hành chính điện tử có giá trị pháp lý như thủ tục thực hiện trực tiếp; không yêu cầu nộp lại giấy tờ đã có trong cơ sở dữ liệu dùng chung.',
          'Điều 3. Hồ sơ điện tử. Bản sao điện tử được chứng thực từ bản chính có giá trị sử dụng thay cho bản chính trong giao dịch hành chính.',
          'Điều 15. Nguyên tắc chỉ khai báo một lần: thông tin người dân đã cung cấp cho một cơ quan nhà nước được chia sẻ cho các cơ quan khác mà không phải khai lại.',
          'Điều 42. Hiệu lực thi hành. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.',
        ],
      },
    ],
    relations: [],
    translations: {
      en: {
        summary: 'Law on Electronic Administrative Procedures',
        body: [
          'Chapter I. GENERAL PROVISIONS',
          'Article 1. Scope. This Law governs the receipt, handling and return of results of administrative procedures online, and the rights and obligations of the agencies, organisations and individuals concerned.',
          'Article 2. Principles. An administrative procedure completed online has the same legal value as one completed in person; state agencies may not ask citizens to resubmit papers already held in shared databases.',
          'Article 3. Electronic files. An electronic copy certified from the original or issued from the master register may be used instead of the original in administrative transactions.',
        ],
      },
      zh: { summary: '电子行政手续法' },
    },
  },
  {
    key: 'nd-118-2025',
    site: 'lac-hong',
    type: 'nghi-dinh',
    section: 'quy-pham-phap-luat',
    number: '118/2025/NĐ-CP',
    issuer: 'Chính phủ',
    level: 'central',
    signer: 'Lê Hoài Nam',
    signerTitle: 'Phó Thủ tướng',
    issuedOn: '2025-11-10',
    effectiveOn: '2026-01-01',
    fields: ['cai-cach-hanh-chinh', 'chuyen-doi-so'],
    summary: 'Quy định chi tiết một số điều và biện pháp thi hành Luật Thủ tục hành chính điện tử',
    files: [
      {
        name: 'NĐ 118-2025-NĐ-CP hướng dẫn Luật thủ tục hành chính điện tử.pdf',
        kind: 'pdf',
        title:
          'NGHỊ ĐỊNH Quy định chi tiết một số điều và biện pháp thi hành Luật Thủ tục hành chính điện tử',
        paragraphs: [
          'Căn cứ Luật Tổ chức Chính phủ; căn cứ Luật Thủ tục hành chính điện tử số 64/2025/QH15; Chính phủ ban hành Nghị định quy định chi tiết.',
          'Điều 1. Nghị định này quy định chi tiết về Cổng Dịch vụ công cấp tỉnh, kho quản lý dữ liệu điện tử của tổ chức, cá nhân và việc số hóa kết quả giải quyết thủ tục hành chính.',
          'Điều 5. Ủy ban nhân dân cấp tỉnh bố trí kho quản lý dữ liệu điện tử cho mỗi công dân, lưu giữ kết quả giải quyết thủ tục hành chính trong thời hạn tối thiểu mười năm.',
          'Điều 9. Thời hạn số hóa: kết quả giải quyết thủ tục hành chính còn hiệu lực phải được số hóa chậm nhất ngày 31 tháng 12 năm 2027.',
          'Điều 30. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.',
        ],
      },
    ],
    relations: [
      { kind: 'based_on', target: 'luat-64-2025' },
      { kind: 'guides', target: 'luat-64-2025' },
    ],
    translations: {
      en: {
        summary:
          'Decree detailing certain articles of, and measures to implement, the Law on Electronic Administrative Procedures',
      },
    },
  },
  {
    key: 'tt-09-2025',
    site: 'lac-hong',
    type: 'thong-tu',
    section: 'quy-pham-phap-luat',
    number: '09/2025/TT-BKHCN',
    issuer: 'Bộ Khoa học và Công nghệ',
    level: 'central',
    signer: 'Đinh Thị Thu Hà',
    signerTitle: 'Thứ trưởng',
    issuedOn: '2025-08-15',
    effectiveOn: '2025-10-01',
    fields: ['khoa-hoc-cong-nghe', 'tai-chinh'],
    summary: 'Hướng dẫn quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh sử dụng ngân sách nhà nước',
    files: [
      {
        name: 'TT 09-2025-TT-BKHCN nhiệm vụ khoa học cấp tỉnh.pdf',
        kind: 'pdf',
        title:
          'THÔNG TƯ Hướng dẫn quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh sử dụng ngân sách nhà nước',
        paragraphs: [
          'Điều 1. Thông tư này hướng dẫn việc xác định, tuyển chọn, giao trực tiếp, đánh giá và nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh sử dụng ngân sách nhà nước.',
          'Điều 4. Nhiệm vụ được đặt hàng theo danh mục do Ủy ban nhân dân cấp tỉnh phê duyệt; hồ sơ đăng ký nộp trực tuyến qua hệ thống quản lý nhiệm vụ khoa học.',
          'Điều 7. Khoán chi đến sản phẩm cuối cùng được áp dụng khi nhiệm vụ có sản phẩm đo đếm được và định mức kinh tế – kỹ thuật rõ ràng.',
          'Điều 12. Hội đồng tư vấn đánh giá nghiệm thu có từ bảy đến chín thành viên, trong đó ít nhất hai phản biện độc lập ngoài tỉnh.',
          'Điều 20. Thông tư này thay thế Thông tư số 14/2017/TT-BKHCN và bãi bỏ Điều 7, Điều 8 Thông tư liên tịch số 27/2015/TTLT-BKHCN-BTC.',
        ],
      },
    ],
    relations: [
      { kind: 'replaces', target: 'tt-14-2017' },
      { kind: 'repeals', target: 'ttlt-27-2015', partial: true, note: 'Điều 7 và Điều 8' },
    ],
    translations: {
      en: {
        summary:
          'Circular guiding the management of provincial science and technology tasks funded by the state budget',
      },
    },
  },
  {
    key: 'tt-14-2017',
    site: 'lac-hong',
    type: 'thong-tu',
    section: 'quy-pham-phap-luat',
    number: '14/2017/TT-BKHCN',
    issuer: 'Bộ Khoa học và Công nghệ',
    level: 'central',
    signer: 'Trương Minh Đức',
    signerTitle: 'Thứ trưởng',
    issuedOn: '2017-09-20',
    effectiveOn: '2017-11-05',
    fields: ['khoa-hoc-cong-nghe'],
    summary: 'Hướng dẫn xác định, tuyển chọn và đánh giá nhiệm vụ khoa học và công nghệ cấp tỉnh',
    files: [
      {
        name: 'TT 14-2017-TT-BKHCN.pdf',
        kind: 'pdf',
        title: 'THÔNG TƯ Hướng dẫn xác định, tuyển chọn và đánh giá nhiệm vụ khoa học và công nghệ cấp tỉnh',
        paragraphs: [
          'Điều 1. Thông tư này hướng dẫn trình tự xác định, tuyển chọn và đánh giá nhiệm vụ khoa học và công nghệ cấp tỉnh.',
          'Điều 3. Đề xuất đặt hàng được gửi bằng văn bản giấy đến Sở Khoa học và Công nghệ trước ngày 30 tháng 4 hằng năm.',
          'Điều 9. Hội đồng tuyển chọn chấm điểm theo thang một trăm điểm; hồ sơ đạt từ bảy mươi điểm trở lên được đề nghị giao thực hiện.',
        ],
      },
    ],
    relations: [],
  },
  {
    key: 'ttlt-27-2015',
    site: 'lac-hong',
    type: 'thong-tu',
    section: 'quy-pham-phap-luat',
    number: '27/2015/TTLT-BKHCN-BTC',
    issuer: 'Bộ Khoa học và Công nghệ – Bộ Tài chính',
    level: 'central',
    signer: 'Trương Minh Đức',
    signerTitle: 'Thứ trưởng Bộ Khoa học và Công nghệ',
    issuedOn: '2015-12-30',
    effectiveOn: '2016-02-15',
    fields: ['khoa-hoc-cong-nghe', 'tai-chinh'],
    summary:
      'Quy định khoán chi thực hiện nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước (thông tư liên tịch)',
    files: [
      {
        name: 'TTLT 27-2015 khoán chi nhiệm vụ khoa học.doc',
        kind: 'doc',
        title: 'THÔNG TƯ LIÊN TỊCH Quy định khoán chi thực hiện nhiệm vụ khoa học và công nghệ',
        paragraphs: [
          'Điều 1. Thông tư liên tịch này quy định việc khoán chi thực hiện nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước.',
          'Điều 4. Kinh phí khoán được cấp theo tiến độ; chủ nhiệm nhiệm vụ tự quyết định việc điều chỉnh nội dung chi trong phạm vi tổng kinh phí khoán.',
          'Điều 7. Khoán chi từng phần áp dụng với các nội dung chi thuê chuyên gia, hội thảo khoa học và công tác phí.',
          'Điều 8. Quyết toán kinh phí khoán căn cứ biên bản nghiệm thu, không yêu cầu hóa đơn đối với phần công lao động trực tiếp.',
        ],
      },
    ],
    relations: [],
  },
];
