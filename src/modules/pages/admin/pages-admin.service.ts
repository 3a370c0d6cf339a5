import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB, LanguageCode, PageRow } from '../../../db/schema.ts';
import { isLanguage, type Messages } from '../../../i18n/index.ts';
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
import { parseRichText, plainText } from '../../../web/rich-text.tsx';
import { bodyFromInput, richTextMessage } from '../../../web/rich-text-input.ts';
import { appendAudit } from '../../audit/audit.ts';
import { isUniqueViolation, MAX_SLUG_LENGTH, pageSlugProblem, slugFor } from '../../content/slug-rules.ts';
import { isLegalTopic } from '../../translations/legal-topics.ts';
import { pageText } from '../../translations/source-text.ts';
import { noteSourceSaved, translationLinks } from '../../translations/translations.repository.ts';
import {
  markSynced,
  stillSourceFields,
  stillSourceMessage,
} from '../../translations/translations.service.ts';
import { loadPage } from '../pages.repository.ts';

/** A page in the admin tree (any status), without its body. */
export type PageNode = Pick<
  PageRow,
  | 'id'
  | 'parent_id'
  | 'lang'
  | 'translation_group'
  | 'title'
  | 'slug'
  | 'status'
  | 'position'
  | 'show_in_menu'
>;

export type PageFormValues = Record<string, string>;

export interface Actor {
  actorId: number | null;
  actorLabel: string;
  ip: string;
}

