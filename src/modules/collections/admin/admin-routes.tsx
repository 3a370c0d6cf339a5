import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LanguageCode } from '../../../db/schema.ts';
import { isLanguage } from '../../../i18n/index.ts';
import { AppError } from '../../../platform/errors.ts';
import type { AppServices } from '../../../platform/services.ts';
import { type AdminContext, adminContext } from '../../../web/admin/admin-context.ts';
import { auditActor, type FieldErrors, readForm, sendHtml } from '../../../web/admin/form-kit.tsx';
import { idParam, siteIdOf } from '../../../web/admin/request.ts';
import { csrfFromFirstPart } from '../../media/upload.ts';
import { type CollectionDef, editRoles, storedFields } from '../definition.ts';
import { type RawValues, rawFromForm, rawOf } from '../fields.ts';
import { type CollectionItem, collectionRepository, publicData } from '../repository.ts';
import {
  type Actor,
  deleteItem,
  saveItem,
  type Transition,
  transitionItem,
  translateItem,
} from '../service.ts';
import { siteDefinition } from '../site-options.ts';
import type { ExtraValues } from '../type-hooks.ts';
import { adminBase, CollectionFormPage, CollectionListPage } from './admin-views.tsx';
import {
  attachmentOptions,
  readPostedForm,
  searchTerms,
  stayOnForm,
  storeUploads,
} from './attachments-form.ts';
import type { FieldOptions } from './form-fields.tsx';

type Query = Record<string, unknown>;
const TRANSITIONS: Transition[] = ['submit', 'approve', 'return', 'publish', 'unpublish'];

function langParam(value: unknown): LanguageCode {
  return typeof value === 'string' && isLanguage(value) ? value : 'vi';
}

function actorOf(request: FastifyRequest, ctx: AdminContext): Actor {
  const { actorId, actorLabel, ip } = auditActor(request);
  return { actorId, actorLabel, ip, role: ctx.role?.role };
}

/** Choices for the form's relation, person, media and attachment fields. */
async function fieldOptions(
  services: AppServices,
  def: CollectionDef,
  siteId: number,
  form: { raw: RawValues; terms: Record<string, string>; lang: AdminContext['lang'] },
): Promise<FieldOptions> {
  const options: FieldOptions = {};
  const repo = collectionRepository(services.db);
  for (const field of def.fields) {
    if (field.kind === 'relation' || field.kind === 'person') {
      const items = await repo.originals(siteId, field.collection);
      options[field.name] = items.map((item) => ({ value: String(item.id), label: item.title }));
    } else if (field.kind === 'attachments') {
      // The files attached and, after a search, the matching ones: never the whole library.
      const term = form.terms[field.name];
      const found = await attachmentOptions(services, siteId, form.raw[field.name] ?? '', term, form.lang);
      options[field.name] = found.attached;
      if (found.found) options[`${field.name}.found`] = found.found;
    } else if (field.kind === 'media' || field.kind === 'attachment') {
      const rows = await services.db
        .selectFrom('media')
        .select(['id', 'original_name', 'alt'])
        .where('site_id', '=', siteId)
        .where('kind', '=', field.kind === 'media' ? 'image' : 'document')
        .orderBy('id', 'desc')
        .limit(300)
        .execute();
      options[field.name] = rows.map((row) => ({
        value: String(row.id),
        label: row.alt ? `${row.alt} (${row.original_name})` : row.original_name,
      }));
    }
  }
  return options;
}

/**
 * The admin screens of one collection under /admin/{plural}: list, new, edit, workflow,
 * translations and delete, for the roles the declaration names (CSRF by the access hook).
 */
