import type { Editor } from '@tiptap/core';
import { type DialogField, type DialogValues, openDialog } from './dialog.ts';
import type { FigureAttrs } from './figure.ts';
import { normalizeTypedUrl } from './url.ts';

/** The dialogs behind the toolbar: link, insert figure, edit figure. */

const LINK_REFUSED =
  'Liên kết không hợp lệ. Chỉ chấp nhận địa chỉ http://, https://, mailto:, tel: hoặc đường dẫn trong trang bắt đầu bằng /. ' +
  'Không dùng javascript: hay data:.';

export async function linkFlow(editor: Editor): Promise<void> {
  const active = editor.isActive('link');
  const empty = editor.state.selection.empty && !active;
  const current = String(editor.getAttributes('link')['href'] ?? '');
  const fields: DialogField[] = [
    {
      name: 'href',
      label: 'Địa chỉ liên kết',
      value: current,
      type: 'url',
      inputMode: 'url',
      hint: 'Ví dụ: https://dinh.gov.vn/van-ban, /tin-tuc, mailto:vanthu@…, tel:…',
    },
  ];
  if (empty) fields.push({ name: 'text', label: 'Chữ hiển thị' });
  const result = await openDialog({
    title: active ? 'Sửa liên kết' : 'Chèn liên kết',
    fields,
    submitLabel: 'Áp dụng',
    ...(active ? { removeLabel: 'Bỏ liên kết' } : {}),
    validate: (values) => {
      if (!normalizeTypedUrl(values['href'] ?? '')) return { field: 'href', message: LINK_REFUSED };
      if (empty && !values['text']) return { field: 'text', message: 'Nhập chữ hiển thị cho liên kết.' };
      return null;
    },
  });
  const chain = editor.chain().focus();
  if (!result) return void chain.run();
  if (result.action === 'remove') return void chain.extendMarkRange('link').unsetLink().run();
  const href = normalizeTypedUrl(result.values['href'] ?? '')!;
  if (empty) {
    chain
      .insertContent({
        type: 'text',
        text: result.values['text'],
        marks: [{ type: 'link', attrs: { href } }],
      })
      .run();
  } else {
    chain.extendMarkRange('link').setLink({ href }).run();
  }
}

export interface MediaItem {
  id: number;
  url: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

/** The image library, when the media API answers; null otherwise (then ids are typed in). */
export async function fetchMediaItems(): Promise<MediaItem[] | null> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 5000);
  try {
    const response = await fetch('/api/v1/media?kind=image', {
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
      signal: abort.signal,
    });
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return null;
    const body = (await response.json()) as { items?: unknown };
    if (!Array.isArray(body.items)) return null;
    return body.items.filter(
      (item): item is MediaItem =>
        !!item && Number.isSafeInteger((item as MediaItem).id) && typeof (item as MediaItem).url === 'string',
    );
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** Same-origin preview URLs only: the page's CSP allows images from 'self'. */
function previewUrl(value: string): string | null {
  if (value === '') return '';
  if (value.startsWith('/') && !value.startsWith('//')) return value;
  try {
    const url = new URL(value, location.href);
    return url.origin === location.origin ? url.pathname + url.search : null;
  } catch {
    return null;
  }
}

function picker(items: MediaItem[], setValues: (values: DialogValues) => void): HTMLElement {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'rich-media-picker';
  const legend = document.createElement('legend');
  legend.textContent = 'Chọn từ thư viện ảnh';
  const list = document.createElement('div');
  list.className = 'rich-media-list';
  fieldset.append(legend, list);
  for (const item of items.slice(0, 60)) {
    const label = document.createElement('label');
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = 'rich-media';
    radio.value = String(item.id);
    radio.addEventListener('change', () =>
      setValues({
        mediaId: String(item.id),
        src: previewUrl(item.url) ?? '',
        alt: item.alt ?? '',
        caption: item.caption ?? '',
        credit: item.credit ?? '',
      }),
    );
    const thumb = document.createElement('img');
    thumb.alt = '';
    const src = previewUrl(item.url);
    if (src) thumb.src = src;
    const text = document.createElement('span');
    text.textContent = `Ảnh số ${item.id}${item.alt ? `: ${item.alt}` : item.caption ? `: ${item.caption}` : ''}`;
    label.append(radio, thumb, text);
    list.append(label);
  }
  return fieldset;
}

const ALT_HINT = 'Mô tả nội dung ảnh cho người không nhìn thấy. Bắt buộc trước khi gửi bài.';

function figureFields(attrs: Partial<FigureAttrs>) {
  return [
    { name: 'alt', label: 'Mô tả ảnh (alt)', value: attrs.alt ?? '', hint: ALT_HINT, multiline: true },
    { name: 'caption', label: 'Chú thích', value: attrs.caption ?? '', multiline: true },
    { name: 'credit', label: 'Nguồn / tác giả ảnh', value: attrs.credit ?? '' },
  ];
}

export async function insertFigureFlow(editor: Editor): Promise<void> {
  const items = await fetchMediaItems();
  const result = await openDialog({
    title: 'Chèn ảnh',
    fields: [
      {
        name: 'mediaId',
        label: 'Mã ảnh trong thư viện',
        type: 'number',
        inputMode: 'numeric',
        hint: items?.length ? 'Chọn ảnh ở trên hoặc nhập mã.' : 'Nhập mã số của ảnh trong thư viện media.',
      },
      {
        name: 'src',
        label: 'Địa chỉ ảnh xem trước (không bắt buộc)',
        type: 'url',
        inputMode: 'url',
        hint: 'Ví dụ: /media/2025/anh.jpg',
      },
      ...figureFields({}),
    ],
    submitLabel: 'Chèn ảnh',
    extra: (setValues) => (items && items.length > 0 ? picker(items, setValues) : null),
    validate: (values) => {
      const id = Number(values['mediaId']);
      if (!/^\d+$/.test(values['mediaId'] ?? '') || !Number.isSafeInteger(id) || id <= 0) {
        return { field: 'mediaId', message: 'Mã ảnh phải là một số nguyên dương.' };
      }
      if (previewUrl(values['src'] ?? '') === null) {
        return { field: 'src', message: 'Ảnh xem trước phải nằm trên trang này (đường dẫn bắt đầu bằng /).' };
      }
      return null;
    },
  });
  if (!result) return void editor.commands.focus();
  const v = result.values;
  editor
    .chain()
    .focus()
    .insertFigure({
      mediaId: Number(v['mediaId']),
      src: previewUrl(v['src'] ?? '') ?? '',
      alt: v['alt'] ?? '',
      caption: v['caption'] ?? '',
      credit: v['credit'] ?? '',
    })
    .run();
}

export async function editFigureFlow(editor: Editor, pos: number): Promise<void> {
  const node = editor.state.doc.nodeAt(pos);
  if (node?.type.name !== 'figure') return;
  const attrs = node.attrs as FigureAttrs;
  const result = await openDialog({
    title: `Sửa ảnh số ${attrs.mediaId ?? ''}`.trim(),
    fields: figureFields(attrs),
    submitLabel: 'Lưu',
    removeLabel: 'Xoá ảnh khỏi bài',
  });
  if (!result) return void editor.chain().focus().setNodeSelection(pos).run();
  if (result.action === 'remove') {
    editor.chain().focus().setNodeSelection(pos).deleteSelection().run();
    return;
  }
  const { alt = '', caption = '', credit = '' } = result.values;
  editor.chain().focus().updateFigureAt(pos, { alt, caption, credit }).run();
}
