import { describe, expect, it } from 'vitest';
import { parseSearchParams, searchHref, vietnamDayStart } from './search-params.ts';

const types = ['article', 'page'];

describe('search parameters', () => {
  it('reads a full query string', () => {
    const params = parseSearchParams(
      {
        q: ' quốc  phòng ',
        type: 'page',
        category: '12',
        lang: 'all',
        from: '2025-01-31',
        to: '2025-02-01',
        sort: 'date',
        page: '3',
        scope: 'all',
      },
      'vi',
      types,
    );
    expect(params).toEqual({
      q: 'quốc phòng',
      type: 'page',
      category: 12,
      lang: 'all',
      from: '2025-01-31',
      to: '2025-02-01',
      sort: 'date',
      page: 3,
      scope: 'all',
    });
  });

  it('ignores malformed filters but refuses a page that is not one', () => {
    const params = parseSearchParams(
      { q: ['a', 'b'], type: 'x', category: '1e3', lang: 'fr', from: '2025-02-30', to: 'today', sort: 'up' },
      'en',
      types,
    );
    expect(params).toMatchObject({
      q: 'a',
      type: undefined,
      category: undefined,
      lang: 'en',
      from: undefined,
      to: undefined,
      sort: 'relevance',
      page: 1,
    });
    for (const page of ['0', '-1', 'abc', '101', '1.5', '9999'])
      expect(parseSearchParams({ page }, 'vi', types)).toBeUndefined();
    expect(parseSearchParams(undefined, 'vi', types)?.q).toBe('');
  });

  it('builds links that leave out defaults', () => {
    const params = parseSearchParams({ q: 'nông thôn' }, 'vi', types)!;
    expect(searchHref('vi', params)).toBe('/tim-kiem?q=n%C3%B4ng+th%C3%B4n');
    expect(searchHref('en', { ...params, lang: 'all', page: 2 })).toBe(
      '/en/search?q=n%C3%B4ng+th%C3%B4n&lang=all&page=2',
    );
    expect(searchHref('zh', { ...params, q: '' })).toBe('/zh/search?lang=vi');
  });

  it('turns calendar days into instants in Viet Nam time', () => {
    expect(vietnamDayStart('2025-01-31')).toBe('2025-01-30T17:00:00.000Z');
    expect(vietnamDayStart('2025-01-31', true)).toBe('2025-01-31T17:00:00.000Z');
  });
});
