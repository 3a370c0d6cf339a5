// @ts-check
/**
 * Runs in a worker thread (text-extract.ts starts it with memory limits and a wall-clock
 * timeout): reads the text of one PDF, DOCX or legacy Word (.doc) file and posts the result back. Plain
 * JavaScript so the same file runs from src/ under tsx, vitest and the built server.
 */
import { parentPort, workerData } from 'node:worker_threads';

/** @typedef {{ kind: 'pdf' | 'docx' | 'doc', bytes: Uint8Array, maxPages: number, maxChars: number }} Job */

/** @param {string} text */
const clean = (text) =>
  text
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** @param {Job} job */
async function pdfText(job) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: job.bytes,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') return { status: 'failed', reason: 'encrypted' };
    return { status: 'failed', reason: 'unreadable' };
  }
  if (doc.numPages > job.maxPages) return { status: 'failed', reason: 'too_many_pages' };
  let text = '';
  for (let number = 1; number <= doc.numPages && text.length < job.maxChars; number++) {
    const page = await doc.getPage(number);
    const content = await page.getTextContent();
    for (const item of content.items) {
      if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    }
    text += '\n\n';
    page.cleanup();
  }
  const pages = doc.numPages;
  await doc.destroy();
  const result = clean(text).slice(0, job.maxChars);
  return result === '' ? { status: 'no_text', pages } : { status: 'done', text: result, pages };
}

/** @param {Job} job */
async function docxText(job) {
  const mammoth = (await import('mammoth')).default;
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(job.bytes) });
  const text = clean(value).slice(0, job.maxChars);
  return text === '' ? { status: 'no_text', pages: null } : { status: 'done', text, pages: null };
}

/** @param {Job} job */
async function docText(job) {
  const { legacyWordText } = await import('../cfb.mjs');
  const read = legacyWordText(job.bytes, job.maxChars);
  if (read.status === 'failed') return read;
  const text = clean(read.text).slice(0, job.maxChars);
  return text === '' ? { status: 'no_text', pages: null } : { status: 'done', text, pages: null };
}

/** @param {Job} job */
async function run(job) {
  try {
    if (job.kind === 'pdf') return await pdfText(job);
    if (job.kind === 'docx') return await docxText(job);
    if (job.kind === 'doc') return await docText(job);
    return { status: 'failed', reason: 'unsupported' };
  } catch {
    return { status: 'failed', reason: 'unreadable' };
  }
}

parentPort?.postMessage(await run(/** @type {Job} */ (workerData)));
