import { zipArchive } from '../platform/zip-writer.ts';
import type { DemoDocumentFile } from './content/legal-documents.ts';
import { legacyWordFile } from './doc-writer.ts';
import { A4, type FontStyle, type PdfLine, textWidth, writePdf } from './pdf-writer.ts';

/**
 * Generates the demo documents' files at seeding, so their text is real and searchable:
 * - a PDF with Be Vietnam Pro embedded (a subset with a ToUnicode map, so the text layer reads
 *   back with its diacritics), written by pdf-writer.ts;
 * - a "scanned" PDF when `scanned` is set: the same pages drawn as glyph outlines, with no text
 *   layer (what a scanner gives; the admin flags it "not searchable");
 * - a Word file (DOCX): the title as a heading, then one paragraph per entry;
 * - a legacy Word file (.doc, doc-writer.ts) for older documents: the title, then the paragraphs.
 */

export async function demoDocumentFile(file: DemoDocumentFile): Promise<{ name: string; bytes: Buffer }> {
  const title = file.title.normalize('NFC');
  const paragraphs = file.paragraphs.map((text) => text.normalize('NFC'));
  const bytes =
    file.kind === 'docx'
      ? docxFile(title, paragraphs)
      : file.kind === 'doc'
        ? legacyWordFile([title, ...paragraphs])
        : await writePdf({ title, lines: layout(title, paragraphs), scanned: file.scanned ?? false });
  return { name: file.name.normalize('NFC'), bytes };
}

// ---------------------------------------------------------------- PDF layout

const MARGIN = 64;
const BODY = { size: 12, leading: 18 };
const TITLE = { size: 14, leading: 20 };

/** Splits text into lines that fit `width` at `size`, word by word. */
function wrap(text: string, style: FontStyle, size: number, width: number): string[] {
  const lines: string[] = [];
  const space = textWidth(' ', style, size);
  let line: string[] = [];
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = textWidth(word, style, size);
    if (line.length > 0 && used + space + wordWidth > width) {
      lines.push(line.join(' '));
      line = [];
      used = 0;
    }
    used += (line.length > 0 ? space : 0) + wordWidth;
    line.push(word);
  }
  if (line.length > 0) lines.push(line.join(' '));
  return lines;
}

/** Lays out the centred bold title and the paragraphs on A4 pages. */
function layout(title: string, paragraphs: string[]): PdfLine[] {
  const width = A4.width - 2 * MARGIN;
  const lines: PdfLine[] = [];
  let page = 0;
  let y = A4.height - MARGIN;
  const advance = (leading: number) => {
    y -= leading;
    if (y < MARGIN) {
      page++;
      y = A4.height - MARGIN - leading;
    }
  };
  for (const text of wrap(title, 'bold', TITLE.size, width)) {
    advance(TITLE.leading);
    const x = (A4.width - textWidth(text, 'bold', TITLE.size)) / 2;
    lines.push({ text, style: 'bold', size: TITLE.size, x, y, page });
  }
  advance(TITLE.leading / 2);
  for (const paragraph of paragraphs) {
    for (const text of wrap(paragraph, 'regular', BODY.size, width)) {
      advance(BODY.leading);
      lines.push({ text, style: 'regular', size: BODY.size, x: MARGIN, y, page });
    }
    advance(BODY.leading / 3);
  }
  return lines;
}

// ---------------------------------------------------------------- DOCX

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

function paragraphXml(text: string, style?: string): string {
  const properties = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  return `<w:p>${properties}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** A Word document: content types, package and document relations, styles, one paragraph per entry. */
function docxFile(title: string, paragraphs: string[]): Buffer {
  const body = [paragraphXml(title, 'Title'), ...paragraphs.map((text) => paragraphXml(text))].join('');
  return zipArchive({
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'word/styles.xml': `${XML}<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/><w:jc w:val="both"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style></w:styles>`,
    'word/document.xml': `${XML}<w:document xmlns:w="${W_NS}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>`,
  });
}
