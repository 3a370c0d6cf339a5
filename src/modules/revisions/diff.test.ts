import { describe, expect, it } from 'vitest';
import { diffTokens, hasChanges, sideOf, tokenizeWords, wordDiff } from './diff.ts';

describe('tokenizeWords', () => {
  it('splits on whitespace and keeps line breaks as tokens', () => {
    expect(tokenizeWords('Xin  chào\tbạn\n\nTỉnh Lạc Hồng ')).toEqual([
      'Xin',
      'chào',
      'bạn',
      '\n',
      '\n',
      'Tỉnh',
      'Lạc',
      'Hồng',
    ]);
  });

  it('normalises to NFC so composed and decomposed letters compare equal', () => {
    expect(tokenizeWords('Hồng'.normalize('NFD'))).toEqual(['Hồng']);
  });
});

describe('wordDiff', () => {
  it('reports no change for equal texts', () => {
    const parts = wordDiff('Một hai ba', 'Một  hai ba');
    expect(parts).toEqual([{ op: 'equal', text: 'Một hai ba' }]);
    expect(hasChanges(parts)).toBe(false);
  });

  it('finds a replaced word', () => {
    expect(wordDiff('Ủy ban nhân dân tỉnh', 'Ủy ban nhân dân huyện')).toEqual([
      { op: 'equal', text: 'Ủy ban nhân dân' },
      { op: 'delete', text: 'tỉnh' },
      { op: 'insert', text: 'huyện' },
    ]);
  });

  it('finds insertions and deletions in the middle', () => {
    const parts = wordDiff('a b c d e f', 'a c d x e f');
    expect(parts).toEqual([
      { op: 'equal', text: 'a' },
      { op: 'delete', text: 'b' },
      { op: 'equal', text: 'c d' },
      { op: 'insert', text: 'x' },
      { op: 'equal', text: 'e f' },
    ]);
  });

  it('handles empty sides', () => {
    expect(wordDiff('', 'mới')).toEqual([{ op: 'insert', text: 'mới' }]);
    expect(wordDiff('cũ', '')).toEqual([{ op: 'delete', text: 'cũ' }]);
    expect(wordDiff('', '')).toEqual([]);
  });

  it('produces a minimal edit script (the classic ABCABBA / CBABAC example)', () => {
    const ops = diffTokens([...'ABCABBA'], [...'CBABAC']);
    expect(ops.filter((op) => op.op !== 'equal')).toHaveLength(5);
    expect(ops.filter((op) => op.op === 'equal').map((op) => op.token)).toHaveLength(4);
  });

  it('reconstructs both sides for random texts', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const vocabulary = ['xã', 'huyện', 'tỉnh', 'dân', 'sinh', 'kinh', 'tế', '\n'];
    const text = (length: number) =>
      Array.from({ length }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ');
    for (let round = 0; round < 200; round++) {
      const before = text(Math.floor(random() * 30));
      const after = text(Math.floor(random() * 30));
      const parts = wordDiff(before, after);
      expect(sideOf(parts, 'before')).toBe(tokenizeWords(before).join(' '));
      expect(sideOf(parts, 'after')).toBe(tokenizeWords(after).join(' '));
      const lcs = diffTokens(tokenizeWords(before), tokenizeWords(after)).filter((op) => op.op === 'equal');
      expect(lcs.length).toBe(lcsLength(tokenizeWords(before), tokenizeWords(after)));
    }
  });

  it('stays fast and correct on long, completely different texts', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    const started = performance.now();
    const parts = wordDiff(before, after);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(sideOf(parts, 'before')).toBe(before);
    expect(sideOf(parts, 'after')).toBe(after);
  });
});

function lcsLength(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const token of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]!;
      row[j] = token === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = saved;
    }
  }
  return row[b.length]!;
}
