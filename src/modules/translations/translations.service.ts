import type { Kysely } from 'kysely';
import type { DB, LanguageCode, PageRow, TranslatableType } from '../../db/schema.ts';
import { atomically } from '../../db/transaction.ts';
import type { Messages } from '../../i18n/index.ts';
import { inTransaction } from '../../platform/outbox.ts';
import type { AppServices } from '../../platform/services.ts';
import { appendAudit } from '../audit/audit.ts';
import { isUniqueViolation, pageSlugProblem } from '../content/slug-rules.ts';
import {
  parseSourceText,
  type SourceText,
  type TextField,
  textFields,
  untranslatedFields,
} from './source-text.ts';
import { loadItem, siblingsOf, type TranslatableItem, translationLinks } from './translations.repository.ts';

/**
 * "Thêm bản dịch" for articles, static pages and category names, and "Đã cập nhật theo bản gốc".
 * A translation is its own item in another language, linked to the version of the source it
 * follows (ADR 0007).
 */

/** Who acts, as the audit log records it. */
export interface AuditActor {
  actorId: number | null;
  actorLabel: string;
  ip: string;
}

/** Why a translation cannot be made. */
export type TranslateProblem = 'sameLanguage' | 'exists' | 'parentMissing';

export type TranslateResult =
  | { ok: true; id: number }
  | { ok: false; problem: TranslateProblem; existing?: TranslatableItem; parentTitle?: string };

/**
 * The rule all three types share: a translation goes into another language, and a language has
 * at most one version of an item.
 */
export function targetProblem(
  source: Pick<TranslatableItem, 'lang'>,
  target: LanguageCode,
  versions: TranslatableItem[],
): { problem: 'sameLanguage' | 'exists'; existing?: TranslatableItem } | undefined {
  if (source.lang === target) return { problem: 'sameLanguage' };
  const existing = versions.find((version) => version.lang === target);
  return existing ? { problem: 'exists', existing } : undefined;
}

/** Checks the target for an item that exists; undefined when the translation may be made. */
export async function checkTarget(
  db: Kysely<DB>,
  source: TranslatableItem,
  target: LanguageCode,
): Promise<Exclude<TranslateResult, { ok: true }> | undefined> {
  const refused = targetProblem(source, target, await siblingsOf(db, source));
  return refused ? { ok: false, ...refused } : undefined;
}

/** A free slug for a page among its siblings: the source's, or the source's with -2, -3, … */
async function freePageSlug(
  db: Kysely<DB>,
  input: { siteId: number; lang: LanguageCode; slug: string; parentId: number | null },
): Promise<string> {
  for (let n = 1; n < 100; n++) {
    const slug = n === 1 ? input.slug : `${input.slug}-${n}`;
    if (!(await pageSlugProblem(db, { ...input, slug }))) return slug;
  }
  return `${input.slug}-${Date.now()}`;
}

/**
 * Makes the `lang` version of a static page: a draft under the counterpart of its parent,
 * prefilled like an article translation. A page whose parent has no version in that language
 * yet is refused, so the page tree stays the same in every language.
 */
