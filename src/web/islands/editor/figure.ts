import { mergeAttributes, Node } from '@tiptap/core';
import { NodeSelection, TextSelection, type Transaction } from '@tiptap/pm/state';
import { strings } from './strings.ts';

/**
 * The `figure` node: an image from the media library with alt text, caption and credit. Its
 * attributes are the contract with the server renderer (src/web/rich-text.tsx), which resolves
 * `mediaId` to the real image; `src` is only a preview URL for the editor.
 */
export interface FigureAttrs {
  mediaId: number | null;
  src: string;
  alt: string;
  caption: string;
  credit: string;
}

export interface FigureOptions {
  /** Opens the alt/caption/credit dialog for the figure at a position. */
  onEdit: (pos: number) => void;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      insertFigure: (attrs: Partial<FigureAttrs>) => ReturnType;
      updateFigureAt: (pos: number, attrs: Partial<FigureAttrs>) => ReturnType;
    };
  }
}

function textAttr(name: string) {
  return {
    default: '',
    parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name}`) ?? '',
    renderHTML: (attrs: Record<string, unknown>) => ({ [`data-${name}`]: attrs[name] || null }),
  };
}

/** Whether a figure still needs its alt text. */
export function lacksAlt(attrs: Record<string, unknown>): boolean {
  return typeof attrs['alt'] !== 'string' || attrs['alt'].trim() === '';
}

/**
 * Puts the cursor after the figure at `pos`, so the next keystroke writes text instead of
 * replacing the still-selected image: in the empty paragraph that follows it, or a new one.
 * With `reuseText`, a following paragraph with text takes the cursor at its start instead.
 */
export function cursorAfterFigure(tr: Transaction, pos: number, reuseText = false): void {
  const figure = tr.doc.nodeAt(pos);
  if (!figure) return;
  const after = pos + figure.nodeSize;
  const next = tr.doc.nodeAt(after);
  if (!(next?.isTextblock && (reuseText || next.content.size === 0))) {
    const paragraph = tr.doc.type.schema.nodes['paragraph'];
    if (!paragraph) return;
    tr.insert(after, paragraph.create());
  }
  tr.setSelection(TextSelection.create(tr.doc, after + 1));
}

export const Figure = Node.create<FigureOptions>({
  name: 'figure',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  defining: true,

  addOptions() {
    return { onEdit: () => undefined };
  },

  addAttributes() {
    return {
      mediaId: {
        default: null,
        parseHTML: (element) => {
          const id = Number.parseInt(element.getAttribute('data-media-id') ?? '', 10);
          return Number.isSafeInteger(id) && id > 0 ? id : null;
        },
        renderHTML: (attrs) => ({ 'data-media-id': attrs['mediaId'] }),
      },
      src: textAttr('src'),
      alt: textAttr('alt'),
      caption: textAttr('caption'),
      credit: textAttr('credit'),
    };
  },

  parseHTML() {
    return [{ tag: 'figure[data-media-id]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { src, alt, caption, credit } = node.attrs as FigureAttrs;
    const text = [caption, credit ? `(${credit})` : ''].filter(Boolean).join(' ');
    return [
      'figure',
      mergeAttributes(HTMLAttributes),
      ['img', { src: src || null, alt }],
      ['figcaption', {}, text],
    ];
  },

  renderText({ node }) {
    return String(node.attrs['caption'] ?? '');
  },

  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ chain }) =>
          chain()
            .insertContent({ type: this.name, attrs })
            .command(({ tr }) => {
              // ProseMirror leaves the new figure selected: one keystroke would delete it.
              const { selection } = tr;
              if (selection instanceof NodeSelection && selection.node.type.name === this.name)
                cursorAfterFigure(tr, selection.from);
              return true;
            })
            .run(),
      updateFigureAt:
        (pos, attrs) =>
        ({ tr, state, dispatch }) => {
          const node = state.doc.nodeAt(pos);
          if (!node || node.type.name !== this.name) return false;
          if (dispatch) {
            tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...attrs });
            // Writing goes on after the image, never over it.
            cursorAfterFigure(tr, pos, true);
          }
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      // Enter on a selected figure opens its dialog (the toolbar's "Sửa ảnh" does the same).
      Enter: ({ editor }) => {
        const { selection } = editor.state;
        if (!(selection instanceof NodeSelection) || selection.node.type.name !== this.name) return false;
        this.options.onEdit(selection.from);
        return true;
      },
    };
  },

  addNodeView() {
    return ({ node: initial, getPos, editor }) => {
      let node = initial;
      const dom = document.createElement('figure');
      dom.className = 'rich-figure';
      const frame = document.createElement('div');
      frame.className = 'rich-figure-frame';
      const caption = document.createElement('figcaption');
      const warning = document.createElement('p');
      warning.className = 'rich-figure-warning';
      const t = strings().figure;
      warning.textContent = t.missingAlt;
      const edit = document.createElement('button');
      edit.type = 'button';
      edit.tabIndex = -1;
      edit.className = 'rich-figure-edit';
      edit.textContent = t.edit;
      edit.addEventListener('click', () => {
        const pos = getPos();
        if (typeof pos === 'number' && editor.isEditable) this.options.onEdit(pos);
      });
      dom.append(frame, caption, warning, edit);

      const render = () => {
        const attrs = node.attrs as FigureAttrs;
        frame.replaceChildren();
        if (attrs.src) {
          const img = document.createElement('img');
          img.src = attrs.src;
          img.alt = attrs.alt;
          frame.append(img);
        } else {
          const placeholder = document.createElement('span');
          placeholder.className = 'rich-figure-placeholder';
          placeholder.textContent = t.item(attrs.mediaId ?? 0, attrs.alt);
          frame.append(placeholder);
        }
        caption.textContent = [attrs.caption, attrs.credit ? `(${attrs.credit})` : '']
          .filter(Boolean)
          .join(' ');
        caption.hidden = caption.textContent === '';
        warning.hidden = !lacksAlt(node.attrs);
        dom.dataset['missingAlt'] = String(lacksAlt(node.attrs));
      };
      render();

      return {
        dom,
        update(updated) {
          if (updated.type !== node.type) return false;
          node = updated;
          render();
          return true;
        },
        stopEvent: (event) => event.target === edit,
        ignoreMutation: () => true,
      };
    };
  },
});