/** Every page of a site (all languages and statuses), ordered for display. */
export async function loadPageTree(db: Kysely<DB>, siteId: number): Promise<PageNode[]> {
  return db
    .selectFrom('pages')
    .select([
      'id',
      'parent_id',
      'lang',
      'translation_group',
      'title',
      'slug',
      'status',
      'position',
      'show_in_menu',
    ])
    .where('site_id', '=', siteId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/** A page's place in the tree, for the shared tree helpers. */
export const parentOfPage: ParentOf<PageNode> = (page) => page.parent_id;

/** The ids of a page and everything below it. */
export function pageSubtree(all: PageNode[], id: number): Set<number> {
  return subtreeIds(all, parentOfPage, id);
}

/** Form values of an existing page, or defaults for a new one. */
export function pageFormValues(page: PageRow | undefined, lang: LanguageCode): PageFormValues {
  return {
    lang: page?.lang ?? lang,
    title: page?.title ?? '',
    slug: page?.slug ?? '',
    lead: page?.lead ?? '',
    body: page?.body ?? '',
    parent_id: page?.parent_id ? String(page.parent_id) : '',
    position: page ? String(page.position) : '',
    seo_description: page?.seo_description ?? '',
    status: page?.status === 'published' ? 'published' : 'draft',
    version: page ? String(page.version) : '0',
    legal_topic: page?.legal_topic ?? '',
  };
}

function formSchema(t: Messages['adminForms']) {
  return z.object({
    lang: z.string().refine(isLanguage, t.choiceInvalid),
    title: z.string().trim().min(1, t.required).max(300, t.tooLong(300)),
    slug: z.string().trim().toLowerCase().max(MAX_SLUG_LENGTH, t.tooLong(MAX_SLUG_LENGTH)),
    lead: z.string().trim().max(1000, t.tooLong(1000)),
    body: z.string().max(200_000, t.tooLong(200_000)),
    ...placementSchema(t),
    seo_description: z.string().trim().max(300, t.tooLong(300)),
    status: z.enum(['draft', 'published'], t.choiceInvalid),
    version: z.string().regex(/^\d{1,9}$/, t.choiceInvalid),
    legal_topic: z.string().refine((value) => value === '' || isLegalTopic(value), t.choiceInvalid),
  });
}

const snapshotOf = (
  page: Omit<PageRow, 'id' | 'site_id' | 'translation_group' | 'created_at' | 'updated_at' | 'published_at'>,
) => ({
  lang: page.lang,
  title: page.title,
  slug: page.slug,
  lead: page.lead,
  parentId: page.parent_id,
  position: page.position,
  showInMenu: page.show_in_menu === 1,
  seoDescription: page.seo_description,
  legalTopic: page.legal_topic,
  status: page.status,
  version: page.version,
  bodyText: plainText(parseRichText(page.body)).slice(0, 1000),
});

type SaveResult =
  | { ok: true; id: number }
  | { ok: false; errors: FieldErrors; values: PageFormValues; conflict?: boolean };

/** Validates and saves a page (new when `id` is undefined), writes a revision, audits, purges. */
export async function savePage(
  services: AppServices,
  input: { siteId: number; id?: number; form: FormReader; t: Messages; actor: Actor },
): Promise<SaveResult> {
  const { siteId, form, t } = input;
  const f = t.adminForms;
  const schema = formSchema(f);
  const values: PageFormValues = {};
  for (const key of Object.keys(schema.shape)) values[key] = form.text(key, key === 'body' ? 250_000 : 5000);
  const existing = input.id === undefined ? undefined : await loadPage(services.db, siteId, input.id);
  if (existing) values.lang = existing.lang;
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error), values };
  const data = parsed.data;
  const lang = data.lang as LanguageCode;
  const errors: FieldErrors = {};

  if (existing && Number(data.version) !== existing.version) {
    return { ok: false, errors: { _form: t.errors.conflictBody }, values, conflict: true };
  }
  const all = (await loadPageTree(services.db, siteId)).filter((page) => page.lang === lang);
  const parentId = data.parent_id ? Number(data.parent_id) : null;
  const placement = parentProblem({ all, parentOf: parentOfPage, parentId, itemId: existing?.id });
  if (placement === 'choiceInvalid') errors.parent_id = f.choiceInvalid;
  else if (placement === 'parentInvalid') errors.parent_id = t.adminPages.parentInvalid;
  const slug = slugFor('page', lang, data.slug, data.title);
  values.slug = slug;
  if (!slug) errors.slug = f.slugNeeded;
  else if (!errors.parent_id) {
    const problem = await pageSlugProblem(services.db, {
      siteId,
      lang,
      slug,
      parentId,
      ...(existing ? { pageId: existing.id } : {}),
    });
    if (problem === 'slugIsCategory') errors.slug = t.adminPages.slugIsCategory;
    else if (problem === 'slugInvalid' || problem === 'slugReserved' || problem === 'slugTaken')
      errors.slug = f[problem];
  }
  const checked = bodyFromInput(data.body);
  const body = checked.ok ? checked.body : undefined;
  if (!checked.ok) errors.body = richTextMessage(t.richText, checked.problem);
  // A translation that is still the source's text is never published (wrong language on the URL).
  const untranslated =
    existing && data.status === 'published' && body !== undefined
      ? await stillSourceFields(services.db, {
          type: 'page',
          itemId: existing.id,
          lang,
          text: pageText({ title: data.title, lead: data.lead, body, seo_description: data.seo_description }),
        })
      : [];
  if (untranslated.length > 0) errors.status = stillSourceMessage(t, untranslated);
  if (Object.keys(errors).length > 0 || body === undefined) return { ok: false, errors, values };

  // Other language versions join the group through "Thêm bản dịch" (src/modules/translations).
  const group = existing?.translation_group ?? randomUUID();
  const siblings = all.filter((page) => page.parent_id === parentId && page.id !== existing?.id);
  const now = services.clock().toISOString();
  const fields = {
    parent_id: parentId,
    title: data.title,
    slug,
    lead: data.lead,
    body,
    status: data.status,
    position: positionOrNext(
      data.position,
      siblings.map((page) => page.position),
    ),
    show_in_menu: form.checked('show_in_menu') ? (1 as const) : (0 as const),
    seo_description: data.seo_description,
    legal_topic: data.legal_topic || null,
    published_at: existing?.published_at ?? (data.status === 'published' ? now : null),
    version: (existing?.version ?? 0) + 1,
    updated_at: now,
  };
  let id: number;
  try {
    // The page, its revision, the translation flags and the audit entry commit together.
    id = await inTransaction(services, async (trx) => {
      let pageId: number;
      if (existing) {
        const result = await trx
          .updateTable('pages')
          .set(fields)
          .where('id', '=', existing.id)
          .where('version', '=', existing.version)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) throw new VersionConflict();
        pageId = existing.id;
      } else {
        const row = await trx
          .insertInto('pages')
          .values({ ...fields, site_id: siteId, lang, translation_group: group, created_at: now })
          .returning('id')
          .executeTakeFirstOrThrow();
        pageId = row.id;
      }
      await trx
        .insertInto('revisions')
        .values({
          site_id: siteId,
          entity_type: 'page',
          entity_id: pageId,
          version: fields.version,
          data: JSON.stringify({ ...fields, lang, translation_group: group }),
          created_by: input.actor.actorId,
          created_at: now,
        })
        .execute();
      const at = services.clock();
      // Translations made from this page follow its text: flag them when it changes.
      await noteSourceSaved(trx, { type: 'page', id: pageId, lang, text: pageText(fields), at });
      // "Đã cập nhật theo bản gốc" ticked while saving a translation whose source changed.
      if (existing && form.checked('translation_synced'))
        await markSynced(trx, { type: 'page', itemId: pageId, lang, actor: input.actor, at });
      await appendAudit(trx, {
        ...input.actor,
        siteId,
        action: existing ? 'page.update' : 'page.create',
        entityType: 'page',
        entityId: pageId,
        ...(existing ? { before: snapshotOf(existing) } : {}),
        after: snapshotOf({ ...fields, lang }),
        at,
      });
      await enqueue(trx, { kind: 'purge', tags: [`site:${siteId}`, `menu:${siteId}`, `page:${pageId}`] }, at);
      // Sub-pages' URLs change with their parent's slug, place or state.
      const moved =
        existing &&
        (existing.slug !== slug || existing.parent_id !== parentId || existing.status !== fields.status) &&
        all.some((page) => page.parent_id === existing.id);
      await enqueue(
        trx,
        moved ? { kind: 'search.reindexSite', siteId } : { kind: 'search.reindex', type: 'page', id: pageId },
        at,
      );
      return pageId;
    });
  } catch (error) {
    if (error instanceof VersionConflict)
      return { ok: false, errors: { _form: t.errors.conflictBody }, values, conflict: true };
    if (isUniqueViolation(error)) return { ok: false, errors: { slug: f.slugTaken }, values };
    throw error;
  }
  return { ok: true, id };
}

