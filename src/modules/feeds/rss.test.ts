import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { element, newest, renderRss, rfc822, xmlEscape } from './rss.ts';

describe('xmlEscape', () => {
  it('escapes the five XML special characters', () => {
    expect(xmlEscape(`Tom & "Jerry" <b> 'x'`)).toBe('Tom &amp; &quot;Jerry&quot; &lt;b&gt; &apos;x&apos;');
    expect(xmlEscape('&amp;')).toBe('&amp;amp;');
  });

  it('keeps Vietnamese, Chinese, emoji, tabs and newlines', () => {
    const text = 'Sở Khoa học\tvà Công nghệ\n新闻动态 🇻🇳\r';
    expect(xmlEscape(text)).toBe(text);
  });

  it('strips characters XML 1.0 forbids', () => {
    const controls = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('');
    expect(xmlEscape(`a${controls}b`)).toBe('a\t\n\rb');
    expect(xmlEscape('x\uFFFEy\uFFFFz')).toBe('xyz');
    // Lone surrogates are dropped; a proper pair (an emoji) is kept.
    expect(xmlEscape('a\uD800b\uDC00c😀')).toBe('abc😀');
    expect(XMLValidator.validate(`<t>${xmlEscape('bad\u0000\u001Bvalue & <more>')}</t>`)).toBe(true);
  });
});

describe('element and dates', () => {
  it('escapes text and attribute values', () => {
    expect(element('a', 'x < y', { href: '/?a=1&b="2"' })).toBe(
      '<a href="/?a=1&amp;b=&quot;2&quot;">x &lt; y</a>',
    );
  });

  it('formats RFC 822 dates in GMT', () => {
    expect(rfc822('2026-11-29T03:00:00.000Z')).toBe('Sun, 29 Nov 2026 03:00:00 GMT');
    expect(rfc822('not a date')).toBeUndefined();
  });

  it('picks the newest time, ignoring empty and invalid values', () => {
    expect(newest(undefined, '2026-01-02T00:00:00Z', null, '2026-03-01T00:00:00.000Z', 'junk')).toBe(
      '2026-03-01T00:00:00.000Z',
    );
    expect(newest()).toBeUndefined();
  });
});

describe('renderRss', () => {
  const xml = renderRss(
    {
      title: 'Cổng <thông tin> & "tin tức"',
      link: 'https://example.gov.vn/',
      description: 'Tin mới\u0007 nhất',
      language: 'vi',
      lastBuildDate: '2026-11-29T03:00:00Z',
      selfUrl: 'https://example.gov.vn/rss.xml?a=1&b=2',
      imageUrl: 'https://example.gov.vn/assets/emblem.svg',
    },
    [
      {
        title: 'Bài <một>',
        link: 'https://example.gov.vn/tin-tuc/bai-mot-1',
        description: 'Tóm tắt & chi tiết',
        pubDate: '2026-11-28T01:02:03Z',
        category: 'Tin tức',
      },
      { title: 'Bài hai', link: 'https://example.gov.vn/tin-tuc/bai-hai-2', description: '', pubDate: 'x' },
    ],
  );

  it('is well-formed XML with the RSS 2.0 structure', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
    const channel = parsed.rss.channel;
    expect(channel.title).toBe('Cổng <thông tin> & "tin tức"');
    expect(channel.description).toBe('Tin mới nhất');
    expect(channel.language).toBe('vi');
    expect(channel.lastBuildDate).toBe('Sun, 29 Nov 2026 03:00:00 GMT');
    expect(channel['atom:link']['@href']).toBe('https://example.gov.vn/rss.xml?a=1&b=2');
    expect(channel['atom:link']['@rel']).toBe('self');
    expect(channel.image.url).toBe('https://example.gov.vn/assets/emblem.svg');
    expect(channel.image.link).toBe(channel.link);
    const [first, second] = channel.item;
    expect(first.title).toBe('Bài <một>');
    expect(first.guid['#text']).toBe(first.link);
    expect(first.guid['@isPermaLink']).toBe('true');
    expect(first.pubDate).toBe('Sat, 28 Nov 2026 01:02:03 GMT');
    expect(first.category).toBe('Tin tức');
    expect(second.pubDate).toBeUndefined();
    expect(second.category).toBeUndefined();
  });

  it('renders a channel without items or image', () => {
    const empty = renderRss(
      { title: 'T', link: 'https://e/', description: 'D', language: 'en', selfUrl: 'https://e/en/rss.xml' },
      [],
    );
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(empty).not.toContain('<item>');
    expect(empty).not.toContain('<image>');
    expect(empty).not.toContain('<lastBuildDate>');
  });
});

describe('descriptions read as HTML', () => {
  // Readers put <description> into a page as HTML: what they get after XML parsing must be text.
  const hostile =
    'Tóm tắt <script>alert(1)</script> <img src=x onerror=alert(2)> &amp; ]]> "trích dẫn" \'x\'';
  const xml = renderRss(
    { title: 'T', link: 'https://e/', description: hostile, language: 'vi', selfUrl: 'https://e/rss.xml' },
    [
      {
        title: 'Bài <script>x</script> ]]>',
        link: 'https://e/a-1',
        description: hostile,
        pubDate: '2026-11-28T01:02:03Z',
      },
    ],
  );
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
  /** What a reader shows when it renders the description as HTML: no elements, the text as written. */
  function asHtml(html: string) {
    const document = new Window().document;
    const container = document.createElement('div');
    container.innerHTML = html;
    return { elements: container.querySelectorAll('*').length, text: container.textContent };
  }

  it('is well-formed XML even with ]]> in the text', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('shows the item and channel descriptions as text, never markup', () => {
    for (const description of [parsed.rss.channel.item.description, parsed.rss.channel.description]) {
      expect(String(description)).not.toContain('<');
      expect(asHtml(String(description))).toEqual({ elements: 0, text: hostile });
    }
  });

  it('keeps titles as plain XML text', () => {
    expect(parsed.rss.channel.item.title).toBe('Bài <script>x</script> ]]>');
  });
});
