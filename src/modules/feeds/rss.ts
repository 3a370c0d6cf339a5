/**
 * RSS 2.0 documents (https://www.rssboard.org/rss-specification), built as strings: the
 * shape is small and fixed, so a serializer library would add weight without safety.
 */

/** Characters XML 1.0 forbids anywhere (controls other than tab/LF/CR, lone surrogates, U+FFFE/F). */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for XML content and attribute values, dropping characters XML 1.0 cannot carry. */
export function xmlEscape(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** An element with escaped text content: element('title', 'A & B') → <title>A &amp; B</title>. */
export function element(name: string, text: string, attributes: Record<string, string> = {}): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${xmlEscape(value)}"`)
    .join('');
  return `<${name}${attrs}>${xmlEscape(text)}</${name}>`;
}

/**
 * An element whose text readers render as HTML (RSS <description>): CDATA around the
 * HTML-escaped text, so a reader that parses the XML and then the HTML shows the text as written,
 * never markup. The escaping turns every `>` into `&gt;`, so `]]>` cannot end the CDATA early.
 */
export function htmlTextElement(name: string, text: string): string {
  const html = text
    .replace(INVALID_XML, '')
    .replace(/[&<>"']/g, (char) => (char === "'" ? '&#39;' : (ENTITIES[char] ?? char)));
  return `<${name}><![CDATA[${html}]]></${name}>`;
}

/** An ISO-8601 time as an RFC 822 date (the RFC 1123 form RSS readers expect), or undefined. */
export function rfc822(iso: string): string | undefined {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? new Date(ms).toUTCString() : undefined;
}

/** The newest of some ISO-8601 UTC times (undefined and empty values are ignored). */
export function newest(...times: (string | undefined | null)[]): string | undefined {
  let best: string | undefined;
  let bestMs = Number.NEGATIVE_INFINITY;
  for (const time of times) {
    if (!time) continue;
    const ms = Date.parse(time);
    if (Number.isFinite(ms) && ms > bestMs) {
      best = time;
      bestMs = ms;
    }
  }
  return best;
}

export interface RssChannel {
  title: string;
  /** Absolute URL of the HTML page the feed mirrors. */
  link: string;
  description: string;
  /** Language tag (vi, en, zh-Hans). */
  language: string;
  /** ISO-8601; the newest change in the feed. */
  lastBuildDate?: string | undefined;
  /** Absolute URL of the feed itself (atom:link rel=self). */
  selfUrl: string;
  /** Absolute URL of the channel image (the site's emblem). */
  imageUrl?: string | undefined;
}

export interface RssItem {
  title: string;
  /** Absolute URL; also the permanent guid. */
  link: string;
  description: string;
  /** ISO-8601 publication time. */
  pubDate: string;
  category?: string | undefined;
}

function renderItem(item: RssItem): string {
  const pubDate = rfc822(item.pubDate);
  return [
    '<item>',
    element('title', item.title),
    element('link', item.link),
    element('guid', item.link, { isPermaLink: 'true' }),
    pubDate ? element('pubDate', pubDate) : '',
    htmlTextElement('description', item.description),
    item.category ? element('category', item.category) : '',
    '</item>',
  ]
    .filter(Boolean)
    .join('');
}

/** Renders a complete RSS 2.0 document with an atom:link to itself. */
export function renderRss(channel: RssChannel, items: RssItem[]): string {
  const lastBuildDate = channel.lastBuildDate ? rfc822(channel.lastBuildDate) : undefined;
  const image = channel.imageUrl
    ? `<image>${element('url', channel.imageUrl)}${element('title', channel.title)}${element('link', channel.link)}</image>`
    : '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    htmlTextElement('description', channel.description),
    element('language', channel.language),
    lastBuildDate ? element('lastBuildDate', lastBuildDate) : '',
    `<atom:link href="${xmlEscape(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    image,
    ...items.map(renderItem),
    '</channel>',
    '</rss>',
  ]
    .filter(Boolean)
    .join('\n')
    .concat('\n');
}
