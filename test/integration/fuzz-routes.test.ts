import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RouteEntry } from '../../src/app.ts';
import { type Client, createStaff, csrfToken, loginAs, type StaffUser } from '../admin-session.ts';
import { createArticle, createCategory, createPage, defaultSiteId, mediaRow } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';
import { createApiToken } from '../media-fixtures.ts';
import { BROKEN_MULTIPART } from '../multipart-fixtures.ts';

// Every route of the app (from its route table) and every form, signed in and not, with random
// Unicode, control characters, ids past every integer range and broken multipart: no answer is
// ever a 5xx, and every refusal is localised. FUZZ_RUNS sets the random cases (default 300),
// FUZZ_SEED the seed (fixed, so a failure replays); the sweep of edge values runs every time.
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_207);

/** Values that broke or could break one engine and not the other. */
const EDGE_VALUES = [
  '\u0000',
  'a\u0000b',
  '\u0001',
  '\u000b',
  '\u001f',
  '1e12',
  '1000000000000',
  '2147483647',
  '2147483648',
  '4294967296',
  '9223372036854775807',
  '9223372036854775808',
  '99999999999999',
  '-1',
  '1.5',
  '0x10',
  '0',
  '007',
  '',
  ' ',
  '\ud800',
  '\u202e',
  'Đình 新 🏯',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"a\\u0000b"}]}]}',
  'x'.repeat(5000),
];

/** The edge values that matter in a URL (the sweep sends each in every parameter and query key). */
const URL_EDGE_VALUES = [
  '\u0000',
  '\u000b',
  '1e12',
  '2147483648',
  '9223372036854775808',
  '99999999999999',
  '-1',
  '1.5',
  '0x10',
  '007',
  '\ud800',
  'Đình 新 🏯',
];

/** Query keys routes read (`next`, the sign-in target, also has its own test: auth-next). */
const QUERY_KEYS = [
  'page',
  'q',
  'id',
  'kind',
  'status',
  'category',
  'lang',
  'perPage',
  'type',
  'from',
  'to',
  'sort',
  'scope',
  'site',
  'author',
  'action',
  'user',
  'entity',
  'token',
  'email',
  'a',
  'b',
  'next',
];

/** Routes that end the fuzzer's own session or second factor: the session would be gone. */
const SKIPPED = [
  /^POST \/admin\/logout$/,
  /^POST \/admin\/account\/sessions\/revoke$/,
  /^POST \/admin\/account\/password$/,
  /^POST \/admin\/account\/2fa$/,
  /^POST \/admin\/account$/,
];

interface Target {
  route: RouteEntry;
  /** Form fields harvested from the pages whose forms post here, or the API body's properties. */
  fields: string[];
}

let t: TestApp;
let staff: StaffUser;
let admin: Client;
let token: string;
let csrf: string;
let apiCsrf: string;
const realIds = new Map<string, number>();
const targets: Target[] = [];
const failures: string[] = [];
let requests = 0;
let ipCounter = 0;

/** URL-encodes a value; lone surrogates (not encodable) become U+FFFD as a browser sends them. */
const wellFormed = (value: string) =>
  value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
const encode = (value: string) => encodeURIComponent(wellFormed(value));

/** A fresh client address per request, so per-IP limits do not turn the whole run into 429s. */
const nextIp = () => {
  ipCounter++;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
};

/** The pattern of a route as a regular expression, to match form actions against. */
function patternOf(url: string): RegExp {
  const source = url
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/:[A-Za-z_]+(\\\([^)]*\\\))?/g, '[^/]+')
    .replace(/\*/g, '.*');
  return new RegExp(`^${source}$`);
}

/** A concrete path for a route: each parameter gets its value. */
function pathFor(url: string, value: (name: string) => string): string {
  return url
    .replace(/:([A-Za-z_]+)(\([^)]*\))?/g, (_match, name: string) => value(name))
    .replace(/\*/g, () => value('*'));
}

/** The real id a route's :id should take to reach past "not found" (an id of its own kind). */
function realIdFor(url: string): string {
  for (const [prefix, id] of realIds) if (url.startsWith(prefix)) return String(id);
  return String(realIds.get('/admin/articles') ?? 1);
}

/** Parses every form of a page: action → field names. */
function formsIn(html: string): { action: string; fields: string[] }[] {
  const forms: { action: string; fields: string[] }[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const action = /action="([^"]*)"/.exec(match[1] ?? '')?.[1]?.replace(/&amp;/g, '&') ?? '';
    const names = [...(match[2] ?? '').matchAll(/name="([^"]+)"/g)].map((name) => name[1] ?? '');
    forms.push({ action: action.split('?')[0] ?? '', fields: [...new Set(names)].filter(Boolean) });
  }
  return forms;
}

