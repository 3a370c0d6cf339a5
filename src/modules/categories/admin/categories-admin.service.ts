import { z } from 'zod';
import type { LanguageCode } from '../../../db/schema.ts';
import { languages, type Messages } from '../../../i18n/index.ts';
import { enqueue, inTransaction } from '../../../platform/outbox.ts';
import type { AppServices } from '../../../platform/services.ts';
import { type FieldErrors, type FormReader, issuesToErrors } from '../../../web/admin/form-kit.tsx';
import {
  type ParentOf,
  parentProblem,
  placementSchema,
  positionOrNext,
  subtreeIds,
} from '../../../web/admin/tree-placement.tsx';
import { appendAudit } from '../../audit/audit.ts';
import {
  categorySlugProblem,
  isUniqueViolation,
  MAX_SLUG_LENGTH,
  slugFor,
} from '../../content/slug-rules.ts';
import { articlesInLanguage, categoryTextsSaved } from '../../translations/category-links.ts';
import { translationLinks } from '../../translations/translations.repository.ts';
import { type CategoryRecord, type CategoryText, loadCategories } from '../categories.repository.ts';

/** The raw form values, kept to show again what the person typed. */
export type CategoryFormValues = Record<string, string>;

export interface Actor {
  actorId: number | null;
  actorLabel: string;
  ip: string;
}

/** A category's place in the tree, for the shared tree helpers. */
export const parentOfCategory: ParentOf<CategoryRecord> = (category) => category.parentId;

/** The ids of a category and everything below it. */
export function categorySubtree(all: CategoryRecord[], id: number): Set<number> {
  return subtreeIds(all, parentOfCategory, id);
}

/** Form values of an existing category (for the edit form). */
export function formValuesOf(category: CategoryRecord | undefined): CategoryFormValues {
  const values: CategoryFormValues = {
    parent_id: category?.parentId ? String(category.parentId) : '',
    position: category ? String(category.position) : '',
  };
  for (const lang of languages) {
    const text = category?.texts[lang];
    values[`name_${lang}`] = text?.name ?? '';
    values[`slug_${lang}`] = text?.slug ?? '';
    values[`description_${lang}`] = text?.description ?? '';
  }
  return values;
}

function formSchema(t: Messages['adminForms']) {
  const name = z.string().trim().max(200, t.tooLong(200));
  const slug = z.string().trim().toLowerCase().max(MAX_SLUG_LENGTH, t.tooLong(MAX_SLUG_LENGTH));
  const description = z.string().trim().max(1000, t.tooLong(1000));
  return z.object({
    name_vi: name.min(1, t.required),
    slug_vi: slug,
    description_vi: description,
    name_en: name,
    slug_en: slug,
    description_en: description,
    name_zh: name,
    slug_zh: slug,
    description_zh: description,
    ...placementSchema(t),
  });
}

const snapshotOf = (category: Omit<CategoryRecord, 'articleCount' | 'id'>) => ({
  parentId: category.parentId,
  position: category.position,
  showInMenu: category.showInMenu,
  texts: category.texts,
});

