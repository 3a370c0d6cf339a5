import { Editor, Extension } from '@tiptap/core';
import Link from '@tiptap/extension-link';
import Subscript from '@tiptap/extension-subscript';
import Superscript from '@tiptap/extension-superscript';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { type GuardedEditor, guardForm, refreshAlt } from './alt.ts';
import { initialContent } from './content.ts';
import { countLabel } from './count.ts';
import { Figure } from './figure.ts';
import { editFigureFlow, insertFigureFlow, linkFlow } from './flows.ts';
import { cleanPastedHtml } from './paste.ts';
import { strings } from './strings.ts';
import { createToolbar, focusToolbar } from './toolbar.ts';
import { checkLinkUrl } from './url.ts';

/**
 * The newsroom's rich-text editor island. Enhances every `<textarea data-rich-editor>`: the
 * textarea keeps the document as TipTap/ProseMirror JSON (the format src/web/rich-text.tsx
 * renders) and is updated on every change, so the form posts it as it is. Without JavaScript
 * the textarea stays as it is.
 */

const COUNT_DELAY_MS = 1000;
let sequence = 0;

function ensureStylesheet(): void {
  // The admin page links the fingerprinted /assets/editor.<hash>.css; other pages get the plain one.
  if (document.querySelector('link[rel="stylesheet"][href*="/assets/editor."]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('../editor.css', import.meta.url).href;
  document.head.append(link);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  return el;
}

function refuse(textarea: HTMLTextAreaElement, message: string): null {
  const note = element('p', 'rich-editor-note');
  note.textContent = message;
  textarea.before(note);
  return null;
}

export function enhance(textarea: HTMLTextAreaElement): Editor | null {
  if (textarea.dataset['richEditorReady']) return null;
  textarea.dataset['richEditorReady'] = 'true';
  const t = strings();
  const content = initialContent(textarea.value);
  if (!content) return refuse(textarea, t.unreadable);

  const id = `${textarea.id || `rich-${++sequence}`}-editor`;
  const label = textarea.labels?.[0];
  const name = label?.textContent?.trim() || textarea.getAttribute('aria-label') || t.name;
  const wrapper = element('div', 'rich-editor');
  const alert = element('div', 'rich-editor-alert');
  alert.setAttribute('role', 'alert');
  alert.hidden = true;
  const surface = element('div', 'rich-editor-surface');
  const count = element('p', 'rich-editor-count');
  count.id = `${id}-count`;
  count.setAttribute('aria-live', 'polite');

  const attributes: Record<string, string> = {
    id,
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': name,
    class: 'rich-editor-content',
    spellcheck: 'true',
  };
  for (const copied of ['aria-describedby', 'aria-invalid', 'aria-required']) {
    const value = textarea.getAttribute(copied);
    if (value) attributes[copied] = value;
  }
  if (textarea.required) {
    // A hidden required field would block the form silently; the server checks it anyway.
    textarea.required = false;
    attributes['aria-required'] = 'true';
  }

  let contentError = false;
  let toolbar: HTMLElement | null = null;
  const actions = {
    link: () => void linkFlow(editor),
    insertFigure: () => void insertFigureFlow(editor),
    editFigure: (pos: number) => void editFigureFlow(editor, pos),
  };
  const Shortcuts = Extension.create({
    name: 'dinhShortcuts',
    addKeyboardShortcuts: () => ({
      'Mod-k': () => {
        actions.link();
        return true;
      },
      'Alt-F10': () => {
        if (toolbar) focusToolbar(toolbar);
        return true;
      },
    }),
  });

  const editor: Editor = new Editor({
    element: surface,
    injectCSS: false,
    content,
    enableContentCheck: true,
    onContentError: () => {
      contentError = true;
    },
    extensions: [
      StarterKit.configure({ codeBlock: false, link: false, heading: { levels: [2, 3, 4] } }),
      // Not inclusive: typing after a link does not extend it.
      Link.extend({ inclusive: false }).configure({
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        protocols: ['mailto', 'tel'],
        HTMLAttributes: { target: null, rel: null, class: null },
        isAllowedUri: (url) => checkLinkUrl(url) !== null,
      }),
      Subscript,
      Superscript,
      Table.configure({ resizable: false }),
      TableRow,
      TableHeader,
      TableCell,
      Figure.configure({ onEdit: actions.editFigure }),
      Shortcuts,
    ],
    editorProps: { attributes, transformPastedHTML: cleanPastedHtml },
  });
  if (contentError) {
    editor.destroy();
    return refuse(textarea, t.unknownContent);
  }

  toolbar = createToolbar(editor, actions, id);
  wrapper.append(toolbar, alert, surface, count);
  textarea.after(wrapper);
  textarea.hidden = true;
  if (textarea.value.trim() === '') textarea.value = JSON.stringify(editor.getJSON());
  label?.addEventListener('click', (event) => {
    event.preventDefault();
    editor.commands.focus();
  });

  let countPending = false;
  const updateCount = () => {
    countPending = false;
    count.textContent = countLabel(editor.getText({ blockSeparator: '\n' }), t);
  };
  updateCount();

  const guard: GuardedEditor = { editor, textarea, alert, editFigure: actions.editFigure };
  const altState = { count: -1 };
  guardForm(guard);
  refreshAlt(guard, altState);

  editor.on('update', () => {
    textarea.value = JSON.stringify(editor.getJSON());
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    refreshAlt(guard, altState);
    // Throttled: a screen reader hears the count at most once a second, not on every key.
    if (!countPending) {
      countPending = true;
      setTimeout(updateCount, COUNT_DELAY_MS);
    }
  });
  return editor;
}

export function enhanceAll(root: ParentNode = document): void {
  const textareas = root.querySelectorAll<HTMLTextAreaElement>('textarea[data-rich-editor]');
  if (textareas.length === 0) return;
  ensureStylesheet();
  for (const textarea of textareas) enhance(textarea);
}

enhanceAll();
