import { strings } from './strings.ts';

/**
 * A small accessible modal form on the native <dialog> (focus is kept inside, Escape cancels),
 * labelled by its title, with a hint and an error message under every field. Appended to
 * <body> so it never nests inside the article's own <form>.
 */
export interface DialogField {
  name: string;
  label: string;
  value?: string;
  hint?: string;
  type?: 'text' | 'url' | 'number';
  inputMode?: 'text' | 'url' | 'numeric' | 'email';
  multiline?: boolean;
}

export type DialogValues = Record<string, string>;

export interface DialogError {
  field: string;
  message: string;
}

export interface DialogOptions {
  title: string;
  fields: DialogField[];
  submitLabel: string;
  /** A second action (e.g. "Bỏ liên kết"); its result has action 'remove'. */
  removeLabel?: string;
  /** Returns the first problem, or null when the values can be used. */
  validate?: (values: DialogValues) => DialogError | null;
  /** Content placed above the fields (e.g. a media picker); may fill the fields. */
  extra?: (setValues: (values: DialogValues) => void) => HTMLElement | null;
}

export interface DialogResult {
  action: 'submit' | 'remove';
  values: DialogValues;
}

let sequence = 0;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

export function openDialog(options: DialogOptions): Promise<DialogResult | null> {
  const id = `rich-dialog-${++sequence}`;
  const dialog = element('dialog', { className: 'rich-dialog' });
  dialog.setAttribute('aria-labelledby', `${id}-title`);
  const form = element('form', { noValidate: true });
  form.append(element('h2', { id: `${id}-title`, textContent: options.title }));

  const inputs = new Map<string, HTMLInputElement | HTMLTextAreaElement>();
  const errors = new Map<string, HTMLElement>();
  const setValues = (values: DialogValues) => {
    for (const [name, value] of Object.entries(values)) {
      const input = inputs.get(name);
      if (input) input.value = value;
    }
  };
  const extra = options.extra?.(setValues);
  if (extra) form.append(extra);

  for (const field of options.fields) {
    const fieldId = `${id}-${field.name}`;
    const wrap = element('div', { className: 'rich-dialog-field' });
    const label = element('label', { htmlFor: fieldId, textContent: field.label });
    const input = field.multiline
      ? element('textarea', { rows: 2 })
      : element('input', { type: field.type === 'number' ? 'text' : (field.type ?? 'text') });
    input.id = fieldId;
    input.name = field.name;
    input.value = field.value ?? '';
    if (field.inputMode) input.inputMode = field.inputMode;
    if (field.type === 'url' || field.type === 'number') input.setAttribute('autocomplete', 'off');
    const described: string[] = [];
    wrap.append(label, input);
    if (field.hint) {
      wrap.append(
        element('p', { id: `${fieldId}-hint`, className: 'rich-dialog-hint', textContent: field.hint }),
      );
      described.push(`${fieldId}-hint`);
    }
    const error = element('p', { id: `${fieldId}-error`, className: 'rich-dialog-error', hidden: true });
    wrap.append(error);
    described.push(`${fieldId}-error`);
    input.setAttribute('aria-describedby', described.join(' '));
    inputs.set(field.name, input);
    errors.set(field.name, error);
    form.append(wrap);
  }

  const actions = element('div', { className: 'rich-dialog-actions' });
  const cancel = element('button', { type: 'button', textContent: strings().cancel });
  const submit = element('button', {
    type: 'submit',
    className: 'rich-dialog-primary',
    textContent: options.submitLabel,
  });
  actions.append(cancel);
  let remove: HTMLButtonElement | null = null;
  if (options.removeLabel) {
    remove = element('button', { type: 'button', textContent: options.removeLabel });
    actions.append(remove);
  }
  actions.append(submit);
  form.append(actions);
  dialog.append(form);
  document.body.append(dialog);

  const values = (): DialogValues => {
    const out: DialogValues = {};
    for (const [name, input] of inputs) out[name] = input.value.trim();
    return out;
  };

  return new Promise((resolve) => {
    let result: DialogResult | null = null;
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(result);
    });
    cancel.addEventListener('click', () => dialog.close());
    remove?.addEventListener('click', () => {
      result = { action: 'remove', values: values() };
      dialog.close();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      for (const [name, error] of errors) {
        error.hidden = true;
        error.textContent = '';
        inputs.get(name)?.removeAttribute('aria-invalid');
      }
      const current = values();
      const problem = options.validate?.(current) ?? null;
      if (problem) {
        const error = errors.get(problem.field);
        const input = inputs.get(problem.field);
        if (error && input) {
          error.textContent = problem.message;
          error.hidden = false;
          input.setAttribute('aria-invalid', 'true');
          input.focus();
        }
        return;
      }
      result = { action: 'submit', values: current };
      dialog.close();
    });
    dialog.showModal();
    const first = extra?.querySelector<HTMLElement>('input, button, select') ?? inputs.values().next().value;
    (first ?? submit).focus();
  });
}