export async function collectionAdminRoutes(
  app: FastifyInstance,
  services: AppServices,
  def: CollectionDef,
): Promise<void> {
  const base = adminBase(def);
  // The item form may be multipart (files for its attachments fields): its CSRF field comes first.
  const access = { config: { access: { roles: editRoles(def) } }, preValidation: csrfFromFirstPart };

  async function formPage(
    request: FastifyRequest,
    reply: FastifyReply,
    input: {
      item?: CollectionItem;
      raw: RawValues;
      extra?: ExtraValues;
      errors?: FieldErrors;
      actionError?: string;
      status?: number;
      /** Search terms of the attachments fields' search boxes. */
      terms?: Record<string, string>;
    },
  ) {
    const ctx = adminContext(request, reply, services);
    const siteId = siteIdOf(request);
    const repo = collectionRepository(services.db);
    const item = input.item;
    const source = item?.sourceId ? await repo.find(siteId, def.type, item.sourceId) : undefined;
    const page = (
      <CollectionFormPage
        ctx={ctx}
        def={await siteDefinition(services.db, siteId, def)}
        raw={input.raw}
        extra={
          input.extra ??
          (item && item.sourceId === null && def.hooks?.loadForm
            ? await def.hooks.loadForm(services.db, item)
            : {})
        }
        errors={input.errors ?? {}}
        options={
          await fieldOptions(services, def, siteId, {
            raw: input.raw,
            terms: input.terms ?? {},
            lang: ctx.lang,
          })
        }
        terms={input.terms ?? {}}
        done={(request.query as Query).done}
        {...(item
          ? {
              item,
              translations: item.sourceId ? [] : await repo.translations(item.id),
              revisions: await repo.revisions(item.id),
            }
          : {})}
        {...(source ? { source } : {})}
        {...(input.actionError ? { actionError: input.actionError } : {})}
      />
    );
    return sendHtml(reply, page, input.status ?? 200);
  }

  async function loadOr404(request: FastifyRequest): Promise<CollectionItem> {
    const item = await collectionRepository(services.db).find(siteIdOf(request), def.type, idParam(request));
    if (!item) throw new AppError('NOT_FOUND');
    return item;
  }

  app.get(base, access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const query = request.query as Query;
    const lang = langParam(query.lang);
    const filters: Record<string, string> = {};
    for (const name of def.filters ?? [])
      if (typeof query[name] === 'string' && query[name]) filters[name] = query[name] as string;
    const repo = collectionRepository(services.db);
    const listed = await repo.list(siteIdOf(request), def.type, lang);
    // A translation shows its original's shared fields (phone, head …) in the columns too.
    const sourceIds = listed.flatMap((item) => (item.sourceId ? [item.sourceId] : []));
    const sources = new Map((await repo.byIds(sourceIds)).map((item) => [item.id, item]));
    const all = listed.map((item) => ({
      ...item,
      data: publicData(def, item, item.sourceId ? sources.get(item.sourceId) : undefined),
    }));
    const items = all.filter((item) =>
      Object.entries(filters).every(([name, value]) => item.data[name] === value),
    );
    const titles = new Map<number, string>();
    for (const field of def.fields)
      if ((field.kind === 'relation' || field.kind === 'person') && (def.columns ?? []).includes(field.name))
        for (const target of await repo.originals(siteIdOf(request), field.collection))
          titles.set(target.id, target.title);
    return sendHtml(
      reply,
      <CollectionListPage
        ctx={ctx}
        def={await siteDefinition(services.db, siteIdOf(request), def)}
        lang={lang}
        items={items}
        filters={filters}
        titles={titles}
        done={query.done}
      />,
    );
  });

  app.get(`${base}/new`, access, async (request, reply) => formPage(request, reply, { raw: {} }));

  app.post(base, access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const posted = await readPostedForm(request, services, def, siteIdOf(request), ctx.t);
    const form = posted.form;
    const raw = rawFromForm(def.fields, form);
    const extra = def.hooks?.readForm?.(form) ?? {};
    const terms = searchTerms(def, form);
    // A refused file: the form again, with what was typed, nothing stored.
    if (posted.refusedCount > 0)
      return formPage(request, reply, { raw, extra, terms, errors: posted.errors, status: 400 });
    await storeUploads(request, services, def, siteIdOf(request), posted, raw);
    // A search in the library or a file moved: the form again, the new files attached, unsaved.
    if (stayOnForm(def, form, raw)) return formPage(request, reply, { raw, extra, terms });
    const result = await saveItem(services, {
      def,
      siteId: siteIdOf(request),
      raw,
      extra,
      actor: actorOf(request, ctx),
      t: ctx.t,
    });
    if (result.ok) return reply.redirect(`${base}/${result.id}?done=created`, 303);
    if (result.forbidden) throw new AppError('FORBIDDEN');
    return formPage(request, reply, { raw, extra, errors: result.errors, status: 400 });
  });

  app.get(`${base}/:id`, access, async (request, reply) => {
    const item = await loadOr404(request);
    return formPage(request, reply, {
      item,
      raw: rawOf(storedFields(def, item.sourceId !== null), item.data),
    });
  });

  app.post(`${base}/:id`, access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const item = await loadOr404(request);
    const posted = await readPostedForm(request, services, def, item.siteId, ctx.t);
    const form = posted.form;
    const raw = rawFromForm(storedFields(def, item.sourceId !== null), form);
    const extra = item.sourceId === null ? (def.hooks?.readForm?.(form) ?? {}) : {};
    const terms = searchTerms(def, form);
    if (posted.refusedCount > 0)
      return formPage(request, reply, { item, raw, extra, terms, errors: posted.errors, status: 400 });
    await storeUploads(request, services, def, item.siteId, posted, raw);
    if (stayOnForm(def, form, raw)) return formPage(request, reply, { item, raw, extra, terms });
    const version = Number(form.text('version', 12));
    const result = await saveItem(services, {
      def,
      siteId: item.siteId,
      id: item.id,
      raw,
      ...(Number.isSafeInteger(version) && version > 0 ? { version } : {}),
      synced: form.checked('synced'),
      extra,
      actor: actorOf(request, ctx),
      t: ctx.t,
    });
    if (result.ok) return reply.redirect(`${base}/${item.id}?done=saved`, 303);
    if (result.forbidden && !result.errors._form) throw new AppError('NOT_FOUND');
    const current = result.conflict ? await loadOr404(request) : item;
    return formPage(request, reply, {
      item: current,
      raw,
      extra,
      errors: result.errors,
      status: result.conflict ? 409 : result.forbidden ? 403 : 400,
    });
  });

  app.post(`${base}/:id/transition`, access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const item = await loadOr404(request);
    const action = readForm(request.body).text('action', 20) as Transition;
    if (!TRANSITIONS.includes(action)) throw new AppError('BAD_REQUEST');
    const result = await transitionItem(services, {
      def,
      siteId: item.siteId,
      id: item.id,
      action,
      actor: actorOf(request, ctx),
      t: ctx.t,
    });
    if (result.ok) {
      const done = {
        submit: 'submitted',
        approve: 'published',
        publish: 'published',
        unpublish: 'unpublished',
        return: 'returned',
      }[action];
      return reply.redirect(`${base}/${item.id}?done=${done}`, 303);
    }
    if (result.notFound) throw new AppError('NOT_FOUND');
    return formPage(request, reply, {
      item,
      raw: rawOf(storedFields(def, item.sourceId !== null), item.data),
      actionError: result.message,
      status: 409,
    });
  });

  app.post(`${base}/:id/translations`, access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const item = await loadOr404(request);
    const lang = readForm(request.body).text('lang', 4);
    if (!isLanguage(lang)) throw new AppError('BAD_REQUEST');
    const result = await translateItem(services, {
      def,
      siteId: item.siteId,
      sourceId: item.id,
      lang,
      actor: actorOf(request, ctx),
      t: ctx.t,
    });
    if (result.ok) return reply.redirect(`${base}/${result.id}?done=translated`, 303);
    if (result.notFound) throw new AppError('NOT_FOUND');
    throw new AppError('FORBIDDEN');
  });

  app.post(`${base}/:id/delete`, access, async (request, reply) => {
    const ctx = adminContext(request, reply, services);
    const item = await loadOr404(request);
    const result = await deleteItem(services, {
      def,
      siteId: item.siteId,
      id: item.id,
      actor: actorOf(request, ctx),
      t: ctx.t,
    });
    if (result.ok) return reply.redirect(`${base}?lang=${result.lang}&done=deleted`, 303);
    if (result.notFound) throw new AppError('NOT_FOUND');
    throw new AppError('FORBIDDEN');
  });
}
