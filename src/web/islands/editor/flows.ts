import type { Editor } from '@tiptap/core';
import { type DialogField, type DialogValues, openDialog } from './dialog.ts';
import type { FigureAttrs } from './figure.ts';
import { strings } from './strings.ts';
import { normalizeTypedUrl } from './url.ts';

/** The dialogs behind the toolbar: link, insert figure, edit figure. */

export async function linkFlow(editor: Editor): Promise<void> {
  const active = editor.isActive('link');
  const empty = editor.state.selection.empty && !active;
  const current = String(editor.getAttributes('link')['href'] ?? '');
  const t = strings().link;
  const fields: DialogField[] = [
    { name: 'href', label: t.href, value: current, type: 'url', inputMode: 'url', hint: t.hrefHint },
  ];
  if (empty) fields.push({ name: 'text', label: t.text });
  const result = await openDialog({
    title: active ? t.editTitle : t.insertTitle,
    fields,
    submitLabel: t.apply,
    ...(active ? { removeLabel: t.remove } : {}),
    validate: (values) => {
      if (!normalizeTypedUrl(values['href'] ?? '')) return { field: 'href', message: t.refused };
      if (empty && !values['text']) return { field: 'text', message: t.textRequired };
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
  legend.textContent = strings().figure.library;
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
    text.textContent = strings().figure.item(item.id, item.alt || item.caption || '');
    label.append(radio, thumb, text);
    list.append(label);
  }
  return fieldset;
}

function figureFields(attrs: Partial<FigureAttrs>) {
  const t = strings().figure;
  return [
    { name: 'alt', label: t.alt, value: attrs.alt ?? '', hint: t.altHint, multiline: true },
    { name: 'caption', label: t.caption, value: attrs.caption ?? '', multiline: true },
    { name: 'credit', label: t.credit, value: attrs.credit ?? '' },
  ];
}

export async function insertFigureFlow(editor: Editor): Promise<void> {
  const items = await fetchMediaItems();
  const t = strings().figure;
  const result = await openDialog({
    title: t.insertTitle,
    fields: [
      {
        name: 'mediaId',
        label: t.mediaId,
        type: 'number',
        inputMode: 'numeric',
        hint: items?.length ? t.mediaIdHintLibrary : t.mediaIdHint,
      },
      { name: 'src', label: t.src, type: 'url', inputMode: 'url', hint: t.srcHint },
      ...figureFields({}),
    ],
    submitLabel: t.insert,
    extra: (setValues) => (items && items.length > 0 ? picker(items, setValues) : null),
    validate: (values) => {
      const id = Number(values['mediaId']);
      if (!/^\d+$/.test(values['mediaId'] ?? '') || !Number.isSafeInteger(id) || id <= 0) {
        return { field: 'mediaId', message: t.mediaIdInvalid };
      }
      if (previewUrl(values['src'] ?? '') === null) {
        return { field: 'src', message: t.srcInvalid };
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
  const t = strings().figure;
  const result = await openDialog({
    title: t.editTitle(String(attrs.mediaId ?? '')).trim(),
    fields: figureFields(attrs),
    submitLabel: t.save,
    removeLabel: t.remove,
  });
  if (!result) return void editor.chain().focus().setNodeSelection(pos).run();
  if (result.action === 'remove') {
    editor.chain().focus().setNodeSelection(pos).deleteSelection().run();
    return;
  }
  const { alt = '', caption = '', credit = '' } = result.values;
  editor.chain().focus().updateFigureAt(pos, { alt, caption, credit }).run();
}
