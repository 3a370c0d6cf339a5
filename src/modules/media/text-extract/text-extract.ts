import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../../../platform/paths.ts';

/**
 * Text extraction from PDF (pdfjs-dist), DOCX (mammoth) and legacy Word (cfb.mjs), isolated: each
 * file is read in its own worker thread with a heap limit and a wall-clock timeout, and the
 * worker is terminated when either is exceeded. A hostile or broken file (a PDF bomb, a truncated
 * file, a parser crash) fails that one extraction with a reason; the process carries on.
 */

export type ExtractKind = 'pdf' | 'docx' | 'doc';

/** Why an extraction failed (shown to the editor, localised by the admin). */
export type ExtractFailure =
  | 'timeout'
  | 'memory'
  | 'too_many_pages'
  | 'too_large'
  | 'encrypted'
  | 'unreadable'
  | 'unsupported';

export type ExtractResult =
  | { status: 'done'; text: string; pages: number | null }
  /** A PDF without a text layer (a scan): not searchable. */
  | { status: 'no_text'; pages: number | null }
  | { status: 'failed'; reason: ExtractFailure };

export const EXTRACT_LIMITS = {
  /** Wall-clock time for one file. */
  timeoutMs: 20_000,
  /** Heap of the worker (old generation), MB. */
  memoryMb: 256,
  /** Bytes of a file handed to a worker (uploads are already capped lower). */
  bytes: 50 * 1024 * 1024,
  /** A PDF with more pages fails ("too many pages") rather than being read. */
  maxPages: 2_000,
  /** Text kept per file; the rest is cut. */
  maxChars: 2_000_000,
} as const;

export type ExtractLimits = { [K in keyof typeof EXTRACT_LIMITS]: number };

/** The kind of extraction for a stored MIME type, or undefined when the type has no text to read. */
export function extractKindOf(mime: string): ExtractKind | undefined {
  if (mime === 'application/pdf') return 'pdf';
  if (mime === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx';
  if (mime === 'application/msword') return 'doc';
  return undefined;
}

const workerFile = (): string => path.join(projectRoot(), 'src/modules/media/text-extract/worker.mjs');

/** Reads the text of one file in an isolated worker. Never throws for a bad file. */
export function extractText(
  bytes: Uint8Array,
  kind: ExtractKind,
  limits: Partial<ExtractLimits> = {},
): Promise<ExtractResult> {
  const limit = { ...EXTRACT_LIMITS, ...limits };
  if (bytes.length > limit.bytes) return Promise.resolve({ status: 'failed', reason: 'too_large' });
  // A copy the worker owns (transferred, not shared).
  const data = new Uint8Array(bytes);
  return new Promise<ExtractResult>((resolve) => {
    let settled = false;
    const worker = new Worker(workerFile(), {
      workerData: { kind, bytes: data, maxPages: limit.maxPages, maxChars: limit.maxChars },
      transferList: [data.buffer],
      resourceLimits: {
        maxOldGenerationSizeMb: limit.memoryMb,
        maxYoungGenerationSizeMb: 32,
        stackSizeMb: 4,
      },
      // Plain JavaScript: no loader of the parent (tsx, vitest) is needed, and none slows the start.
      execArgv: [],
      stdout: true,
      stderr: true,
    });
    const finish = (result: ExtractResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
      void worker.terminate();
    };
    const timer = setTimeout(() => finish({ status: 'failed', reason: 'timeout' }), limit.timeoutMs);
    worker.on('message', (message: ExtractResult) => finish(message));
    worker.on('error', (error: NodeJS.ErrnoException) =>
      finish({
        status: 'failed',
        reason: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'unreadable',
      }),
    );
    worker.on('exit', () => finish({ status: 'failed', reason: 'unreadable' }));
  });
}
