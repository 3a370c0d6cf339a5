import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Messages } from '../../i18n/index.ts';
import type { FieldErrors, FormReader } from '../../web/admin/form-kit.tsx';
import { rowId } from '../../web/admin/request.ts';
import { bodyFromInput, richTextMessage } from '../../web/rich-text-input.ts';
import type { FieldDef, FieldValue, ItemData } from './definition.ts';
import { selectableOptions } from './site-options.ts';

/**
 * Reading and checking a collection item's fields, the same for the admin form and the API:
 * text is NFC, control characters (NUL …) are refused, numbers must be whole and in range,
 * dates real, references must exist on the site. Nothing is stored unless every field passes.
 */

/** Characters no field may hold (C0 controls except tab and line feed, and DEL). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9+().\s-]{3,40}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Whole numbers fit a 32-bit INTEGER on both engines by default. */
const DEFAULT_MIN = -999_999_999;
const DEFAULT_MAX = 999_999_999;

/** The form input name of a field. */
export function inputName(field: FieldDef): string {
  return `d.${field.name}`;
}

/** The raw strings a form shows for an item's data (to fill a form, or refill it after errors). */
export type RawValues = Record<string, string>;

/** The form's strings for stored data. */
export function rawOf(fields: FieldDef[], data: ItemData): RawValues {
  const raw: RawValues = {};
  for (const field of fields) {
    const value = data[field.name];
    if (field.kind === 'person') {
      const person = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
      raw[field.name] = person.id ? String(person.id) : '';
      raw[`${field.name}.name`] = person.name ?? '';
    } else if (Array.isArray(value)) raw[field.name] = value.join('\n');
    else raw[field.name] = value === null || value === undefined ? '' : String(value);
  }
  return raw;
}

/** The strings a submitted form holds for the fields (NFC, line endings unified). */
export function rawFromForm(fields: FieldDef[], form: FormReader): RawValues {
  const raw: RawValues = {};
  for (const field of fields) {
    const max = field.kind === 'richText' ? 250_000 : 5_000;
    // Several values (checkboxes, a multiple select) travel as lines.
    if (field.kind === 'choices' || field.kind === 'attachments')
      raw[field.name] = form.list(inputName(field)).join('\n');
    else raw[field.name] = form.text(inputName(field), max);
    if (field.kind === 'person') raw[`${field.name}.name`] = form.text(`${inputName(field)}.name`, 5_000);
  }
  return raw;
}

/** A date the calendar has, between 1900 and 2100. */
function isRealDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2100) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function wholeNumber(value: string): number | undefined {
  return /^-?\d{1,12}$/.test(value) ? Number(value) : undefined;
}

interface CheckContext {
  db: Kysely<DB>;
  siteId: number;
  t: Messages;
  /** The item's stored data when editing: a retired option it already has stays allowed. */
  previous?: ItemData | undefined;
}

/** The values of a field the item already had (a retired choice may stay on it). */
function previousValues(ctx: CheckContext, field: FieldDef): string[] {
  const value = ctx.previous?.[field.name];
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? [value] : [];
}

