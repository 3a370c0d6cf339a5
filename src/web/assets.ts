import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { projectRoot } from '../platform/paths.ts';

/**
 * Public assets under content-hashed URLs (`/assets/site.3f9a1c2b.css`): a changed file gets a
 * new URL, so browsers and CDNs may keep each one for a year. Hashes are computed once per
 * process from the bytes served; pages name files through `assetUrl`. The page cache lives in
 * the process too, so a deploy (a restart) never serves a page that names an outdated hash.
 */

interface Fingerprinted {
  url: string;
  bytes: Buffer;
  type: string;
  etag: string;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The plain URLs stay for pages cached before a deploy (and for hand-written links), briefly. */
const PLAIN_MAX_AGE = '5m';
const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};
/** The shell's files, and the client islands bundled by scripts/build.mjs (absent before a build). */
const FOLDERS = [
  { dir: 'src/web/assets', prefix: '' },
  { dir: 'dist/public', prefix: 'build/' },
];
const DEFAULT_EMBLEM = '/assets/emblem.svg';
/** The self-hosted font files served at /assets/fonts/ (see site.css). */
const FONT_FILE = /^\/be-vietnam-pro-(?:vietnamese|latin)-(?:400|600|700)-normal\.woff2$/;

let manifest: Map<string, Fingerprinted> | undefined;

function load(): Map<string, Fingerprinted> {
  const found = new Map<string, Fingerprinted>();
  for (const { dir, prefix } of FOLDERS) {
    const root = path.join(projectRoot(), dir);
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root)) {
      const ext = path.extname(name);
      const type = TYPES[ext];
      if (!type) continue; // source maps and licence notes keep their plain URLs
      const bytes = readFileSync(path.join(root, name));
      const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 8);
      const url = `/assets/${prefix}${name.slice(0, -ext.length)}.${hash}${ext}`;
      found.set(prefix + name, { url, bytes, type, etag: `"${hash}"` });
    }
  }
  return found;
}

function assets(): Map<string, Fingerprinted> {
  manifest ??= load();
  return manifest;
}

/** Whether a public asset exists ('build/editor.js' does only after the first build). */
export function hasAsset(name: string): boolean {
  return assets().has(name);
}

/** The content-hashed URL of a public asset: `assetUrl('site.css')`, `assetUrl('build/editor.js')`. */
export function assetUrl(name: string): string {
  const asset = assets().get(name);
  if (!asset) throw new Error(`Unknown public asset: ${name}`);
  return asset.url;
}

/** A site's emblem for its pages: its own image, or the portal's default under its hashed URL. */
export function emblemUrl(emblem: string): string {
  return !emblem || emblem === DEFAULT_EMBLEM ? assetUrl('emblem.svg') : emblem;
}

/**
 * Answers /favicon.ico, which browsers ask for whatever a page's `<link rel="icon">` says: the
 * portal's emblem itself (an SVG, which browsers accept as an icon at any address), or a
 * redirect to the site's own emblem image.
 */
export function sendFavicon(reply: FastifyReply, emblem: string): FastifyReply {
  const url = emblemUrl(emblem);
  const asset = assets().get('emblem.svg');
  if (url !== asset?.url) return reply.redirect(url, 302);
  return reply.header('cache-control', 'public, max-age=86400').type(asset.type).send(asset.bytes);
}

/**
 * Serves /assets/: each fingerprinted URL from memory (so its bytes always match its hash) with
 * immutable caching; the plain URLs from disk with a short cache; the fonts. A stale or made-up
 * hash matches no route and falls through to the plain files, where it is a 404.
 */
export async function registerAssets(app: FastifyInstance): Promise<void> {
  for (const asset of assets().values()) {
    app.get(asset.url, async (request, reply) => {
      reply.header('cache-control', IMMUTABLE).header('etag', asset.etag).type(asset.type);
      if (request.headers['if-none-match']?.includes(asset.etag)) return reply.code(304).send();
      return reply.send(asset.bytes);
    });
  }
  await app.register(fastifyStatic, {
    root: path.join(projectRoot(), 'src/web/assets'),
    prefix: '/assets/',
    decorateReply: false,
    index: false,
    maxAge: PLAIN_MAX_AGE,
  });
  // Be Vietnam Pro from its fontsource package: only the woff2 files site.css asks for. Their
  // URLs carry no version, so they are not immutable: a font upgrade is cosmetic, 30 days is fine.
  await app.register(fastifyStatic, {
    root: path.join(projectRoot(), 'node_modules/@fontsource/be-vietnam-pro/files'),
    prefix: '/assets/fonts/',
    decorateReply: false,
    index: false,
    maxAge: '30d',
    allowedPath: (pathName) => FONT_FILE.test(pathName),
  });
  const islands = path.join(projectRoot(), 'dist/public');
  if (existsSync(islands)) {
    await app.register(fastifyStatic, {
      root: islands,
      prefix: '/assets/build/',
      decorateReply: false,
      index: false,
      maxAge: PLAIN_MAX_AGE,
    });
  }
}
