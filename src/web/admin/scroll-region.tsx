import type { ComponentChildren } from 'preact';

/**
 * A wide table's wrapper that scrolls sideways on a phone or at 200% text instead of widening
 * the page. It takes focus, so keyboard users can scroll it too (WCAG 2.1.1, axe's
 * scrollable-region-focusable), and with a label it is a named region for screen readers.
 */
export function ScrollRegion(props: { label?: string; children: ComponentChildren }) {
  if (!props.label)
    return (
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard (WCAG 2.1.1)
      <div class="table-scroll" tabIndex={0}>
        {props.children}
      </div>
    );
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard (WCAG 2.1.1)
    <section class="table-scroll" tabIndex={0} aria-label={props.label}>
      {props.children}
    </section>
  );
}
