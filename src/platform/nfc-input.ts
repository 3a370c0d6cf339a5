import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';
import { nfcDeep } from './text.ts';

/** The largest row id: ids are INTEGER on both engines (SQLite's are wider, PostgreSQL's are not). */
export const MAX_ROW_ID = 2_147_483_647;

// C0 control characters except TAB, LF and CR. PostgreSQL refuses NUL in text (SQLite stores
// it), and the others have no place in a form, a URL or JSON text and break XML feeds.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** Does any string (or object key) in a parsed form, query, JSON or parameter value hold a control character? */
export function hasControlCharacters(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return CONTROL_CHARACTER.test(value);
  if (value === null || typeof value !== 'object' || depth > 64) return false;
  if (Array.isArray(value)) return value.some((item) => hasControlCharacters(item, depth + 1));
  // Only plain records (as nfcDeep): a Buffer or stream body is not text.
  const prototype: object | null = Object.getPrototypeOf(value);
  if (prototype !== null && prototype !== Object.prototype && Object.getPrototypeOf(prototype) !== null)
    return false;
  return Object.entries(value).some(
    ([key, item]) => CONTROL_CHARACTER.test(key) || hasControlCharacters(item, depth + 1),
  );
}

/** Is this route parameter a row id written the one way ids are written (1 … MAX_ROW_ID, no leading zero)? */
export function isRowId(raw: unknown): boolean {
  return typeof raw === 'string' && /^[1-9]\d{0,9}$/.test(raw) && Number(raw) <= MAX_ROW_ID;
}

/**
 * The edge check every request passes before validation and handlers, so both engines give the
 * same answer to bad input (PostgreSQL refuses NUL in text and integers past 2^31-1 where SQLite
 * takes them):
 * - a control character in the query string, a route parameter, or a form or JSON body: 400
 *   CONTROL_CHARACTERS, localised (a page, or JSON under /api). Multipart fields are read by their
 *   handler, which strips control characters from file names and descriptions (media.service.ts);
 * - a route parameter named `id` outside 1 … 2^31-1: 404, as for an id that does not exist. API
 *   routes whose schema types their parameters answer for themselves (400 VALIDATION_FAILED).
 */
export function checkRequestInput(request: FastifyRequest): void {
  if (
    hasControlCharacters(request.params) ||
    hasControlCharacters(request.query) ||
    (request.body !== undefined && hasControlCharacters(request.body))
  ) {
    throw new AppError('CONTROL_CHARACTERS');
  }
  const id = (request.params as Record<string, unknown> | undefined)?.id;
  if (id !== undefined && !request.routeOptions.schema?.params && !isRowId(id)) {
    throw new AppError('NOT_FOUND', { detail: 'id out of range' });
  }
}

/**
 * Checks every string a request brings (checkRequestInput), then normalises them — form and JSON
 * bodies, query strings, route parameters — to NFC before validation, so text typed in
 * decomposed Unicode (macOS, text copied from PDFs) is stored, compared and served in one form.
 * Multipart uploads normalise their fields and file names where they are read (media.service.ts,
 * images.ts).
 */
export function registerNfcInput(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    checkRequestInput(request);
    if (request.body !== undefined) request.body = nfcDeep(request.body);
    request.query = nfcDeep(request.query);
    request.params = nfcDeep(request.params);
  });
}
