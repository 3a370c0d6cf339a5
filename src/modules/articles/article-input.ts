import { z } from 'zod';
import type { ArticleRow } from '../../db/schema.ts';
import type { Messages } from '../../i18n/index.ts';
import { roleNames } from '../../i18n/roles.ts';
import { describe } from '../api/openapi.ts';
import type { FieldProblem } from '../api/validation.ts';
import {
  type ArticleForm,
  type ArticleInput,
  articleFormOf,
  type FormErrors,
  parseForm,
  toLocalInput,
} from './article-form.ts';
import type { WorkflowAction } from './workflow.ts';

/**
 * Article writes through the API. The JSON is checked for shape here; the article's own rules
 * (required title, slug form, publication times, …) are the admin form's, applied by turning
 * the JSON into that form and parsing it with `parseForm`, so the two can never disagree.
 */

const isoTime = z.iso
  .datetime({ offset: true })
  .nullable()
  .meta(
    describe(
      'Thời điểm ISO 8601, ví dụ 2026-05-01T08:00:00+07:00',
      'ISO 8601 time, e.g. 2026-05-01T08:00:00+07:00',
    ),
  );

const body = z
  .union([
    z.looseObject({ type: z.literal('doc'), content: z.array(z.unknown()).optional() }),
    z.string().max(400_000),
  ])
  .meta(
    describe(
      'Nội dung: tài liệu ProseMirror/TipTap { "type": "doc", … } hoặc văn bản thuần (mỗi đoạn cách nhau một dòng trống)',
      'Body: a ProseMirror/TipTap document { "type": "doc", … } or plain text (paragraphs separated by a blank line)',
    ),
  );

const fields = {
  title: z.string().min(1).max(300),
  slug: z
    .string()
    .max(120)
    .meta(describe('Để trống để tạo từ tiêu đề', 'Leave empty to make it from the title')),
  lead: z.string().max(1000),
  categoryId: z.number().int().positive(),
  lang: z.enum(['vi', 'en', 'zh']),
  body,
  coverMediaId: z.number().int().positive().nullable(),
  coverAlt: z.string().max(300),
  coverCaption: z.string().max(500),
  byline: z.string().max(200),
  source: z.string().max(300),
  seoDescription: z.string().max(300),
  featured: z.boolean(),
  publishedAt: isoTime.meta(
    describe(
      `Thời điểm xuất bản (chỉ ${roleNames.vi.chief_editor}, ${roleNames.vi.admin})`,
      `Publication time (${roleNames.en.chief_editor} and ${roleNames.en.admin} only)`,
    ),
  ),
  unpublishAt: isoTime.meta(describe('Thời điểm tự động gỡ bài', 'Automatic take-down time')),
};

export const articleCreateSchema = z.strictObject({
  ...fields,
  slug: fields.slug.optional(),
  lead: fields.lead.optional(),
  lang: fields.lang.optional().meta(describe('Mặc định vi', 'Defaults to vi')),
  body: fields.body.optional(),
  coverMediaId: fields.coverMediaId.optional(),
  coverAlt: fields.coverAlt.optional(),
  coverCaption: fields.coverCaption.optional(),
  byline: fields.byline.optional(),
  source: fields.source.optional(),
  seoDescription: fields.seoDescription.optional(),
  featured: fields.featured.optional(),
  publishedAt: fields.publishedAt.optional(),
  unpublishAt: fields.unpublishAt.optional(),
});

export const articleUpdateSchema = z.strictObject({
  version: z
    .number()
    .int()
    .positive()
    .meta(
      describe(
        'Phiên bản đã đọc; khác phiên bản hiện tại thì trả 409 CONFLICT',
        'The version you read; 409 CONFLICT when it is no longer current',
      ),
    ),
  ...Object.fromEntries(Object.entries(fields).map(([key, schema]) => [key, schema.optional()])),
} as { version: z.ZodNumber } & { [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]> });

export type ArticleCreate = z.output<typeof articleCreateSchema>;
export type ArticlePatch = Partial<Omit<ArticleCreate, 'title' | 'categoryId'>> & {
  title?: string;
  categoryId?: number;
};

/** API action names; `approve` is the editor's "send for approval". */
export const apiActions = [
  'submit',
  'approve',
  'return',
  'publish',
  'schedule',
  'take_down',
  'archive',
  'unarchive',
] as const;
export type ApiAction = (typeof apiActions)[number];

export function serviceAction(action: ApiAction): WorkflowAction {
  return action === 'approve' ? 'send_for_approval' : action;
}

export function apiAction(action: WorkflowAction): ApiAction {
  return action === 'send_for_approval' ? 'approve' : action;
}

export const transitionSchema = z.strictObject({
  action: z
    .enum(apiActions)
    .meta(
      describe(
        'submit: gửi biên tập; approve: biên tập xong, chuyển Chờ duyệt; return: trả lại (cần reason); publish: xuất bản; schedule: hẹn giờ (at); take_down: gỡ bài (cần reason); archive: lưu trữ; unarchive: đưa về nháp',
        'submit: send for editing; approve: edited, send for approval; return: send back (needs reason); publish; schedule (at); take_down (needs reason); archive; unarchive: back to draft',
      ),
    ),
  reason: z.string().max(1000).optional(),
  at: z.iso
    .datetime({ offset: true })
    .optional()
    .meta(describe('Thời điểm hẹn giờ xuất bản (chỉ với schedule)', 'When to publish (schedule only)')),
});

