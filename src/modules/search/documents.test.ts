import { describe, expect, it } from 'vitest';
import { joinBody, splitBody } from './documents.ts';
import { buildQuery } from './query.ts';
import { resultSnippet } from './search.service.ts';

describe('bodies with attached files', () => {
  const files = [
    { name: 'QĐ 123-2025.pdf', url: '/van-ban/a/tep/1', text: 'Điều 1. Bến thủy nội địa được kiểm tra.' },
    { name: 'Phụ lục.docx', url: '/van-ban/a/tep/2', text: 'Danh mục xã phường' },
  ];

  it('splits back into the item text and each file, whatever control characters the texts hold', () => {
    const stored = joinBody('Trích yếu\u001edòng hai', [
      ...files,
      { name: 'x\u001fy.pdf', url: '/t', text: 'a\u001eb' },
    ]);
    const { body, files: back } = splitBody(stored);
    expect(body).toBe('Trích yếu dòng hai');
    expect(back.map((file) => file.name)).toEqual(['QĐ 123-2025.pdf', 'Phụ lục.docx', 'x y.pdf']);
    expect(back[0]!.text).toBe(files[0]!.text);
    expect(back[2]!.text).toBe('a b');
    expect(splitBody('no files')).toEqual({ body: 'no files', files: [] });
  });

  it('names the file when it holds more of the query than the item text, else the item snippet', () => {
    const stored = { lead: '123/2025/QĐ-UBND', body: joinBody('Quy chế quản lý bến bãi', files) };
    const inFile = resultSnippet(stored, buildQuery('bến thủy nội địa'));
    expect(inFile.file).toEqual({ name: 'QĐ 123-2025.pdf', url: '/van-ban/a/tep/1' });
    expect(inFile.snippet.filter((segment) => segment.mark).map((segment) => segment.text)).toContain('thủy');
    const own = resultSnippet(stored, buildQuery('quy chế bến bãi'));
    expect(own.file).toBeUndefined();
    expect(own.snippet.map((segment) => segment.text).join('')).toContain('Quy chế quản lý bến bãi');
  });
});
