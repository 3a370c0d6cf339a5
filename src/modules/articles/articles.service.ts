import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ArticleRow, ContentStatus, DB, LanguageCode } from '../../db/schema.ts';
import type { Messages } from '../../i18n/index.ts';
import { enqueue, inTransaction } from '../../platform/outbox.ts';
import type { Actor, ActorInfo, SiteRole } from '../../platform/roles.ts';
import type { AppServices } from '../../platform/services.ts';
import { appendAudit } from '../audit/audit.ts';
import {
  type ArticleSnapshot,
  revisionsRepository,
  sameSnapshot,
  snapshotColumns,
  snapshotOf,
} from '../revisions/revisions.ts';
import { articleText } from '../translations/source-text.ts';
import { noteSourceSaved } from '../translations/translations.repository.ts';
import { markSynced } from '../translations/translations.service.ts';
import type { ArticleInput, FormErrors } from './article-form.ts';
import { canPublishRole, inScope } from './articles.policy.ts';

/** The article, or undefined when it is not on this site. */
export async function findArticle(
  db: Kysely<DB>,
  siteId: number,
  id: number,
): Promise<ArticleRow | undefined> {
  if (!Number.isSafeInteger(id) || id <= 0) return undefined;
  return db
    .selectFrom('articles')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Enqueues, in the command's transaction, what must follow a change of a public article: the
 * purge of every cached page that shows it (listings of its site, its page, its categories) and
 * its search index entry. Both run after the commit (src/platform/outbox.ts).
 */
export async function enqueueArticleEffects(
  trx: Kysely<DB>,
  article: ArticleRow,
  options: { extraCategories?: number[]; at: Date },
): Promise<void> {
  const categories = new Set([article.category_id, ...(options.extraCategories ?? [])]);
  const tags = [
    `articles:${article.site_id}`,
    `article:${article.id}`,
    ...[...categories].map((id) => `category:${id}`),
  ];
  await enqueue(trx, { kind: 'purge', tags }, options.at);
  await enqueue(trx, { kind: 'search.reindex', type: 'article', id: article.id }, options.at);
}

/**
 * Checks the references the form names: a category of this site in the role's scope, an image
 * of this site; and, when an existing article is edited, that its language stays put once it has
 * other language versions (each language has one version per translation group).
 */
export async function referenceErrors(
  db: Kysely<DB>,
  siteId: number,
  role: SiteRole | undefined,
  input: Pick<ArticleInput, 'categoryId' | 'coverMediaId'> & { lang?: LanguageCode },
  t: Messages['articlesAdmin'],
  current?: Pick<ArticleRow, 'id' | 'lang' | 'translation_group'>,
): Promise<FormErrors> {
  const errors: FormErrors = {};
  if (current && input.lang && input.lang !== current.lang) {
    const other = await db
      .selectFrom('articles')
      .select('id')
      .where('translation_group', '=', current.translation_group)
      .where('id', '<>', current.id)
      .executeTakeFirst();
    if (other) errors.lang = t.errors.langLocked;
  }
  const category = await db
    .selectFrom('categories')
    .select('id')
    .where('site_id', '=', siteId)
    .where('id', '=', input.categoryId)
    .executeTakeFirst();
  if (!category) errors.category_id = t.errors.categoryRequired;
  else if (!inScope(role, input.categoryId)) errors.category_id = t.errors.categoryNotAllowed;
  if (input.coverMediaId) {
    const media = await db
      .selectFrom('media')
      .select('id')
      .where('site_id', '=', siteId)
      .where('id', '=', input.coverMediaId)
      .where('kind', '=', 'image')
      .executeTakeFirst();
    if (!media) errors.cover_media_id = t.errors.mediaUnknown;
  }
  return errors;
}

/** The snapshot the validated form describes. */
export function snapshotOfInput(input: ArticleInput): ArticleSnapshot {
  return {
    title: input.title,
    slug: input.slug,
    lead: input.lead,
    body: input.body,
    categoryId: input.categoryId,
    lang: input.lang,
    coverMediaId: input.coverMediaId,
    coverAlt: input.coverAlt,
    coverCaption: input.coverCaption,
    byline: input.byline,
    source: input.source,
    seoDescription: input.seoDescription,
    isFeatured: input.isFeatured,
  };
}

/** The changed fields of two snapshots for the audit log (the body as length and fingerprint). */
function auditChanges(before: ArticleSnapshot, after: ArticleSnapshot) {
  const shown = (snapshot: ArticleSnapshot, key: keyof ArticleSnapshot) =>
    key === 'body'
      ? {
          chars: snapshot.body.length,
          sha256: createHash('sha256').update(snapshot.body).digest('hex').slice(0, 16),
        }
      : snapshot[key];
  const keys = (Object.keys(after) as (keyof ArticleSnapshot)[]).filter((key) => before[key] !== after[key]);
  return {
    before: Object.fromEntries(keys.map((key) => [key, shown(before, key)])),
    after: Object.fromEntries(keys.map((key) => [key, shown(after, key)])),
  };
}

/** Publication times a save may set: only roles that publish choose them. */
function timesFor(actor: Actor, article: ArticleRow | undefined, input: ArticleInput) {
  if (!actor.role || !canPublishRole(actor.role.role)) {
    return { published_at: article?.published_at ?? null, unpublish_at: article?.unpublish_at ?? null };
  }
  // The form shows minutes: an unchanged minute keeps the stored instant.
  const sameMinute = (a: string | null | undefined, b: string | null) =>
    (a ?? '').slice(0, 16) === (b ?? '').slice(0, 16);
  const keepPublished =
    (article?.status === 'published' && !input.publishedAt) ||
    sameMinute(article?.published_at, input.publishedAt);
  return {
    published_at: keepPublished ? (article?.published_at ?? null) : input.publishedAt,
    unpublish_at: sameMinute(article?.unpublish_at, input.unpublishAt)
      ? (article?.unpublish_at ?? null)
      : input.unpublishAt,
  };
}

/**
 * Creates a draft written by the actor; its first revision and an audit entry come with it.
 * With `translationOf`, the draft joins that article's translation group (src/modules/translations).
 */
export async function createArticle(
  services: AppServices,
  siteId: number,
  actor: ActorInfo,
  input: ArticleInput,
  at: Date,
  options: { translationOf?: ArticleRow } = {},
): Promise<ArticleRow> {
  return inTransaction(services, (trx) => insertArticle(trx, { siteId, actor, input, at, ...options }));
}

/** The writes of createArticle, inside the caller's transaction (a translation adds its link). */
export async function insertArticle(
  trx: Kysely<DB>,
  command: { siteId: number; actor: ActorInfo; input: ArticleInput; at: Date; translationOf?: ArticleRow },
): Promise<ArticleRow> {
  const { siteId, actor, input, at } = command;
  const stamp = at.toISOString();
  const source = command.translationOf;
  const row = await trx
    .insertInto('articles')
    .values({
      site_id: siteId,
      translation_group: source?.translation_group ?? randomUUID(),
      ...snapshotColumns(snapshotOfInput(input)),
      ...timesFor(actor, undefined, input),
      author_id: actor.userId,
      created_by: actor.userId,
      status: 'draft',
      version: 1,
      created_at: stamp,
      updated_at: stamp,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await revisionsRepository(trx).record({
    siteId,
    articleId: row.id,
    version: 1,
    snapshot: snapshotOf(row),
    userId: actor.userId,
    note: source ? 'translate' : 'create',
    at: stamp,
  });
  await appendAudit(trx, {
    siteId,
    actorId: actor.userId,
    actorLabel: actor.label,
    ip: actor.ip,
    action: source ? 'article.translate' : 'article.create',
    entityType: 'article',
    entityId: row.id,
    after: {
      title: row.title,
      status: row.status,
      categoryId: row.category_id,
      lang: row.lang,
      ...(source ? { sourceId: source.id, sourceLang: source.lang, sourceVersion: source.version } : {}),
    },
    at,
  });
  return row;
}

export type SaveResult =
  | { kind: 'saved'; article: ArticleRow }
  | { kind: 'unchanged'; article: ArticleRow }
  /** `by`: who saved the stored version (null when unknown). */
  | { kind: 'conflict'; current: ArticleRow; by: string | null };

export interface SaveOptions {
  expectedVersion: number;
  at: Date;
  note?: 'save' | 'autosave' | `restore:${number}`;
  /** "Đã cập nhật theo bản gốc" ticked: the translation now follows its source's current version. */
  isSynced?: boolean;
}

/**
 * Saves the form over the version the person loaded (optimistic locking): the UPDATE only
 * matches that version; otherwise nothing is written and the caller shows a comparison.
 * Every save that changes something is a revision; the row, the translation flags, the revision
 * and the audit entry commit together, and the purge and reindex run after the commit.
 */
export async function saveArticle(
  services: AppServices,
  article: ArticleRow,
  actor: ActorInfo,
  input: ArticleInput,
  options: SaveOptions,
): Promise<SaveResult> {
  return inTransaction(services, (trx) => writeSave(trx, { article, actor, input, ...options }));
}

/** The writes of saveArticle, inside the caller's transaction. */
export async function writeSave(
  trx: Kysely<DB>,
  command: SaveOptions & { article: ArticleRow; actor: ActorInfo; input: ArticleInput },
): Promise<SaveResult> {
  const { article, actor, input } = command;
  const before = snapshotOf(article);
  const after = snapshotOfInput(input);
  const times = timesFor(actor, article, input);
  const timesChanged =
    times.published_at !== article.published_at || times.unpublish_at !== article.unpublish_at;
  // Nothing to write (even over a newer version: the person's text equals what is stored).
  const isUnchanged = sameSnapshot(before, after) && !timesChanged;
  if (isUnchanged && !command.isSynced) return { kind: 'unchanged', article };
  const stamp = command.at.toISOString();
  const updated = isUnchanged
    ? article
    : await trx
        .updateTable('articles')
        .set({ ...snapshotColumns(after), ...times, version: command.expectedVersion + 1, updated_at: stamp })
        .where('id', '=', article.id)
        .where('version', '=', command.expectedVersion)
        .returningAll()
        .executeTakeFirst();
  if (!updated) {
    const current = (await findArticle(trx, article.site_id, article.id)) ?? article;
    return { kind: 'conflict', current, by: await revisionsRepository(trx).latestAuthor(current.id) };
  }
  if (command.isSynced) {
    await markSynced(trx, {
      type: 'article',
      itemId: article.id,
      lang: updated.lang,
      actor: { actorId: actor.userId, actorLabel: actor.label, ip: actor.ip },
      at: command.at,
    });
  }
  if (isUnchanged) return { kind: 'unchanged', article };
  const note = command.note ?? 'save';
  // Translations made from this article follow its text: flag them when it changes.
  await noteSourceSaved(trx, {
    type: 'article',
    id: article.id,
    lang: updated.lang,
    text: articleText(updated),
    at: command.at,
  });
  await revisionsRepository(trx).record({
    siteId: article.site_id,
    articleId: article.id,
    version: updated.version,
    snapshot: after,
    userId: actor.userId,
    note,
    at: stamp,
  });
  if (note !== 'autosave') {
    const changes = auditChanges(before, after);
    await appendAudit(trx, {
      siteId: article.site_id,
      actorId: actor.userId,
      actorLabel: actor.label,
      ip: actor.ip,
      action: note.startsWith('restore:') ? 'article.restore' : 'article.update',
      entityType: 'article',
      entityId: article.id,
      before: {
        version: article.version,
        ...changes.before,
        publishedAt: article.published_at,
        unpublishAt: article.unpublish_at,
      },
      after: {
        version: updated.version,
        ...changes.after,
        publishedAt: updated.published_at,
        unpublishAt: updated.unpublish_at,
      },
      at: command.at,
    });
  }
  // What is public changes at once when a published article is edited (drafts are not cached).
  if (article.status === 'published' || updated.status === 'published') {
    await enqueueArticleEffects(trx, updated, { extraCategories: [article.category_id], at: command.at });
  }
  return { kind: 'saved', article: updated };
}

/** The form values of a stored snapshot (for restoring and showing revisions). */
export function inputFromSnapshot(snapshot: ArticleSnapshot, article: ArticleRow): ArticleInput {
  return {
    ...snapshot,
    publishedAt: article.published_at,
    unpublishAt: article.unpublish_at,
    reason: '',
  };
}

export interface ArticleFilters {
  status?: ContentStatus;
  categoryId?: number;
  authorId?: number;
  lang?: LanguageCode;
  /** ISO bounds on updated_at. */
  from?: string;
  to?: string;
}

export interface ArticleListItem {
  id: number;
  title: string;
  status: ContentStatus;
  lang: LanguageCode;
  categoryId: number;
  authorId: number | null;
  authorName: string;
  updatedAt: string;
  publishedAt: string | null;
}

/** Articles of a site for the admin list: filters, the role's scope, newest change first. */
export async function listArticles(
  db: Kysely<DB>,
  siteId: number,
  filters: ArticleFilters,
  scope: { categoryIds?: number[]; ownerId?: number },
  page: { limit: number; offset: number },
): Promise<{ items: ArticleListItem[]; total: number }> {
  let query = db
    .selectFrom('articles as a')
    .leftJoin('users as u', 'u.id', 'a.author_id')
    .where('a.site_id', '=', siteId);
  if (filters.status) query = query.where('a.status', '=', filters.status);
  if (filters.categoryId) query = query.where('a.category_id', '=', filters.categoryId);
  if (filters.authorId) query = query.where('a.author_id', '=', filters.authorId);
  if (filters.lang) query = query.where('a.lang', '=', filters.lang);
  if (filters.from) query = query.where('a.updated_at', '>=', filters.from);
  if (filters.to) query = query.where('a.updated_at', '<', filters.to);
  if (scope.categoryIds)
    query = query.where('a.category_id', 'in', scope.categoryIds.length ? scope.categoryIds : [-1]);
  if (scope.ownerId !== undefined) {
    const owner = scope.ownerId;
    query = query.where((eb) => eb.or([eb('a.created_by', '=', owner), eb('a.author_id', '=', owner)]));
  }
  const [rows, count] = await Promise.all([
    query
      .select([
        'a.id',
        'a.title',
        'a.status',
        'a.lang',
        'a.category_id',
        'a.author_id',
        'a.updated_at',
        'a.published_at',
        'u.display_name',
      ])
      .orderBy('a.updated_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    items: rows.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      lang: row.lang,
      categoryId: row.category_id,
      authorId: row.author_id,
      authorName: row.display_name ?? '',
      updatedAt: row.updated_at,
      publishedAt: row.published_at,
    })),
  };
}
