import { describe, expect, it } from 'vitest';
import { blocksToDoc } from '../demo/blocks.ts';
import { articlesA } from '../demo/content/articles-a.ts';
import { articlesB } from '../demo/content/articles-b.ts';
import { demoPages } from '../demo/content/pages.ts';
import { messages } from '../i18n/index.ts';
import type { RichNode } from './rich-text.tsx';
import { bodyFromInput, plainTextDoc, richTextMessage } from './rich-text-input.ts';
import { richTextProblem } from './rich-text-schema.ts';

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const txt = (text: string, marks?: unknown[]) => ({ type: 'text', text, ...(marks ? { marks } : {}) });
const link = (href: unknown) => txt('liên kết', [{ type: 'link', attrs: { href } }]);

/** Everything the editor island makes, as its getJSON() writes it (null attributes included). */
const FULL_EDITOR_DOC = doc(
  { type: 'heading', attrs: { level: 2 }, content: [txt('Tiêu đề')] },
  p(
    txt('đậm', [{ type: 'bold' }]),
    txt('nghiêng gạch', [{ type: 'italic' }, { type: 'underline' }, { type: 'strike' }]),
    txt('mã', [{ type: 'code' }]),
    txt('2', [{ type: 'subscript' }]),
    txt('3', [{ type: 'superscript' }]),
    { type: 'hardBreak' },
    txt('cổng', [
      {
        type: 'link',
        attrs: { href: 'https://lachong.gov.vn/', target: null, rel: null, class: null, title: null },
      },
    ]),
    txt('thư', [{ type: 'link', attrs: { href: 'mailto:vanthu@lachong.gov.vn' } }]),
    txt('gọi', [{ type: 'link', attrs: { href: 'tel:+842203123456' } }]),
    txt('trang', [{ type: 'link', attrs: { href: '/gioi-thieu#lich-su' } }]),
  ),
  { type: 'blockquote', content: [p(txt('Trích dẫn'))] },
  {
    type: 'bulletList',
    content: [
      {
        type: 'listItem',
        content: [
          p(txt('Một')),
          { type: 'bulletList', content: [{ type: 'listItem', content: [p(txt('Một một'))] }] },
        ],
      },
    ],
  },
  {
    type: 'orderedList',
    attrs: { start: 3, type: null },
    content: [{ type: 'listItem', content: [p(txt('Ba'))] }],
  },
  { type: 'horizontalRule' },
  {
    type: 'table',
    content: [
      {
        type: 'tableRow',
        content: [
          {
            type: 'tableHeader',
            attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null },
            content: [p(txt('Cột'))],
          },
          { type: 'tableHeader', attrs: { colspan: 2, rowspan: 1, colwidth: [120, 80] }, content: [p()] },
        ],
      },
      {
        type: 'tableRow',
        content: [
          { type: 'tableCell', attrs: { colspan: 1, rowspan: 2, colwidth: null }, content: [p(txt('Ô'))] },
        ],
      },
    ],
  },
  {
    type: 'figure',
    attrs: {
      mediaId: 12,
      src: '/media/images/2026/05/a-800.webp',
      alt: 'Cầu',
      caption: 'Cầu mới',
      credit: null,
    },
  },
  p(),
);

