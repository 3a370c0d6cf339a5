// Type-ahead for the search boxes (ARIA 1.2 combobox with a listbox popup). Progressive
// enhancement: without this script the boxes are plain GET forms to the results page.
// Arrow keys move through the titles, Enter opens the highlighted one, Escape closes the list.

const TEXT = {
  vi: {
    label: 'Gợi ý tìm kiếm',
    count: (n) => `Có ${n} gợi ý, dùng phím mũi tên lên xuống để chọn.`,
    none: 'Không có gợi ý.',
  },
  en: {
    label: 'Search suggestions',
    count: (n) => `${n} suggestions, use the up and down arrow keys to choose.`,
    none: 'No suggestions.',
  },
  zh: { label: '搜索建议', count: (n) => `共有${n}条建议，请用上下方向键选择。`, none: '没有建议。' },
};
const htmlLang = document.documentElement.lang || 'vi';
const lang = htmlLang.startsWith('zh') ? 'zh' : htmlLang.startsWith('en') ? 'en' : 'vi';
const text = TEXT[lang];
const MIN_CHARS = 2;
const DELAY_MS = 150;

function ensureStylesheet() {
  if (document.querySelector('link[rel="stylesheet"][href^="/assets/search."]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  // The page names the fingerprinted stylesheet on this script's tag; the plain URL still works.
  link.href = document.querySelector('script[data-stylesheet]')?.dataset.stylesheet || '/assets/search.css';
  document.head.append(link);
}

function enhance(input) {
  const host = input.parentElement;
  if (!host || input.dataset.suggest) return;
  input.dataset.suggest = 'on';
  host.classList.add('search-suggest-host');
  const listId = `${input.id}-suggestions`;
  const list = document.createElement('ul');
  list.id = listId;
  list.className = 'search-suggest';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', text.label);
  list.hidden = true;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
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

  const options = () => list.querySelectorAll('[role="option"]');
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index) => {
    const all = options();
    active = index;
    all.forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
    });
    const option = all[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const go = (index) => {
    const item = items[index];
    if (item) window.location.assign(item.url);
  };
  const render = () => {
    list.replaceChildren(
      ...items.map((item, index) => {
        const option = document.createElement('li');
        option.id = `${listId}-${index}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = item.title;
        // mousedown, not click: it comes before the input's blur closes the list.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          go(index);
        });
        return option;
      }),
    );
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (items.length > 0) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      status.textContent = text.count(items.length);
    } else {
      close();
      status.textContent = input.value.trim().length >= MIN_CHARS ? text.none : '';
    }
  };
  const fetchSuggestions = async () => {
    const q = input.value.trim();
    controller?.abort();
    if (q.length < MIN_CHARS) {
      items = [];
      render();
      return;
    }
    controller = new AbortController();
    try {
      const response = await fetch(`/api/v1/search/suggest?q=${encodeURIComponent(q)}&lang=${lang}`, {
        signal: controller.signal,
        headers: { accept: 'application/json' },
      });
      const body = response.ok ? await response.json() : {};
      items = Array.isArray(body.suggestions) ? body.suggestions.slice(0, 8) : [];
      render();
    } catch (error) {
      // Aborted by newer typing: the newer request answers. Offline or refused: suggestions for
      // older text must not stay open (Enter would open one); the form still works.
      if (error?.name === 'AbortError') return;
      items = [];
      close();
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, DELAY_MS);
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
      event.preventDefault();
      go(active);
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      }
    } else if (event.key === 'Tab') {
      close();
    }
  });
  input.addEventListener('blur', () => close());
}

const inputs = document.querySelectorAll('#site-search, #search-q');
if (inputs.length > 0 && 'fetch' in window) {
  ensureStylesheet();
  for (const input of inputs) enhance(input);
}
