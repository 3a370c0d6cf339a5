import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { strings } from './strings.ts';

/**
 * The formatting toolbar: real buttons named in the staff member's language, aria-pressed on toggles and
 * aria-disabled (still focusable, as the WAI toolbar pattern asks) when an action does not
 * apply. One tab stop; arrow keys, Home and End move between buttons (roving tabindex).
 */
export interface ToolbarActions {
  link: () => void;
  insertFigure: () => void;
  editFigure: (pos: number) => void;
}

interface Tool {
  /** Visible text or symbol. */
  text: string;
  /** Accessible name. */
  label: string;
  /** aria-keyshortcuts value and its human form for the tooltip. */
  keys?: [string, string];
  className?: string;
  run: () => void;
  active?: () => boolean;
  enabled?: () => boolean;
}

function selectedFigure(editor: Editor): number | null {
  const { selection } = editor.state;
  return selection instanceof NodeSelection && selection.node.type.name === 'figure' ? selection.from : null;
}

function groups(editor: Editor, actions: ToolbarActions): Tool[][] {
  const chain = () => editor.chain().focus();
  const inTable = () => editor.isActive('table');
  const { tools: label, buttonText: word, enterOnImage } = strings();
  const tableTool = (text: string, name: string, run: () => void): Tool => ({
    text,
    label: name,
    run,
    enabled: inTable,
  });
  return [
    [
      {
        text: '¶',
        label: label.paragraph,
        keys: ['Control+Alt+0', 'Ctrl+Alt+0'],
        run: () => chain().setParagraph().run(),
        active: () => editor.isActive('paragraph'),
      },
      {
        text: 'H2',
        label: label.heading2,
        keys: ['Control+Alt+2', 'Ctrl+Alt+2'],
        run: () => chain().toggleHeading({ level: 2 }).run(),
        active: () => editor.isActive('heading', { level: 2 }),
      },
      {
        text: 'H3',
        label: label.heading3,
        keys: ['Control+Alt+3', 'Ctrl+Alt+3'],
        run: () => chain().toggleHeading({ level: 3 }).run(),
        active: () => editor.isActive('heading', { level: 3 }),
      },
    ],
    [
      {
        text: 'B',
        label: label.bold,
        className: 'rich-tool-bold',
        keys: ['Control+B', 'Ctrl+B'],
        run: () => chain().toggleBold().run(),
        active: () => editor.isActive('bold'),
      },
      {
        text: 'I',
        label: label.italic,
        className: 'rich-tool-italic',
        keys: ['Control+I', 'Ctrl+I'],
        run: () => chain().toggleItalic().run(),
        active: () => editor.isActive('italic'),
      },
      {
        text: word.link,
        label: label.link,
        keys: ['Control+K', 'Ctrl+K'],
        run: actions.link,
        active: () => editor.isActive('link'),
      },
    ],
    [
      {
        text: '•≡',
        label: label.bulletList,
        keys: ['Control+Shift+8', 'Ctrl+Shift+8'],
        run: () => chain().toggleBulletList().run(),
        active: () => editor.isActive('bulletList'),
      },
      {
        text: '1.≡',
        label: label.orderedList,
        keys: ['Control+Shift+7', 'Ctrl+Shift+7'],
        run: () => chain().toggleOrderedList().run(),
        active: () => editor.isActive('orderedList'),
      },
      {
        text: '❝',
        label: label.blockquote,
        keys: ['Control+Shift+B', 'Ctrl+Shift+B'],
        run: () => chain().toggleBlockquote().run(),
        active: () => editor.isActive('blockquote'),
      },
    ],
    [
      {
        text: word.table,
        label: label.insertTable,
        run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
        enabled: () => !inTable(),
      },
      tableTool(word.row, label.addRow, () => chain().addRowAfter().run()),
      tableTool(word.column, label.addColumn, () => chain().addColumnAfter().run()),
      tableTool(word.removeRow, label.deleteRow, () => chain().deleteRow().run()),
      tableTool(word.removeColumn, label.deleteColumn, () => chain().deleteColumn().run()),
      tableTool(word.removeTable, label.deleteTable, () => chain().deleteTable().run()),
    ],
    [
      { text: word.image, label: label.insertImage, run: actions.insertFigure },
      {
        text: word.editImage,
        label: label.editImage,
        keys: ['Enter', enterOnImage],
        run: () => {
          const pos = selectedFigure(editor);
          if (pos !== null) actions.editFigure(pos);
        },
        enabled: () => selectedFigure(editor) !== null,
      },
    ],
    [
      {
        text: '↶',
        label: label.undo,
        keys: ['Control+Z', 'Ctrl+Z'],
        run: () => chain().undo().run(),
        enabled: () => editor.can().undo(),
      },
      {
        text: '↷',
        label: label.redo,
        keys: ['Control+Shift+Z', 'Ctrl+Shift+Z'],
        run: () => chain().redo().run(),
        enabled: () => editor.can().redo(),
      },
    ],
  ];
}

export function createToolbar(editor: Editor, actions: ToolbarActions, controls: string): HTMLElement {
  const toolbar = document.createElement('div');
  toolbar.className = 'rich-toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', strings().toolbar);
  toolbar.setAttribute('aria-controls', controls);
  const entries: { button: HTMLButtonElement; tool: Tool }[] = [];

  for (const group of groups(editor, actions)) {
    const box = document.createElement('div');
    box.className = 'rich-toolbar-group';
    for (const tool of group) {
      const button = document.createElement('button');
      button.type = 'button';
      if (tool.className) button.className = tool.className;
      button.tabIndex = entries.length === 0 ? 0 : -1;
      button.setAttribute('aria-label', tool.label);
      button.title = tool.keys ? `${tool.label} (${tool.keys[1]})` : tool.label;
      if (tool.keys) button.setAttribute('aria-keyshortcuts', tool.keys[0]);
      const glyph = document.createElement('span');
      glyph.setAttribute('aria-hidden', 'true');
      glyph.textContent = tool.text;
      button.append(glyph);
      // Keep the editor's selection: a mouse press on a button must not move focus first.
      button.addEventListener('mousedown', (event) => event.preventDefault());
      button.addEventListener('click', () => {
        if (button.getAttribute('aria-disabled') === 'true') return;
        tool.run();
      });
      entries.push({ button, tool });
      box.append(button);
    }
    toolbar.append(box);
  }

  const buttons = entries.map((entry) => entry.button);
  const moveTo = (index: number) => {
    const target = buttons[(index + buttons.length) % buttons.length]!;
    for (const button of buttons) button.tabIndex = button === target ? 0 : -1;
    target.focus();
  };
  toolbar.addEventListener('keydown', (event) => {
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: buttons.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    moveTo(next);
  });
  toolbar.addEventListener('focusin', (event) => {
    const button = event.target as HTMLButtonElement;
    if (buttons.includes(button)) for (const other of buttons) other.tabIndex = other === button ? 0 : -1;
  });

  const refresh = () => {
    for (const { button, tool } of entries) {
      if (tool.active) button.setAttribute('aria-pressed', String(tool.active()));
      if (tool.enabled) button.setAttribute('aria-disabled', String(!tool.enabled()));
    }
  };
  editor.on('transaction', refresh);
  editor.on('focus', refresh);
  refresh();
  return toolbar;
}

/** Moves focus to the toolbar's current button (Alt+F10 from the editor). */
export function focusToolbar(toolbar: HTMLElement): void {
  toolbar.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
}
