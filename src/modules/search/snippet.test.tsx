import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { Marked } from '../search-ui/search-page.tsx';
import { buildQuery } from './query.ts';
import { highlightText, openingOf, snippetOf } from './snippet.ts';

const marked = (segments: { text: string; mark?: boolean }[]) =>
  segments.map((segment) => (segment.mark ? `[${segment.text}]` : segment.text)).join('');

describe('highlighting', () => {
  it('marks the words as written, with their diacritics, whatever the query', () => {
    expect(marked(highlightText('Tổng kết công tác Quốc phòng năm 2024', buildQuery('quoc phong')))).toBe(
      'Tổng kết công tác [Quốc] [phòng] năm 2024',
    );
    expect(marked(highlightText('Giải phóng mặt bằng', buildQuery('PHÓNG')))).toBe('Giải [phóng] mặt bằng');
  });

  it('marks Chinese runs and stemmed English words', () => {
    expect(marked(highlightText('雒鸿省推进新农村建设', buildQuery('新农村')))).toBe(
      '雒鸿省推进[新农村]建设',
    );
    expect(marked(highlightText('New roads planned', buildQuery('road planning')))).toBe(
      'New [roads] [planned]',
    );
  });

  it('picks the passage holding the most query words, cut at words with ellipses', () => {
    const text = `${'Mở đầu không liên quan. '.repeat(20)}Hội nghị về quốc phòng và an ninh. ${'Kết thúc. '.repeat(30)}`;
    const segments = snippetOf(text, buildQuery('an ninh quốc phòng'), 120)!;
    const result = marked(segments);
    expect(result.startsWith('…')).toBe(true);
    expect(result.endsWith('…')).toBe(true);
    expect(result).toContain('[quốc] [phòng] và [an] [ninh]');
    expect(result.length).toBeLessThan(200);
  });

  it('says when a text holds none of the words, and opens with its start instead', () => {
    expect(snippetOf('Không có gì', buildQuery('quốc phòng'))).toBeUndefined();
    expect(marked(openingOf('một hai ba bốn năm', 9))).toBe('một hai ba…');
  });

  it('renders marks through Preact, escaping the text', () => {
    const segments = highlightText('<script>alert(1)</script> quốc & phòng', buildQuery('quoc'));
    const html = renderToString(<Marked segments={segments} />);
    expect(html).toBe('&lt;script>alert(1)&lt;/script> <mark>quốc</mark> &amp; phòng');
  });
});
