import type { Kysely } from 'kysely';
import type { DB, LanguageCode } from '../../../db/schema.ts';
import { enqueue, inTransaction } from '../../../platform/outbox.ts';
import type { AppServices } from '../../../platform/services.ts';
import type { FieldErrors, FormReader } from '../../../web/admin/form-kit.tsx';
import { appendAudit } from '../../audit/audit.ts';
import { isUniqueViolation } from '../../content/slug-rules.ts';
import { DEFAULT_LISTS, readList, type SiteEntry, type VocabularyList } from '../site-vocabulary.ts';
import { vocabularyWords as w } from './vocabulary-messages.ts';

/**
 * Changing a site's lists of the registry (types, sections, fields). Every change is checked in
 * its transaction against the list as stored, writes its audit entry there, and after the commit
 * drops the kit's memo of the site's options and purges its pages
 * (`collections.optionsChanged`). A refusal changes nothing. The first change to a list that is
 * still the built-in default stores the defaults first, in the same transaction.
 */

/** A code: lower-case ASCII letters and digits, hyphens between (a slug; stable once used). */
export const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CODE_MAX = 60;
export const NAME_MAX = 150;
/** Entries a list may hold. */
const ENTRIES_MAX = 200;
const CONTROL = /\p{Cc}/u;

export interface EntryValues {
  code: string;
  name_vi: string;
  name_en: string;
  name_zh: string;
}

export type ChangeAction = 'add' | 'rename' | 'up' | 'down' | 'retire' | 'restore' | 'delete';

type Actor = { actorId: number | null; actorLabel: string; ip: string };

export type ChangeOutcome = { ok: true } | { ok: false; errors: FieldErrors; status: 400 | 409 };

/** A check that failed inside the transaction: rolls it back. */
class Refusal extends Error {
  constructor(
    readonly errors: FieldErrors,
    readonly status: 400 | 409 = 400,
  ) {
    super('refused');
  }
}

/** The form's values, trimmed, spaces collapsed. */
export function readEntryForm(form: FormReader): EntryValues {
  const clean = (key: string, max: number) =>
    form
      .text(key, max)
      .trim()
      .replace(/[ \u00a0]+/g, ' ');
  return {
    code: clean('code', 1000),
    name_vi: clean('name_vi', 2000),
    name_en: clean('name_en', 2000),
    name_zh: clean('name_zh', 2000),
  };
}

/** The names' messages (and the code's, when adding); none when valid. */
export function checkEntry(values: EntryValues, lang: LanguageCode, withCode: boolean): FieldErrors {
  const errors: FieldErrors = {};
  if (withCode) {
    if (values.code === '') errors.code = w.codeRequired[lang];
    else if (values.code.length > CODE_MAX) errors.code = w.tooLong(CODE_MAX)[lang];
    else if (!CODE.test(values.code)) errors.code = w.codeInvalid[lang];
  }
  for (const key of ['name_vi', 'name_en', 'name_zh'] as const) {
    const value = values[key];
    if (CONTROL.test(value)) errors[key] = w.textInvalid[lang];
    else if (value.length > NAME_MAX) errors[key] = w.tooLong(NAME_MAX)[lang];
  }
  if (!errors.name_vi && values.name_vi === '') errors.name_vi = w.required[lang];
  return errors;
}

/** How many documents (drafts included) use each code of a list. */
export async function usageCounts(
  db: Kysely<DB>,
  siteId: number,
  list: VocabularyList,
): Promise<Map<string, number>> {
  const rows =
    list === 'field'
      ? await db
          .selectFrom('legal_document_fields as f')
          .innerJoin('legal_documents as d', 'd.item_id', 'f.item_id')
          .select(['f.field_code as code', (eb) => eb.fn.countAll().as('n')])
          .where('d.site_id', '=', siteId)
          .groupBy('f.field_code')
          .execute()
      : await db
          .selectFrom('legal_documents')
          .select([
            list === 'type' ? 'type_code as code' : 'section_code as code',
            (eb) => eb.fn.countAll().as('n'),
          ])
          .where('site_id', '=', siteId)
          .groupBy(list === 'type' ? 'type_code' : 'section_code')
          .execute();
  return new Map(rows.map((row) => [row.code, Number(row.n)]));
}

/** Stores the built-in list for the site when it has no rows yet (the first change). */
async function ensureStored(
  trx: Kysely<DB>,
  input: { siteId: number; list: VocabularyList; actor: Actor; at: string },
): Promise<void> {
  const any = await trx
    .selectFrom('legal_document_vocabularies')
    .select('id')
    .where('site_id', '=', input.siteId)
    .where('list', '=', input.list)
    .limit(1)
    .executeTakeFirst();
  if (any) return;
  await trx
    .insertInto('legal_document_vocabularies')
    .values(
      DEFAULT_LISTS[input.list].map((entry, index) => ({
        site_id: input.siteId,
        list: input.list,
        code: entry.code,
        name_vi: entry.name.vi,
        name_en: entry.name.en,
        name_zh: entry.name.zh,
        position: index + 1,
        retired: 0,
        updated_by: input.actor.actorId,
        updated_at: input.at,
      })),
    )
    .execute();
}

const view = (entry: SiteEntry) => ({
  code: entry.code,
  name: entry.name,
  position: entry.position,
  retired: entry.retired,
});

/**
 * Applies one change to a site's list. `code` names the entry (for every action but `add`);
 * `values` carries the names (add, rename) and the new code (add).
 */