describe('richTextProblem', () => {
  it('accepts everything the editor island makes, and an empty document', () => {
    expect(richTextProblem(FULL_EDITOR_DOC)).toBeUndefined();
    expect(richTextProblem(doc())).toBeUndefined();
    expect(richTextProblem({ type: 'doc' })).toBeUndefined();
  });

  it('accepts the demo province and the plain-text conversion', () => {
    for (const item of [...articlesA, ...articlesB, ...demoPages]) {
      const versions = [item, ...Object.values((item as { translations?: object }).translations ?? {})] as {
        body?: Parameters<typeof blocksToDoc>[0];
      }[];
      for (const version of versions) {
        if (!version.body) continue;
        expect(richTextProblem(blocksToDoc(version.body, () => 7))).toBeUndefined();
      }
    }
    expect(richTextProblem(plainTextDoc('Đoạn một,\ndòng hai.\n\n  \nĐoạn hai.'))).toBeUndefined();
  });

  it('refuses unknown nodes and marks, wherever they are', () => {
    expect(richTextProblem(doc({ type: 'script', content: [txt('alert(1)')] }))).toEqual({
      kind: 'node',
      type: 'script',
    });
    expect(richTextProblem(doc({ type: 'codeBlock', content: [txt('x')] }))).toEqual({
      kind: 'node',
      type: 'codeBlock',
    });
    expect(richTextProblem(doc({ type: 'blockquote', content: [{ type: 'iframe' }] }))).toEqual({
      kind: 'node',
      type: 'iframe',
    });
    expect(richTextProblem(doc(p(txt('x', [{ type: 'highlight' }]))))).toEqual({
      kind: 'mark',
      type: 'highlight',
    });
    expect(richTextProblem(doc(doc()))).toEqual({ kind: 'placement', parent: 'doc', child: 'doc' });
  });

  it('refuses on* handlers and attributes the editor does not know, on nodes and marks', () => {
    expect(richTextProblem(doc({ type: 'paragraph', attrs: { onclick: 'alert(1)' } }))).toEqual({
      kind: 'handler',
      owner: 'paragraph',
      name: 'onclick',
    });
    expect(richTextProblem(doc({ type: 'paragraph', onmouseover: 'x' }))).toMatchObject({
      kind: 'handler',
      name: 'onmouseover',
    });
    expect(richTextProblem(doc(p(txt('x', [{ type: 'bold', attrs: { OnLoad: 'x' } }]))))).toMatchObject({
      kind: 'handler',
      owner: 'bold',
      name: 'OnLoad',
    });
    expect(richTextProblem(doc({ type: 'paragraph', attrs: { style: 'color:red' } }))).toEqual({
      kind: 'attribute',
      owner: 'paragraph',
      name: 'style',
    });
    expect(richTextProblem(doc({ type: 'figure', attrs: { mediaId: 1, srcset: 'x' } }))).toMatchObject({
      kind: 'attribute',
      name: 'srcset',
    });
    expect(
      richTextProblem(doc(p(txt('x', [{ type: 'link', attrs: { href: '/a', download: '' } }])))),
    ).toMatchObject({
      kind: 'attribute',
      owner: 'link',
      name: 'download',
    });
  });

  it('refuses attribute values the editor would not make', () => {
    expect(richTextProblem(doc({ type: 'heading', attrs: { level: 9 }, content: [txt('x')] }))).toMatchObject(
      { kind: 'value', name: 'level' },
    );
    expect(
      richTextProblem(doc({ type: 'heading', attrs: { level: '2' }, content: [txt('x')] })),
    ).toMatchObject({ kind: 'value', name: 'level' });
    expect(richTextProblem(doc({ type: 'figure', attrs: { mediaId: -1 } }))).toMatchObject({
      kind: 'value',
      name: 'mediaId',
    });
    expect(
      richTextProblem(doc({ type: 'figure', attrs: { mediaId: 1, src: 'javascript:alert(1)' } })),
    ).toMatchObject({ kind: 'value', name: 'src' });
    expect(
      richTextProblem(doc({ type: 'figure', attrs: { mediaId: 1, alt: { toString: 1 } } })),
    ).toMatchObject({ kind: 'value', name: 'alt' });
    expect(richTextProblem(doc(p(txt('x', [{ type: 'bold' }, { type: 'bold' }]))))).toMatchObject({
      kind: 'value',
      name: 'marks',
    });
    expect(richTextProblem(doc(p(txt('x', [{ type: 'code' }, { type: 'bold' }]))))).toMatchObject({
      kind: 'value',
      name: 'marks',
    });
  });

  it('refuses links other than http(s), mailto, tel and site-relative ones', () => {
    for (const href of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      '//evil.example',
      '/\\evil.example',
      '/trang\u0000',
      'java\tscript:alert(1)',
      '',
      7,
    ]) {
      expect(richTextProblem(doc(p(link(href)))), JSON.stringify(href)).toEqual({
        kind: 'link',
        href: typeof href === 'string' ? href : '',
      });
    }
  });

  it('refuses structures the editor cannot open', () => {
    expect(richTextProblem(doc(txt('chữ trần')))).toEqual({
      kind: 'placement',
      parent: 'doc',
      child: 'text',
    });
    expect(richTextProblem(doc({ type: 'bulletList', content: [p(txt('x'))] }))).toEqual({
      kind: 'placement',
      parent: 'bulletList',
      child: 'paragraph',
    });
    expect(richTextProblem(doc({ type: 'listItem', content: [p(txt('x'))] }))).toMatchObject({
      kind: 'placement',
      child: 'listItem',
    });
    expect(richTextProblem(doc(p({ type: 'heading', attrs: { level: 2 } })))).toMatchObject({
      kind: 'placement',
      parent: 'paragraph',
    });
    expect(richTextProblem(doc({ type: 'bulletList', content: [] }))).toEqual({
      kind: 'empty',
      owner: 'bulletList',
    });
    expect(richTextProblem(doc(p(txt(''))))).toEqual({ kind: 'empty', owner: 'text' });
    expect(richTextProblem(doc({ type: 'horizontalRule', content: [p()] }))).toMatchObject({
      kind: 'placement',
      parent: 'horizontalRule',
    });
    let deep: RichNode = p(txt('đáy')) as RichNode;
    for (let i = 0; i < 60; i++) deep = { type: 'blockquote', content: [deep] };
    expect(richTextProblem(doc(deep))).toEqual({ kind: 'tooDeep' });
    expect(richTextProblem({ type: 'paragraph' })).toEqual({ kind: 'notDocument' });
    expect(richTextProblem([doc()])).toEqual({ kind: 'notDocument' });
  });
});