async function itemExists(ctx: CheckContext, collection: string, id: number): Promise<boolean> {
  const row = await ctx.db
    .selectFrom('collection_items')
    .select('id')
    .where('id', '=', id)
    .where('site_id', '=', ctx.siteId)
    .where('type', '=', collection)
    .where('source_id', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

async function mediaExists(ctx: CheckContext, kind: 'image' | 'document', id: number): Promise<boolean> {
  const row = await ctx.db
    .selectFrom('media')
    .select('id')
    .where('id', '=', id)
    .where('site_id', '=', ctx.siteId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row !== undefined;
}

/** One field's value from its raw text, or the message saying what is wrong. */
async function checkField(
  ctx: CheckContext,
  field: FieldDef,
  raw: RawValues,
): Promise<{ value: FieldValue } | { error: string }> {
  const forms = ctx.t.adminForms;
  const kit = ctx.t.adminCollections;
  const text = (raw[field.name] ?? '').trim();
  const extra = field.kind === 'person' ? (raw[`${field.name}.name`] ?? '').trim() : '';
  if (CONTROL.test(text) || CONTROL.test(extra)) return { error: kit.textInvalid };
  if (text === '' && extra === '') return field.required ? { error: forms.required } : { value: null };
  switch (field.kind) {
    case 'text': {
      const max = field.maxLength ?? 500;
      if (text.length > max) return { error: forms.tooLong(max) };
      if (field.format === 'email' && !EMAIL.test(text)) return { error: forms.emailInvalid };
      if (field.format === 'tel' && !PHONE.test(text)) return { error: forms.phoneInvalid };
      if (field.format === 'url' && !/^https?:\/\/\S+$/.test(text)) return { error: kit.urlInvalid };
      return { value: text };
    }
    case 'richText': {
      const max = field.maxLength ?? 200_000;
      if (text.length > max) return { error: forms.tooLong(max) };
      const body = bodyFromInput(text);
      return body.ok ? { value: body.body } : { error: richTextMessage(ctx.t.richText, body.problem) };
    }
    case 'date':
      return isRealDate(text) ? { value: text } : { error: kit.dateInvalid };
    case 'number': {
      const min = field.min ?? DEFAULT_MIN;
      const max = field.max ?? DEFAULT_MAX;
      const value = wholeNumber(text);
      if (value === undefined) return { error: forms.notANumber };
      if (value < min || value > max) return { error: forms.outOfRange(min, max) };
      return { value };
    }
    case 'choice':
      return selectableOptions(field.options, previousValues(ctx, field)).some(
        (option) => option.value === text,
      )
        ? { value: text }
        : { error: forms.choiceInvalid };
    case 'relation': {
      const id = rowId(text);
      if (id === undefined || !(await itemExists(ctx, field.collection, id)))
        return { error: kit.itemMissing };
      return { value: id };
    }
    case 'person': {
      if (text !== '') {
        const id = rowId(text);
        if (id === undefined || !(await itemExists(ctx, field.collection, id)))
          return { error: kit.itemMissing };
        return { value: { id } };
      }
      if (extra.length > 200) return { error: forms.tooLong(200) };
      return { value: { name: extra } };
    }
    case 'choices': {
      const values = [...new Set(text.split('\n').map((value) => value.trim()))].filter(Boolean);
      const allowed = selectableOptions(field.options, previousValues(ctx, field));
      if (values.some((value) => !allowed.some((option) => option.value === value)))
        return { error: forms.choiceInvalid };
      if (values.length > (field.max ?? 50)) return { error: forms.outOfRange(1, field.max ?? 50) };
      // Stored in the options' order, so two forms with the same choices store the same list.
      return { value: field.options.map((option) => option.value).filter((value) => values.includes(value)) };
    }
    case 'attachments': {
      const ids: number[] = [];
      for (const line of text.split('\n')) {
        if (line.trim() === '') continue;
        const id = rowId(line.trim());
        if (id === undefined || !(await mediaExists(ctx, 'document', id))) return { error: kit.mediaMissing };
        if (!ids.includes(id)) ids.push(id);
      }
      if (ids.length > (field.max ?? 20)) return { error: forms.outOfRange(1, field.max ?? 20) };
      return ids.length === 0 && field.required ? { error: forms.required } : { value: ids };
    }
    case 'media':
    case 'attachment': {
      const id = rowId(text);
      const kind = field.kind === 'media' ? 'image' : 'document';
      if (id === undefined || !(await mediaExists(ctx, kind, id))) return { error: kit.mediaMissing };
      return { value: id };
    }
  }
}

/** Checks every field: the data to store, or the messages by field name (form names). */
export async function checkFields(
  ctx: CheckContext,
  fields: FieldDef[],
  raw: RawValues,
): Promise<{ ok: true; data: ItemData } | { ok: false; errors: FieldErrors }> {
  const data: ItemData = {};
  const errors: FieldErrors = {};
  for (const field of fields) {
    const result = await checkField(ctx, field, raw);
    if ('error' in result) errors[inputName(field)] = result.error;
    else data[field.name] = result.value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, data };
}
