/**
 * The demo's sites: the fictional province's portal and two of its sub-sites. All names, people,
 * addresses, numbers and licences are invented.
 */
export interface DemoSite {
  code: string;
  kind: 'province' | 'department' | 'commune';
  parentCode?: string;
  isDefault?: boolean;
  /**
   * The first is the site's primary address, named by absolute links (ADR 0016): the demo puts
   * a loopback name first so its links work on the machine that runs it (http://…:PORT); a real
   * installation puts its public name first in the site settings.
   */
  hostnames: string[];
  /** Full portal name. */
  name: { vi: string; en: string; zh: string };
  /** Owning agency. */
  unitName: { vi: string; en: string; zh: string };
  /** "Name - Title" of the person responsible for the content. */
  responsiblePerson: { vi: string; en: string; zh: string };
  address: { vi: string; en: string; zh: string };
  phone: string;
  email: string;
  /** Licence line shown in the footer. */
  licence: { vi: string; en: string; zh: string };
}

export const demoSites: DemoSite[] = [
  {
    code: 'lac-hong',
    kind: 'province',
    isDefault: true,
    hostnames: ['localhost', '127.0.0.1', 'lachong.gov.vn', 'www.lachong.gov.vn'],
    name: {
      vi: 'Cổng thông tin điện tử tỉnh Lạc Hồng',
      en: 'Lac Hong Province Electronic Information Portal',
      zh: '雒鸿省电子信息门户网站',
    },
    unitName: {
      vi: 'Ủy ban nhân dân tỉnh Lạc Hồng',
      en: 'Lac Hong Provincial People’s Committee',
      zh: '雒鸿省人民委员会',
    },
    responsiblePerson: {
      vi: 'Vũ Thị Hồng Nhung - Chánh Văn phòng Ủy ban nhân dân tỉnh',
      en: 'Vu Thi Hong Nhung - Chief of Office of the Provincial People’s Committee',
      zh: '武氏红绒 - 省人民委员会办公厅主任',
    },
    address: {
      vi: 'Số 1 đường Trần Hưng Đạo, phường Hồng Sơn, tỉnh Lạc Hồng',
      en: 'No. 1 Tran Hung Dao Street, Hong Son Ward, Lac Hong Province',
      zh: '雒鸿省鸿山坊陈兴道路1号',
    },
    phone: '0203 3812 345',
    email: 'banbientap@lachong.gov.vn',
    licence: {
      vi: 'Giấy phép số 25/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp ngày 12/03/2024',
      en: 'Licence No. 25/GP-TTĐT issued by the Authority of Broadcasting and Electronic Information on 12 March 2024',
      zh: '广播电视与电子信息局2024年3月12日颁发的第25/GP-TTĐT号许可证',
    },
  },
  {
    code: 'so-khcn',
    kind: 'department',
    parentCode: 'lac-hong',
    hostnames: ['skhcn.localhost', 'skhcn.lachong.gov.vn'],
    name: {
      vi: 'Trang thông tin điện tử Sở Khoa học và Công nghệ tỉnh Lạc Hồng',
      en: 'Website of the Department of Science and Technology of Lac Hong Province',
      zh: '雒鸿省科学技术厅电子信息网站',
    },
    unitName: {
      vi: 'Sở Khoa học và Công nghệ tỉnh Lạc Hồng',
      en: 'Department of Science and Technology of Lac Hong Province',
      zh: '雒鸿省科学技术厅',
    },
    responsiblePerson: {
      vi: 'Nguyễn Hữu Phong - Giám đốc Sở Khoa học và Công nghệ',
      en: 'Nguyen Huu Phong - Director of the Department of Science and Technology',
      zh: '阮友丰 - 科学技术厅厅长',
    },
    address: {
      vi: 'Số 15 đường Lý Thường Kiệt, phường Hồng Sơn, tỉnh Lạc Hồng',
      en: 'No. 15 Ly Thuong Kiet Street, Hong Son Ward, Lac Hong Province',
      zh: '雒鸿省鸿山坊李常杰路15号',
    },
    phone: '0203 3823 456',
    email: 'skhcn@lachong.gov.vn',
    licence: {
      vi: 'Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Lạc Hồng cấp ngày 05/09/2023',
      en: 'Licence No. 12/GP-TTĐT issued by the Lac Hong Department of Information and Communications on 5 September 2023',
      zh: '雒鸿省信息传媒厅2023年9月5日颁发的第12/GP-TTĐT号许可证',
    },
  },
  {
    code: 'phuong-hong-son',
    kind: 'commune',
    parentCode: 'lac-hong',
    hostnames: ['hongson.localhost', 'hongson.lachong.gov.vn'],
    name: {
      vi: 'Trang thông tin điện tử phường Hồng Sơn',
      en: 'Hong Son Ward Website',
      zh: '鸿山坊电子信息网站',
    },
    unitName: {
      vi: 'Ủy ban nhân dân phường Hồng Sơn',
      en: 'Hong Son Ward People’s Committee',
      zh: '鸿山坊人民委员会',
    },
    responsiblePerson: {
      vi: 'Đặng Minh Khôi - Phó Chủ tịch Ủy ban nhân dân phường',
      en: 'Dang Minh Khoi - Vice Chairman of the Ward People’s Committee',
      zh: '邓明魁 - 坊人民委员会副主席',
    },
    address: {
      vi: 'Số 25 đường Quang Trung, phường Hồng Sơn, tỉnh Lạc Hồng',
      en: 'No. 25 Quang Trung Street, Hong Son Ward, Lac Hong Province',
      zh: '雒鸿省鸿山坊光中路25号',
    },
    phone: '0203 3835 115',
    email: 'hongson@lachong.gov.vn',
    licence: {
      vi: 'Giấy phép số 08/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Lạc Hồng cấp ngày 20/08/2025',
      en: 'Licence No. 08/GP-TTĐT issued by the Lac Hong Department of Culture, Sports and Tourism on 20 August 2025',
      zh: '雒鸿省文化体育旅游厅2025年8月20日颁发的第08/GP-TTĐT号许可证',
    },
  },
];
