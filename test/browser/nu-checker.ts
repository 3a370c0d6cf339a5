import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

// The Nu Html Checker (vnu.jar from the vnu-jar devDependency, run by the system's Java: Debian
// default-jre-headless in CI), run once over every document so the JVM starts once.

/** vnu.jar's path inside node_modules. */
export const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/** One error the checker reports, with the document it is in. */
export interface NuError {
  url: string;
  line: number | undefined;
  message: string;
  extract: string;
}

/**
 * Checker messages that are not errors in our markup, each with why. Matched against the message
 * text; keep this list tiny.
 */
export const nuAllowList: { name: string; pattern: RegExp }[] = [];

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Checks the documents (name → HTML) with one run of the checker; returns its errors. */
export async function nuErrors(documents: { name: string; html: string }[]): Promise<NuError[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dinh-vnu-'));
  try {
    const files = new Map<string, string>();
    await Promise.all(
      documents.map(async (document, index) => {
        const file = path.join(dir, `${String(index).padStart(4, '0')}.html`);
        files.set(`file:${file}`, document.name);
        await writeFile(file, document.html);
      }),
    );
    const { stdout } = await promisify(execFile)(
      'java',
      ['-jar', vnuJar, '--errors-only', '--exit-zero-always', '--format', 'json', '--stdout', dir],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    const { messages } = JSON.parse(stdout) as { messages: NuMessage[] };
    return messages
      .filter((message) => message.type === 'error' || message.subType === 'fatal')
      .filter((message) => !nuAllowList.some((entry) => entry.pattern.test(message.message)))
      .map((message) => {
        const url = message.url ?? '';
        return {
          url: files.get(url) ?? files.get(url.replace('file:', 'file:/')) ?? url,
          line: message.lastLine,
          message: message.message,
          extract: (message.extract ?? '').replace(/\s+/g, ' ').slice(0, 160),
        };
      });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
