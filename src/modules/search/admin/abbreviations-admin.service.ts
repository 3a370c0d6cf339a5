import type { Messages } from '../../../i18n/index.ts';
import { enqueue, inTransaction } from '../../../platform/outbox.ts';
import type { AppServices } from '../../../platform/services.ts';
import type { FieldErrors, FormReader } from '../../../web/admin/form-kit.tsx';
import { appendAudit } from '../../audit/audit.ts';
import { isUniqueViolation } from '../../content/slug-rules.ts';
import { tokenize } from '../analyzer.ts';
import { BUILT_IN_ABBREVIATIONS, plainWords } from '../forgiving.ts';

/** Longest short form: longer "abbreviations" are words. */
export const SHORT_MAX = 20;
/** Longest full form (the longest department names fit). */
export const EXPANSION_MAX = 200;
/** Words of a full form at most: the indexer compares them word by word. */
const EXPANSION_WORDS_MAX = 16;
/** Entries per site at most. */
const ENTRIES_MAX = 500;

/** One letter or digit of any Latin-script alphabet (Vietnamese letters included), nothing else. */
const SHORT_FORM = /^[\p{Script=Latin}\p{Nd}]+$/u;
const CONTROL = /\p{Cc}/u;

/** A site's own entry as the admin screen shows it. */
export interface AbbreviationEntry {
  id: number;
  shortForm: string;
  expansion: string;
  updatedAt: string;
}

export interface AbbreviationValues {
  short_form: string;
  expansion: string;
}

type Actor = { actorId: number | null; actorLabel: string; ip: string };

/** The pair as the index compares it: plain abbreviation and plain words of its full form. */
const pairKey = (short: string, expansion: string) =>
  `${plainWords(short).join('')}|${plainWords(expansion).join(' ')}`;

const builtInKeys = new Set(BUILT_IN_ABBREVIATIONS.map(([short, long]) => pairKey(short, long)));

/** The site's own entries, by short form. */
export async function listAbbreviations(
  services: Pick<AppServices, 'db'>,
  siteId: number,
): Promise<AbbreviationEntry[]> {
  const rows = await services.db
    .selectFrom('search_abbreviations')
    .select(['id', 'short_form', 'expansion', 'updated_at'])
    .where('site_id', '=', siteId)
    .orderBy('short_form')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    shortForm: row.short_form,
    expansion: row.expansion,
    updatedAt: row.updated_at,
  }));
}

/** One entry of the site, or undefined (another site's entry is not found either). */
export async function findAbbreviation(
  services: Pick<AppServices, 'db'>,
  siteId: number,
  id: number,
): Promise<AbbreviationEntry | undefined> {
  return (await listAbbreviations(services, siteId)).find((entry) => entry.id === id);
}

/** Checks a form; returns the cleaned values and the field messages (none when valid). */
async function validate(
  services: Pick<AppServices, 'db'>,
  input: { siteId: number; form: FormReader; t: Messages; exceptId?: number },
): Promise<{ values: AbbreviationValues; errors: FieldErrors }> {
  const f = input.t.adminForms;
  const a = input.t.adminAbbreviations;
  const rawShort = input.form.text('short_form', 1000).trim();
  const rawExpansion = input.form.text('expansion', 2000).trim();
  const values = { short_form: rawShort, expansion: rawExpansion.replace(/[ \u00a0]+/g, ' ') };
  const errors: FieldErrors = {};

  const short = values.short_form;
  if (short === '') errors.short_form = f.required;
  else if (short.length > SHORT_MAX) errors.short_form = f.tooLong(SHORT_MAX);
  else if (!SHORT_FORM.test(short)) errors.short_form = a.shortFormInvalid;
  else if (!/\p{L}/u.test(short)) errors.short_form = a.shortFormNeedsLetter;
  else if (tokenize(short).length !== 1) errors.short_form = a.shortFormInvalid;

  const expansion = values.expansion;
  const words = plainWords(expansion);
  if (expansion === '') errors.expansion = f.required;
  else if (expansion.length > EXPANSION_MAX) errors.expansion = f.tooLong(EXPANSION_MAX);
  else if (CONTROL.test(expansion) || words.length === 0) errors.expansion = a.expansionInvalid;
  else if (words.length > EXPANSION_WORDS_MAX)
    errors.expansion = a.expansionTooManyWords(EXPANSION_WORDS_MAX);
  else if (!errors.short_form && plainWords(short).join('') === words.join(''))
    errors.expansion = a.sameAsShort;

  if (Object.keys(errors).length === 0) {
    const key = pairKey(short, expansion);
    const own = (await listAbbreviations(services, input.siteId)).filter(
      (entry) => entry.id !== input.exceptId,
    );
    if (builtInKeys.has(key)) errors.short_form = a.builtInDuplicate;
    else if (own.some((entry) => pairKey(entry.shortForm, entry.expansion) === key))
      errors.short_form = a.duplicate;
    else if (input.exceptId === undefined && own.length >= ENTRIES_MAX) errors._form = a.tooMany(ENTRIES_MAX);
  }
  return { values, errors };
}

