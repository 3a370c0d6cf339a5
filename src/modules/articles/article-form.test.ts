import { describe, expect, it } from 'vitest';
import { messages } from '../../i18n/index.ts';
import {
  bodyFromInput,
  figuresWithoutAlt,
  fromLocalInput,
  parseForm,
  readForm,
  toLocalInput,
} from './article-form.ts';

const t = messages('vi').articlesAdmin;

describe('article form', () => {
  it('turns plain text into paragraphs split on blank lines', () => {
    const doc = JSON.parse(bodyFromInput('Đoạn một,\ndòng hai.\n\n  \nĐoạn hai.'));
    expect(doc).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Đoạn một,' },
            { type: 'hardBreak' },
            { type: 'text', text: 'dòng hai.' },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn hai.' }] },
      ],
    });
  });

  it('keeps TipTap JSON as it is, and treats other JSON-like text as plain text', () => {
    const json = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(JSON.parse(bodyFromInput(json))).toEqual(JSON.parse(json));
    expect(JSON.parse(bodyFromInput('{ không phải JSON')).content[0].content[0].text).toBe(
      '{ không phải JSON',
    );
  });

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
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject({
      title: t.errors.titleRequired,
      slug: t.errors.slugInvalid,
      category_id: t.errors.categoryRequired,
      lang: t.errors.langInvalid,
      published_at: t.errors.dateInvalid,
    });
  });

  it('builds the slug from the title when it is left empty', () => {
    const result = parseForm(readForm({ title: 'Đường tỉnh 291 thông xe', category_id: '3', lang: 'vi' }), t);
    expect(result.ok && result.input.slug).toBe('duong-tinh-291-thong-xe');
  });
});
