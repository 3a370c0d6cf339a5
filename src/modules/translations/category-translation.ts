import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB, LanguageCode } from '../../db/schema.ts';
import type { Messages } from '../../i18n/index.ts';
import { enqueue, inTransaction } from '../../platform/outbox.ts';
import type { AppServices } from '../../platform/services.ts';
import { type FieldErrors, type FormReader, issuesToErrors } from '../../web/admin/form-kit.tsx';
import { appendAudit } from '../audit/audit.ts';
import { categorySlugProblem, isUniqueViolation, MAX_SLUG_LENGTH, slugFor } from '../content/slug-rules.ts';
import { articlesInLanguage } from './category-links.ts';
import { categoryText } from './source-text.ts';
import { loadItem, noteSourceSaved, translationLinks } from './translations.repository.ts';
import { type AuditActor, checkTarget, markSynced, type TranslateResult } from './translations.service.ts';

/**
 * The name of a category in another language, made and kept up to date from its source
 * language (Vietnamese unless another is given). Unlike an article or a page, a category name
 * has no draft state: it is public as soon as it exists, so the translator types it before it
 * is created rather than starting from a copy of the source.
 */

export type CategoryTranslationValues = { name: string; slug: string; description: string };

/** Whether the category belongs to the site. */
export async function isCategoryOfSite(db: Kysely<DB>, siteId: number, id: number): Promise<boolean> {
  const row = await db
    .selectFrom('categories')
    .select('id')
    .where('id', '=', id)
    .where('site_id', '=', siteId)
    .executeTakeFirst();
  return !!row;
}

/** The stored name, slug and description of a category in a language. */
export async function storedCategoryTranslation(
  db: Kysely<DB>,
  id: number,
  lang: LanguageCode,
): Promise<CategoryTranslationValues | undefined> {
  return db
    .selectFrom('category_translations')
    .select(['name', 'slug', 'description'])
    .where('category_id', '=', id)
    .where('lang', '=', lang)
    .executeTakeFirst();
}

export type CategoryTranslationResult =
  | { ok: true }
  | { ok: false; errors: FieldErrors; values: CategoryTranslationValues }
  | { ok: false; refusal: Exclude<TranslateResult, { ok: true }> };

function schema(t: Messages['adminForms']) {
  return z.object({
    name: z.string().trim().min(1, t.required).max(200, t.tooLong(200)),
    slug: z.string().trim().toLowerCase().max(MAX_SLUG_LENGTH, t.tooLong(MAX_SLUG_LENGTH)),
    description: z.string().trim().max(1000, t.tooLong(1000)),
  });
}

/**
 * Creates (`intent` "create") or updates the `lang` name of a category. Creating refuses the
 * source's own language and a language that already has a name; updating may mark the
 * translation up to date with its source ("translation_synced").
 */
export async function saveCategoryTranslation(
  services: AppServices,
  input: {
    siteId: number;
    categoryId: number;
    lang: LanguageCode;
    from: LanguageCode;
    intent: 'create' | 'update';
    form: FormReader;
    t: Messages;
    actor: AuditActor;
  },
): Promise<CategoryTranslationResult> {
  const { db } = services;
  const { categoryId, lang, t } = input;
  const at = services.clock();
  const values = {
    name: input.form.text('name', 400),
    slug: input.form.text('slug', 400),
    description: input.form.text('description', 2000),
  };
  const existing = await loadItem(db, 'category', categoryId, lang);
  if (input.intent === 'create' || !existing || lang === input.from) {
    const source = await loadItem(db, 'category', categoryId, input.from);
    if (!source) return { ok: false, refusal: { ok: false, problem: 'exists' } };
    const refused = await checkTarget(db, source, lang);
    if (refused) return { ok: false, refusal: refused };
  }
  const parsed = schema(t.adminForms).safeParse(values);
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error), values };
  const data = parsed.data;
  const slug = slugFor('category', input.lang, data.slug, data.name);
  values.slug = slug;
  const problem = slug
    ? await categorySlugProblem(db, { siteId: input.siteId, lang, slug, categoryId })
    : 'slugNeeded';
  if (problem) {
    const message =
      problem === 'slugIsPage'
        ? t.adminCategories.slugIsPage
        : problem === 'slugIsCategory'
          ? t.adminForms.slugTaken
          : t.adminForms[problem];
    return { ok: false, errors: { slug: message }, values };
  }
  const before = existing
    ? await db
        .selectFrom('category_translations')
        .selectAll()
        .where('category_id', '=', categoryId)
        .where('lang', '=', lang)
        .executeTakeFirstOrThrow()
    : undefined;
  const textChanged = !before || before.name !== data.name || before.description !== data.description;
  try {
    // The name, the translation flags, the link and the audit entry commit together.
    await inTransaction(services, async (trx) => {
      if (before) {
        await trx
          .updateTable('category_translations')
          .set({ ...data, slug, version: before.version + (textChanged ? 1 : 0) })
          .where('id', '=', before.id)
          .execute();
        await noteSourceSaved(trx, { type: 'category', id: categoryId, lang, text: categoryText(data), at });
        if (input.form.checked('translation_synced'))
          await markSynced(trx, { type: 'category', itemId: categoryId, lang, actor: input.actor, at });
      } else {
        await trx
          .insertInto('category_translations')
          .values({ category_id: categoryId, site_id: input.siteId, lang, ...data, slug, version: 1 })
          .execute();
        const source = await loadItem(trx, 'category', categoryId, input.from);
        if (source)
          await translationLinks(trx).insert({
            item: { type: 'category', id: categoryId, lang, siteId: input.siteId },
            source,
            userId: input.actor.actorId,
            at,
          });
      }
      await appendAudit(trx, {
        ...input.actor,
        siteId: input.siteId,
        action: before ? 'category.translation_update' : 'category.translate',
        entityType: 'category',
        entityId: categoryId,
        ...(before
          ? { before: { lang, name: before.name, slug: before.slug, description: before.description } }
          : {}),
        after: { lang, ...data, slug, ...(before ? {} : { sourceLang: input.from }) },
        at,
      });
      const tags = [
        `site:${input.siteId}`,
        `menu:${input.siteId}`,
        `category:${categoryId}`,
        `articles:${input.siteId}`,
      ];
      await enqueue(trx, { kind: 'purge', tags }, at);
      // Article URLs carry the category's slug in their language.
      if (before?.slug !== slug && (await articlesInLanguage(trx, categoryId, lang)) > 0)
        await enqueue(trx, { kind: 'search.reindexSite', siteId: input.siteId }, at);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same translation made a moment ago, or a slug taken meanwhile.
    const now = await loadItem(db, 'category', categoryId, lang);
    if (!before && now) return { ok: false, refusal: { ok: false, problem: 'exists', existing: now } };
    return { ok: false, errors: { slug: t.adminForms.slugTaken }, values };
  }
  return { ok: true };
}
