import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB, LanguageCode } from '../../db/schema.ts';
import { messages } from '../../i18n/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AppServices } from '../../platform/services.ts';
import { actorOf, auditActorOf, originOf, sendProblem, siteOf } from '../api/api.context.ts';
import type { ApiInstance, ApiRoutes } from '../api/api.plugin.ts';
import { sendCacheable, toJson } from '../api/cacheable.ts';
import { errorResponses, operation } from '../api/openapi.ts';
import { type FieldProblem, FieldsError } from '../api/validation.ts';
import { type CollectionDef, editRoles, storedFields } from '../collections/definition.ts';
import { type RawValues, rawOf } from '../collections/fields.ts';
import { collectionRepository } from '../collections/repository.ts';
import { type Actor, canPublish, type SaveResult, saveItem, transitionItem } from '../collections/service.ts';
import type { ExtraValues } from '../collections/type-hooks.ts';
import { vocabularyWords } from './admin/vocabulary-messages.ts';
import {
  createBody,
  documentListSchema,
  documentRecordSchema,
  documentSchema,
  idParams,
  listQuery,
  patchBody,
  presentDocuments,
  readQuery,
  replaceBody,
  WRITABLE,
  type WritableName,
  type WriteBody,
} from './api-schema.ts';
import { readFilters, searchDocuments } from './public-list.tsx';
import { hasCode, siteVocabulary } from './site-vocabulary.ts';

/**
 * /api/v1/legal-documents: the registry's list with the public list's filters (the same query,
 * public-list.ts), one document, and writes with a `legal-documents:write` token through the
 * collection kit's commands — so validation, revisions, audit, the transaction and who may
 * publish are those of the admin form.
 */

const TAGS = ['legal-documents'];

/** The form's raw strings from a body: only the keys it holds are set (a PATCH keeps the rest). */
function rawFromBody(body: WriteBody, base: RawValues): RawValues {
  const raw = { ...base };
  for (const [name, field] of Object.entries(WRITABLE) as [WritableName, string][]) {
    if (!(name in body)) continue;
    const value = body[name];
    raw[field] =
      value === null || value === undefined ? '' : Array.isArray(value) ? value.join('\n') : String(value);
  }
  return raw;
}

/** The relations of a body as the relation rows of the form (a number, or an id). */
function relationsExtra(relations: NonNullable<WriteBody['relations']>): ExtraValues {
  const extra: ExtraValues = { 'rel.present': '1' };
  relations.forEach((relation, index) => {
    extra[`rel.kind.${index}`] = relation.kind;
    if (typeof relation.target === 'number') extra[`rel.id.${index}`] = String(relation.target);
    else extra[`rel.target.${index}`] = relation.target;
    extra[`rel.partial.${index}`] = relation.partial ? '1' : '';
    extra[`rel.note.${index}`] = relation.note ?? '';
  });
  return extra;
}

const FIELD_TO_API = new Map(Object.entries(WRITABLE).map(([name, field]) => [`d.${field}`, name]));

/** The body's name of a form input the kit or the type's checks name. */
function apiPath(key: string): string {
  const relation = /^rel\.(?:target|kind|id)\.(\d+)$/.exec(key);
  if (relation) return `relations.${relation[1]}.target`;
  return FIELD_TO_API.get(key) ?? '';
}

/** A refused save as the API answers it: 400 with the fields, 409 for a taken number or a stale version. */
function refusal(
  request: FastifyRequest,
  reply: FastifyReply,
  result: Extract<SaveResult, { ok: false }>,
  origin: string,
): FastifyReply {
  const { errors } = result;
  if (result.conflict) return sendProblem(request, reply, 'CONFLICT', errors._form);
  if (result.forbidden) {
    if (errors._form) return sendProblem(request, reply, 'FORBIDDEN', errors._form);
    throw new AppError('NOT_FOUND');
  }
  const duplicate = errors._duplicate;
  const fields: FieldProblem[] = Object.entries(errors)
    .filter(([key]) => key !== '_duplicate')
    .map(([key, message]) => ({
      path: apiPath(key),
      // The existing document's address goes with the refusal of a taken number.
      message: key === 'd.number' && duplicate ? `${message} ${origin}${duplicate}` : message,
    }));
  if (!duplicate) throw new FieldsError(fields);
  return reply
    .code(409)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send({
      error: {
        code: 'CONFLICT' as const,
        message: messages(request.lang).errors.validationBody,
        requestId: request.id,
        fields,
      },
    });
}

/**
 * The list's section, type and field must be codes of the site's own lists (its administrators
 * change them, so the schema cannot name them): an unknown one is a 400 naming the parameter.
 */
