import { readdirSync } from 'node:fs';
import { join } from 'node:path';

type Tree = { [key: string]: unknown };

/**
 * Every text of a catalogue as [dotted key, text]; message functions are called with ('X', 2).
 * For tests that check wording across the interface (spelling, roles, legal references).
 */
export function catalogueTexts(tree: object, prefix = ''): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(tree as Tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.push([name, value]);
    else if (typeof value === 'function')
      out.push([name, String((value as (...a: unknown[]) => string)('X', 2))]);
    else if (value && typeof value === 'object') out.push(...catalogueTexts(value, name));
  }
  return out;
}

/** The .ts/.tsx source files below `dir`, without tests, skipping the folders named in `skip`. */
export function sourceFiles(dir: string, skip: readonly string[] = []): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(entry.name) ? [] : sourceFiles(path, skip);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
