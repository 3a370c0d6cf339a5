import { describe, expect, it } from 'vitest';
import { messages } from '../../i18n/index.ts';
import { figuresWithoutAlt, fromLocalInput, parseForm, readForm, toLocalInput } from './article-form.ts';

const t = messages('vi').articlesAdmin;
const rich = messages('vi').richText;

describe('article form', () => {
  it('finds figures without alt text', () => {
    const body = JSON.stringify({
      type: 'doc',
      content: [
        { type: 'figure', attrs: { mediaId: 1, alt: 'Cầu mới' } },
        { type: 'figure', attrs: { mediaId: 2, alt: '  ' } },
        { type: 'blockquote', content: [{ type: 'figure', attrs: { mediaId: 3 } }] },
      ],
    });
    expect(figuresWithoutAlt(body)).toEqual([2, 3]);
  });

  it('reads times in Viet Nam time and writes them back', () => {
    expect(fromLocalInput('2026-05-01T08:30')).toBe('2026-05-01T01:30:00.000Z');
    expect(toLocalInput('2026-05-01T01:30:00.000Z')).toBe('2026-05-01T08:30');
    expect(fromLocalInput('2026-02-30T08:30')).toBeUndefined();
    expect(fromLocalInput('ngày mai')).toBeUndefined();
  });

  it('gives field-level Vietnamese messages and keeps nothing it cannot trust', () => {
    const result = parseForm(
      readForm({ title: ' ', slug: 'Có Dấu', category_id: '', lang: 'fr', published_at: 'x' }),
      t,
      rich,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject({
      title: t.errors.titleRequired,
      category_id: t.errors.categoryRequired,
      lang: t.errors.langInvalid,
      published_at: t.errors.dateInvalid,
    });
  });

  it('refuses a body the editor could not open, naming what was refused', () => {
    const body = JSON.stringify({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Xem', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
          ],
        },
      ],
    });
    const result = parseForm(
      readForm({ title: 'Tin', category_id: '3', lang: 'vi', body, slug: '' }),
      t,
      rich,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.body).toBe(rich.link('javascript:alert(1)'));
    expect(Object.keys(result.errors)).toEqual(['body']);
  });

  it('builds the slug from the title when it is left empty', () => {
    const result = parseForm(
      readForm({ title: 'Đường tỉnh 291 thông xe', category_id: '3', lang: 'vi' }),
      t,
      rich,
    );
    expect(result.ok && result.input.slug).toBe('duong-tinh-291-thong-xe');
    // A hand-typed slug with accents or capitals is converted, not refused (issue 13 #16).
    const typed = parseForm(
      readForm({ title: 'Tin', category_id: '3', lang: 'vi', slug: 'Đà Nẵng' }),
      t,
      rich,
    );
    expect(typed.ok && typed.input.slug).toBe('da-nang');
  });
});
