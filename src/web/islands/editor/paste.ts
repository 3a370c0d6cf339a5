import { checkLinkUrl } from './url.ts';

/**
 * Cleans HTML pasted from Word (desktop and online) or Google Docs before ProseMirror parses it:
 * keeps the structure the editor stores (headings, paragraphs, lists, quotes, tables, links and
 * bold/italic/underline/strike/sub/sup) and drops the rest: mso-* styles, <o:p>, spans,
 * classes, fonts, comments, images, empty paragraphs and Google's docs-internal-guid wrapper.
 * Word's fake lists (paragraphs with `mso-list`) become real nested lists.
 *
 * Pure: string in, string out (uses the DOMParser of the page, which never runs scripts).
 */

/** Tags that survive, with the attributes each keeps. */
const KEEP: Record<string, readonly string[]> = {
  p: [],
  h2: [],
  h3: [],
  h4: [],
  ul: [],
  ol: ['start'],
  li: [],
  blockquote: [],
  br: [],
  hr: [],
  table: [],
  tr: [],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  strong: [],
  em: [],
  u: [],
  s: [],
  code: [],
  sub: [],
  sup: [],
  a: ['href'],
};

const RENAME: Record<string, string> = {
  b: 'strong',
  i: 'em',
  strike: 's',
  del: 's',
  ins: 'u',
  h1: 'h2',
  h5: 'h4',
  h6: 'h4',
  tt: 'code',
  kbd: 'code',
  pre: 'p',
};

/** Removed with everything inside. */
const DROP = new Set([
  'script',
  'style',
  'meta',
  'link',
  'title',
  'head',
  'xml',
  'img',
  'picture',
  'svg',
  'math',
  'object',
  'embed',
  'iframe',
  'video',
  'audio',
  'canvas',
  'map',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'noscript',
  'template',
  'colgroup',
  'col',
  'o:p',
]);

/** Generic boxes: a paragraph when they hold only inline content, unwrapped otherwise. */
const CONTAINERS = new Set([
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'center',
  'address',
  'dd',
  'dt',
  'caption',
  'figcaption',
]);
const BLOCK_SELECTOR =
  'p, h1, h2, h3, h4, h5, h6, ul, ol, li, table, blockquote, div, pre, hr, section, article, dl';
const BLOCKS = 'p, h2, h3, h4, li, td, th, blockquote';
const INLINE_MARKS = new Set(['strong', 'em', 'u', 's', 'code', 'sub', 'sup', 'a']);
const VISIBLE = /[^\s\u00a0\u200b\ufeff]/;
const STYLE = 'data-paste-style';
const ELEMENT = 1;
const TEXT = 3;
const COMMENT = 8;

export function cleanPastedHtml(html: string): string {
  // A copy from this (or another ProseMirror) editor already fits the schema.
  if (html.includes('data-pm-slice')) return html;
  const doc = new DOMParser().parseFromString(defuseStyles(html), 'text/html');
  const body = doc.body;
  takeWordListMarkers(body);
  convertWordLists(body);
  clean(body);
  mergeAdjacentLists(body);
  fixNestedLists(body);
  removeEmpty(body);
  return body.innerHTML.trim();
}

/**
 * The parser's document shares the page's CSP (style-src 'self'), so every style attribute and
 * <style> element in a paste would be reported as a violation. Styles are only read here, never
 * applied: rename the attribute and drop the elements before parsing.
 */
function defuseStyles(html: string): string {
  return html
    .replace(/<style[\s>][\s\S]*?<\/style\s*>/gi, '')
    .replace(/(<[a-z][^<>]*?\s)style(\s*=)/gi, `$1${STYLE}$2`);
}

function tagOf(el: Element): string {
  return el.tagName.toLowerCase();
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

/** CSS declarations of a style attribute, property names lower-cased. */
function styles(el: Element): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (el.getAttribute(STYLE) ?? '').split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0)
      out.set(
        part.slice(0, colon).trim().toLowerCase(),
        part
          .slice(colon + 1)
          .trim()
          .toLowerCase(),
      );
  }
  return out;
}

