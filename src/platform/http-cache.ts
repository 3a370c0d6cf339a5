import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CachedPage, PageCache } from './page-cache.ts';

/** How long a rendered page stays in the in-process cache without a purge. */
const PAGE_TTL_MS = 5 * 60_000;
/** Browsers revalidate every time (cheap with ETag); CDNs keep a minute and may serve stale. */
const CACHE_CONTROL = 'public, max-age=0, must-revalidate, s-maxage=60, stale-while-revalidate=300';

export interface CacheableOptions {
  /** Tags this page depends on; a write to any of them purges it. */
  tags: string[];
  /** When the content last changed (ISO); defaults to the render time. */
  lastModified?: string | undefined;
  status?: number;
  contentType?: string;
}

/** Start of the next day in Viet Nam: pages show today's date, so they expire at midnight. */
function nextVietnamMidnight(now: number): number {
  const day = 86_400_000;
  const offset = 7 * 3_600_000;
  return Math.floor((now + offset) / day) * day + day - offset;
}

/**
 * Site and URL, which carries the language prefix. Not the Host: pages link only to configured
 * origins (ADR 0016), so every hostname of a site shares its pages and a forged Host cannot
 * plant a variant.
 */
function cacheKey(request: FastifyRequest): string {
  return `${request.site?.id ?? 0}|${request.url}`;
}

function pickEncoding(request: FastifyRequest): 'br' | 'gzip' | undefined {
  const accept = String(request.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return undefined;
}

function isFresh(request: FastifyRequest, page: Pick<CachedPage, 'etag' | 'lastModified'>): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch) {
    return ifNoneMatch
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .includes(page.etag.replace(/^W\//, ''));
  }
  const since = request.headers['if-modified-since'];
  if (since) {
    const sinceMs = Date.parse(since);
    return Number.isFinite(sinceMs) && Date.parse(page.lastModified) <= sinceMs;
  }
  return false;
}

function sendCached(
  request: FastifyRequest,
  reply: FastifyReply,
  page: CachedPage,
  hit: boolean,
): FastifyReply {
  reply.header('etag', page.etag);
  reply.header('last-modified', page.lastModified);
  reply.header('cache-control', CACHE_CONTROL);
  reply.header('vary', 'Accept-Encoding');
  reply.header('surrogate-key', page.tags.map((tag) => tag.replace(':', '-')).join(' '));
  reply.header('x-cache', hit ? 'HIT' : 'MISS');
  if (page.status === 200 && isFresh(request, page)) return reply.code(304).send();
  reply.code(page.status).type(page.contentType);
  const encoding = pickEncoding(request);
  if (encoding === 'br') {
    page.br ??= brotliCompressSync(page.body, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: 4,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: page.body.length,
      },
    });
    return reply.header('content-encoding', 'br').send(page.br);
  }
  if (encoding === 'gzip') {
    page.gzip ??= gzipSync(page.body, { level: 5 });
    return reply.header('content-encoding', 'gzip').send(page.gzip);
  }
  return reply.send(page.body);
}

/**
 * Serves public GETs from the page cache and gives every cacheable page ETag, Last-Modified,
 * CDN-friendly Cache-Control and Surrogate-Key headers, with 304s for conditional requests.
 */
export function registerHttpCache(app: FastifyInstance, pageCache: PageCache): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const page = pageCache.get(cacheKey(request), Date.now());
    if (page) return sendCached(request, reply, page, true);
  });
}

/**
 * Sends a public page: stores it in the page cache and answers with the right encoding (or a
 * 304); each encoding is made once, when a client first asks for it.
 */
export function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  pageCache: PageCache,
  html: string,
  options: CacheableOptions,
): FastifyReply {
  const body = Buffer.from(html, 'utf8');
  const now = Date.now();
  const lastModified = new Date(options.lastModified ? Date.parse(options.lastModified) : now);
  lastModified.setMilliseconds(0);
  const page: CachedPage = {
    status: options.status ?? 200,
    contentType: options.contentType ?? 'text/html; charset=utf-8',
    // Compressed on demand by sendCached, in the one encoding the client takes.
    body,
    etag: `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`,
    lastModified: lastModified.toUTCString(),
    tags: options.tags,
    expiresAt: Math.min(now + PAGE_TTL_MS, nextVietnamMidnight(now)),
  };
  if (page.status === 200) pageCache.set(cacheKey(request), page);
  return sendCached(request, reply, page, false);
}
