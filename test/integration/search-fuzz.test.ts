import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reindexAll } from '../../src/modules/search/registry.ts';
import { searchDocuments, suggestTitles } from '../../src/modules/search/search.service.ts';
import { createArticle, createCategory, defaultSiteId, paragraphs } from '../factories.ts';
import { corpus } from '../fixtures/search-corpus.ts';
import { createTestApp, type TestApp, testEngine } from '../harness.ts';

// Random strings thrown at the search on the current engine (SQLite, or PostgreSQL with
// TEST_DATABASE_URL): every one gives a normal result, quickly; none reaches engine syntax.
let t: TestApp;
let siteId: number;
const RUNS = 200;
/** Generous for a loaded CI machine; a runaway query takes seconds. */
const SLOW_MS = 1500;

/** Pieces of both engines' query languages, and words that do match. */
const syntax = fc.constantFrom(
  '"',
  "'",
  '*',
  '-',
  '+',
  '^',
  ':',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '\\',
  '/',
  '|',
  '&',
  '!',
  '<->',
  '<2>',
  'NEAR',
  'NEAR/2',
  'AND',
  'OR',
  'NOT',
  'and',
  'or',
  ' ',
  '  ',
  '\u0000',
  '\u0007',
  '\uD800',
  '\u202E',
  '\uFEFF',
  'quốc',
  'phòng',
  'quoc',
  'nông thôn',
  '新农村',
  'rice',
  'title:',
  'rowid',
  'a:quốc',
  'b:x_y',
  '%',
  '_',
  ';',
  '--',
);
const queries = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.array(syntax, { maxLength: 40 }).map((parts) => parts.join('')),
  fc.array(syntax, { maxLength: 12 }).map((parts) => parts.join(' ')),
  fc.constant('ạ'.repeat(10_000)),
  fc.constant(`${'"a" OR '.repeat(2000)}b`),
);

beforeAll(async () => {
  t = await createTestApp();
  siteId = await defaultSiteId(t.services.db);
  const categoryId = await createCategory(t.services.db, siteId, { name: 'Tin tức' });
  for (const doc of corpus.slice(0, 30)) {
    await createArticle(t.services.db, siteId, categoryId, {
      title: doc.title,
      lead: doc.lead,
      body: paragraphs(doc.body),
      lang: doc.lang ?? 'vi',
    });
  }
  await reindexAll(t.services);
});
afterAll(async () => t?.close());

describe(`random input on ${testEngine}`, () => {
  it('always gives a normal result from the search, quickly', async () => {
    await fc.assert(
      fc.asyncProperty(queries, fc.constantFrom('relevance', 'date'), async (q, sort) => {
        const started = performance.now();
        const result = await searchDocuments(t.services.db, {
          q,
          siteIds: [siteId],
          sort: sort as 'relevance' | 'date',
          now: new Date().toISOString(),
        });
        expect(performance.now() - started).toBeLessThan(SLOW_MS);
        expect(result.total).toBeGreaterThanOrEqual(0);
        expect(result.hits.length).toBeLessThanOrEqual(10);
        for (const term of [...result.query.required, ...result.query.optional]) {
          expect(term).toMatch(/^[\p{L}\p{M}\p{N}:_]+$/u);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('always gives a normal list of suggestions', async () => {
    await fc.assert(
      fc.asyncProperty(queries, async (q) => {
        const suggestions = await suggestTitles(t.services.db, {
          q,
          siteIds: [siteId],
          now: new Date().toISOString(),
        });
        expect(suggestions.length).toBeLessThanOrEqual(8);
      }),
      { numRuns: RUNS },
    );
  });

  it('answers every query string over HTTP with a page or a 400, never a 500', async () => {
    // Raw bytes, percent-encoded: invalid UTF-8 included.
    const bytes = fc
      .uint8Array({ maxLength: 200 })
      .map((array) =>
        [...array].map((byte) => `%${byte.toString(16).padStart(2, '0').toUpperCase()}`).join(''),
      );
    await fc.assert(
      fc.asyncProperty(
        bytes,
        fc.constantFrom('/tim-kiem', '/en/search', '/api/v1/search/suggest'),
        async (q, path) => {
          const response = await t.app.inject({
            url: `${path}?q=${q}`,
            remoteAddress: `10.0.${q.length % 250}.1`,
          });
          expect([200, 400, 414, 429]).toContain(response.statusCode);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