export async function changeVocabulary(
  services: AppServices,
  input: {
    siteId: number;
    list: VocabularyList;
    action: ChangeAction;
    code?: string;
    values?: EntryValues;
    lang: LanguageCode;
    actor: Actor;
  },
): Promise<ChangeOutcome> {
  const { siteId, list, action, lang } = input;
  const values = input.values;
  if (values) {
    const errors = checkEntry(values, lang, action === 'add');
    if (Object.keys(errors).length > 0) return { ok: false, errors, status: 400 };
  }
  const now = services.clock();
  const at = now.toISOString();
  try {
    await inTransaction(services, async (trx) => {
      await ensureStored(trx, { siteId, list, actor: input.actor, at });
      const entries = await readList(trx, siteId, list);
      const index = entries.findIndex((entry) => entry.code === input.code);
      const found = index >= 0 ? entries[index] : undefined;
      if (action !== 'add' && !found) throw new Refusal({ _form: w.missing[lang] });
      const names = values
        ? { vi: values.name_vi, en: values.name_en || values.name_vi, zh: values.name_zh || values.name_vi }
        : undefined;
      const sameName = (entry: SiteEntry) =>
        names !== undefined && entry.name.vi.toLocaleLowerCase('vi') === names.vi.toLocaleLowerCase('vi');
      const where = (code: string) =>
        trx
          .updateTable('legal_document_vocabularies')
          .where('site_id', '=', siteId)
          .where('list', '=', list)
          .where('code', '=', code);
      let after: unknown;
      switch (action) {
        case 'add': {
          const code = values?.code ?? '';
          if (entries.some((entry) => entry.code === code)) throw new Refusal({ code: w.duplicate[lang] });
          if (entries.some(sameName)) throw new Refusal({ name_vi: w.duplicateName[lang] });
          if (entries.length >= ENTRIES_MAX) throw new Refusal({ _form: w.tooMany(ENTRIES_MAX)[lang] });
          const position = Math.max(0, ...entries.map((entry) => entry.position)) + 1;
          await trx
            .insertInto('legal_document_vocabularies')
            .values({
              site_id: siteId,
              list,
              code,
              name_vi: names!.vi,
              name_en: names!.en,
              name_zh: names!.zh,
              position,
              retired: 0,
              updated_by: input.actor.actorId,
              updated_at: at,
            })
            .execute();
          after = { code, name: names, position, retired: false };
          break;
        }
        case 'rename': {
          if (entries.some((entry) => entry.code !== found!.code && sameName(entry)))
            throw new Refusal({ name_vi: w.duplicateName[lang] });
          await where(found!.code)
            .set({
              name_vi: names!.vi,
              name_en: names!.en,
              name_zh: names!.zh,
              updated_by: input.actor.actorId,
              updated_at: at,
            })
            .execute();
          after = { ...view(found!), name: names };
          break;
        }
        case 'up':
        case 'down': {
          const other = action === 'up' ? index - 1 : index + 1;
          if (other < 0 || other >= entries.length) return;
          const order = [...entries];
          [order[index], order[other]] = [order[other]!, order[index]!];
          // Positions 1…n in the new order; only the rows whose position changes are written.
          for (const [at_, entry] of order.entries())
            if (entry.position !== at_ + 1)
              await where(entry.code)
                .set({ position: at_ + 1, updated_by: input.actor.actorId, updated_at: at })
                .execute();
          after = { ...view(found!), position: other + 1 };
          break;
        }
        case 'retire': {
          if (found!.retired) return;
          if (entries.filter((entry) => !entry.retired).length <= 1)
            throw new Refusal({ _form: w.lastActive[lang] });
          await where(found!.code)
            .set({ retired: 1, updated_by: input.actor.actorId, updated_at: at })
            .execute();
          after = { ...view(found!), retired: true };
          break;
        }
        case 'restore': {
          if (!found!.retired) return;
          await where(found!.code)
            .set({ retired: 0, updated_by: input.actor.actorId, updated_at: at })
            .execute();
          after = { ...view(found!), retired: false };
          break;
        }
        case 'delete': {
          const used = (await usageCounts(trx, siteId, list)).get(found!.code) ?? 0;
          if (used > 0) throw new Refusal({ _form: w.inUseNoDelete(used)[lang] }, 409);
          if (!found!.retired && entries.filter((entry) => !entry.retired).length <= 1)
            throw new Refusal({ _form: w.lastActive[lang] });
          await trx
            .deleteFrom('legal_document_vocabularies')
            .where('site_id', '=', siteId)
            .where('list', '=', list)
            .where('code', '=', found!.code)
            .execute();
          break;
        }
      }
      await appendAudit(trx, {
        ...input.actor,
        siteId,
        action: `legal_document.vocabulary.${action}`,
        entityType: 'legal_document_vocabulary',
        entityId: `${list}:${found?.code ?? values?.code ?? ''}`,
        ...(found ? { before: view(found) } : {}),
        ...(after === undefined ? {} : { after }),
        at: now,
      });
      await enqueue(trx, { kind: 'collections.optionsChanged', siteId }, now);
    });
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, errors: error.errors, status: error.status };
    if (isUniqueViolation(error))
      return {
        ok: false,
        errors: action === 'add' ? { code: w.duplicate[lang] } : { _form: w.concurrent[lang] },
        status: 409,
      };
    throw error;
  }
  return { ok: true };
}