describe('bodyFromInput', () => {
  it('turns plain text into paragraphs split on blank lines', () => {
    const result = bodyFromInput('Đoạn một,\ndòng hai.\n\n  \nĐoạn hai.');
    expect(result.ok && JSON.parse(result.body)).toEqual(
      doc(p(txt('Đoạn một,'), { type: 'hardBreak' }, txt('dòng hai.')), p(txt('Đoạn hai.'))),
    );
  });

  it('keeps sound TipTap JSON (NFC), treats text that is not JSON as plain text', () => {
    const json = JSON.stringify(FULL_EDITOR_DOC);
    const kept = bodyFromInput(json);
    expect(kept.ok && JSON.parse(kept.body)).toEqual(FULL_EDITOR_DOC);
    const decomposed = bodyFromInput(
      '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Vie\\u0302\\u0323t"}]}]}',
    );
    expect(decomposed.ok && JSON.parse(decomposed.body).content[0].content[0].text).toBe('Việt');
    const plain = bodyFromInput('{ không phải JSON');
    expect(plain.ok && JSON.parse(plain.body).content[0].content[0].text).toBe('{ không phải JSON');
  });

  it('refuses JSON the editor cannot open, with a message naming what was refused', () => {
    const vi = messages('vi').richText;
    const refused = bodyFromInput(JSON.stringify(doc(p(link('/\\evil.example')))));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(richTextMessage(vi, refused.problem)).toBe(
      'Liên kết “/\\evil.example” không được phép. Chỉ nhận địa chỉ http://, https://, mailto:, tel: hoặc đường dẫn trong cổng bắt đầu bằng một dấu /.',
    );
    const handler = bodyFromInput(JSON.stringify(doc({ type: 'paragraph', attrs: { onclick: 'x' } })));
    expect(!handler.ok && richTextMessage(vi, handler.problem)).toBe(
      'Nội dung có thuộc tính xử lý sự kiện “onclick” (ở “paragraph”); thuộc tính này không được phép.',
    );
    const control = bodyFromInput(JSON.stringify(doc(p(link('/a\u0001b')))));
    expect(!control.ok && richTextMessage(messages('en').richText, control.problem)).toContain(
      '“/a\\u0001b”',
    );
    const notDoc = bodyFromInput('{"type":"paragraph"}');
    expect(!notDoc.ok && richTextMessage(vi, notDoc.problem)).toBe(vi.notDocument);
  });
});
