/** A multipart body as a client sends it: its Content-Type header and its bytes. */
export interface RawMultipart {
  contentType: string;
  body: Buffer;
}

const BOUNDARY = '----dinhBoundary7MA4YWxkTrZu0gW';

/** The CSRF field a form sends first, when there is one. */
function csrfPart(csrf: string | undefined): string {
  return csrf ? `--${BOUNDARY}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n` : '';
}

function filePart(name: string, bytes: string): string {
  return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n${bytes}`;
}

const PDF = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';

/**
 * Multipart bodies a browser never sends: each would store nothing, and must be answered with a
 * localised 400 (a page in the admin, a JSON problem in the API), never a 500.
 */
export const BROKEN_MULTIPART: Record<string, (csrf?: string) => RawMultipart> = {
  /** The connection dropped in the middle of the file: no closing boundary. */
  truncated: (csrf) => ({
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    body: Buffer.from(`${csrfPart(csrf)}${filePart('bao-cao.pdf', PDF.repeat(50))}`.slice(0, -40)),
  }),
  /** The header names one boundary, the body uses another. */
  'bad boundary': (csrf) => ({
    contentType: 'multipart/form-data; boundary=somethingElse',
    body: Buffer.from(`${csrfPart(csrf)}${filePart('bao-cao.pdf', PDF)}\r\n--${BOUNDARY}--\r\n`),
  }),
  /** No boundary parameter at all. */
  'no boundary': (csrf) => ({
    contentType: 'multipart/form-data',
    body: Buffer.from(`${csrfPart(csrf)}${filePart('bao-cao.pdf', PDF)}\r\n--${BOUNDARY}--\r\n`),
  }),
  /** A part whose header block is garbage (no name, binary bytes, no blank line). */
  'header garbage': (csrf) => ({
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    body: Buffer.concat([
      Buffer.from(csrfPart(csrf)),
      Buffer.from(`--${BOUNDARY}\r\n`),
      Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x0d, 0x0a, 0x3a, 0x3a, 0x0d, 0x0a]),
      Buffer.from(`Content-Disposition\r\n${PDF}\r\n--${BOUNDARY}--\r\n`),
    ]),
  }),
  /** A part header longer than any limit, never ended. */
  'endless header': (csrf) => ({
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    body: Buffer.from(
      `${csrfPart(csrf)}--${BOUNDARY}\r\nContent-Disposition: form-data; name="${'x'.repeat(90_000)}`,
    ),
  }),
  /** An empty body. */
  empty: () => ({ contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: Buffer.alloc(0) }),
  /** Only the closing boundary. */
  'closing boundary only': (csrf) => ({
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    body: Buffer.from(`${csrfPart(csrf)}--${BOUNDARY}--\r\n`),
  }),
};
