// Applies the reader's remembered text size before the page paints (no flash of small text).
try {
  const size = localStorage.getItem('dinh:font-size');
  if (size === 'small' || size === 'large') document.documentElement.dataset.fontSize = size;
} catch {
  // Storage may be blocked; the default size applies.
}
