/** Types of cfb.mjs (legacy Word files in OLE2 compound files). */
export declare const CFB_SIGNATURE: number[];

export interface CfbEntry {
  name: string;
  type: 'storage' | 'stream' | 'root';
  /** Names of the storages above the entry (empty at the top). */
  path: string[];
  start: number;
  size: number;
}

export interface CompoundFile {
  entries: CfbEntry[];
  stream(entry: CfbEntry): Buffer;
}

export declare function isCompoundFile(data: Uint8Array): boolean;
export declare function readCompoundFile(data: Uint8Array): CompoundFile | undefined;
export declare function inspectLegacyOffice(
  data: Uint8Array,
): { kind: 'doc'; hasMacros: boolean } | { kind: 'other' } | { kind: 'broken' };
export declare function legacyWordText(
  data: Uint8Array,
  maxChars: number,
): { status: 'done'; text: string } | { status: 'failed'; reason: 'encrypted' | 'unreadable' };
