import type { Messages } from '../vi.ts';

/** The site settings screen (/admin/settings): name, emblem, footer data, hostnames. */
export const settingsVi = {
  nav: 'Cài đặt cổng',
  title: 'Cài đặt cổng thông tin',
  intro:
    'Tên cổng, cơ quan chủ quản và thông tin chân trang theo quy định (Thông tư 32/2017/TT-BTTTT, Điều 16).',
  names: 'Tên và cơ quan chủ quản',
  name: 'Tên cổng thông tin',
  unitName: 'Cơ quan chủ quản',
  emblem: 'Biểu trưng',
  emblemHint: 'Đường dẫn ảnh (ví dụ /assets/emblem.svg) hoặc mã số ảnh trong thư viện.',
  emblemInvalid: 'Hãy nhập đường dẫn trên cổng, bắt đầu bằng “/”, hoặc mã số của một ảnh trong thư viện.',
  emblemUnknown: 'Không có ảnh nào mang mã số này trong thư viện.',
  footer: 'Thông tin chân trang',
  responsible: 'Người chịu trách nhiệm chính',
  responsibleHint: 'Họ tên và chức vụ, ví dụ: Nguyễn Văn A - Chánh Văn phòng UBND tỉnh.',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
  licence: 'Giấy phép',
  licenceHint: 'Ví dụ: Giấy phép số 25/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 12/3/2024.',
  hostnames: 'Tên miền',
  hostnamesHint:
    'Mỗi dòng một tên miền, ví dụ: lachong.gov.vn. Không ghi http:// hay cổng. Tên miền đầu tiên là địa chỉ chính, dùng trong các liên kết gửi qua thư điện tử, RSS và sơ đồ trang.',
  hostnameInvalid: (host: string) => `Tên miền “${host}” không hợp lệ.`,
  hostnameTaken: (host: string) => `Tên miền “${host}” đang được một trang khác sử dụng.`,
  hostnamesRequired: 'Cần ít nhất một tên miền.',
  tooManyHostnames: 'Tối đa 20 tên miền.',
};

export const settingsEn: Messages['adminSettings'] = {
  nav: 'Portal settings',
  title: 'Portal settings',
  intro:
    'The portal’s name, its owning agency and the footer information required by Circular 32/2017/TT-BTTTT, Article 16.',
  names: 'Name and owning agency',
  name: 'Portal name',
  unitName: 'Owning agency',
  emblem: 'Emblem',
  emblemHint: 'An image path (e.g. /assets/emblem.svg) or the number of an image in the media library.',
  emblemInvalid: 'Enter a path on this portal starting with “/”, or the number of an image in the library.',
  emblemUnknown: 'There is no image with this number in the media library.',
  footer: 'Footer information',
  responsible: 'Person responsible for content',
  responsibleHint: 'Full name and title, e.g. Nguyen Van A - Chief of the Provincial Office.',
  address: 'Address',
  phone: 'Phone',
  email: 'E-mail',
  licence: 'Licence',
  licenceHint:
    'E.g. Licence No. 25/GP-TTĐT issued by the Department of Information and Communications on 12 March 2024.',
  hostnames: 'Host names',
  hostnamesHint:
    'One per line, e.g. lachong.gov.vn. Without http:// or a port. The first is the main address, used in links sent by e-mail, in RSS and in sitemaps.',
  hostnameInvalid: (host: string) => `“${host}” is not a valid host name.`,
  hostnameTaken: (host: string) => `“${host}” is already used by another site.`,
  hostnamesRequired: 'At least one host name is needed.',
  tooManyHostnames: 'At most 20 host names.',
};

export const settingsZh: Messages['adminSettings'] = {
  nav: '门户设置',
  title: '门户网站设置',
  intro: '门户名称、主管机关以及页脚信息（依据第32/2017/TT-BTTTT号通知第16条）。',
  names: '名称和主管机关',
  name: '门户名称',
  unitName: '主管机关',
  emblem: '标志',
  emblemHint: '图片路径（例如 /assets/emblem.svg）或媒体库中的图片编号。',
  emblemInvalid: '请输入本门户上以“/”开头的路径，或媒体库中的图片编号。',
  emblemUnknown: '媒体库中没有此编号的图片。',
  footer: '页脚信息',
  responsible: '内容负责人',
  responsibleHint: '姓名和职务，例如：阮文A - 省人民委员会办公室主任。',
  address: '地址',
  phone: '电话',
  email: '电子邮箱',
  licence: '许可证',
  licenceHint: '例如：信息传媒厅于2024年3月12日颁发的第25/GP-TTĐT号许可证。',
  hostnames: '域名',
  hostnamesHint:
    '每行一个域名，例如 lachong.gov.vn。不要写 http:// 或端口。第一个域名为主地址，用于电子邮件、RSS 和站点地图中的链接。',
  hostnameInvalid: (host: string) => `域名“${host}”无效。`,
  hostnameTaken: (host: string) => `域名“${host}”已被其他站点使用。`,
  hostnamesRequired: '至少需要一个域名。',
  tooManyHostnames: '最多 20 个域名。',
};
