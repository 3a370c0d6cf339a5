import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { figureMediaIds, parseRichText, plainText, RichText, safeHref } from './rich-text.tsx';

const doc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Tiêu đề <b>' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Xem ' },
        {
          type: 'text',
          text: 'cổng',
          marks: [{ type: 'link', attrs: { href: 'https://dichvucong.gov.vn' } }],
        },
        { type: 'text', text: ' và ', marks: [{ type: 'bold' }] },
        { type: 'text', text: 'đây', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
      ],
    },
    { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
    { type: 'figure', attrs: { mediaId: 7, alt: 'Cánh đồng', caption: 'Vụ mùa', credit: 'Ảnh: An' } },
    { type: 'figure', attrs: { mediaId: 8, alt: 'Không có ảnh' } },
  ],
};

describe('RichText', () => {
  const html = renderToString(
    <RichText
      doc={doc}
      options={{
        image: (id) =>
          id === 7
            ? { src: '/media/a-800.webp', srcset: '/media/a-800.webp 800w', width: 800, height: 450 }
            : undefined,
      }}
    />,
  );

  it('escapes text and never promotes a body heading to h1', () => {
    expect(html).toContain('<h2>Tiêu đề &lt;b></h2>');
    expect(html).not.toContain('<h1>');
  });

  it('keeps safe links and drops javascript: links', () => {
    expect(html).toContain('<a href="https://dichvucong.gov.vn/" rel="noopener noreferrer">cổng</a>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<strong> và </strong>');
  });

  it('drops unknown node types', () => {
    expect(html).not.toContain('alert(1)');
  });

  it('renders figures with srcset, size, lazy loading and caption, skipping unknown media', () => {
    expect(html).toMatch(
      /<figure class="figure"><img src="\/media\/a-800.webp" srcset="[^"]+" sizes="[^"]+" width="800" height="450" alt="Cánh đồng" loading="lazy"/,
    );
    expect(html).toContain('<figcaption>Vụ mùa<span class="credit"> (Ảnh: An)</span></figcaption>');
    expect(html).not.toContain('Không có ảnh');
  });

  it('finds figure media ids and plain text', () => {
    expect(figureMediaIds(doc)).toEqual([7, 8]);
    expect(plainText(doc)).toContain('Xem cổng và đây');
  });

  it('treats malformed documents as empty', () => {
    expect(parseRichText('not json')).toEqual({ type: 'doc', content: [] });
    expect(parseRichText('{"type":"paragraph"}')).toEqual({ type: 'doc', content: [] });
  });

  it('accepts only safe link targets', () => {
    expect(safeHref('/gioi-thieu')).toBe('/gioi-thieu');
    expect(safeHref('mailto:banbientap@lachong.gov.vn')).toBe('mailto:banbientap@lachong.gov.vn');
    expect(safeHref('//evil.example')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
  });
});
