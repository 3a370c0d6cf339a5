import { checkedHref } from './link-href.ts';
import type { RichNode } from './rich-text.tsx';

/**
 * The editor's schema, checked on every write of a rich-text body (articles, pages, collection
 * items), so that every stored body opens in the editor island and renders as written. The
 * allow-list is what the island's extensions produce (src/web/islands/editor/index.ts:
 * StarterKit without code blocks, Link, Subscript, Superscript, Table, Figure) and what the
 * renderer (rich-text.tsx) draws. Anything else is refused with what was refused, never
 * silently dropped.
 */

/** What was refused in a body, for a field message (rich-text-input.ts turns it into words). */
export type RichTextProblem =
  | { kind: 'notDocument' }
  | { kind: 'tooDeep' }
  | { kind: 'node'; type: string }
  | { kind: 'mark'; type: string }
  | { kind: 'handler'; owner: string; name: string }
  | { kind: 'attribute'; owner: string; name: string }
  | { kind: 'value'; owner: string; name: string }
  | { kind: 'link'; href: string }
  | { kind: 'placement'; parent: string; child: string }
  | { kind: 'empty'; owner: string };

type AttrCheck = (value: unknown) => boolean;

const isNull = (value: unknown) => value === null;
const int =
  (min: number, max: number): AttrCheck =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
const orNull =
  (check: AttrCheck): AttrCheck =>
  (value) =>
    isNull(value) || check(value);
const oneOf =
  (...allowed: string[]): AttrCheck =>
  (value) =>
    typeof value === 'string' && allowed.includes(value);
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const text =
  (max: number): AttrCheck =>
  (value) =>
    typeof value === 'string' && value.length <= max && !CONTROL.test(value);
const colwidth: AttrCheck = (value) =>
  isNull(value) || (Array.isArray(value) && value.length <= 50 && value.every(orNull(int(0, 10_000))));
/** A figure's preview address in the editor: empty, or a link the renderer would accept. */
const imageSource: AttrCheck = (value) =>
  isNull(value) || value === '' || (typeof value === 'string' && checkedHref(value) !== undefined);

type Content = 'none' | 'inline' | 'blocks' | 'blocks+' | 'items+' | 'item' | 'rows+' | 'cells';

interface NodeSpec {
  content: Content;
  attrs: Record<string, AttrCheck>;
}

const BLOCKS = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'horizontalRule',
  'table',
  'figure',
]);
const INLINE = new Set(['text', 'hardBreak']);
const cell: NodeSpec = {
  content: 'blocks+',
  attrs: {
    colspan: int(1, 50),
    rowspan: int(1, 500),
    colwidth,
    align: orNull(oneOf('left', 'center', 'right')),
  },
};

/** Node types, what they may contain and their attributes. */
export const NODE_SPECS: Record<string, NodeSpec> = {
  doc: { content: 'blocks', attrs: {} },
  paragraph: { content: 'inline', attrs: {} },
  heading: { content: 'inline', attrs: { level: int(1, 6) } },
  blockquote: { content: 'blocks+', attrs: {} },
  bulletList: { content: 'items+', attrs: {} },
  orderedList: {
    content: 'items+',
    attrs: { start: int(0, 1_000_000), type: orNull(oneOf('1', 'a', 'A', 'i', 'I')) },
  },
  listItem: { content: 'item', attrs: {} },
  horizontalRule: { content: 'none', attrs: {} },
  hardBreak: { content: 'none', attrs: {} },
  text: { content: 'none', attrs: {} },
  table: { content: 'rows+', attrs: {} },
  tableRow: { content: 'cells', attrs: {} },
  tableCell: cell,
  tableHeader: cell,
  figure: {
    content: 'none',
    attrs: {
      mediaId: orNull(int(1, Number.MAX_SAFE_INTEGER)),
      src: imageSource,
      alt: orNull(text(1000)),
      caption: orNull(text(2000)),
      credit: orNull(text(500)),
    },
  },
};

/** Mark types and their attributes (a link's href is checked by the link rule). */
export const MARK_SPECS: Record<string, Record<string, AttrCheck>> = {
  bold: {},
  italic: {},
  underline: {},
  strike: {},
  code: {},
  subscript: {},
  superscript: {},
  link: {
    href: () => true,
    target: orNull(oneOf('_blank', '_self')),
    rel: orNull(text(200)),
    class: orNull(text(200)),
    title: orNull(text(500)),
  },
};

const MAX_DEPTH = 40;
const KNOWN_NODE_KEYS = new Set(['type', 'attrs', 'content', 'text', 'marks']);
const KNOWN_MARK_KEYS = new Set(['type', 'attrs']);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Which children a content rule allows at a position. */
function allowedChild(content: Content, child: string, index: number): boolean {
  switch (content) {
    case 'inline':
      return INLINE.has(child);
    case 'blocks':
    case 'blocks+':
      return BLOCKS.has(child);
    case 'items+':
      return child === 'listItem';
    case 'item':
      return index === 0 ? child === 'paragraph' : BLOCKS.has(child);
    case 'rows+':
      return child === 'tableRow';
    case 'cells':
      return child === 'tableCell' || child === 'tableHeader';
    case 'none':
      return false;
  }
}