export async function translatePage(
  services: AppServices,
  input: { source: PageRow; lang: LanguageCode; actor: AuditActor; at: Date },
): Promise<TranslateResult> {
  const { source, lang } = input;
  const db = services.db;
  const sourceItem = await loadItem(db, 'page', source.id);
  if (!sourceItem) return { ok: false, problem: 'exists' };
  const refused = await checkTarget(db, sourceItem, lang);
  if (refused) return refused;
  let parentId: number | null = null;
  if (source.parent_id !== null) {
    const parent = await db
      .selectFrom('pages')
      .select(['title', 'translation_group'])
      .where('id', '=', source.parent_id)
      .executeTakeFirstOrThrow();
    const counterpart = await db
      .selectFrom('pages')
      .select('id')
      .where('site_id', '=', source.site_id)
      .where('translation_group', '=', parent.translation_group)
      .where('lang', '=', lang)
      .executeTakeFirst();
    if (!counterpart) return { ok: false, problem: 'parentMissing', parentTitle: parent.title };
    parentId = counterpart.id;
  }
  const slug = await freePageSlug(db, { siteId: source.site_id, lang, slug: source.slug, parentId });
  const now = input.at.toISOString();
  const fields = {
    site_id: source.site_id,
    parent_id: parentId,
    lang,
    translation_group: source.translation_group,
    title: source.title,
    slug,
    lead: source.lead,
    body: source.body,
    status: 'draft' as const,
    position: source.position,
    show_in_menu: source.show_in_menu,
    seo_description: source.seo_description,
    published_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  let id: number;
  try {
    // The page, its revision, its link and its audit entry commit together.
    id = await inTransaction(services, async (trx) => {
      const row = await trx.insertInto('pages').values(fields).returning('id').executeTakeFirstOrThrow();
      await trx
        .insertInto('revisions')
        .values({
          site_id: source.site_id,
          entity_type: 'page',
          entity_id: row.id,
          version: 1,
          data: JSON.stringify(fields),
          created_by: input.actor.actorId,
          created_at: now,
          note: 'translate',
        })
        .execute();
      await translationLinks(trx).insert({
        item: { type: 'page', id: row.id, lang, siteId: source.site_id },
        source: sourceItem,
        userId: input.actor.actorId,
        at: input.at,
      });
      await appendAudit(trx, {
        ...input.actor,
        siteId: source.site_id,
        action: 'page.translate',
        entityType: 'page',
        entityId: row.id,
        after: {
          title: fields.title,
          lang,
          status: fields.status,
          sourceId: source.id,
          sourceLang: source.lang,
          sourceVersion: source.version,
        },
        at: input.at,
      });
      return row.id;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return (await checkTarget(db, sourceItem, lang)) ?? { ok: false, problem: 'exists' };
  }
  return { ok: true, id };
}

/**
 * "Đã cập nhật theo bản gốc": the translation now follows the source's current version. False
 * when the item is not a translation made here (no link) or its source is gone.
 */
export async function markSynced(
  db: Kysely<DB>,
  input: { type: TranslatableType; itemId: number; lang: LanguageCode; actor: AuditActor; at: Date },
): Promise<boolean> {
  return atomically(db, async (trx) => {
    const links = translationLinks(trx);
    const link = await links.find(input.type, input.itemId, input.lang);
    if (!link) return false;
    const source = await loadItem(trx, input.type, link.source_id, link.source_lang);
    if (!source) return false;
    await links.sync(link, source, input.actor.actorId, input.at);
    await appendAudit(trx, {
      ...input.actor,
      siteId: link.site_id,
      action: 'translation.synced',
      entityType: input.type,
      entityId: input.itemId,
      before: { lang: link.lang, sourceVersion: link.source_version, staleSince: link.stale_since },
      after: { lang: link.lang, sourceId: source.id, sourceLang: source.lang, sourceVersion: source.version },
      at: input.at,
    });
    return true;
  });
}

/**
 * The fields of this translation that still hold the text they were copied from (or the
 * source's current text), in form order. Such a draft may be saved but not sent on or published.
 */
export async function stillSourceFields(
  db: Kysely<DB>,
  input: { type: TranslatableType; itemId: number; lang: LanguageCode; text: SourceText },
): Promise<TextField[]> {
  const link = await translationLinks(db).find(input.type, input.itemId, input.lang);
  if (!link) return [];
  const copied = untranslatedFields(input.text, parseSourceText(link.source_text));
  const source = await loadItem(db, input.type, link.source_id, link.source_lang);
  const current = source ? untranslatedFields(input.text, source.text) : [];
  return textFields[input.type].filter((field) => copied.includes(field) || current.includes(field));
}

/** The sentence that names what is left to translate, in the catalogue's language. */
export function stillSourceMessage(t: Messages, fields: TextField[]): string {
  const { fields: names, fieldSeparator, stillSourceText } = t.adminTranslations;
  return stillSourceText(fields.map((field) => `“${names[field]}”`).join(fieldSeparator));
}
