import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import type { AppServices } from '../../platform/services.ts';
import { originOf, siteOf } from '../api/api.context.ts';
import type { ApiInstance, ApiRoutes } from '../api/api.plugin.ts';
import { sendCacheable, toJson } from '../api/cacheable.ts';
import { describe, errorResponses, operation } from '../api/openapi.ts';
import type { CollectionDef, FieldDef } from './definition.ts';
import { itemUrl } from './paths.ts';
import { collectionRepository, publicData, publishedWithData } from './repository.ts';

/** The JSON schema of one declared field's value, as the API returns it. */
function fieldSchema(field: FieldDef): z.ZodType {
  const label = describe(field.label.vi, field.label.en);
  switch (field.kind) {
    case 'number':
      return z.number().int().nullable().meta(label);
    case 'relation':
    case 'media':
    case 'attachment':
      return z.number().int().nullable().meta(label);
    case 'choices':
      return z.array(z.string()).nullable().meta(label);
    case 'attachments':
      return z.array(z.number().int()).nullable().meta(label);
    case 'person':
      return z
        .object({ id: z.number().int().optional(), name: z.string().optional() })
        .nullable()
        .meta(label);
    case 'choice':
      // A site's own options change at run time: the schema names only the declared defaults.
      if (field.optionsFor) return z.string().nullable().meta(label);
      return z
        .enum(field.options.map((option) => option.value) as [string, ...string[]])
        .nullable()
        .meta(label);
    default:
      return z.string().nullable().meta(label);
  }
}

/** Builds the /api/v1/{plural} read routes of a collection, with OpenAPI entries from its fields. */
function collectionApi(def: CollectionDef): ApiRoutes {
  const fields = z.object(Object.fromEntries(def.fields.map((field) => [field.name, fieldSchema(field)])));
  const item = z
    .object({
      id: z.number().int(),
      originalId: z.number().int().meta(describe('Mã bản gốc tiếng Việt', 'Id of the Vietnamese original')),
      lang: z.enum(['vi', 'en', 'zh']),
      title: z.string(),
      slug: z.string(),
      url: z.string(),
      updatedAt: z.string(),
      fields,
    })
    .meta({ id: `Collection_${def.type}`, ...describe(def.itemName.vi, def.itemName.en) });
  const list = z.object({ items: z.array(item) });
  const query = z.object({ lang: z.enum(['vi', 'en', 'zh']).default('vi') });
  const params = z.object({ id: z.coerce.number().int().positive().max(999_999_999) });
  const tags = [def.plural];
  return async (api: ApiInstance, services: AppServices) => {
    const present = (
      origin: string,
      entry: {
        item: Awaited<ReturnType<typeof publishedWithData>>[number]['item'];
        data: Record<string, unknown>;
      },
    ) => ({
      id: entry.item.id,
      originalId: entry.item.sourceId ?? entry.item.id,
      lang: entry.item.lang,
      title: entry.item.title,
      slug: entry.item.slug,
      url: origin + itemUrl(def, entry.item.lang, entry.item.slug),
      updatedAt: entry.item.updatedAt,
      fields: Object.fromEntries(def.fields.map((field) => [field.name, entry.data[field.name] ?? null])),
    });
    api.get(
      `/api/v1/${def.plural}`,
      {
        config: { access: 'public' },
        schema: {
          ...operation(tags, [`${def.name.vi}: danh sách đã xuất bản`, `${def.name.en}: the published list`]),
          querystring: query,
          response: { 200: list, ...errorResponses(400) },
        },
      },
      async (request, reply) => {
        const site = siteOf(request);
        const rows = await publishedWithData(services.db, def, site.id, request.query.lang);
        const origin = originOf(request, services);
        return sendCacheable(
          request,
          reply,
          toJson(list, { items: rows.map((row) => present(origin, row)) as never }),
        );
      },
    );
    api.get(
      `/api/v1/${def.plural}/:id`,
      {
        config: { access: 'public' },
        schema: {
          ...operation(tags, [`${def.name.vi}: một mục đã xuất bản`, `${def.name.en}: one published item`]),
          params,
          response: { 200: item, ...errorResponses(400, 404) },
        },
      },
      async (request, reply) => {
        const site = siteOf(request);
        const repo = collectionRepository(services.db);
        const found = await repo.find(site.id, def.type, request.params.id);
        if (found?.status !== 'published') throw new AppError('NOT_FOUND');
        const source = found.sourceId ? (await repo.byIds([found.sourceId]))[0] : undefined;
        const data = publicData(def, found, source);
        return sendCacheable(
          request,
          reply,
          toJson(item, present(originOf(request, services), { item: found, data }) as never),
        );
      },
    );
  };
}

/**
 * The API route modules of the given collections (passed to apiRoutes in app.ts): a type's own
 * (its `api` hook) or the kit's generic reads.
 */
export function collectionApiRoutes(defs: CollectionDef[]): ApiRoutes[] {
  return defs.map((def) => def.hooks?.api?.(def) ?? collectionApi(def));
}
