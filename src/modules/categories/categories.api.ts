import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { LanguageCode, Role } from '../../db/schema.ts';
import { languages, messages } from '../../i18n/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AppServices } from '../../platform/services.ts';
import { readForm } from '../../web/admin/form-kit.tsx';
import { MAX_ID } from '../../web/admin/request.ts';
import { categoryUrl } from '../../web/urls.ts';
import { auditActorOf, originOf, sendProblem, siteOf } from '../api/api.context.ts';
import type { ApiInstance } from '../api/api.plugin.ts';
import { sendCacheable, toJson } from '../api/cacheable.ts';
import { describe, errorResponses, operation } from '../api/openapi.ts';
import { type FieldProblem, FieldsError } from '../api/validation.ts';
import { deleteCategory, formValuesOf, saveCategory } from './admin/categories-admin.service.ts';
import {
  type CategoryRecord,
  type CategoryRows,
  categoriesRepository,
  loadCategories,
} from './categories.repository.ts';

const editors: Role[] = ['admin', 'chief_editor'];
const WRITE = { access: { roles: editors, scope: 'categories:write' } };

const publicText = z.object({ name: z.string(), slug: z.string(), description: z.string(), url: z.string() });
const publicNames = z
  .object({ vi: publicText.optional(), en: publicText.optional(), zh: publicText.optional() })
  .meta(
    describe(
      'Tên theo ngôn ngữ (chỉ các ngôn ngữ có tên)',
      'Names by language (only languages that have one)',
    ),
  );

interface CategoryNode {
  id: number;
  parentId: number | null;
  position: number;
  showInMenu: boolean;
  names: z.input<typeof publicNames>;
  children: CategoryNode[];
}

const categoryNode: z.ZodType<CategoryNode> = z
  .object({
    id: z.number().int(),
    parentId: z.number().int().nullable(),
    position: z.number().int(),
    showInMenu: z.boolean(),
    names: publicNames,
    get children() {
      return z.array(categoryNode);
    },
  })
  .meta({
    id: 'CategoryNode',
    ...describe('Một chuyên mục và các chuyên mục con', 'A category and its sub-categories'),
  });

const categoryTree = z.object({ items: z.array(categoryNode) });

const text = z.strictObject({
  name: z.string().min(1).max(200),
  slug: z
    .string()
    .max(120)
    .optional()
    .meta(describe('Để trống để tạo từ tên', 'Leave empty to make it from the name')),
  description: z.string().max(1000).optional(),
});

const namesInput = z
  .strictObject({ vi: text, en: text.nullable().optional(), zh: text.nullable().optional() })
  .meta(
    describe(
      'Tên tiếng Việt bắt buộc; null để bỏ một ngôn ngữ',
      'Vietnamese required; null removes a language',
    ),
  );

const categoryCreate = z.strictObject({
  parentId: z.number().int().positive().nullable().optional(),
  position: z
    .number()
    .int()
    .min(0)
    .max(999_999)
    .optional()
    .meta(describe('Số nhỏ đứng trước; bỏ trống để xếp cuối', 'Smaller first; omit to put it last')),
  showInMenu: z.boolean().optional(),
  names: namesInput,
});

const categoryUpdate = categoryCreate.extend({
  names: z
    .strictObject({ vi: text.optional(), en: text.nullable().optional(), zh: text.nullable().optional() })
    .optional(),
});

const storedText = z.object({ name: z.string(), slug: z.string(), description: z.string() });
const categoryRecord = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  position: z.number().int(),
  showInMenu: z.boolean(),
  names: z.object({ vi: storedText.optional(), en: storedText.optional(), zh: storedText.optional() }),
});

const idParams = z.object({ id: z.coerce.number().int().positive().max(MAX_ID) });

