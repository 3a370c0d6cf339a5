// Suggestions in the legal document form (ARIA 1.2 combobox with a listbox popup): issuers and
// signers the site's documents already name, and documents by number in the relation rows.
// Progressive enhancement: without this script the inputs are plain text boxes and a relation's
// number is resolved when the form is saved. Arrow keys move, Enter picks, Escape closes.

const TEXT = {
  vi: {
    number: 'Văn bản có số ký hiệu phù hợp',
    issuer: 'Cơ quan ban hành đã có',
    signer: 'Người ký đã có',
    count: (n) => `Có ${n} gợi ý, dùng phím mũi tên lên xuống để chọn, Enter để điền.`,
    none: 'Không có gợi ý.',
    picked: (value) => `Đã chọn ${value}.`,
  },
  en: {
    number: 'Documents with a matching number',
    issuer: 'Issuers already used',
    signer: 'Signers already used',
    count: (n) => `${n} suggestions, use the up and down arrow keys to choose, Enter to fill in.`,
    none: 'No suggestions.',
    picked: (value) => `${value} chosen.`,
  },
  zh: {
    number: '文号相符的文件',
    issuer: '已有的发布机关',
    signer: '已有的签署人',
    count: (n) => `共有${n}条建议，请用上下方向键选择，按回车填入。`,
    none: '没有建议。',
    picked: (value) => `已选择${value}。`,
  },
};
const htmlLang = document.documentElement.lang || 'vi';
const lang = htmlLang.startsWith('zh') ? 'zh' : htmlLang.startsWith('en') ? 'en' : 'vi';
const text = TEXT[lang];
const DELAY_MS = 200;
const MIN_CHARS = { number: 1, issuer: 2, signer: 2 };

function enhance(input, field, url, onPick) {
  if (input.dataset.lookupOn) return;
  input.dataset.lookupOn = '1';
  // The list goes beside the label, not in it: the label's text names the input.
  const label = input.closest('label');
  const host = (label ?? input).parentElement;
  host.classList.add('lookup-host');
  const listId = `${input.id || input.name.replace(/\W/g, '-')}-lookup`;
  const list = document.createElement('ul');
  list.id = listId;
  list.className = 'lookup-list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', text[field]);
  list.hidden = true;
  const status = document.createElement('p');
  status.className = 'lookup-status';
  status.setAttribute('role', 'status');
  host.append(list, status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('autocomplete', 'off');

  let items = [];
  let active = -1;
  let timer;
  let controller;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index) => {
    active = index;
    const all = list.querySelectorAll('[role="option"]');
    all.forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
    });
    const option = all[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    }
  };
  const pick = (index) => {
    const item = items[index];
    if (!item) return;
    input.value = item.value;
    onPick(item);
    close();
    status.textContent = text.picked(item.value);
  };
  const place = () => {
    list.style.left = `${input.offsetLeft}px`;
    list.style.top = `${input.offsetTop + input.offsetHeight}px`;
    list.style.minWidth = `${input.offsetWidth}px`;
  };
  const render = () => {
    list.replaceChildren(
      ...items.map((item, index) => {
        const option = document.createElement('li');
        option.id = `${listId}-${index}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        const value = document.createElement('span');
        value.className = 'lookup-value';
        value.textContent = item.value;
        option.append(value);
        const detail = item.detail || item.title;
        if (detail) {
          const more = document.createElement('span');
          more.className = 'lookup-detail';
          more.textContent = detail;
          option.append(' ', more);
        }
        // mousedown, not click: it comes before the input's blur closes the list.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(index);
        });
        return option;
      }),
    );
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (items.length > 0) {
      place();
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      status.textContent = text.count(items.length);
    } else {
      close();
      status.textContent = input.value.trim().length >= MIN_CHARS[field] ? text.none : '';
    }
  };
  const load = async () => {
    const q = input.value.trim();
    controller?.abort();
    if (q.length < MIN_CHARS[field]) {
      items = [];
      render();
      return;
    }
    controller = new AbortController();
    try {
      const response = await fetch(`${url}?field=${field}&q=${encodeURIComponent(q)}`, {
        signal: controller.signal,
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      });
      const body = response.ok ? await response.json() : {};
      items = Array.isArray(body.items) ? body.items : [];
      render();
    } catch (error) {
      if (error?.name === 'AbortError') return;
      items = [];
      close();
    }
  };

  input.addEventListener('input', () => {
    onPick(undefined);
    clearTimeout(timer);
    timer = setTimeout(load, DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    const count = items.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      if (list.hidden) render();
      highlight((active + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      if (list.hidden) render();
      highlight(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      // Picks the suggestion instead of submitting the form.
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      close();
    }
  });
  input.addEventListener('blur', () => close());
}

const fieldset = document.querySelector('fieldset[data-lookup]');
const form = fieldset?.closest('form');
if (fieldset && form && 'fetch' in window) {
  const url = fieldset.dataset.lookup;
  const issuer = form.querySelector('input[name="d.issuer"]');
  if (issuer) enhance(issuer, 'issuer', url, () => {});
  const signer = form.querySelector('input[name="d.signer"]');
  const signerTitle = form.querySelector('input[name="d.signer_title"]');
  if (signer)
    enhance(signer, 'signer', url, (item) => {
      // A signer with one known position fills it in, unless the editor already typed one.
      if (item?.title && signerTitle && signerTitle.value.trim() === '') signerTitle.value = item.title;
    });
  for (const input of fieldset.querySelectorAll('input[data-lookup-field="number"]')) {
    const hidden = document.getElementById(input.dataset.lookupId);
    enhance(input, 'number', url, (item) => {
      // The document picked, by id (two issuers may share a number); typing forgets it.
      if (hidden) hidden.value = item?.id ? String(item.id) : '';
    });
  }
}
