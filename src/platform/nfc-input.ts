import type { FastifyInstance } from 'fastify';
import { nfcDeep } from './text.ts';

/**
 * Normalises every string a request brings — form and JSON bodies, query strings, route
 * parameters — to NFC before validation, so text typed in decomposed Unicode (macOS, text copied
 * from PDFs) is stored, compared and served in one form. Multipart uploads normalise their
 * fields and file names where they are read (media.service.ts, images.ts).
 */
export function registerNfcInput(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (request.body !== undefined) request.body = nfcDeep(request.body);
    request.query = nfcDeep(request.query);
    request.params = nfcDeep(request.params);
  });
}
