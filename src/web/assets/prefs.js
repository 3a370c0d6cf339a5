// Applies the reader's remembered display choices (text size, high contrast) before the page
// paints, so there is no flash of the default look. display-prefs.js wires the buttons.
try {
  const root = document.documentElement;
  const size = localStorage.getItem('dinh:font-size');
  if (size === 'small' || size === 'large') root.dataset.fontSize = size;
  if (localStorage.getItem('dinh:contrast') === 'high') root.dataset.contrast = 'high';
} catch {
  // Storage may be blocked; the default look applies.
}