/** The public tree: every category with its names in each language, children nested. */
export function categoryTreeOf(data: CategoryRows, origin: string): CategoryNode[] {
  const nodes = new Map<number, CategoryNode>();
  for (const row of data.rows) {
    nodes.set(row.id, {
      id: row.id,
      parentId: row.parent_id,
      position: row.position,
      showInMenu: row.show_in_menu === 1,
      names: {},
      children: [],
    });
  }
  for (const entry of data.texts) {
    const node = nodes.get(entry.category_id);
    if (!node) continue;
    const lang = entry.lang as LanguageCode;
    node.names[lang] = {
      name: entry.name,
      slug: entry.slug,
      description: entry.description,
      url: origin + categoryUrl(lang, entry.slug),
    };
  }
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function present(record: CategoryRecord) {
  return {
    id: record.id,
    parentId: record.parentId,
    position: record.position,
    showInMenu: record.showInMenu,
    names: Object.fromEntries(
      languages.flatMap((lang) => {
        const entry = record.texts[lang];
        return entry ? [[lang, entry]] : [];
      }),
    ),
  };
}

type CategoryJson = z.output<typeof categoryUpdate>;

/** The category form the admin screens use, filled from the JSON over the stored values. */
function formOf(json: CategoryJson, existing: CategoryRecord | undefined): Record<string, string> {
  const values = formValuesOf(existing);
  values.show_in_menu = (json.showInMenu ?? existing?.showInMenu) ? '1' : '';
  if (json.parentId !== undefined) values.parent_id = json.parentId === null ? '' : String(json.parentId);
  if (json.position !== undefined) values.position = String(json.position);
  for (const lang of languages) {
    const entry = json.names?.[lang];
    if (entry === undefined) continue;
    if (entry === null) {
      for (const field of ['name', 'slug', 'description']) values[`${field}_${lang}`] = '';
      continue;
    }
    values[`name_${lang}`] = entry.name;
    // A renamed category keeps its address unless a new slug is given.
    if (entry.slug !== undefined) values[`slug_${lang}`] = entry.slug;
    if (entry.description !== undefined) values[`description_${lang}`] = entry.description;
  }
  return values;
}

/** Form field names (name_vi, parent_id) as API paths (names.vi.name, parentId). */
function problemsOf(errors: Record<string, string>): FieldProblem[] {
  return Object.entries(errors).map(([key, message]) => {
    const text = /^(name|slug|description)_(vi|en|zh)$/.exec(key);
    if (text) return { path: `names.${text[2]}.${text[1]}`, message };
    if (key === 'parent_id') return { path: 'parentId', message };
    if (key === 'show_in_menu') return { path: 'showInMenu', message };
    return { path: key === '_form' ? '' : key, message };
  });
}

/** Categories: the public tree, and writes through the category admin service. */
export async function categoryApiRoutes(api: ApiInstance, services: AppServices): Promise<void> {
  api.get(
    '/api/v1/categories',
    {
      config: { access: 'public' },
      schema: {
        ...operation(
          ['categories'],
          ['Cây chuyên mục, tên theo từng ngôn ngữ', 'The category tree, names per language'],
        ),
        response: { 200: categoryTree },
      },
    },
    async (request, reply) => {
      const site = siteOf(request);
      const data = await categoriesRepository(services.db).allWithTexts(site.id);
      const items = categoryTreeOf(data, originOf(request, services));
      return sendCacheable(request, reply, toJson(categoryTree, { items }));
    },
  );

  const save = async (request: FastifyRequest, json: CategoryJson, id: number | undefined) => {
    const site = siteOf(request);
    const all = await loadCategories(services.db, site.id);
    const existing = id === undefined ? undefined : all.find((category) => category.id === id);
    if (id !== undefined && !existing) throw new AppError('NOT_FOUND');
    const result = await saveCategory(services, {
      siteId: site.id,
      ...(id !== undefined ? { id } : {}),
      form: readForm(formOf(json, existing)),
      t: messages(request.lang),
      actor: auditActorOf(request),
    });
    if (!result.ok) throw new FieldsError(problemsOf(result.errors));
    const saved = (await loadCategories(services.db, site.id)).find((category) => category.id === result.id);
    if (!saved) throw new AppError('NOT_FOUND');
    return present(saved);
  };

  api.post(
    '/api/v1/categories',
    {
      config: WRITE,
      schema: {
        ...operation(['categories'], ['Tạo chuyên mục', 'Create a category']),
        body: categoryCreate,
        response: { 201: categoryRecord, ...errorResponses(400, 401, 403, 413) },
      },
    },
    async (request, reply) => reply.code(201).send(await save(request, request.body, undefined)),
  );

  api.patch(
    '/api/v1/categories/:id',
    {
      config: WRITE,
      schema: {
        ...operation(
          ['categories'],
          ['Sửa chuyên mục', 'Update a category'],
          ['Chỉ gửi các trường cần đổi.', 'Send only the fields to change.'],
        ),
        params: idParams,
        body: categoryUpdate,
        response: { 200: categoryRecord, ...errorResponses(400, 401, 403, 404, 413) },
      },
    },
    async (request, reply) => reply.send(await save(request, request.body, request.params.id)),
  );

  api.delete(
    '/api/v1/categories/:id',
    {
      config: WRITE,
      schema: {
        ...operation(
          ['categories'],
          ['Xóa chuyên mục', 'Delete a category'],
          [
            'Chỉ xóa được chuyên mục không còn chuyên mục con và bài viết; nếu còn, trả 409.',
            'Only a category without sub-categories or articles; otherwise 409.',
          ],
        ),
        params: idParams,
        response: {
          204: z.null().meta(describe('Đã xóa, không có nội dung', 'Deleted, no content')),
          ...errorResponses(401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const site = siteOf(request);
      const result = await deleteCategory(services, {
        siteId: site.id,
        id: request.params.id,
        t: messages(request.lang),
        actor: auditActorOf(request),
      });
      if (!result) throw new AppError('NOT_FOUND');
      if (!result.ok) return sendProblem(request, reply, 'CONFLICT', result.reason);
      return reply.code(204).send(null);
    },
  );
}
