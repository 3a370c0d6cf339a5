import type { FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { Messages } from '../../../i18n/vi.ts';
import type { AppServices } from '../../../platform/services.ts';
import type { AdminContext } from '../../../web/admin/admin-context.ts';
import { type FieldErrors, type FormReader, readForm } from '../../../web/admin/form-kit.tsx';
import { refusalMessage } from '../../media/media.schemas.ts';
import { MEDIA_LIMITS, actorOf as mediaActorOf } from '../../media/media.service.ts';
import { formatBytes, typeLabel } from '../../media/media-views.tsx';
import { commitUploads, type Prepared, receiveForm, removeFiles } from '../../media/upload.ts';
import type { CollectionDef, FieldDef } from '../definition.ts';
import { inputName, type RawValues } from '../fields.ts';
import type { FieldOptions } from './form-fields.tsx';

/**
 * The attachments fields of a collection form: files uploaded in the same (multipart) post are
 * checked and stored by the media library's upload service, and the library is searched by name
 * instead of listed whole.
 */

/** Busboy limits of a collection form: the media library's file limits, a form's text fields. */
export const FORM_MULTIPART_LIMITS = {
  fileSize: MEDIA_LIMITS.documentBytes,
  files: MEDIA_LIMITS.files,
  fields: 400,
  fieldSize: 1024 * 1024,
  fieldNameSize: 200,
  parts: 420,
  headerPairs: 100,
};

const attachmentFields = (def: CollectionDef) => def.fields.filter((field) => field.kind === 'attachments');

/** The file input of an attachments field. */
export const uploadName = (field: FieldDef) => `${inputName(field)}.upload`;
/** The search box of an attachments field. */
export const findName = (field: FieldDef) => `${inputName(field)}.find`;

export interface PostedForm {
  form: FormReader;
  /** Checked files, staged but not recorded. */
  prepared: Prepared[];
  /** Refused files, by form field name. */
  errors: FieldErrors;
  refusedCount: number;
}

/** Reads a collection form post, url-encoded or multipart (with files for its attachments fields). */
export async function readPostedForm(
  request: FastifyRequest,
  services: AppServices,
  def: CollectionDef,
  siteId: number,
  t: Messages,
): Promise<PostedForm> {
  const fields = attachmentFields(def);
  if (!request.isMultipart() || fields.length === 0)
    return { form: readForm(request.body), prepared: [], errors: {}, refusedCount: 0 };
  const actor = mediaActorOf(request, services);
  const received = await receiveForm(request, services, actor, siteId, fields.map(uploadName));
  const refused = [...received.refused];
  const prepared: Prepared[] = [];
  for (const file of received.prepared) {
    // An attachments field holds documents; an image belongs in the library's image fields.
    if (file.values.kind === 'document') prepared.push(file);
    else {
      refused.push({ name: file.values.original_name, reason: 'type' });
      await removeFiles([file]);
    }
  }
  const errors: FieldErrors = {};
  if (refused.length > 0) {
    // The refusals are audited as an upload to the library would be; nothing else is recorded.
    await removeFiles(prepared);
    await commitUploads(services, actor, siteId, { prepared: [], refused });
    const first = fields[0] as FieldDef;
    errors[inputName(first)] = refused
      .map((refusal) => (refusal.name ? `${refusal.name}: ` : '') + refusalMessage(t, refusal))
      .join(' ');
  }
  return {
    form: readForm(received.fields),
    prepared: refused.length > 0 ? [] : prepared,
    errors,
    refusedCount: refused.length,
  };
}

/**
 * Records the checked files in the library (rows, audit, text extraction queued, files moved
 * into place) and adds them to their fields' raw values, after the files already attached.
 */
export async function storeUploads(
  request: FastifyRequest,
  services: AppServices,
  def: CollectionDef,
  siteId: number,
  posted: PostedForm,
  raw: RawValues,
): Promise<void> {
  if (posted.prepared.length === 0) return;
  const stored = await commitUploads(services, mediaActorOf(request, services), siteId, {
    prepared: posted.prepared,
    refused: [],
  });
  for (const field of attachmentFields(def)) {
    const ids = stored
      .filter((_file, index) => posted.prepared[index]?.input === uploadName(field))
      .map((file) => String(file.row.id));
    if (ids.length === 0) continue;
    raw[field.name] = [...(raw[field.name] ?? '').split('\n').filter(Boolean), ...ids].join('\n');
  }
}

/**
 * Whether the post only searched the library ("_find") or moved an attached file up or down
 * ("_move" = "{field}:{media id}:up|down", applied to the raw values here): the form is shown
 * again instead of saved.
 */
export function stayOnForm(def: CollectionDef, form: FormReader, raw: RawValues): boolean {
  const move = /^([a-z0-9_]{1,60}):(\d{1,12}):(up|down)$/.exec(form.text('_move', 100));
  if (move) {
    const [, name, id, direction] = move as unknown as [string, string, string, 'up' | 'down'];
    if (attachmentFields(def).some((field) => field.name === name)) {
      const ids = (raw[name] ?? '').split('\n').filter(Boolean);
      const at = ids.indexOf(id);
      const to = direction === 'up' ? at - 1 : at + 1;
      if (at >= 0 && to >= 0 && to < ids.length) {
        [ids[at], ids[to]] = [ids[to] as string, id];
        raw[name] = ids.join('\n');
      }
    }
    return true;
  }
  return form.text('_find', 10) !== '';
}

/** The search terms typed in the attachments fields' search boxes, by field name. */
export function searchTerms(def: CollectionDef, form: FormReader): Record<string, string> {
  const terms: Record<string, string> = {};
  for (const field of attachmentFields(def)) {
    const term = form.text(findName(field), 200).trim();
    if (term) terms[field.name] = term;
  }
  return terms;
}

const LIKE_SPECIAL = /[\\%_]/g;

/**
 * Options of an attachments field: the files attached (in their order), then the library's
 * documents whose name contains the search term (at most 20), never the whole library.
 */
export async function attachmentOptions(
  services: AppServices,
  siteId: number,
  attached: string,
  term: string | undefined,
  lang: AdminContext['lang'],
): Promise<{ attached: FieldOptions[string]; found: FieldOptions[string] | undefined }> {
  const ids = attached
    .split('\n')
    .map(Number)
    .filter((id) => Number.isSafeInteger(id) && id > 0);
  const columns = ['id', 'original_name', 'storage_key', 'bytes'] as const;
  const option = (row: { id: number; original_name: string; storage_key: string; bytes: number }) => ({
    value: String(row.id),
    label: row.original_name,
    detail: `${typeLabel(row)} · ${formatBytes(Number(row.bytes), lang)}`,
  });
  const rows =
    ids.length === 0
      ? []
      : await services.db
          .selectFrom('media')
          .select(columns)
          .where('site_id', '=', siteId)
          .where('kind', '=', 'document')
          .where('id', 'in', ids)
          .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const attachedOptions = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [option(row)] : [];
  });
  if (!term) return { attached: attachedOptions, found: undefined };
  const pattern = `%${term
    .normalize('NFC')
    .toLowerCase()
    .replace(LIKE_SPECIAL, (c) => `\\${c}`)}%`;
  const found = await services.db
    .selectFrom('media')
    .select(columns)
    .where('site_id', '=', siteId)
    .where('kind', '=', 'document')
    .where(sql<boolean>`lower(original_name) like ${pattern} escape '\\'`)
    .orderBy('id', 'desc')
    .limit(20)
    .execute();
  return { attached: attachedOptions, found: found.filter((row) => !ids.includes(row.id)).map(option) };
}
