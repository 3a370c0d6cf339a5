import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LanguageCode } from '../db/schema.ts';
import { languageOfPath, messages } from '../i18n/index.ts';
import { AppError, codeForStatus, type ErrorCode, errorCatalogue } from './errors.ts';
import type { AppServices } from './services.ts';

const LANGUAGE_LIKE = /^\/([a-z]{2}(?:-[a-z]{2,4})?)(?:\/|$)/i;

/** What an error page is rendered from. */
export interface ErrorPageInput {
  request: FastifyRequest;
  reply: FastifyReply;
  services: AppServices | undefined;
  code: ErrorCode;
  lang: LanguageCode;
}

/** Renders an error as an HTML document; the web layer installs its shell's page at start. */
export type ErrorPageRenderer = (input: ErrorPageInput) => Promise<string>;

// Until the web layer installs its page (buildApp does, first thing), a bare sentence still says what happened.
let renderErrorPage: ErrorPageRenderer = async ({ code, lang }) =>
  `<!doctype html><title>${errorCatalogue[code].status}</title><p>${messages(lang).errors[errorCatalogue[code].body]}</p>`;

/** Installs the renderer of error pages: the platform knows the codes, the web layer draws the page. */
export function useErrorPages(renderer: ErrorPageRenderer): void {
  renderErrorPage = renderer;
}

/** Does the client want JSON rather than a page? */
function wantsJson(request: FastifyRequest): boolean {
  if (request.url.startsWith('/api/') || request.url === '/healthz') return true;
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

/** Sends the localised error for a catalogue code as a page or JSON. Never leaks internals. */
export async function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  services: AppServices | undefined,
  code: ErrorCode,
): Promise<FastifyReply> {
  const entry = errorCatalogue[code];
  const lang = request.lang ?? languageOfPath(request.url);
  const t = messages(lang);
  reply.code(entry.status);
  reply.header('cache-control', 'no-store');
  if (wantsJson(request)) {
    return reply.type('application/json; charset=utf-8').send({
      error: { code, message: t.errors[entry.body], requestId: request.id },
    });
  }
  const html = await renderErrorPage({ request, reply, services, code, lang });
  return reply.type('text/html; charset=utf-8').send(html);
}

/** Picks the catalogue code for a path nothing answered. */
export function notFoundCode(request: FastifyRequest): ErrorCode {
  const match = LANGUAGE_LIKE.exec(request.url);
  const prefix = match?.[1]?.toLowerCase();
  if (prefix && prefix !== 'en' && prefix !== 'zh') return 'UNKNOWN_LANGUAGE';
  return 'NOT_FOUND';
}

// What the multipart parser (@fastify/busboy under @fastify/multipart) throws, without a status or
// code, for a body a browser never sends: no boundary, a truncated body, a broken part header.
const MULTIPART_PARSE_ERROR =
  /^Multipart: Boundary not found$|unexpected end of (multipart data|form)|^Malformed part header|terminated early/i;

/** Is this the multipart parser refusing a malformed body (the client's fault, not ours)? */
export function isMalformedMultipart(request: FastifyRequest, error: { message?: unknown }): boolean {
  const type = String(request.headers['content-type'] ?? '');
  return (
    /^multipart\//i.test(type) &&
    typeof error.message === 'string' &&
    MULTIPART_PARSE_ERROR.test(error.message)
  );
}

/** Installs the central error handler and the not-found handler. */
export function registerErrorHandling(app: FastifyInstance, services: AppServices): void {
  app.setErrorHandler(async (error: FastifyError | AppError, request, reply) => {
    let code: ErrorCode;
    if (error instanceof AppError) {
      code = error.code;
    } else if (error.validation || isMalformedMultipart(request, error)) {
      code = 'BAD_REQUEST';
    } else if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      code = codeForStatus(error.statusCode);
    } else {
      code = 'INTERNAL';
    }
    if (code === 'NOT_FOUND') code = notFoundCode(request);
    if (errorCatalogue[code].status >= 500) {
      request.log.error({ err: error }, 'request failed');
    } else {
      request.log.info({ code, reason: error.message }, 'request refused');
    }
    if (code === 'RATE_LIMITED' && 'headers' in error && error.headers) {
      reply.headers(error.headers as Record<string, string>);
    }
    return sendError(request, reply, services, code);
  });

  app.setNotFoundHandler(async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendError(request, reply, services, 'NOT_FOUND');
    }
    return sendError(request, reply, services, notFoundCode(request));
  });
}