const EMPTY_FORM: ArticleForm = {
  title: '',
  slug: '',
  lead: '',
  category_id: '',
  lang: 'vi',
  body: '',
  cover_media_id: '',
  cover_alt: '',
  cover_caption: '',
  byline: '',
  source: '',
  seo_description: '',
  featured: '',
  published_at: '',
  unpublish_at: '',
  reason: '',
  version: '',
};

const FORM_TO_API: Record<keyof ArticleForm, string> = {
  title: 'title',
  slug: 'slug',
  lead: 'lead',
  category_id: 'categoryId',
  lang: 'lang',
  body: 'body',
  cover_media_id: 'coverMediaId',
  cover_alt: 'coverAlt',
  cover_caption: 'coverCaption',
  byline: 'byline',
  source: 'source',
  seo_description: 'seoDescription',
  featured: 'featured',
  published_at: 'publishedAt',
  unpublish_at: 'unpublishAt',
  reason: 'reason',
  version: 'version',
};

/** Form errors (keyed by form field) as API field problems. */
export function formProblems(errors: FormErrors): FieldProblem[] {
  return Object.entries(errors)
    .filter((entry): entry is [keyof ArticleForm, string] => typeof entry[1] === 'string')
    .map(([key, message]) => ({ path: FORM_TO_API[key] ?? key, message }));
}

const exactTime = (value: string | null | undefined, fallback: string | null) =>
  value === undefined ? fallback : value === null ? null : new Date(value).toISOString();

/**
 * The validated input of a create (no `article`) or an update (over `article`): the JSON laid
 * over the article's form, parsed by the admin form's rules. Times keep their exact instant.
 */
export function articleInput(
  json: ArticlePatch,
  article: ArticleRow | undefined,
  t: Messages['articlesAdmin'],
  rich: Messages['richText'],
): { ok: true; input: ArticleInput } | { ok: false; problems: FieldProblem[] } {
  const form = article ? articleFormOf(article) : { ...EMPTY_FORM };
  const set = (key: keyof ArticleForm, value: string | undefined) => {
    if (value !== undefined) form[key] = value;
  };
  set('title', json.title);
  set('slug', json.slug);
  set('lead', json.lead);
  set('category_id', json.categoryId === undefined ? undefined : String(json.categoryId));
  set('lang', json.lang);
  if (json.body !== undefined)
    form.body = typeof json.body === 'string' ? json.body : JSON.stringify(json.body);
  if (json.coverMediaId !== undefined)
    form.cover_media_id = json.coverMediaId ? String(json.coverMediaId) : '';
  set('cover_alt', json.coverAlt);
  set('cover_caption', json.coverCaption);
  set('byline', json.byline);
  set('source', json.source);
  set('seo_description', json.seoDescription);
  if (json.featured !== undefined) form.featured = json.featured ? '1' : '';
  if (json.publishedAt !== undefined) form.published_at = toLocalInput(json.publishedAt);
  if (json.unpublishAt !== undefined) form.unpublish_at = toLocalInput(json.unpublishAt);
  const parsed = parseForm(form, t, rich);
  if (!parsed.ok) return { ok: false, problems: formProblems(parsed.errors) };
  return {
    ok: true,
    input: {
      ...parsed.input,
      publishedAt: exactTime(json.publishedAt, article?.published_at ?? null),
      unpublishAt: exactTime(json.unpublishAt, article?.unpublish_at ?? null),
    },
  };
}

/** The JSON of an article for the people who write it (never the workflow note or accounts). */
export const articleRecordSchema = z.object({
  id: z.number().int(),
  status: z.enum([
    'draft',
    'pending_edit',
    'pending_approval',
    'returned',
    'scheduled',
    'published',
    'taken_down',
    'archived',
  ]),
  version: z.number().int().meta(describe('Gửi lại khi sửa (PATCH)', 'Send it back when updating (PATCH)')),
  lang: z.enum(['vi', 'en', 'zh']),
  title: z.string(),
  slug: z.string(),
  lead: z.string(),
  categoryId: z.number().int(),
  body: z.record(z.string(), z.unknown()).nullable(),
  coverMediaId: z.number().int().nullable(),
  coverAlt: z.string(),
  coverCaption: z.string(),
  byline: z.string(),
  source: z.string(),
  seoDescription: z.string(),
  featured: z.boolean(),
  publishedAt: z.string().nullable(),
  unpublishAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: z
    .array(z.enum(apiActions))
    .meta(describe('Các bước quy trình bạn được làm lúc này', 'Workflow actions open to you now')),
});

export function presentRecord(
  article: ArticleRow,
  actions: WorkflowAction[],
): z.input<typeof articleRecordSchema> {
  let parsed: Record<string, unknown> | null = null;
  try {
    const value: unknown = JSON.parse(article.body);
    if (value && typeof value === 'object' && !Array.isArray(value))
      parsed = value as Record<string, unknown>;
  } catch {
    parsed = null;
  }
  return {
    id: article.id,
    status: article.status,
    version: article.version,
    lang: article.lang,
    title: article.title,
    slug: article.slug,
    lead: article.lead,
    categoryId: article.category_id,
    body: parsed,
    coverMediaId: article.cover_media_id,
    coverAlt: article.cover_alt,
    coverCaption: article.cover_caption,
    byline: article.byline,
    source: article.source,
    seoDescription: article.seo_description,
    featured: article.is_featured === 1,
    publishedAt: article.published_at,
    unpublishAt: article.unpublish_at,
    createdAt: article.created_at,
    updatedAt: article.updated_at,
    actions: actions.map(apiAction),
  };
}
