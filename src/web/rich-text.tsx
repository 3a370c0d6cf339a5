import { type ComponentChildren, h } from 'preact';
import { checkedHref } from './link-href.ts';

/**
 * Renders stored TipTap/ProseMirror JSON to Preact elements. Only the node and mark types listed
 * here are rendered; everything else is dropped, and all text is escaped by Preact. No stored or
 * client HTML is ever echoed (docs/adr/0003-rich-text-rendering.md).
 */

export interface RichNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

/** An image the renderer can place in a figure. */
export interface FigureImage {
  src: string;
  srcset: string;
  width: number;
  height: number;
}

export interface RichTextOptions {
  /** Resolves a media id to its image URLs; unknown ids render no figure. */
  image?: (mediaId: number) => FigureImage | undefined;
  /** `sizes` attribute for figures. */
  sizes?: string;
  /** Shift heading levels (default 0); levels below 2 are raised to h2, the page keeps its only h1. */
  headingOffset?: number;
}

/** Parses a stored document, returning an empty doc for anything malformed. */
export function parseRichText(raw: string): RichNode {
  try {
    const value: unknown = JSON.parse(raw);
    if (value && typeof value === 'object' && (value as RichNode).type === 'doc') return value as RichNode;
  } catch {
    // fall through
  }
  return { type: 'doc', content: [] };
}

/** Accepts http(s), mailto, tel and site-relative links; anything else (javascript:, data:, /\host) is dropped. */
export function safeHref(value: unknown): string | undefined {
  return checkedHref(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function integer(value: unknown, fallback: number, min: number, max: number): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.trunc(n))) : fallback;
}

function renderMarks(node: RichNode, key: number): ComponentChildren {
  let out: ComponentChildren = node.text ?? '';
  for (const mark of node.marks ?? []) {
    switch (mark.type) {
      case 'bold':
        out = <strong>{out}</strong>;
        break;
      case 'italic':
        out = <em>{out}</em>;
        break;
      case 'underline':
        out = <u>{out}</u>;
        break;
      case 'strike':
        out = <s>{out}</s>;
        break;
      case 'code':
        out = <code>{out}</code>;
        break;
      case 'subscript':
        out = <sub>{out}</sub>;
        break;
      case 'superscript':
        out = <sup>{out}</sup>;
        break;
      case 'link': {
        const href = safeHref(mark.attrs?.href);
        if (href) {
          const external = /^https?:/.test(href);
          out = (
            <a href={href} rel={external ? 'noopener noreferrer' : undefined}>
              {out}
            </a>
          );
        }
        break;
      }
      default:
        break;
    }
  }
  return <span key={key}>{out}</span>;
}

function children(node: RichNode, options: RichTextOptions): ComponentChildren[] {
  return (node.content ?? []).map((child, index) => renderNode(child, index, options));
}

function renderNode(node: RichNode, key: number, options: RichTextOptions): ComponentChildren {
  switch (node.type) {
    case 'text':
      return node.marks && node.marks.length > 0 ? renderMarks(node, key) : (node.text ?? '');
    case 'paragraph':
      return <p key={key}>{children(node, options)}</p>;
    case 'heading': {
      const level = integer(node.attrs?.level, 2, 1, 6) + (options.headingOffset ?? 0);
      // h() with a computed tag: the body never repeats the page's h1.
      return h(`h${Math.min(6, Math.max(2, level))}`, { key }, children(node, options));
    }
    case 'bulletList':
      return <ul key={key}>{children(node, options)}</ul>;
    case 'orderedList': {
      const start = integer(node.attrs?.start, 1, 1, 100000);
      return (
        <ol key={key} start={start === 1 ? undefined : start}>
          {children(node, options)}
        </ol>
      );
    }
    case 'listItem':
      return <li key={key}>{children(node, options)}</li>;
    case 'blockquote':
      return <blockquote key={key}>{children(node, options)}</blockquote>;
    case 'hardBreak':
      return <br key={key} />;
    case 'horizontalRule':
      return <hr key={key} />;
    case 'table':
      return (
        <div key={key} class="table-wrap">
          <table>
            <tbody>{children(node, options)}</tbody>
          </table>
        </div>
      );
    case 'tableRow':
      return <tr key={key}>{children(node, options)}</tr>;
    case 'tableHeader':
    case 'tableCell': {
      const colSpan = integer(node.attrs?.colspan, 1, 1, 50);
      const rowSpan = integer(node.attrs?.rowspan, 1, 1, 500);
      const spans = {
        colSpan: colSpan === 1 ? undefined : colSpan,
        rowSpan: rowSpan === 1 ? undefined : rowSpan,
      };
      return node.type === 'tableHeader' ? (
        <th key={key} scope="col" {...spans}>
          {children(node, options)}
        </th>
      ) : (
        <td key={key} {...spans}>
          {children(node, options)}
        </td>
      );
    }
    case 'figure':
      return renderFigure(node, key, options);
    default:
      return null;
  }
}

function renderFigure(node: RichNode, key: number, options: RichTextOptions): ComponentChildren {
  const mediaId = integer(node.attrs?.mediaId, 0, 0, Number.MAX_SAFE_INTEGER);
  const image = options.image?.(mediaId);
  if (!image) return null;
  const caption = text(node.attrs?.caption);
  const credit = text(node.attrs?.credit);
  return (
    <figure key={key} class="figure">
      <img
        src={image.src}
        srcset={image.srcset}
        sizes={options.sizes ?? '(min-width: 60em) 45rem, 100vw'}
        width={image.width}
        height={image.height}
        alt={text(node.attrs?.alt)}
        loading="lazy"
        decoding="async"
      />
      {caption || credit ? (
        <figcaption>
          {caption}
          {credit ? <span class="credit"> ({credit})</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

/** Renders a document's blocks. */
export function RichText({ doc, options = {} }: { doc: RichNode; options?: RichTextOptions }) {
  return <>{children(doc, options)}</>;
}

/** Media ids referenced by figures in a document (for loading their records in one query). */
export function figureMediaIds(doc: RichNode): number[] {
  const ids = new Set<number>();
  const walk = (node: RichNode) => {
    if (node.type === 'figure') {
      const id = integer(node.attrs?.mediaId, 0, 0, Number.MAX_SAFE_INTEGER);
      if (id > 0) ids.add(id);
    }
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return [...ids];
}

/** Plain text of a document (for word counts, descriptions and search). */
export function plainText(doc: RichNode): string {
  const parts: string[] = [];
  const walk = (node: RichNode) => {
    if (node.type === 'text') parts.push(node.text ?? '');
    else if (node.type === 'figure') parts.push(` ${text(node.attrs?.caption)} `);
    for (const child of node.content ?? []) walk(child);
    if (['paragraph', 'heading', 'listItem', 'blockquote', 'tableCell', 'tableHeader'].includes(node.type)) {
      parts.push('\n');
    }
  };
  walk(doc);
  return parts
    .join('')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
