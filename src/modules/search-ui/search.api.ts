import { z } from 'zod';
import { messages } from '../../i18n/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AppServices } from '../../platform/services.ts';
import { siteOrigin } from '../../platform/sites/site.ts';
import { siteOf } from '../api/api.context.ts';
import type { ApiInstance } from '../api/api.plugin.ts';
import { sendCacheable, toJson } from '../api/cacheable.ts';
import { describe, errorResponses, operation } from '../api/openapi.ts';
import { FieldsError } from '../api/validation.ts';
import { categoriesRepository, categoryDescendants } from '../categories/categories.repository.ts';
import { searchSources } from '../search/registry.ts';
import { COUNT_CAP, searchDocuments } from '../search/search.service.ts';
import type { Segment } from '../search/snippet.ts';
import { suggestSpelling } from '../search/spelling.ts';
import { sitesInScope } from './search.routes.tsx';
import { MAX_PAGE, vietnamDayStart } from './search-params.ts';

/** Results a page of the API may hold (the page shows 10). */
export const MAX_PER_PAGE = 50;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string) => {
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isFinite(date.getTime()) && date.toISOString().startsWith(value);
};
const day = (vi: string, en: string) =>
  z
    .string()
    .regex(DAY)
    .refine(isDay)
    .optional()
    .meta({ ...describe(vi, en), format: 'date' });

const searchQuery = z.object({
  q: z
    .string()
    .min(1)
    .max(200)
    .meta(describe('Từ khóa (có dấu hoặc không dấu)', 'The words to find (with or without accents)')),
  type: z
    .string()
    .regex(/^[a-z][a-z0-9_-]{0,39}$/)
    .optional()
    .meta(describe('Loại nội dung (article, page, …)', 'Content type (article, page, …)')),
  category: z.coerce
    .number()
    .int()
    .positive()
    .max(999_999_999)
    .optional()
    .meta(describe('Mã chuyên mục (gồm cả chuyên mục con)', 'Category id (sub-categories included)')),
  lang: z
    .enum(['vi', 'en', 'zh', 'all'])
    .default('vi')
    .meta(describe('Ngôn ngữ của nội dung, hoặc all', 'Language of the content, or all')),
  scope: z
    .enum(['site', 'all'])
    .default('site')
    .meta(
      describe(
        'site: chỉ cổng này; all: cả các trang thành phần bên dưới',
        'site: this portal only; all: its component sites too',
      ),
    ),
  from: day('Đăng từ ngày (YYYY-MM-DD, giờ Việt Nam)', 'Published on or after (YYYY-MM-DD, Viet Nam time)'),
  to: day('Đăng đến hết ngày (YYYY-MM-DD)', 'Published on or before (YYYY-MM-DD)'),
  sort: z.enum(['relevance', 'date']).default('relevance'),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
  perPage: z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(10),
});

const resultSchema = z.object({
  title: z.string(),
  url: z.string().meta(describe('Địa chỉ đầy đủ', 'Absolute address')),
  type: z.string(),
  lang: z.enum(['vi', 'en', 'zh']),
  date: z.string().meta(describe('Thời điểm đăng (ISO 8601)', 'Published at (ISO 8601)')),
  snippet: z.string(),
  /** The snippet's marked words: [start, end) offsets in `snippet`. */
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
  file: z
    .object({ name: z.string(), url: z.string() })
    .nullable()
    .meta(
      describe(
        'Tệp đính kèm chứa đoạn trích (khi từ khóa nằm trong nội dung tệp)',
        'The attached file the snippet comes from (when the words are in its text)',
      ),
    ),
});

const searchResponse = z.object({
  q: z.string(),
  items: z.array(resultSchema),
  page: z.number().int(),
  perPage: z.number().int(),
  total: z
    .number()
    .int()
    .meta(describe(`Đếm tối đa ${COUNT_CAP}`, `Counted up to ${COUNT_CAP}`)),
  totalCapped: z.boolean(),
  totalPages: z.number().int(),
  didYouMean: z
    .string()
    .nullable()
    .meta(
      describe(
        'Từ khóa đã sửa lỗi gõ, tìm được nhiều hơn (khi tìm được ít hoặc không có)',
        'The query with its typing slips corrected, which finds more (when few or none were found)',
      ),
    ),
});