/** Validates and saves a category (new when `id` is undefined); audits and purges on success. */
export async function saveCategory(
  services: AppServices,
  input: { siteId: number; id?: number; form: FormReader; t: Messages; actor: Actor },
): Promise<{ ok: true; id: number } | { ok: false; errors: FieldErrors; values: CategoryFormValues }> {
  const { siteId, form, t } = input;
  const values: CategoryFormValues = {};
  for (const key of Object.keys(formSchema(t.adminForms).shape)) values[key] = form.text(key, 5000);
  const parsed = formSchema(t.adminForms).safeParse(values);
  const errors: FieldErrors = parsed.success ? {} : issuesToErrors(parsed.error);
  if (!parsed.success) return { ok: false, errors, values };
  const data = parsed.data;

  const all = await loadCategories(services.db, siteId);
  const existing = input.id === undefined ? undefined : all.find((category) => category.id === input.id);
  const parentId = data.parent_id ? Number(data.parent_id) : null;
  const placement = parentProblem({ all, parentOf: parentOfCategory, parentId, itemId: existing?.id });
  if (placement === 'choiceInvalid') errors.parent_id = t.adminForms.choiceInvalid;
  else if (placement === 'parentInvalid') errors.parent_id = t.adminCategories.parentInvalid;

  const texts: Partial<Record<LanguageCode, CategoryText>> = {};
  for (const lang of languages) {
    const name = data[`name_${lang}`];
    let slug = data[`slug_${lang}`];
    const description = data[`description_${lang}`];
    if (!name) {
      if (slug || description) errors[`name_${lang}`] = t.adminForms.required;
      else if (existing?.texts[lang] && (await articlesInLanguage(services.db, existing.id, lang)) > 0)
        errors[`name_${lang}`] = t.adminCategories.translationInUse;
      continue;
    }
    slug = slugFor('category', lang, slug ?? '', name);
    values[`slug_${lang}`] = slug;
    if (!slug) {
      errors[`slug_${lang}`] = t.adminForms.slugNeeded;
      continue;
    }
    const problem = await categorySlugProblem(services.db, {
      siteId,
      lang,
      slug,
      ...(existing ? { categoryId: existing.id } : {}),
    });
    if (problem === 'slugIsPage') errors[`slug_${lang}`] = t.adminCategories.slugIsPage;
    else if (problem === 'slugInvalid' || problem === 'slugReserved' || problem === 'slugTaken')
      errors[`slug_${lang}`] = t.adminForms[problem];
    texts[lang] = { name, slug, description };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, values };

  const siblings = all.filter((category) => category.parentId === parentId && category.id !== existing?.id);
  const position = positionOrNext(
    data.position,
    siblings.map((category) => category.position),
  );
  const showInMenu = form.checked('show_in_menu');
  const after = { parentId, position, showInMenu, texts };
  const now = services.clock().toISOString();
  let id: number;
  try {
    // The category, its names, the translation flags and the audit entry commit together.
    id = await inTransaction(services, async (trx) => {
      let categoryId: number;
      const row = { parent_id: parentId, position, show_in_menu: showInMenu ? (1 as const) : (0 as const) };
      if (existing) {
        categoryId = existing.id;
        await trx
          .updateTable('categories')
          .set({ ...row, updated_at: now })
          .where('id', '=', categoryId)
          .where('site_id', '=', siteId)
          .execute();
        // Clear the slugs first so that two languages may swap slugs without a conflict.
        await trx.deleteFrom('category_translations').where('category_id', '=', categoryId).execute();
      } else {
        const inserted = await trx
          .insertInto('categories')
          .values({ ...row, site_id: siteId, created_at: now, updated_at: now })
          .returning('id')
          .executeTakeFirstOrThrow();
        categoryId = inserted.id;
      }
      await trx
        .insertInto('category_translations')
        .values(
          Object.entries(texts).map(([lang, text]) => {
            const before = existing?.texts[lang as LanguageCode];
            const changed = before?.name !== text.name || before?.description !== text.description;
            return {
              category_id: categoryId,
              site_id: siteId,
              lang: lang as LanguageCode,
              name: text.name,
              slug: text.slug,
              description: text.description,
              version: before ? (before.version ?? 1) + (changed ? 1 : 0) : 1,
            };
          }),
        )
        .execute();
      await categoryTextsSaved(trx, {
        siteId,
        categoryId,
        before: existing?.texts ?? {},
        after: texts,
        actorId: input.actor.actorId,
        at: services.clock(),
      });
      await appendAudit(trx, {
        ...input.actor,
        siteId,
        action: existing ? 'category.update' : 'category.create',
        entityType: 'category',
        entityId: categoryId,
        ...(existing ? { before: snapshotOf(existing) } : {}),
        after,
        at: services.clock(),
      });
      const tags = [`site:${siteId}`, `menu:${siteId}`, `category:${categoryId}`, `articles:${siteId}`];
      await enqueue(trx, { kind: 'purge', tags }, services.clock());
      const slugsChanged =
        existing && languages.some((lang) => existing.texts[lang]?.slug !== texts[lang]?.slug);
      // Article URLs carry the category's slug.
      if (slugsChanged && existing.articleCount > 0)
        await enqueue(trx, { kind: 'search.reindexSite', siteId }, services.clock());
      return categoryId;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { ok: false, errors: { slug_vi: t.adminForms.slugTaken }, values };
  }
  return { ok: true, id };
}

/** Deletes a category that has no children and no articles. */
export async function deleteCategory(
  services: AppServices,
  input: { siteId: number; id: number; t: Messages; actor: Actor },
): Promise<{ ok: true } | { ok: false; reason: string } | undefined> {
  const all = await loadCategories(services.db, input.siteId);
  const category = all.find((candidate) => candidate.id === input.id);
  if (!category) return undefined;
  if (all.some((candidate) => candidate.parentId === category.id))
    return { ok: false, reason: input.t.adminCategories.hasChildren };
  if (category.articleCount > 0)
    return { ok: false, reason: input.t.adminCategories.hasArticles(category.articleCount) };
  await inTransaction(services, async (trx) => {
    await translationLinks(trx).removeFor('category', category.id);
    await trx.deleteFrom('category_translations').where('category_id', '=', category.id).execute();
    await trx
      .deleteFrom('categories')
      .where('id', '=', category.id)
      .where('site_id', '=', input.siteId)
      .execute();
    await appendAudit(trx, {
      ...input.actor,
      siteId: input.siteId,
      action: 'category.delete',
      entityType: 'category',
      entityId: category.id,
      before: snapshotOf(category),
      at: services.clock(),
    });
    const tags = [
      `site:${input.siteId}`,
      `menu:${input.siteId}`,
      `category:${category.id}`,
      `articles:${input.siteId}`,
    ];
    await enqueue(trx, { kind: 'purge', tags }, services.clock());
  });
  return { ok: true };
}
