/**
 * An item and everything below it in a tree given as a flat list (categories, static pages,
 * sites and their component sites): the id first, then descendants level by level. A cycle in
 * the data (never written by Đình) ends the walk instead of looping.
 */
export function descendantIds<T extends { id: number }>(
  all: T[],
  parentOf: (item: T) => number | null,
  id: number,
): number[] {
  const result = [id];
  const seen = new Set(result);
  for (let at = 0; at < result.length; at++) {
    for (const item of all) {
      if (parentOf(item) === result[at] && !seen.has(item.id)) {
        seen.add(item.id);
        result.push(item.id);
      }
    }
  }
  return result;
}