/**
 * Word marks a list item's bullet or number with `<![if !supportLists]>…<![endif]>` (which a
 * parser turns into two comments) or a `mso-list:Ignore` span. Removes it, remembering the
 * marker text on the paragraph so the list type can be told.
 */
function takeWordListMarkers(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const starts: Comment[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/^\s*\[if !supportLists\]/i.test((node as Comment).data)) starts.push(node as Comment);
  }
  for (const start of starts) {
    let marker = '';
    let node = start.nextSibling;
    while (node && !(node.nodeType === COMMENT && /\[endif\]/i.test((node as Comment).data))) {
      const next = node.nextSibling;
      marker += node.textContent ?? '';
      node.remove();
      node = next;
    }
    const holder = start.parentElement?.closest('p') ?? start.parentElement;
    holder?.setAttribute('data-list-marker', marker.trim());
    node?.remove();
    start.remove();
  }
  for (const span of Array.from(root.querySelectorAll('span'))) {
    if (styles(span).get('mso-list') !== 'ignore') continue;
    const paragraph = span.closest('p');
    if (paragraph && !paragraph.hasAttribute('data-list-marker')) {
      paragraph.setAttribute('data-list-marker', (span.textContent ?? '').trim());
    }
    span.remove();
  }
}

/** Turns Word's `<p style="mso-list:l0 level2 lfo1">` runs into nested ul/ol elements. */
function convertWordLists(root: Element): void {
  const doc = root.ownerDocument;
  let stack: { level: number; list: Element }[] = [];
  let top: Element | null = null;
  for (const p of Array.from(root.querySelectorAll('p'))) {
    const msoList = styles(p).get('mso-list') ?? '';
    const level = /level(\d+)/.exec(msoList);
    if (!level || msoList === 'none') continue;
    const depth = Number(level[1]);
    const marker = p.getAttribute('data-list-marker') ?? '';
    const ordinal = /^\(?(\d+|[a-z]{1,5})[.)]/i.exec(marker);
    if (!top || p.previousElementSibling !== top) stack = [];
    while (stack.length > 0 && stack[stack.length - 1]!.level > depth) stack.pop();
    let current = stack[stack.length - 1];
    if (!current || current.level < depth) {
      const list = doc.createElement(ordinal ? 'ol' : 'ul');
      if (ordinal && /^\d+$/.test(ordinal[1]!) && ordinal[1] !== '1') list.setAttribute('start', ordinal[1]!);
      if (current) {
        const parentItem = current.list.lastElementChild ?? current.list.appendChild(doc.createElement('li'));
        parentItem.append(list);
      } else {
        p.before(list);
        top = list;
      }
      current = { level: depth, list };
      stack.push(current);
    }
    const item = doc.createElement('li');
    const paragraph = doc.createElement('p');
    paragraph.append(...Array.from(p.childNodes));
    item.append(paragraph);
    current.list.append(item);
    p.remove();
  }
}

/** Google Docs and Word Online express marks as span styles: turn them into elements. */
function styleMarks(el: Element): string[] {
  const css = styles(el);
  const marks: string[] = [];
  const weight = css.get('font-weight');
  if (weight && (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600)) {
    if (!el.closest('h1, h2, h3, h4, h5, h6, th')) marks.push('strong');
  }
  if (css.get('font-style') === 'italic') marks.push('em');
  const decoration = `${css.get('text-decoration') ?? ''} ${css.get('text-decoration-line') ?? ''}`;
  if (decoration.includes('underline') && !el.closest('a')) marks.push('u');
  if (decoration.includes('line-through')) marks.push('s');
  const align = css.get('vertical-align');
  if (align === 'super') marks.push('sup');
  if (align === 'sub') marks.push('sub');
  return marks;
}

function isNotBold(el: Element): boolean {
  const weight = styles(el).get('font-weight');
  return weight === 'normal' || weight === '400' || (el.id ?? '').startsWith('docs-internal-guid');
}

