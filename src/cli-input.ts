import { createInterface } from 'node:readline';

/** Reads the whole of standard input (a password or passphrase piped in by a script). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Asks on the terminal without echoing what is typed; the question goes to `output`. */
export async function askHidden(
  question: string,
  output: NodeJS.WriteStream = process.stderr,
): Promise<string> {
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const writer = rl as unknown as { _writeToOutput: (text: string) => void };
  writer._writeToOutput = (text: string) => {
    if (text.includes(question)) output.write(text);
  };
  const answer = await new Promise<string>((resolve) => rl.question(question, resolve));
  rl.close();
  output.write('\n');
  return answer;
}