/** Checks one answer: never a 5xx; a refusal is a localised page or a JSON problem. */
function check(label: string, options: InjectOptions, response: LightMyRequestResponse): void {
  requests++;
  const where = `${label} ${String(options.method)} ${String(options.url).slice(0, 160)}`;
  if (response.statusCode >= 500) {
    failures.push(`${where} → ${response.statusCode} ${response.body.slice(0, 200)}`);
    return;
  }
  if (response.statusCode < 400 || options.method === 'HEAD') return;
  const type = String(response.headers['content-type'] ?? '');
  if (type.startsWith('application/json')) {
    const body = response.json() as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
    const message = body.error?.message;
    // The editor's autosave answers its script with { ok: false, errors: { field: message } }.
    if (body.ok === false && String(options.url).includes('/autosave')) return;
    if (typeof body.error?.code !== 'string' || typeof message !== 'string' || message === '')
      failures.push(
        `${where} → ${response.statusCode} without a JSON problem: ${response.body.slice(0, 200)}`,
      );
    // No Accept-Language and no /en or /zh prefix: the message is Vietnamese.
    else if (
      !/^\/(en|zh)\//.test(String(options.url)) &&
      !(options.headers as Record<string, string> | undefined)?.['accept-language']?.match(/en|zh/) &&
      !/[À-ỹ]/.test(message)
    )
      failures.push(`${where} → ${response.statusCode} not in Vietnamese: ${message}`);
  } else if (type.startsWith('text/html')) {
    if (!/<html lang="(vi|en|zh)[-"]/.test(response.body))
      failures.push(
        `${where} → ${response.statusCode} page without a language: ${response.body.slice(0, 200)}`,
      );
  } else {
    failures.push(`${where} → ${response.statusCode} as ${type || 'no content type'}`);
  }
}

/** Keeps the fuzzer signed in (a fuzzed form may have ended its session on purpose or not). */
async function ensureSignedIn(cause: string): Promise<void> {
  const probe = await admin.get('/admin/account');
  if (probe.statusCode === 200) return;
  console.info(`fuzz: signed in again after ${cause}`);
  // The next 30-second step: the code of this one was used (replayed codes are refused).
  admin = await loginAs(t.app, staff, 'localhost', new Date(Date.now() + 30_000));
  csrf = csrfToken((await admin.get('/admin/articles/new')).body);
  apiCsrf = (await admin.get('/api/v1/csrf-token')).json().token;
}

type Auth = 'anonymous' | 'session' | 'token';

/** Sends one request as `auth` and checks the answer. */
async function send(
  label: string,
  auth: Auth,
  options: Omit<InjectOptions, 'url'> & { url: string; method: string },
): Promise<void> {
  const request = { ...options, remoteAddress: nextIp() } as InjectOptions & { url: string };
  const headers = { host: 'localhost', ...(options.headers ?? {}) } as Record<string, string>;
  if (auth === 'token') headers.authorization = `Bearer ${token}`;
  if (auth === 'session') {
    if (options.url.startsWith('/api/')) headers['x-csrf-token'] = apiCsrf;
    const response = await admin.request({ ...request, headers });
    check(`${label} [session]`, request, response);
    const location = String(response.headers.location ?? '');
    if (response.statusCode === 401 || /^\/admin\/(login|account\/2fa)/.test(location))
      await ensureSignedIn(`${options.method} ${options.url.slice(0, 100)}`);
    return;
  }
  const response = await t.app.inject({ ...request, headers });
  check(`${label} [${auth}]`, request, response);
}

/** The auth a route is tried with: public ones anonymously, the others signed in (and anonymously). */
function authsFor(route: RouteEntry): Auth[] {
  if (route.url.startsWith('/api/')) return route.access === 'public' ? ['anonymous'] : ['token', 'session'];
  if (route.url.startsWith('/admin')) return ['session'];
  return ['anonymous'];
}