function clean(node: Node): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT) continue;
    if (child.nodeType !== ELEMENT) {
      child.remove();
      continue;
    }
    const el = child as Element;
    const original = tagOf(el);
    if (DROP.has(original) || original.startsWith('v:')) {
      el.remove();
      continue;
    }
    if (original === 'span' || original === 'font') {
      for (const mark of styleMarks(el)) {
        const wrapper = el.ownerDocument.createElement(mark);
        wrapper.append(...Array.from(el.childNodes));
        el.append(wrapper);
      }
    }
    clean(el);
    const tag = CONTAINERS.has(original) ? containerTag(el) : (RENAME[original] ?? original);
    if ((tag === 'strong' && isNotBold(el)) || !(tag in KEEP)) {
      unwrap(el);
      continue;
    }
    if (tag === 'a') {
      const href = checkLinkUrl(el.getAttribute('href'));
      if (!href) {
        unwrap(el);
        continue;
      }
      el.setAttribute('href', href);
    }
    const target = tag === original ? el : el.ownerDocument.createElement(tag);
    for (const attr of Array.from(el.attributes)) {
      const keep =
        KEEP[tag]!.includes(attr.name) && (attr.name === 'href' || /^[1-9]\d{0,5}$/.test(attr.value));
      if (target === el && !keep) el.removeAttribute(attr.name);
      else if (target !== el && keep) target.setAttribute(attr.name, attr.value);
    }
    if (target !== el) {
      target.append(...Array.from(el.childNodes));
      el.replaceWith(target);
    }
  }
}

function containerTag(el: Element): string {
  if (tagOf(el) === 'caption') {
    // A table caption becomes the paragraph before its table.
    const table = el.closest('table');
    if (table) table.before(el);
  }
  return el.querySelector(BLOCK_SELECTOR) ? 'div' : 'p';
}

function nextElementSkippingSpace(el: Element): Element | null {
  let node = el.nextSibling;
  while (node && node.nodeType === TEXT && !VISIBLE.test(node.textContent ?? '')) node = node.nextSibling;
  return node && node.nodeType === ELEMENT ? (node as Element) : null;
}

/** Word Online puts every list item in its own list: join neighbours of the same kind. */
function mergeAdjacentLists(root: Element): void {
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    if (!list.isConnected) continue;
    let next = nextElementSkippingSpace(list);
    while (next && tagOf(next) === tagOf(list)) {
      list.append(...Array.from(next.childNodes));
      next.remove();
      next = nextElementSkippingSpace(list);
    }
  }
}

/** Google Docs nests a list directly in its parent list; it belongs in the previous item. */
function fixNestedLists(root: Element): void {
  for (const list of Array.from(root.querySelectorAll('ul > ul, ul > ol, ol > ul, ol > ol'))) {
    const previous = list.previousElementSibling;
    if (previous && tagOf(previous) === 'li') previous.append(list);
    else {
      const item = list.ownerDocument.createElement('li');
      list.replaceWith(item);
      item.append(list);
    }
  }
}

function removeEmpty(root: Element): void {
  // Inline marks around nothing (Word's <b><o:p></o:p></b>).
  for (const el of Array.from(root.querySelectorAll(Array.from(INLINE_MARKS).join(',')))) {
    if (!VISIBLE.test(el.textContent ?? '')) unwrap(el);
  }
  // Line breaks that only separate blocks or end one (Google's Apple-interchange-newline).
  for (const br of Array.from(root.querySelectorAll('br'))) {
    const block = br.parentElement?.closest(BLOCKS);
    if (!block || !root.contains(block) || !VISIBLE.test(textAfter(br, block))) br.remove();
  }
  for (const el of Array.from(root.querySelectorAll('p, h2, h3, h4, blockquote'))) {
    if (!VISIBLE.test(el.textContent ?? '') && !el.querySelector('table, hr, ul, ol')) el.remove();
  }
}

/** Text that follows a node inside its block. */
function textAfter(node: Node, block: Element): string {
  let text = '';
  for (let at: Node | null = node; at && at !== block; at = at.parentNode) {
    for (let next = at.nextSibling; next; next = next.nextSibling) text += next.textContent ?? '';
  }
  return text;
}
