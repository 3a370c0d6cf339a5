// Display options in the top bar: text size (A− A A+) and high contrast, remembered for the next
// visit (prefs.js applies them early). The controls stay hidden when this script cannot run.

const root = document.documentElement;
const controls = document.querySelector('[data-display-prefs]');

const remember = (key, value) => {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Not remembered, still applied to this page.
  }
};

const mark = () => {
  const size = root.dataset.fontSize || 'normal';
  for (const button of controls.querySelectorAll('button[data-font-size]')) {
    button.setAttribute('aria-pressed', String(button.dataset.fontSize === size));
  }
  const contrast = controls.querySelector('[data-contrast-toggle]');
  contrast?.setAttribute('aria-pressed', String(root.dataset.contrast === 'high'));
};

if (controls) {
  controls.hidden = false;
  controls.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    if (button.dataset.fontSize) {
      const size = button.dataset.fontSize;
      if (size === 'normal') delete root.dataset.fontSize;
      else root.dataset.fontSize = size;
      remember('dinh:font-size', size === 'normal' ? undefined : size);
    } else if (button.hasAttribute('data-contrast-toggle')) {
      const high = root.dataset.contrast !== 'high';
      if (high) root.dataset.contrast = 'high';
      else delete root.dataset.contrast;
      remember('dinh:contrast', high ? 'high' : undefined);
    }
    mark();
  });
  mark();
}