/** The body a fuzzed request carries: a form (with a valid CSRF token) or JSON for the API. */
function bodyFor(
  target: Target,
  auth: Auth,
  value: (field: string) => unknown,
): { payload?: InjectOptions['payload']; headers?: Record<string, string> } {
  const { route, fields } = target;
  if (route.method === 'GET' || route.method === 'DELETE') return {};
  if (route.url.startsWith('/api/')) {
    return {
      payload: Object.fromEntries(fields.map((field) => [field, value(field)])) as Record<string, unknown>,
    };
  }
  const form = new URLSearchParams();
  if (auth === 'session') form.set('_csrf', csrf);
  for (const field of fields) {
    const given = value(field);
    form.append(
      field,
      wellFormed(typeof given === 'object' && given !== null ? JSON.stringify(given) : String(given)),
    );
  }
  return {
    payload: form.toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      // The rating form is checked by origin instead of a token.
      origin: 'http://localhost',
    },
  };
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.services.db;
  const siteId = await defaultSiteId(db);
  const categoryId = await createCategory(db, siteId, { name: 'Kinh tế', slug: 'kinh-te' });
  const articleId = await createArticle(db, siteId, categoryId, { title: 'Giá lúa tăng mạnh' });
  const pageId = await createPage(db, siteId, { title: 'Giới thiệu chung' });
  staff = await createStaff(t.services, 'admin', siteId);
  const target = await createStaff(t.services, 'editor', siteId);
  const media = await db
    .insertInto('media')
    .values(mediaRow(siteId))
    .returning('id')
    .executeTakeFirstOrThrow();
  token = await createApiToken(t.services, {
    siteId,
    userId: staff.id,
    scopes: ['articles:write', 'categories:write', 'media:write', 'legal-documents:write'],
  });
  const tokenRow = await db.selectFrom('api_tokens').select('id').executeTakeFirstOrThrow();
  realIds.set('/admin/articles', articleId);
  realIds.set('/api/v1/articles', articleId);
  realIds.set('/ratings', articleId);
  realIds.set('/en/ratings', articleId);
  realIds.set('/views', articleId);
  realIds.set('/admin/pages', pageId);
  realIds.set('/admin/categories', categoryId);
  realIds.set('/api/v1/categories', categoryId);
  realIds.set('/admin/users', target.id);
  realIds.set('/admin/media', media.id);
  realIds.set('/api/v1/media', media.id);
  realIds.set('/admin/api-tokens', tokenRow.id);
  // A real legal document, so its API routes and admin form are fuzzed past the 404.
  const legal = await t.app.inject({
    method: 'POST',
    url: '/api/v1/legal-documents',
    headers: { authorization: `Bearer ${token}` },
    payload: {
      type: 'quyet-dinh',
      number: '12/2025/QĐ-UBND',
      section: 'quy-pham-phap-luat',
      issuer: 'Ủy ban nhân dân tỉnh',
      level: 'province',
      issuedOn: '2025-05-02',
      summary: 'Quy định quản lý chợ trên địa bàn tỉnh',
      publish: true,
    },
  });
  expect(legal.statusCode).toBe(201);
  realIds.set('/api/v1/legal-documents', legal.json().id);
  realIds.set('/admin/legal-documents', legal.json().id);
  admin = await loginAs(t.app, staff);
  csrf = csrfToken((await admin.get('/admin/articles/new')).body);
  apiCsrf = (await admin.get('/api/v1/csrf-token')).json().token;

  const routes = t.app.routeTable.filter(
    (route) =>
      route.method !== 'HEAD' &&
      !route.url.startsWith('/assets/') &&
      !SKIPPED.some((skip) => skip.test(`${route.method} ${route.url}`)),
  );
  // Form fields: every page the app serves with real ids, signed in and not.
  const fieldsByRoute = new Map<RouteEntry, Set<string>>(routes.map((route) => [route, new Set()]));
  const pages = routes.filter((route) => route.method === 'GET' && !route.url.startsWith('/api/'));
  const extra = ['/kinh-te/gia-lua-tang-manh-' + articleId, '/admin/password/reset?token=x'];
  for (const url of [
    ...pages.map((route) =>
      pathFor(route.url, (name) => (name === 'lang' ? 'en' : name === '*' ? 'x' : realIdFor(route.url))),
    ),
    ...extra,
  ]) {
    for (const html of [(await admin.get(url)).body, (await t.app.inject({ url })).body]) {
      for (const form of formsIn(html)) {
        const route = routes.find(
          (candidate) => candidate.method === 'POST' && patternOf(candidate.url).test(form.action),
        );
        for (const field of form.fields) if (route && field !== '_csrf') fieldsByRoute.get(route)?.add(field);
      }
    }
  }
  // API bodies: the properties of each operation's request body in the OpenAPI document.
  const openapi = (await t.app.inject({ url: '/api/v1/openapi.json' })).json() as {
    paths: Record<
      string,
      Record<string, { requestBody?: { content?: Record<string, { schema?: { properties?: object } }> } }>
    >;
  };
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z_]+)/g, '{$1}');
    const operation = openapi.paths[path]?.[route.method.toLowerCase()];
    const schema = operation?.requestBody?.content?.['application/json']?.schema;
    for (const field of Object.keys(schema?.properties ?? {})) fieldsByRoute.get(route)?.add(field);
  }
  for (const route of routes) targets.push({ route, fields: [...(fieldsByRoute.get(route) ?? [])] });
}, 300_000);

