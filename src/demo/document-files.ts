import type { DemoDocumentFile } from './content/legal-documents.ts';

/**
 * Generates the demo documents' files at seeding, so their text is real and searchable.
 * CONTRACT (issue 14): h14-files replaces this first version with real PDF (embedded Vietnamese
 * font, a text layer unless `scanned`) and DOCX writers.
 */
export async function demoDocumentFile(file: DemoDocumentFile): Promise<{ name: string; bytes: Buffer }> {
  throw new Error(`demo files are not generated yet: ${file.name}`);
}