function checkAttrs(
  owner: string,
  attrs: unknown,
  allowed: Record<string, AttrCheck>,
): RichTextProblem | undefined {
  if (attrs === undefined) return undefined;
  if (!isObject(attrs)) return { kind: 'value', owner, name: 'attrs' };
  for (const [name, value] of Object.entries(attrs)) {
    if (/^on/i.test(name)) return { kind: 'handler', owner, name };
    const check = Object.hasOwn(allowed, name) ? allowed[name] : undefined;
    if (!check) return { kind: 'attribute', owner, name };
    if (!check(value)) return { kind: 'value', owner, name };
  }
  return undefined;
}

function checkMarks(marks: unknown): RichTextProblem | undefined {
  if (marks === undefined) return undefined;
  if (!Array.isArray(marks)) return { kind: 'value', owner: 'text', name: 'marks' };
  const seen = new Set<string>();
  for (const mark of marks) {
    if (!isObject(mark) || typeof mark.type !== 'string')
      return { kind: 'value', owner: 'text', name: 'marks' };
    const spec = Object.hasOwn(MARK_SPECS, mark.type) ? MARK_SPECS[mark.type] : undefined;
    if (!spec) return { kind: 'mark', type: mark.type };
    for (const key of Object.keys(mark)) {
      if (!KNOWN_MARK_KEYS.has(key))
        return /^on/i.test(key)
          ? { kind: 'handler', owner: mark.type, name: key }
          : { kind: 'attribute', owner: mark.type, name: key };
    }
    // The editor's schema keeps one mark of a type, and inline code alone (it excludes the others).
    if (seen.has(mark.type)) return { kind: 'value', owner: 'text', name: 'marks' };
    seen.add(mark.type);
    const problem = checkAttrs(mark.type, mark.attrs, spec);
    if (problem) return problem;
    if (mark.type === 'link') {
      const href = isObject(mark.attrs) ? mark.attrs.href : undefined;
      if (checkedHref(href) === undefined)
        return { kind: 'link', href: typeof href === 'string' ? href : '' };
    }
  }
  if (seen.has('code') && seen.size > 1) return { kind: 'value', owner: 'text', name: 'marks' };
  return undefined;
}

function checkNode(node: unknown, depth: number): RichTextProblem | undefined {
  if (depth > MAX_DEPTH) return { kind: 'tooDeep' };
  if (!isObject(node) || typeof node.type !== 'string') return { kind: 'notDocument' };
  const type = node.type;
  const spec = Object.hasOwn(NODE_SPECS, type) ? NODE_SPECS[type] : undefined;
  if (!spec || (type === 'doc') !== (depth === 0)) return { kind: 'node', type };
  for (const key of Object.keys(node)) {
    if (KNOWN_NODE_KEYS.has(key)) continue;
    return /^on/i.test(key)
      ? { kind: 'handler', owner: type, name: key }
      : { kind: 'attribute', owner: type, name: key };
  }
  const attrProblem = checkAttrs(type, node.attrs, spec.attrs);
  if (attrProblem) return attrProblem;
  if (type === 'text') {
    if (typeof node.text !== 'string' || node.text === '') return { kind: 'empty', owner: 'text' };
    return checkMarks(node.marks);
  }
  if (node.text !== undefined) return { kind: 'attribute', owner: type, name: 'text' };
  if (node.marks !== undefined && !(Array.isArray(node.marks) && node.marks.length === 0))
    return { kind: 'attribute', owner: type, name: 'marks' };
  if (node.content === undefined || (Array.isArray(node.content) && node.content.length === 0)) {
    const required = spec.content.endsWith('+') || spec.content === 'item';
    return required ? { kind: 'empty', owner: type } : undefined;
  }
  if (!Array.isArray(node.content)) return { kind: 'value', owner: type, name: 'content' };
  if (spec.content === 'none') return { kind: 'placement', parent: type, child: childType(node.content[0]) };
  for (const [index, child] of node.content.entries()) {
    const childName = childType(child);
    if (Object.hasOwn(NODE_SPECS, childName) && !allowedChild(spec.content, childName, index))
      return { kind: 'placement', parent: type, child: childName };
    const problem = checkNode(child, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

const childType = (node: unknown): string =>
  isObject(node) && typeof node.type === 'string' ? node.type : '?';

/** The first thing in a document the editor's schema does not allow; undefined when it is sound. */
export function richTextProblem(doc: unknown): RichTextProblem | undefined {
  if (!isObject(doc) || doc.type !== 'doc') return { kind: 'notDocument' };
  return checkNode(doc, 0);
}

/** Is this a document the editor opens? */
export function isValidRichText(doc: unknown): doc is RichNode {
  return richTextProblem(doc) === undefined;
}
