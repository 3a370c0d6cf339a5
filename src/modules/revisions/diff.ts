/**
 * Word-level differences between two texts (Myers' O(ND) algorithm over words). Line breaks are
 * kept as tokens of their own so paragraphs stay visible in a comparison.
 */

export type DiffOp = 'equal' | 'insert' | 'delete';

/** A run of words that are the same in both texts, only in the new one, or only in the old one. */
export interface DiffPart {
  op: DiffOp;
  text: string;
}

/** Beyond this many edits the middle of the texts is shown as one removal and one insertion. */
const MAX_EDITS = 2000;

/** Splits text into words and line breaks ("\n" tokens); other whitespace separates words. */
export function tokenizeWords(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split(/(\n)|[^\S\n]+/)
    .filter((token): token is string => token !== undefined && token !== '');
}

/** The edit script turning `a` into `b`, one operation per token. */
export function diffTokens(a: readonly string[], b: readonly string[]): { op: DiffOp; token: string }[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head = a.slice(0, start).map((token) => ({ op: 'equal' as const, token }));
  const tail = a.slice(endA).map((token) => ({ op: 'equal' as const, token }));
  const middle = myers(a.slice(start, endA), b.slice(start, endB));
  return [...head, ...middle, ...tail];
}

function myers(a: readonly string[], b: readonly string[]): { op: DiffOp; token: string }[] {
  const n = a.length;
  const m = b.length;
  const coarse = () => [
    ...a.map((token) => ({ op: 'delete' as const, token })),
    ...b.map((token) => ({ op: 'insert' as const, token })),
  ];
  if (n === 0 || m === 0) return coarse();
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v for k in [-d-1, d+1] as it was before round d.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, d);
    }
  }
  return coarse();
}

function backtrack(
  a: readonly string[],
  b: readonly string[],
  trace: Int32Array[],
  depth: number,
): { op: DiffOp; token: string }[] {
  const out: { op: DiffOp; token: string }[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = depth; d > 0; d--) {
    const before = trace[d]!;
    const at = (k: number) => before[k + d + 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX + (down ? 0 : 1) && y > prevY + (down ? 1 : 0)) {
      out.push({ op: 'equal', token: a[x - 1]! });
      x--;
      y--;
    }
    if (down) out.push({ op: 'insert', token: b[prevY]! });
    else out.push({ op: 'delete', token: a[prevX]! });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    out.push({ op: 'equal', token: a[x - 1]! });
    x--;
    y--;
  }
  return out.reverse();
}

/** Word-level differences from `before` to `after`, merged into runs. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const { op, token } of diffTokens(tokenizeWords(before), tokenizeWords(after))) {
    const last = parts.at(-1);
    if (last && last.op === op) {
      last.text += token === '\n' || last.text.endsWith('\n') ? token : ` ${token}`;
    } else parts.push({ op, text: token });
  }
  return parts;
}

/** Does a diff contain any change? */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.op !== 'equal');
}

/** The text a diff produces on one side (for checks: equal + delete = before, equal + insert = after). */
export function sideOf(parts: readonly DiffPart[], side: 'before' | 'after'): string {
  const skip: DiffOp = side === 'before' ? 'insert' : 'delete';
  return tokenizeWords(
    parts
      .filter((part) => part.op !== skip)
      .map((part) => part.text)
      .join(' '),
  ).join(' ');
}