type Outcome = { ok: true } | { ok: false; values: AbbreviationValues; errors: FieldErrors };

/** After the change commits: every instance drops the site's cached list; the site is reindexed. */
async function enqueueReindex(trx: Parameters<typeof enqueue>[0], siteId: number, at: Date) {
  await enqueue(trx, { kind: 'search.abbreviationsChanged', siteId }, at);
}

const auditView = (values: AbbreviationValues) => ({
  shortForm: values.short_form,
  expansion: values.expansion,
});

/** Adds an entry (validated; with its audit entry, in one transaction; then reindexes the site). */
export async function createAbbreviation(
  services: AppServices,
  input: { siteId: number; form: FormReader; t: Messages; actor: Actor },
): Promise<Outcome> {
  const { values, errors } = await validate(services, input);
  if (Object.keys(errors).length > 0) return { ok: false, values, errors };
  const now = services.clock();
  try {
    await inTransaction(services, async (trx) => {
      const row = await trx
        .insertInto('search_abbreviations')
        .values({
          site_id: input.siteId,
          short_form: values.short_form,
          expansion: values.expansion,
          created_by: input.actor.actorId,
          created_at: now.toISOString(),
          updated_by: input.actor.actorId,
          updated_at: now.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(trx, {
        ...input.actor,
        siteId: input.siteId,
        action: 'search.abbreviation.create',
        entityType: 'search_abbreviation',
        entityId: row.id,
        after: auditView(values),
        at: now,
      });
      await enqueueReindex(trx, input.siteId, now);
    });
  } catch (error) {
    return duplicateOutcome(error, values, input.t);
  }
  return { ok: true };
}

/** Two administrators writing the same pair at once: the second is told, as the form check would. */
function duplicateOutcome(error: unknown, values: AbbreviationValues, t: Messages): Outcome {
  if (!isUniqueViolation(error)) throw error;
  return { ok: false, values, errors: { short_form: t.adminAbbreviations.duplicate } };
}

/** Changes an entry of the site (as createAbbreviation); false when it does not exist. */
export async function updateAbbreviation(
  services: AppServices,
  input: { siteId: number; entry: AbbreviationEntry; form: FormReader; t: Messages; actor: Actor },
): Promise<Outcome> {
  const { values, errors } = await validate(services, { ...input, exceptId: input.entry.id });
  if (Object.keys(errors).length > 0) return { ok: false, values, errors };
  const now = services.clock();
  try {
    await inTransaction(services, async (trx) => {
      await trx
        .updateTable('search_abbreviations')
        .set({
          short_form: values.short_form,
          expansion: values.expansion,
          updated_by: input.actor.actorId,
          updated_at: now.toISOString(),
        })
        .where('id', '=', input.entry.id)
        .where('site_id', '=', input.siteId)
        .executeTakeFirstOrThrow();
      await appendAudit(trx, {
        ...input.actor,
        siteId: input.siteId,
        action: 'search.abbreviation.update',
        entityType: 'search_abbreviation',
        entityId: input.entry.id,
        before: { shortForm: input.entry.shortForm, expansion: input.entry.expansion },
        after: auditView(values),
        at: now,
      });
      await enqueueReindex(trx, input.siteId, now);
    });
  } catch (error) {
    return duplicateOutcome(error, values, input.t);
  }
  return { ok: true };
}

/** Deletes an entry of the site with its audit entry, then reindexes the site. */
export async function deleteAbbreviation(
  services: AppServices,
  input: { siteId: number; entry: AbbreviationEntry; actor: Actor },
): Promise<void> {
  const now = services.clock();
  await inTransaction(services, async (trx) => {
    await trx
      .deleteFrom('search_abbreviations')
      .where('id', '=', input.entry.id)
      .where('site_id', '=', input.siteId)
      .execute();
    await appendAudit(trx, {
      ...input.actor,
      siteId: input.siteId,
      action: 'search.abbreviation.delete',
      entityType: 'search_abbreviation',
      entityId: input.entry.id,
      before: { shortForm: input.entry.shortForm, expansion: input.entry.expansion },
      at: now,
    });
    await enqueueReindex(trx, input.siteId, now);
  });
}
