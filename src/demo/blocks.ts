import type { RichNode } from '../web/rich-text.tsx';
import type { DemoBlock } from './content/types.ts';

type Mark = NonNullable<RichNode['marks']>[number];
const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Inline markers (**bold**, *italic*, [text](url)) to ProseMirror text nodes. */
export function inlineNodes(source: string): RichNode[] {
  const text = source.normalize('NFC');
  const nodes: RichNode[] = [];
  let last = 0;
  const push = (value: string, marks: Mark[] = []) => {
    if (value)
      nodes.push(marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value });
  };
  for (const match of text.matchAll(INLINE)) {
    push(text.slice(last, match.index));
    if (match[1] !== undefined) push(match[1], [{ type: 'bold' }]);
    else if (match[2] !== undefined) push(match[2], [{ type: 'italic' }]);
    else if (match[3] !== undefined) push(match[3], [{ type: 'link', attrs: { href: match[4] } }]);
    last = (match.index ?? 0) + match[0].length;
  }
  push(text.slice(last));
  return nodes;
}

const paragraph = (text: string): RichNode => ({ type: 'paragraph', content: inlineNodes(text) });

/** Converts demo blocks to a TipTap document; figures refer to media ids via `mediaFor`. */
export function blocksToDoc(blocks: DemoBlock[], mediaFor: (image: string) => number | undefined): RichNode {
  const content: RichNode[] = [];
  for (const block of blocks) {
    if ('p' in block) content.push(paragraph(block.p));
    else if ('h2' in block)
      content.push({ type: 'heading', attrs: { level: 2 }, content: inlineNodes(block.h2) });
    else if ('h3' in block)
      content.push({ type: 'heading', attrs: { level: 3 }, content: inlineNodes(block.h3) });
    else if ('quote' in block) content.push({ type: 'blockquote', content: [paragraph(block.quote)] });
    else if ('ul' in block || 'ol' in block) {
      const items = 'ul' in block ? block.ul : block.ol;
      content.push({
        type: 'ul' in block ? 'bulletList' : 'orderedList',
        content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
      });
    } else if ('table' in block) {
      content.push({
        type: 'table',
        content: block.table.map((row, rowIndex) => ({
          type: 'tableRow',
          content: row.map((cell) => ({
            type: rowIndex === 0 ? 'tableHeader' : 'tableCell',
            content: [paragraph(cell)],
          })),
        })),
      });
    } else if ('figure' in block) {
      const mediaId = mediaFor(block.figure.image);
      if (mediaId === undefined) continue;
      content.push({
        type: 'figure',
        attrs: {
          mediaId,
          alt: block.figure.alt.normalize('NFC'),
          caption: block.figure.caption.normalize('NFC'),
          credit: (block.figure.credit ?? '').normalize('NFC'),
        },
      });
    }
  }
  return { type: 'doc', content };
}
