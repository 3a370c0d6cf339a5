// Access keys (Thông tư 32/2017 Đ18: 1 home, 3 site map, 4 search, S main content). Browsers read
// the accesskey attribute with different modifiers, and Chromium on Linux gives Alt + digit to its
// tabs, so this script also answers Alt + key and Alt + Shift + key itself. It leaves the key alone
// while the reader types in a field, when Control or Command is held (browser and assistive
// technology shortcuts), and when something else has already handled it.

const editable = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/** The accesskey a physical key stands for, whatever Shift or the layout does to the character. */
const keyOf = (code) => {
  const match = /^(?:Digit|Numpad)(\d)$|^Key([A-Z])$/.exec(code);
  return match ? (match[1] ?? match[2].toLowerCase()) : null;
};

document.addEventListener('keydown', (event) => {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented || event.repeat) return;
  if (event.target instanceof Element && event.target.closest(editable)) return;
  const key = keyOf(event.code);
  if (!key) return;
  const target = [...document.querySelectorAll('[accesskey]')].find(
    (element) => element.getAttribute('accesskey').toLowerCase() === key,
  );
  if (!target) return;
  event.preventDefault();
  target.focus();
  if (!target.matches(editable)) target.click();
});