afterAll(async () => t?.close());

describe('every route and form, fuzzed', () => {
  beforeEach(() => {
    failures.length = 0;
  });

  it('finds the forms it fuzzes', () => {
    const formRoutes = targets.filter((target) => target.route.method === 'POST' && target.fields.length > 0);
    // Sign-in, password reset, ratings, every admin form and the API writes.
    expect(formRoutes.length).toBeGreaterThan(25);
    expect(targets.length).toBeGreaterThan(150);
  });

  it('answers every edge value in every parameter and query key without a 5xx', async () => {
    for (const target of targets) {
      for (const auth of authsFor(target.route)) {
        for (const edge of URL_EDGE_VALUES) {
          const path = pathFor(target.route.url, (name) =>
            name === '*' ? `x/${encode(edge)}` : encode(edge),
          );
          const query = QUERY_KEYS.slice(0, 8)
            .map((key) => `${key}=${encode(edge)}`)
            .join('&');
          await send('edge', auth, {
            method: target.route.method,
            url: `${path}?${query}`,
            ...bodyFor(target, auth, () => edge),
          });
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers every edge value in every form field without a 5xx', async () => {
    for (const target of targets) {
      if (target.route.method === 'GET' || target.fields.length === 0) continue;
      // Real ids in the path, so the value reaches the form's own rules.
      const path = pathFor(target.route.url, (name) =>
        name === 'lang' ? 'en' : name === '*' ? 'x' : realIdFor(target.route.url),
      );
      for (const auth of authsFor(target.route)) {
        for (const edge of EDGE_VALUES) {
          await send('edge-fields', auth, {
            method: target.route.method,
            url: path,
            ...bodyFor(target, auth, () => edge),
          });
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers broken multipart uploads with a localised 400', async () => {
    for (const url of ['/admin/media', '/api/v1/media']) {
      for (const [name, broken] of Object.entries(BROKEN_MULTIPART)) {
        for (const auth of url.startsWith('/api/')
          ? (['token', 'session'] as const)
          : (['session'] as const)) {
          const { contentType, body } = broken(
            auth === 'session' && url === '/admin/media' ? csrf : undefined,
          );
          await send(`multipart ${name}`, auth, {
            method: 'POST',
            url,
            payload: body,
            headers: { 'content-type': contentType },
          });
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers random input on random routes without a 5xx', async () => {
    const text = fc.oneof(
      fc.constantFrom(...EDGE_VALUES),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }).map(String),
      fc.double().map(String),
    );
    const json = fc.oneof(
      text,
      fc.integer(),
      fc.constantFrom(1e12, 2 ** 31, 2 ** 63, -1, 1.5, 0, null, true, [], {}),
      fc.dictionary(fc.string({ maxLength: 8 }), text, { maxKeys: 3 }),
    );
    const cases = fc.record({
      target: fc.constantFrom(...targets),
      params: fc.array(text, { minLength: 3, maxLength: 3 }),
      useRealIds: fc.boolean(),
      query: fc.dictionary(fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.string({ maxLength: 6 })), text, {
        maxKeys: 4,
      }),
      fields: fc.array(json, { minLength: 12, maxLength: 12 }),
      anonymous: fc.boolean(),
      language: fc.constantFrom(undefined, 'en', 'zh', 'vi'),
    });
    await fc.assert(
      fc.asyncProperty(cases, async (input) => {
        const { route } = input.target;
        let index = 0;
        const path = pathFor(route.url, (name) =>
          input.useRealIds && name !== '*'
            ? name === 'lang'
              ? 'en'
              : realIdFor(route.url)
            : encode(String(input.params[index++ % 3])),
        );
        const query = Object.entries(input.query)
          .map(([key, value]) => `${encode(key)}=${encode(String(value))}`)
          .join('&');
        const auth: Auth = input.anonymous ? 'anonymous' : (authsFor(route)[0] ?? 'anonymous');
        let field = 0;
        const body = bodyFor(input.target, auth, () => input.fields[field++ % 12]);
        await send('random', auth, {
          method: route.method,
          url: query ? `${path}?${query}` : path,
          ...body,
          headers: {
            ...(body.headers as Record<string, string>),
            ...(input.language ? { 'accept-language': input.language } : {}),
          },
        });
        return failures.length === 0;
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect(failures).toEqual([]);
    console.info(`fuzz: ${requests} requests over ${targets.length} routes`);
  });
});