class VersionConflict extends Error {}

/** Deletes a page without sub-pages (its revisions stay, as history). */
export async function deletePage(
  services: AppServices,
  input: { siteId: number; id: number; t: Messages; actor: Actor },
): Promise<{ ok: true } | { ok: false; reason: string } | undefined> {
  const page = await loadPage(services.db, input.siteId, input.id);
  if (!page) return undefined;
  const child = await services.db
    .selectFrom('pages')
    .select('id')
    .where('parent_id', '=', page.id)
    .executeTakeFirst();
  if (child) return { ok: false, reason: input.t.adminPages.hasChildren };
  await inTransaction(services, async (trx) => {
    await trx.deleteFrom('pages').where('id', '=', page.id).execute();
    await translationLinks(trx).removeFor('page', page.id);
    await appendAudit(trx, {
      ...input.actor,
      siteId: input.siteId,
      action: 'page.delete',
      entityType: 'page',
      entityId: page.id,
      before: snapshotOf(page),
      at: services.clock(),
    });
    const tags = [`site:${input.siteId}`, `menu:${input.siteId}`, `page:${page.id}`];
    await enqueue(trx, { kind: 'purge', tags }, services.clock());
    await enqueue(trx, { kind: 'search.remove', type: 'page', id: page.id }, services.clock());
  });
  return { ok: true };
}
