import { describe, expect, it } from 'vitest';
import { canonicalRedirect } from './canonical-path.ts';

describe('canonicalRedirect', () => {
  it('leaves canonical paths alone', () => {
    for (const url of ['/', '/en/', '/zh/', '/tin-tuc', '/tin-tuc?page=2', '/assets/Site.CSS']) {
      expect(canonicalRedirect('GET', url)).toBeUndefined();
    }
  });

  it('drops trailing slashes, lower-cases and collapses slashes, keeping the query', () => {
    expect(canonicalRedirect('GET', '/tin-tuc/')).toBe('/tin-tuc');
    expect(canonicalRedirect('GET', '/Tin-Tuc?page=2')).toBe('/tin-tuc?page=2');
    expect(canonicalRedirect('GET', '//tin-tuc//kinh-te')).toBe('/tin-tuc/kinh-te');
    expect(canonicalRedirect('GET', '/EN/')).toBe('/en/');
  });

  it('does not treat percent-escape hex case as a different path', () => {
    expect(canonicalRedirect('GET', '/t%c3%a0i')).toBeUndefined();
  });

  it('never redirects writes', () => {
    expect(canonicalRedirect('POST', '/Tin-Tuc/')).toBeUndefined();
  });
});
