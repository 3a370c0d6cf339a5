import { describe, expect, it } from 'vitest';
import { descendantIds } from './tree.ts';

const node = (id: number, parent: number | null) => ({ id, parent });
const parentOf = (item: { parent: number | null }) => item.parent;

describe('descendantIds', () => {
  it('gives the item, then what is below it level by level, and nothing else', () => {
    const all = [node(1, null), node(2, 1), node(3, 2), node(4, 1), node(5, null), node(6, 5)];
    expect(descendantIds(all, parentOf, 1)).toEqual([1, 2, 4, 3]);
    expect(descendantIds(all, parentOf, 3)).toEqual([3]);
  });

  it('stops at a cycle in the data', () => {
    const all = [node(1, 2), node(2, 1), node(3, 1)];
    expect(descendantIds(all, parentOf, 1).sort()).toEqual([1, 2, 3]);
  });
});
