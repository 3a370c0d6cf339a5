import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** Renders a full HTML document from a Preact tree (escapes all text by default). */
export function renderDocument(tree: VNode): string {
  return `<!doctype html>${renderToString(tree)}`;
}