async function checkListCodes(
  db: Kysely<DB>,
  siteId: number,
  lang: LanguageCode,
  query: { section?: string | undefined; type?: string | undefined; field?: string | undefined },
): Promise<void> {
  const vocabulary = await siteVocabulary(db, siteId);
  const problems: FieldProblem[] = [];
  for (const [name, list] of [
    ['section', 'section'],
    ['type', 'type'],
    ['field', 'field'],
  ] as const) {
    const value = query[name];
    if (value !== undefined && !hasCode(vocabulary[list], value))
      problems.push({ path: name, message: vocabularyWords.unknownCode(value)[lang] });
  }
  if (problems.length > 0) throw new FieldsError(problems);
}

export function legalDocumentApi(def: CollectionDef): ApiRoutes {
  const WRITE = { access: { roles: editRoles(def), scope: 'legal-documents:write' } };
  return async (api: ApiInstance, services: AppServices) => {
    const repo = collectionRepository(services.db);

    /** The caller as the kit's commands see it: the token's owner with their role on the site. */
    const kitActor = (request: FastifyRequest): Actor => ({
      ...auditActorOf(request),
      role: actorOf(request, services).role?.role,
    });

    /** The stored record after a write, with the status and version to send back next time. */
    const record = async (request: FastifyRequest, id: number) => {
      const [found] = await presentDocuments(services.db, {
        siteId: siteOf(request).id,
        ids: [id],
        lang: 'vi',
        origin: originOf(request, services),
        publishedOnly: false,
      });
      if (!found) throw new AppError('NOT_FOUND');
      return found;
    };

    /** Publishes (or approves) after a save when asked and allowed; the answer on refusal. */
    const publishIfAsked = async (
      request: FastifyRequest,
      reply: FastifyReply,
      id: number,
      publish: boolean | undefined,
    ): Promise<FastifyReply | undefined> => {
      if (!publish) return undefined;
      const item = await repo.find(siteOf(request).id, def.type, id);
      const action =
        item?.status === 'draft' ? 'publish' : item?.status === 'pending_approval' ? 'approve' : undefined;
      if (!action) return undefined;
      const moved = await transitionItem(services, {
        def,
        siteId: siteOf(request).id,
        id,
        action,
        actor: kitActor(request),
        t: messages(request.lang),
      });
      return moved.ok ? undefined : sendProblem(request, reply, 'CONFLICT', moved.message);
    };

    /** Refuses `publish` before anything is written when the caller's role may not publish. */
    const mayPublish = (request: FastifyRequest, publish: boolean | undefined) =>
      !publish || canPublish(def, actorOf(request, services).role?.role);

    api.get(
      '/api/v1/legal-documents',
      {
        config: { access: 'public' },
        schema: {
          ...operation(
            TAGS,
            ['Danh sách văn bản đã công bố', 'Published legal documents'],
            [
              'Cùng bộ lọc với trang /van-ban; sắp xếp theo ngày ban hành, mới nhất trước. Ô q hiểu số ký hiệu như người dùng gõ.',
              'The same filters as the /van-ban page; sorted by date of issue, newest first. q understands numbers as people type them.',
            ],
          ),
          querystring: listQuery,
          response: { 200: documentListSchema, ...errorResponses(400) },
        },
      },
      async (request, reply) => {
        const site = siteOf(request);
        const { lang, page, perPage, year, ...rest } = request.query;
        await checkListCodes(services.db, site.id, request.lang, rest);
        // The public list's own reading of the filters and its query (shared, not copied).
        const filters = readFilters({
          ...rest,
          year: year === undefined ? '' : String(year),
          page: String(page),
        });
        const { rows, total } = await searchDocuments(services.db, site.id, lang, filters, perPage);
        const items = await presentDocuments(services.db, {
          siteId: site.id,
          ids: rows.map((row) => row.id),
          lang,
          origin: originOf(request, services),
          publishedOnly: true,
        });
        const data = { items, page, perPage, total, totalPages: Math.ceil(total / perPage) };
        return sendCacheable(request, reply, toJson(documentListSchema, data as never));
      },
    );

    api.get(
      '/api/v1/legal-documents/:id',
      {
        config: { access: 'public' },
        schema: {
          ...operation(
            TAGS,
            ['Một văn bản đã công bố', 'One published legal document'],
            [
              'Theo mã của bản tiếng Việt; lang chọn bản dịch đã công bố.',
              'By the Vietnamese original’s id; lang picks a published translation.',
            ],
          ),
          params: idParams,
          querystring: readQuery,
          response: { 200: documentSchema, ...errorResponses(400, 404) },
        },
      },
      async (request, reply) => {
        const site = siteOf(request);
        const [found] = await presentDocuments(services.db, {
          siteId: site.id,
          ids: [request.params.id],
          lang: request.query.lang,
          origin: originOf(request, services),
          publishedOnly: true,
        });
        if (!found) throw new AppError('NOT_FOUND');
        return sendCacheable(request, reply, toJson(documentSchema, found));
      },
    );

    api.post(
      '/api/v1/legal-documents',
      {
        config: WRITE,
        schema: {
          ...operation(
            TAGS,
            ['Tạo văn bản', 'Create a legal document'],
            [
              'Kiểm tra như biểu mẫu quản trị (ngày, số ký hiệu trùng, quan hệ); publish: true công bố ngay nếu vai trò được phép.',
              'Checked as the admin form is (dates, duplicate numbers, relations); publish: true publishes at once when the role may.',
            ],
          ),
          body: createBody,
          response: { 201: documentRecordSchema, ...errorResponses(400, 401, 403, 409, 413) },
        },
      },
      async (request, reply) => {
        const site = siteOf(request);
        const t = messages(request.lang);
        const body = request.body;
        if (!mayPublish(request, body.publish))
          return sendProblem(request, reply, 'FORBIDDEN', t.adminCollections.notAllowed);
        const result = await saveItem(services, {
          def,
          siteId: site.id,
          raw: rawFromBody(body, {}),
          extra: relationsExtra(body.relations ?? []),
          actor: kitActor(request),
          t,
        });
        if (!result.ok) return refusal(request, reply, result, originOf(request, services));
        const refused = await publishIfAsked(request, reply, result.id, body.publish);
        if (refused) return refused;
        return reply.code(201).send(await record(request, result.id));
      },
    );

    const update =
      (mode: 'put' | 'patch') =>
      async (
        request: FastifyRequest<{ Params: { id: number }; Body: WriteBody & { version: number } }>,
        reply: FastifyReply,
      ) => {
        const site = siteOf(request);
        const t = messages(request.lang);
        const body = request.body;
        const existing = await repo.find(site.id, def.type, request.params.id);
        // Translations are written in the admin; the API writes originals.
        if (!existing || existing.sourceId !== null) throw new AppError('NOT_FOUND');
        if (!mayPublish(request, body.publish))
          return sendProblem(request, reply, 'FORBIDDEN', t.adminCollections.notAllowed);
        if (existing.version !== body.version)
          return sendProblem(request, reply, 'CONFLICT', t.adminCollections.conflict);
        const extra =
          mode === 'put' || body.relations !== undefined
            ? relationsExtra(body.relations ?? [])
            : // Relations not sent: kept as stored (and a save without changes writes nothing).
              ((await def.hooks?.loadForm?.(services.db, existing)) ?? {});
        const result = await saveItem(services, {
          def,
          siteId: site.id,
          id: existing.id,
          raw: rawFromBody(body, mode === 'put' ? {} : rawOf(storedFields(def, false), existing.data)),
          version: body.version,
          extra,
          actor: kitActor(request),
          t,
        });
        if (!result.ok) return refusal(request, reply, result, originOf(request, services));
        const refused = await publishIfAsked(request, reply, result.id, body.publish);
        if (refused) return refused;
        return reply.send(await record(request, result.id));
      };

    const writeDoc = (summary: [string, string], detail: [string, string]) => ({
      ...operation(TAGS, summary, detail),
      params: idParams,
      response: { 200: documentRecordSchema, ...errorResponses(400, 401, 403, 404, 409, 413) },
    });

    api.put(
      '/api/v1/legal-documents/:id',
      {
        config: WRITE,
        schema: {
          ...writeDoc(
            ['Thay toàn bộ văn bản', 'Replace a legal document'],
            [
              'Gửi đủ các trường kèm version đã đọc; trường không gửi được để trống, quan hệ không gửi bị xóa.',
              'Send every field with the version you read; fields left out become empty, relations left out are removed.',
            ],
          ),
          body: replaceBody,
        },
      },
      update('put'),
    );

    api.patch(
      '/api/v1/legal-documents/:id',
      {
        config: WRITE,
        schema: {
          ...writeDoc(
            ['Sửa văn bản', 'Update a legal document'],
            [
              'Chỉ gửi các trường cần đổi, kèm version đã đọc (khóa lạc quan); relations nếu gửi thì thay toàn bộ.',
              'Send only the fields to change, with the version you read (optimistic locking); relations, when sent, replace all.',
            ],
          ),
          body: patchBody,
        },
      },
      update('patch'),
    );
  };
}
