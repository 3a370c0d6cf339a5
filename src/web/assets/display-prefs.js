// Display options in the top bar: text size (A− A A+) and high contrast, remembered for the next
// visit and shared by the province's sites where their hostnames allow it (prefs.js applies them early). The controls stay hidden when this script cannot run.

const root = document.documentElement;
const controls = document.querySelector('[data-display-prefs]');

/**
 * The domain this page remembers the choices on, so the province's sites share them: the first of
 * this host's parent domains the server lists (from the configured hostnames only, widest first)
 * that the browser takes; browsers refuse public suffixes (gov.vn) and single labels (localhost).
 * None taken (the demo on localhost, an IP address): a host-only cookie, and the help text says so.
 */
const cookieDomain = (() => {
  let offered = [];
  try {
    offered = JSON.parse(controls?.dataset.cookieDomains || '{}')[location.hostname] ?? [];
  } catch {
    offered = [];
  }
  for (const domain of offered) {
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Firefox and older Safari; the values are fixed words.
    document.cookie = `dinh-probe=1; Domain=${domain}; Path=/; SameSite=Lax`;
    if (document.cookie.split('; ').includes('dinh-probe=1')) {
      // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Firefox and older Safari; the values are fixed words.
      document.cookie = `dinh-probe=; Domain=${domain}; Path=/; Max-Age=0; SameSite=Lax`;
      return domain;
    }
  }
  return null;
})();

/** Remembers a choice for every site under the shared domain, and for this host. */
const remember = (key, value, shown) => {
  const domain = cookieDomain ? `; Domain=${cookieDomain}` : '';
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Firefox and older Safari; the values are fixed words.
  document.cookie = `dinh-${key}=${shown}${domain}; Path=/; Max-Age=31536000; SameSite=Lax`;
  try {
    if (value === undefined) localStorage.removeItem(`dinh:${key}`);
    else localStorage.setItem(`dinh:${key}`, value);
  } catch {
    // Not remembered on this host, still applied to this page.
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
  const help = controls.querySelector('[data-local-text]');
  if (help && !cookieDomain) help.textContent = help.dataset.localText;
  controls.hidden = false;
  controls.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    if (button.dataset.fontSize) {
      const size = button.dataset.fontSize;
      if (size === 'normal') delete root.dataset.fontSize;
      else root.dataset.fontSize = size;
      remember('font-size', size === 'normal' ? undefined : size, size);
    } else if (button.hasAttribute('data-contrast-toggle')) {
      const high = root.dataset.contrast !== 'high';
      if (high) root.dataset.contrast = 'high';
      else delete root.dataset.contrast;
      remember('contrast', high ? 'high' : undefined, high ? 'high' : 'normal');
    }
    mark();
  });
  mark();
}
