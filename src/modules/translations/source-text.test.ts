import { describe, expect, it } from 'vitest';
import { sideOf } from '../revisions/diff.ts';
import {
  compareText,
  condenseDiff,
  isUntranslatedCopy,
  type SourceText,
  textHash,
  untranslatedFields,
} from './source-text.ts';

const doc = (...blocks: object[]) => JSON.stringify({ type: 'doc', content: blocks });
const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const figure = { type: 'figure', attrs: { mediaId: 3, alt: 'Cầu', caption: '' } };

describe('the translatable text of an item', () => {
  it('hashes only the fields of its type, in a fixed order', () => {
    const a: SourceText = { title: 'Tin', lead: 'Tóm tắt', body: doc(p('Nội dung')) };
    expect(textHash('article', a)).toBe(textHash('article', { body: a.body, lead: a.lead, title: a.title }));
    expect(textHash('article', a)).not.toBe(textHash('article', { ...a, lead: 'Tóm tắt mới' }));
    expect(textHash('category', { name: 'Kinh tế', description: '' })).toBe(
      textHash('category', { name: 'Kinh tế', description: '', title: 'không tính' }),
    );
  });

  it('compares word by word, and notices a layout change without new words', () => {
    const before = { title: 'Khánh thành cầu', body: doc(p('Cầu dài 1 km.')) };
    const words = compareText('article', before, { ...before, body: doc(p('Cầu dài 1,2 km.')) });
    expect(words.changes.map((change) => change.field)).toEqual(['body']);
    expect(sideOf(words.changes[0]!.parts, 'after')).toBe('Cầu dài 1,2 km.');
    const layout = compareText('article', before, { ...before, body: doc(p('Cầu dài 1 km.'), figure) });
    expect(layout).toEqual({ changes: [], structureChanged: true });
    expect(compareText('page', before, before)).toEqual({ changes: [], structureChanged: false });
  });

  it('keeps only the words around a change in a long unchanged run', () => {
    const long = Array.from({ length: 100 }, (_, n) => `từ${n}`).join(' ');
    const [first, change, last] = condenseDiff([
      { op: 'equal', text: long },
      { op: 'insert', text: 'mới' },
      { op: 'equal', text: long },
    ]);
    expect(first?.text).toBe(`… ${Array.from({ length: 15 }, (_, n) => `từ${n + 85}`).join(' ')}`);
    expect(change).toEqual({ op: 'insert', text: 'mới' });
    expect(last?.text.endsWith('từ14 …')).toBe(true);
  });

  it('recognises a translation that is still the source’s text', () => {
    const source = { title: 'Giới thiệu', body: doc(p('Tỉnh miền núi.')) };
    expect(isUntranslatedCopy(source, source)).toBe(true);
    // Half a translation is still the source's text.
    expect(isUntranslatedCopy({ ...source, title: 'About' }, source)).toBe(true);
    expect(isUntranslatedCopy({ ...source, body: doc(p('A mountain province.')) }, source)).toBe(true);
    expect(isUntranslatedCopy({ title: 'About', body: doc(p('A mountain province.')) }, source)).toBe(false);
  });

  it('names every field that still holds the source’s words, not only the title and body', () => {
    const source: SourceText = {
      title: 'Khánh thành cầu',
      lead: 'Cầu dài 1,2 km.',
      body: doc(p('Sáng nay tỉnh khánh thành cầu mới.'), figure),
      coverAlt: 'Toàn cảnh cầu',
      coverCaption: '',
      seoDescription: '2024',
    };
    const titleOnly = { ...source, title: 'Bridge opens' };
    expect(untranslatedFields(titleOnly, source)).toEqual(['lead', 'body', 'coverAlt']);
    expect(isUntranslatedCopy(titleOnly, source)).toBe(true);
    const translated = {
      ...titleOnly,
      lead: 'The bridge is 1.2 km long.',
      body: doc(p('The province opened a new bridge this morning.'), figure),
      coverAlt: 'The whole bridge',
    };
    // Empty fields and fields without words (a year) have nothing to translate.
    expect(untranslatedFields(translated, source)).toEqual([]);
    expect(untranslatedFields({ ...translated, lead: ` ${source.lead}\n` }, source)).toEqual(['lead']);
  });
});
