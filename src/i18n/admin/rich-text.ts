/** Messages for a rich-text body the editor's schema refuses (src/web/rich-text-schema.ts). */

export const richTextVi = {
  notDocument: 'Nội dung không đúng định dạng của trình soạn thảo. Hãy soạn lại hoặc dán văn bản thường.',
  tooDeep: 'Nội dung lồng nhau quá nhiều cấp.',
  node: (type: string) => `Nội dung có khối “${type}” mà trình soạn thảo không hỗ trợ.`,
  mark: (type: string) => `Nội dung có định dạng “${type}” mà trình soạn thảo không hỗ trợ.`,
  handler: (name: string, owner: string) =>
    `Nội dung có thuộc tính xử lý sự kiện “${name}” (ở “${owner}”); thuộc tính này không được phép.`,
  attribute: (name: string, owner: string) => `Thuộc tính “${name}” của “${owner}” không được phép.`,
  value: (name: string, owner: string) => `Giá trị của “${name}” ở “${owner}” không hợp lệ.`,
  link: (href: string) =>
    `Liên kết “${href}” không được phép. Chỉ nhận địa chỉ http://, https://, mailto:, tel: hoặc đường dẫn trong cổng bắt đầu bằng một dấu /.`,
  placement: (child: string, parent: string) => `Khối “${child}” không được đặt trong “${parent}”.`,
  empty: (owner: string) => `Khối “${owner}” không được để trống.`,
};

export const richTextEn: typeof richTextVi = {
  notDocument: 'The content is not in the editor’s format. Please edit it again or paste plain text.',
  tooDeep: 'The body is nested too deeply.',
  node: (type) => `The body has a “${type}” block, which the editor does not support.`,
  mark: (type) => `The body has “${type}” formatting, which the editor does not support.`,
  handler: (name, owner) =>
    `The body has an event handler attribute “${name}” (on “${owner}”), which is not allowed.`,
  attribute: (name, owner) => `The attribute “${name}” of “${owner}” is not allowed.`,
  value: (name, owner) => `The value of “${name}” on “${owner}” is not valid.`,
  link: (href) =>
    `The link “${href}” is not allowed. Only http://, https://, mailto: and tel: addresses or paths on this portal starting with a single / are accepted.`,
  placement: (child, parent) => `A “${child}” block cannot be placed in “${parent}”.`,
  empty: (owner) => `A “${owner}” block cannot be empty.`,
};

export const richTextZh: typeof richTextVi = {
  notDocument: '正文不是编辑器的格式。请重新编辑或粘贴纯文本。',
  tooDeep: '正文嵌套层级过多。',
  node: (type) => `正文含有编辑器不支持的“${type}”块。`,
  mark: (type) => `正文含有编辑器不支持的“${type}”格式。`,
  handler: (name, owner) => `正文含有事件处理属性“${name}”（位于“${owner}”），不允许使用。`,
  attribute: (name, owner) => `“${owner}”的属性“${name}”不允许使用。`,
  value: (name, owner) => `“${owner}”上的“${name}”的值无效。`,
  link: (href) =>
    `不允许链接“${href}”。只接受 http://、https://、mailto:、tel: 地址或以单个 / 开头的本站路径。`,
  placement: (child, parent) => `“${child}”块不能放在“${parent}”中。`,
  empty: (owner) => `“${owner}”块不能为空。`,
};
