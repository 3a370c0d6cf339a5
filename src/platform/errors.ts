import type { Messages } from '../i18n/index.ts';

type ErrorTextKey = keyof Messages['errors'];

interface CatalogueEntry {
  status: number;
  /** Catalogue keys of the title and the explanation shown to the person. */
  title: ErrorTextKey;
  body: ErrorTextKey;
  /** What the code means, for developers and API clients. */
  meaning: string;
}

/**
 * Every error Đình shows, with a stable code. Codes never change meaning once released;
 * API clients may rely on them.
 */
export const errorCatalogue = {
  NOT_FOUND: {
    status: 404,
    title: 'notFoundTitle',
    body: 'notFoundBody',
    meaning: 'No page or resource exists at this address.',
  },
  UNKNOWN_LANGUAGE: {
    status: 404,
    title: 'notFoundTitle',
    body: 'unknownLanguageBody',
    meaning: 'The path starts with a language prefix the portal does not serve.',
  },
  UNKNOWN_HOST: {
    status: 404,
    title: 'unknownHostTitle',
    body: 'unknownHostBody',
    meaning: 'The Host header names no configured site; nothing is served for it (ADR 0016).',
  },
  BAD_REQUEST: {
    status: 400,
    title: 'badRequestTitle',
    body: 'badRequestBody',
    meaning: 'The URL, query string or body could not be parsed or failed validation.',
  },
  CONTROL_CHARACTERS: {
    status: 400,
    title: 'controlCharactersTitle',
    body: 'controlCharactersBody',
    meaning:
      'A query string, path segment, form field or JSON string holds a control character (U+0000–U+001F other than tab, line feed and carriage return).',
  },
  METHOD_NOT_ALLOWED: {
    status: 405,
    title: 'methodNotAllowedTitle',
    body: 'methodNotAllowedBody',
    meaning: 'The resource exists but not for this HTTP method.',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    title: 'tooLargeTitle',
    body: 'tooLargeBody',
    meaning: 'The request body exceeds the limit for this route.',
  },
  URI_TOO_LONG: {
    status: 414,
    title: 'tooLargeTitle',
    body: 'tooLargeBody',
    meaning: 'The URL (path and query string) exceeds 2,048 characters.',
  },
  HEADERS_TOO_LARGE: {
    status: 431,
    title: 'tooLargeTitle',
    body: 'tooLargeBody',
    meaning: 'The request headers exceed the server limit.',
  },
  RATE_LIMITED: {
    status: 429,
    title: 'rateLimitedTitle',
    body: 'rateLimitedBody',
    meaning: 'Too many requests from this client in a short time.',
  },
  UNAUTHORIZED: {
    status: 401,
    title: 'unauthorizedTitle',
    body: 'unauthorizedBody',
    meaning: 'No valid session or API token; log in or send a token.',
  },
  FORBIDDEN: {
    status: 403,
    title: 'forbiddenTitle',
    body: 'forbiddenBody',
    meaning: 'Authenticated, but the role or token scope does not allow this action.',
  },
  CSRF_INVALID: {
    status: 403,
    title: 'csrfTitle',
    body: 'csrfBody',
    meaning: 'A form or session-authenticated API write lacked a valid CSRF token.',
  },
  VALIDATION_FAILED: {
    status: 400,
    title: 'validationTitle',
    body: 'validationBody',
    meaning: 'The body failed validation; `fields` lists each field and its problem.',
  },
  CONFLICT: {
    status: 409,
    title: 'conflictTitle',
    body: 'conflictBody',
    meaning: 'The item changed since it was loaded (optimistic locking); reload and retry.',
  },
  INTERNAL: {
    status: 500,
    title: 'serverErrorTitle',
    body: 'serverErrorBody',
    meaning: 'An unexpected server error; details are in the server log under the request id.',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    title: 'unavailableTitle',
    body: 'unavailableBody',
    meaning: 'A dependency (usually the database) is not answering.',
  },
} as const satisfies Record<string, CatalogueEntry>;

export type ErrorCode = keyof typeof errorCatalogue;

/** An error meant for the person or client: carries a catalogue code, never internals. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    options?: { cause?: unknown; detail?: string },
  ) {
    super(options?.detail ?? code, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.status = errorCatalogue[code].status;
  }
}

/** Maps an HTTP status to the catalogue code that describes it best. */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 404:
      return 'NOT_FOUND';
    case 401:
      return 'UNAUTHORIZED';
    case 403:
      return 'FORBIDDEN';
    case 405:
      return 'METHOD_NOT_ALLOWED';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 414:
      return 'URI_TOO_LONG';
    case 431:
      return 'HEADERS_TOO_LARGE';
    case 429:
      return 'RATE_LIMITED';
    case 503:
      return 'SERVICE_UNAVAILABLE';
    default:
      return status >= 400 && status < 500 ? 'BAD_REQUEST' : 'INTERNAL';
  }
}
