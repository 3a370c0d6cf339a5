import type { Editor } from '@tiptap/core';
import { lacksAlt } from './figure.ts';
import { strings } from './strings.ts';

/**
 * Alt text is required before an article is sent. Every editor reports its figures that lack
 * alt text: the form carries `data-missing-alt="N"` (absent when none), the textarea fires a
 * bubbling `dinh:missing-alt` event ({ detail: { count } }) when the number changes, and a
 * submit with missing alt is stopped with a message listing them; the first is selected and
 * focused. A submit button with `formnovalidate` or `data-skip-alt-check` (e.g. "Lưu nháp")
 * is let through. The server validates again on its own.
 */
export interface MissingFigure {
  /** Position in the document. */
  pos: number;
  /** 1-based number among the document's figures. */
  number: number;
  mediaId: number | null;
}

export interface GuardedEditor {
  editor: Editor;
  textarea: HTMLTextAreaElement;
  alert: HTMLElement;
  editFigure: (pos: number) => void;
}

export function missingAlt(editor: Editor): MissingFigure[] {
  const out: MissingFigure[] = [];
  let number = 0;
  editor.state.doc.descendants((node, pos) => {
    if (node.type.name !== 'figure') return true;
    number += 1;
    if (lacksAlt(node.attrs))
      out.push({ pos, number, mediaId: (node.attrs['mediaId'] as number | null) ?? null });
    return false;
  });
  return out;
}

const guarded = new WeakMap<HTMLFormElement, Set<GuardedEditor>>();

function formTotal(form: HTMLFormElement): number {
  let total = 0;
  for (const entry of guarded.get(form) ?? []) total += missingAlt(entry.editor).length;
  return total;
}

function describe(figure: MissingFigure): string {
  return strings().alt.figure(figure.number, figure.mediaId ?? 0);
}

function showMessage(entry: GuardedEditor, missing: MissingFigure[]): void {
  const { alert } = entry;
  alert.replaceChildren();
  const text = document.createElement('p');
  text.textContent = strings().alt.blocked(missing.length, missing.map(describe).join(', '));
  const list = document.createElement('ul');
  for (const figure of missing) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = strings().alt.addFor(figure.number, figure.mediaId ?? 0);
    button.addEventListener('click', () => {
      const current = missingAlt(entry.editor).find((f) => f.number === figure.number);
      if (current) entry.editFigure(current.pos);
    });
    item.append(button);
    list.append(item);
  }
  alert.append(text, list);
  alert.hidden = false;
}

/** Call after every change of the editor: keeps the form's attribute and the message current. */
export function refreshAlt(entry: GuardedEditor, previous: { count: number }): void {
  const count = missingAlt(entry.editor).length;
  if (count !== previous.count) {
    previous.count = count;
    entry.textarea.dispatchEvent(new CustomEvent('dinh:missing-alt', { bubbles: true, detail: { count } }));
  }
  if (count === 0 && !entry.alert.hidden) {
    entry.alert.hidden = true;
    entry.alert.replaceChildren();
  }
  const form = entry.textarea.form;
  if (!form) return;
  const total = formTotal(form);
  if (total > 0) form.setAttribute('data-missing-alt', String(total));
  else form.removeAttribute('data-missing-alt');
}

export function guardForm(entry: GuardedEditor): void {
  const form = entry.textarea.form;
  if (!form) return;
  let set = guarded.get(form);
  if (!set) {
    set = new Set();
    guarded.set(form, set);
    const entries = set;
    form.addEventListener(
      'submit',
      (event) => {
        const submitter = (event as SubmitEvent).submitter;
        if (submitter?.hasAttribute('formnovalidate') || submitter?.hasAttribute('data-skip-alt-check'))
          return;
        let first: { entry: GuardedEditor; figure: MissingFigure } | null = null;
        for (const each of entries) {
          const missing = missingAlt(each.editor);
          if (missing.length === 0) continue;
          showMessage(each, missing);
          if (!first) first = { entry: each, figure: missing[0]! };
        }
        if (!first) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        first.entry.editor.chain().setNodeSelection(first.figure.pos).scrollIntoView().focus().run();
      },
      { capture: true },
    );
  }
  set.add(entry);
}
