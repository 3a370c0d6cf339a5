/**
 * The client's file name is kept only as a display string: never as a path or storage key.
 * It is normalised to NFC, reduced to its last path segment, stripped of control and
 * bidirectional-formatting characters, and shortened with its extension kept.
 */

export const MAX_NAME_LENGTH = 200;
export const FALLBACK_NAME = 'tep-tai-len';

// Control characters (C0, DEL, C1) and invisible format characters such as the right-to-left
// override that can disguise "gpj.exe" as "exe.jpg".
const UNSAFE_CHARS = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

export interface CleanName {
  name: string;
  /** True when the name had to be changed (path parts, control characters, length). */
  changed: boolean;
}

/** A safe display name for an uploaded file. */
export function cleanFileName(raw: string): CleanName {
  const input = raw.normalize('NFC');
  const segment = input.split(/[/\\]/).at(-1) ?? '';
  let name = segment
    .replace(UNSAFE_CHARS, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '')
    .trim();
  if (name === '') name = FALLBACK_NAME;
  if (name.length > MAX_NAME_LENGTH) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = name.slice(0, MAX_NAME_LENGTH - ext.length).trimEnd() + ext;
  }
  return { name, changed: name !== input };
}
