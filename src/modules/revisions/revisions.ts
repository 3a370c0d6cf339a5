import type { Kysely } from 'kysely';
import type { ArticleRow, DB } from '../../db/schema.ts';
import { parseRichText, plainText } from '../../web/rich-text.tsx';
import { type DiffPart, hasChanges, wordDiff } from './diff.ts';

/** The editable fields of an article, as stored in each revision (JSON). */
export interface ArticleSnapshot {
  title: string;
  slug: string;
  lead: string;
  body: string;
  categoryId: number;
  lang: ArticleRow['lang'];
  coverMediaId: number | null;
  coverAlt: string;
  coverCaption: string;
  byline: string;
  source: string;
  seoDescription: string;
  isFeatured: boolean;
}

/** The snapshot of an article row. */
export function snapshotOf(row: ArticleRow): ArticleSnapshot {
  return {
    title: row.title,
    slug: row.slug,
    lead: row.lead,
    body: row.body,
    categoryId: row.category_id,
    lang: row.lang,
    coverMediaId: row.cover_media_id,
    coverAlt: row.cover_alt,
    coverCaption: row.cover_caption,
    byline: row.byline,
    source: row.source,
    seoDescription: row.seo_description,
    isFeatured: row.is_featured === 1,
  };
}

/** The article columns a snapshot sets (for restoring it). */
export function snapshotColumns(snapshot: ArticleSnapshot) {
  return {
    title: snapshot.title,
    slug: snapshot.slug,
    lead: snapshot.lead,
    body: snapshot.body,
    category_id: snapshot.categoryId,
    lang: snapshot.lang,
    cover_media_id: snapshot.coverMediaId,
    cover_alt: snapshot.coverAlt,
    cover_caption: snapshot.coverCaption,
    byline: snapshot.byline,
    source: snapshot.source,
    seo_description: snapshot.seoDescription,
    is_featured: snapshot.isFeatured ? (1 as const) : (0 as const),
  };
}

/**
 * Are two snapshots the same content? A save whose snapshot equals the stored one writes no
 * revision (articles, collection items): the history shows a save ("Lưu") only when something
 * changed, and a workflow step that saves the form first records only the step.
 */
export function sameSnapshot<T extends object>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What a revision records (its `note`): 'create', 'save', 'autosave', 'translate', 'restore:N',
 * or the workflow step it marks (src/modules/articles/workflow.ts), with the content it applied to.
 */
export type RevisionNote = string;

export interface RevisionView {
  id: number;
  version: number;
  createdBy: number | null;
  authorName: string;
  createdAt: string;
  note: string;
  data: ArticleSnapshot;
}

function parseSnapshot(raw: string): ArticleSnapshot {
  return JSON.parse(raw) as ArticleSnapshot;
}

/** Data access for article revisions (one row per save). */
export function revisionsRepository(db: Kysely<DB>) {
  const base = () =>
    db
      .selectFrom('revisions as r')
      .leftJoin('users as u', 'u.id', 'r.created_by')
      .select(['r.id', 'r.version', 'r.created_by', 'r.created_at', 'r.note', 'r.data', 'u.display_name'])
      .where('r.entity_type', '=', 'article');
  const toView = (row: {
    id: number;
    version: number;
    created_by: number | null;
    created_at: string;
    note: string;
    data: string;
    display_name: string | null;
  }): RevisionView => ({
    id: row.id,
    version: row.version,
    createdBy: row.created_by,
    authorName: row.display_name ?? '',
    createdAt: row.created_at,
    note: row.note,
    data: parseSnapshot(row.data),
  });
  return {
    /** Records a save. An autosave replaces the author's previous autosave, so history stays readable. */
    async record(input: {
      siteId: number;
      articleId: number;
      version: number;
      snapshot: ArticleSnapshot;
      userId: number | null;
      note: RevisionNote;
      at: string;
    }): Promise<void> {
      const data = JSON.stringify(input.snapshot);
      if (input.note === 'autosave') {
        const last = await db
          .selectFrom('revisions')
          .select(['id', 'note', 'created_by'])
          .where('entity_type', '=', 'article')
          .where('entity_id', '=', input.articleId)
          .orderBy('id', 'desc')
          .limit(1)
          .executeTakeFirst();
        if (last && last.note === 'autosave' && last.created_by === input.userId) {
          await db
            .updateTable('revisions')
            .set({ data, version: input.version, created_at: input.at })
            .where('id', '=', last.id)
            .execute();
          return;
        }
      }
      await db
        .insertInto('revisions')
        .values({
          site_id: input.siteId,
          entity_type: 'article',
          entity_id: input.articleId,
          version: input.version,
          data,
          created_by: input.userId,
          created_at: input.at,
          note: input.note,
        })
        .execute();
    },
    async list(articleId: number): Promise<RevisionView[]> {
      const rows = await base().where('r.entity_id', '=', articleId).orderBy('r.id', 'desc').execute();
      return rows.map(toView);
    },
    /** The display name of whoever saved the latest revision (null: unknown or removed). */
    async latestAuthor(articleId: number): Promise<string | null> {
      const row = await base()
        .where('r.entity_id', '=', articleId)
        .orderBy('r.id', 'desc')
        .executeTakeFirst();
      return row?.display_name ?? null;
    },
    async find(articleId: number, id: number): Promise<RevisionView | undefined> {
      const row = await base().where('r.entity_id', '=', articleId).where('r.id', '=', id).executeTakeFirst();
      return row ? toView(row) : undefined;
    },
  };
}

/** Word-level differences of the compared fields. */
export interface SnapshotComparison {
  title: DiffPart[];
  lead: DiffPart[];
  body: DiffPart[];
  /** Other fields whose value differs (slug, category, cover, byline, …). */
  otherChanges: (keyof ArticleSnapshot)[];
  changed: boolean;
}

/** The text of a stored body (TipTap JSON, or plain text). */
export function bodyText(body: string): string {
  return body.trim().startsWith('{') ? plainText(parseRichText(body)) : body;
}

/** Compares two snapshots: word-level diffs of title, lead and body text, and which other fields changed. */
export function compareSnapshots(before: ArticleSnapshot, after: ArticleSnapshot): SnapshotComparison {
  const title = wordDiff(before.title, after.title);
  const lead = wordDiff(before.lead, after.lead);
  const body = wordDiff(bodyText(before.body), bodyText(after.body));
  const otherChanges = (Object.keys(before) as (keyof ArticleSnapshot)[]).filter(
    (key) => !['title', 'lead', 'body'].includes(key) && before[key] !== after[key],
  );
  const bodyJsonChanged = before.body !== after.body;
  if (bodyJsonChanged && !hasChanges(body)) otherChanges.push('body');
  return {
    title,
    lead,
    body,
    otherChanges,
    changed: hasChanges(title) || hasChanges(lead) || hasChanges(body) || otherChanges.length > 0,
  };
}