const plain = (segments: Segment[]) => segments.map((segment) => segment.text).join('');

function marks(segments: Segment[]): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const segment of segments) {
    if (segment.mark) out.push([at, at + segment.text.length]);
    at += segment.text.length;
  }
  return out;
}

/** GET /api/v1/search: the results page's search as JSON, for the province's other systems. */
export async function searchApiRoutes(api: ApiInstance, services: AppServices): Promise<void> {
  api.get(
    '/api/v1/search',
    {
      config: { access: 'public', longQuery: true },
      schema: {
        ...operation(
          ['search'],
          ['Tìm kiếm nội dung đã xuất bản', 'Search published content'],
          [
            'Như trang tìm kiếm: cùng bộ lọc, cùng thứ tự, có phân trang; liên kết theo tên miền đã cấu hình.',
            'As the search page: the same filters, order and paging; links use the configured host name.',
          ],
        ),
        querystring: searchQuery,
        response: { 200: searchResponse, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const site = siteOf(request);
      const query = request.query;
      const t = messages(request.lang).apiAdmin.validation;
      const problems: { path: string; message: string }[] = [];
      if (query.type && !searchSources().some((source) => source.type === query.type))
        problems.push({ path: 'type', message: t.invalid });
      if (query.from && query.to && query.from > query.to) problems.push({ path: 'to', message: t.invalid });
      const sites = query.scope === 'all' ? sitesInScope(services.sites.all(), site) : [site];
      let categoryIds: number[] | undefined;
      if (query.category !== undefined) {
        const all = await categoriesRepository(services.db).listForSite(
          site.id,
          query.lang === 'all' ? 'vi' : query.lang,
        );
        // A category of another site (or none) is refused, as a malformed one is.
        if (!all.some((entry) => entry.id === query.category))
          problems.push({ path: 'category', message: t.invalid });
        else categoryIds = categoryDescendants(all, query.category);
      }
      if (problems.length > 0) throw new FieldsError(problems);
      // While the index is being built at start, a partial answer would mislead.
      if (services.searchIndex.rebuilding) throw new AppError('SERVICE_UNAVAILABLE');
      const searchRequest = {
        q: query.q,
        siteIds: sites.map((item) => item.id),
        lang: query.lang === 'all' ? undefined : query.lang,
        types: query.type ? [query.type] : undefined,
        categoryIds,
        from: query.from ? vietnamDayStart(query.from) : undefined,
        to: query.to ? vietnamDayStart(query.to, true) : undefined,
        sort: query.sort,
        page: query.page,
        pageSize: query.perPage,
        now: services.clock().toISOString(),
      };
      const results = await searchDocuments(services.db, searchRequest);
      const corrected = await suggestSpelling(services.db, searchRequest, results.total);
      const origins = new Map<number, string>();
      const originFor = (siteId: number) => {
        let origin = origins.get(siteId);
        if (origin === undefined) {
          const other = services.sites.byId(siteId);
          origin = other ? siteOrigin(services, other) : siteOrigin(services, site);
          origins.set(siteId, origin);
        }
        return origin;
      };
      const data = {
        q: results.query.text,
        items: results.hits.map((hit) => ({
          title: plain(hit.title),
          url: `${originFor(hit.siteId)}${hit.url}`,
          type: hit.type,
          lang: hit.lang,
          date: hit.publishedAt,
          snippet: plain(hit.snippet),
          highlights: marks(hit.snippet),
          file: hit.file ? { name: hit.file.name, url: `${originFor(hit.siteId)}${hit.file.url}` } : null,
        })),
        page: query.page,
        perPage: query.perPage,
        total: results.total,
        totalCapped: results.totalCapped,
        totalPages: Math.ceil(results.available / query.perPage),
        didYouMean: corrected?.q ?? null,
      };
      return sendCacheable(request, reply, toJson(searchResponse, data));
    },
  );
}
