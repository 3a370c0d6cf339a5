// Desktop sub-menus (WCAG 1.4.13): site.css opens them on hover or focus, over the content.
// Escape closes the open one (focus goes back to its top-level link when it was inside); it stays
// closed until the pointer and focus have left that item, and opens again when they come back.
// Hovering the sub-menu itself keeps it open: it is part of the same list item.

const items = document.querySelectorAll('.main-menu .has-children');
const isOpen = (item) => item.matches(':hover') || item.matches(':focus-within');

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  for (const item of items) {
    if (item.classList.contains('dismissed') || !isOpen(item)) continue;
    item.classList.add('dismissed');
    if (item.matches(':focus-within')) item.querySelector(':scope > a')?.focus();
  }
});

for (const item of items) {
  item.addEventListener('mouseleave', () => {
    if (!item.matches(':focus-within')) item.classList.remove('dismissed');
  });
  item.addEventListener('focusout', (event) => {
    if (!item.contains(event.relatedTarget) && !item.matches(':hover')) item.classList.remove('dismissed');
  });
}
