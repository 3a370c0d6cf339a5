import { describe, expect, it } from 'vitest';
import { checkedHref } from './link-href.ts';

describe('checkedHref', () => {
  it('accepts http(s), mailto, tel, site-relative paths and anchors', () => {
    expect(checkedHref('https://lachong.gov.vn/tin-tuc')).toBe('https://lachong.gov.vn/tin-tuc');
    expect(checkedHref('http://example.vn')).toBe('http://example.vn/');
    expect(checkedHref('mailto:vanthu@lachong.gov.vn')).toBe('mailto:vanthu@lachong.gov.vn');
    expect(checkedHref('tel:+842203123456')).toBe('tel:+842203123456');
    expect(checkedHref('/gioi-thieu?x=1#muc-2')).toBe('/gioi-thieu?x=1#muc-2');
    expect(checkedHref('#muc-2')).toBe('#muc-2');
    expect(checkedHref('  /co-khoang-trang  ')).toBe('/co-khoang-trang');
    expect(checkedHref('/hai phan')).toBe('/hai phan');
  });

  it('refuses scripts, data, other schemes, other hosts by //, backslashes and control characters', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\nscript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      'https://evil.example\\@lachong.gov.vn',
      '/trang\u0000',
      '/trang\u0085',
      'tin-tuc/bai-1',
      '#',
      '',
      42,
      null,
    ]) {
      expect(checkedHref(href), JSON.stringify(href)).toBeUndefined();
    }
  });
});
