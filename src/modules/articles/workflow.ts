import type { Kysely } from 'kysely';
import type { ArticleRow, ContentStatus, DB } from '../../db/schema.ts';
import { formatDateTime } from '../../i18n/dates.ts';
import { languages, type Messages, messages } from '../../i18n/index.ts';
import { inTransaction, type OutboxLog } from '../../platform/outbox.ts';
import type { ActorInfo } from '../../platform/roles.ts';
import type { AppServices } from '../../platform/services.ts';
import { appendAudit } from '../audit/audit.ts';
import { notify, type Recipient, siteMembers } from '../notifications/notifications.service.ts';
import { revisionsRepository, snapshotOf } from '../revisions/revisions.ts';
import { articleText, type TextField } from '../translations/source-text.ts';
import { stillSourceFields, stillSourceMessage } from '../translations/translations.service.ts';
import { type ArticleInput, submissionErrors } from './article-form.ts';
import { type ArticleAction, can } from './articles.policy.ts';
import {
  enqueueArticleEffects,
  findArticle,
  type SaveOptions,
  type SaveResult,
  writeSave,
} from './articles.service.ts';

/**
 * The editorial workflow: Nháp → Chờ biên tập → Chờ duyệt → Đã xuất bản, or Hẹn giờ; Trả lại
 * (with a reason) from any review step; Gỡ bài (with a reason); Lưu trữ. Every transition is
 * checked against the policy and written in one transaction with its audit entry and the
 * notifications of whoever acts next (only from the state it was read in); the cache purge, the
 * search index and the mail follow the commit (src/platform/outbox.ts).
 */

export type WorkflowAction = Exclude<ArticleAction, 'view' | 'create' | 'edit'>;

interface Transition {
  from: ContentStatus[];
  to: ContentStatus;
  /** A reason is required (and sent to the writer). */
  reason?: boolean;
  /** Body and alt texts must be complete. */
  complete?: boolean;
}

const reviewable: ContentStatus[] = [
  'draft',
  'returned',
  'pending_edit',
  'pending_approval',
  'scheduled',
  'taken_down',
];

/** The legal moves between states. */
export const transitions: Record<WorkflowAction, Transition> = {
  submit: { from: ['draft', 'returned'], to: 'pending_edit', complete: true },
  send_for_approval: { from: ['draft', 'returned', 'pending_edit'], to: 'pending_approval', complete: true },
  return: { from: ['pending_edit', 'pending_approval', 'scheduled'], to: 'returned', reason: true },
  publish: { from: reviewable, to: 'published', complete: true },
  schedule: { from: reviewable, to: 'scheduled', complete: true },
  take_down: { from: ['published', 'scheduled'], to: 'taken_down', reason: true },
  archive: {
    from: ['draft', 'returned', 'pending_edit', 'pending_approval', 'scheduled', 'published', 'taken_down'],
    to: 'archived',
  },
  unarchive: { from: ['archived'], to: 'draft' },
};

export const workflowActions = Object.keys(transitions) as WorkflowAction[];

/** A step of the workflow as the audit log and the revision history record it. */
export type WorkflowStep = WorkflowAction | 'auto_publish' | 'auto_take_down';

/** Is the string a workflow step (by a person or by the scheduler)? */
export function isWorkflowStep(value: string): value is WorkflowStep {
  return isWorkflowAction(value) || value === 'auto_publish' || value === 'auto_take_down';
}

/** Is the string a workflow action? */
export function isWorkflowAction(value: string): value is WorkflowAction {
  return Object.hasOwn(transitions, value);
}

/** The actions the actor may take on the article in its current state. */
export function availableActions(actor: ActorInfo, article: ArticleRow): WorkflowAction[] {
  return workflowActions.filter(
    (action) => transitions[action].from.includes(article.status) && can(actor, action, article),
  );
}

export type TransitionProblem =
  | 'notFound'
  | 'notAllowed'
  | 'wrongState'
  | 'reasonRequired'
  | 'scheduleNotFuture'
  | 'incomplete'
  | 'changedMeanwhile';

export type TransitionResult =
  | { ok: true; article: ArticleRow; before: ArticleRow }
  | {
      ok: false;
      problem: TransitionProblem;
      details?: string[];
      /** The fields of a translation that still hold the source's text (details say it in Vietnamese). */
      untranslated?: TextField[];
    };

export interface TransitionRequest {
  siteId: number;
  articleId: number;
  action: WorkflowAction;
  actor: ActorInfo;
  reason?: string;
  at: Date;
  /** Absolute origin for links in notifications. */
  origin: string;
  log?: OutboxLog;
}

/** Moves an article to its next state (see `transitions`), or says why it cannot. */
export async function transition(
  services: AppServices,
  request: TransitionRequest,
): Promise<TransitionResult> {
  return inTransaction(services, (trx) => writeTransition(trx, request), request.log);
}

/** The checks and writes of `transition`, inside the caller's transaction. */
export async function writeTransition(
  trx: Kysely<DB>,
  request: TransitionRequest,
): Promise<TransitionResult> {
  const article = await findArticle(trx, request.siteId, request.articleId);
  if (!article) return { ok: false, problem: 'notFound' };
  const rule = transitions[request.action];
  if (!can(request.actor, request.action, article)) return { ok: false, problem: 'notAllowed' };
  if (!rule.from.includes(article.status)) return { ok: false, problem: 'wrongState' };
  const reason = (request.reason ?? '').trim();
  if (rule.reason && !reason) return { ok: false, problem: 'reasonRequired' };
  if (rule.complete) {
    const t = messages('vi').articlesAdmin;
    const errors = submissionErrors(
      { body: article.body, coverMediaId: article.cover_media_id, coverAlt: article.cover_alt },
      t,
    );
    if (Object.keys(errors).length > 0)
      return { ok: false, problem: 'incomplete', details: Object.values(errors) as string[] };
    // A translation still holding the source's text would show it under the wrong language's URL.
    const text = articleText(article);
    const untranslated = await stillSourceFields(trx, {
      type: 'article',
      itemId: article.id,
      lang: article.lang,
      text,
    });
    if (untranslated.length > 0)
      return {
        ok: false,
        problem: 'incomplete',
        details: [stillSourceMessage(messages('vi'), untranslated)],
        untranslated,
      };
  }
  const now = request.at.toISOString();
  let publishedAt = article.published_at;
  if (request.action === 'publish' && (!publishedAt || publishedAt > now)) publishedAt = now;
  if (request.action === 'schedule' && (!publishedAt || publishedAt <= now))
    return { ok: false, problem: 'scheduleNotFuture' };
  const updated = await trx
    .updateTable('articles')
    .set({
      status: rule.to,
      published_at: publishedAt,
      updated_at: now,
      ...(rule.reason ? { workflow_note: reason.slice(0, 1000) } : {}),
    })
    .where('id', '=', article.id)
    .where('status', '=', article.status)
    .returningAll()
    .executeTakeFirst();
  if (!updated) return { ok: false, problem: 'changedMeanwhile' };
  await recordTransition(trx, {
    before: article,
    after: updated,
    action: request.action,
    actor: request.actor,
    reason,
    at: request.at,
    origin: request.origin,
  });
  return { ok: true, article: updated, before: article };
}

/** Undoes a save whose transition was refused (the person sees the form again, nothing written). */
class TransitionRefused extends Error {
  constructor(readonly result: Extract<TransitionResult, { ok: false }>) {
    super(`transition refused: ${result.problem}`);
  }
}

export type SaveAndTransitionResult =
  | Extract<SaveResult, { kind: 'conflict' }>
  | { kind: 'moved'; article: ArticleRow }
  | { kind: 'refused'; refusal: Extract<TransitionResult, { ok: false }> };

/**
 * Saves the form and takes a workflow step ("Gửi duyệt", "Xuất bản" …) as one command: both
 * commit, or neither does (a refused step leaves the article as it was, with no revision). The
 * step's checks (completeness, a translation still holding its source's text) run once, on the
 * saved text.
 */
export async function saveAndTransition(
  services: AppServices,
  command: SaveOptions & {
    article: ArticleRow;
    input: ArticleInput;
  } & Omit<TransitionRequest, 'siteId' | 'articleId' | 'at'>,
): Promise<SaveAndTransitionResult> {
  const { article, actor, input, action, reason, origin, log, ...saveOptions } = command;
  try {
    return await inTransaction(
      services,
      async (trx): Promise<SaveAndTransitionResult> => {
        const saved = await writeSave(trx, { ...saveOptions, article, actor, input });
        if (saved.kind === 'conflict') return saved;
        const moved = await writeTransition(trx, {
          siteId: article.site_id,
          articleId: article.id,
          action,
          actor,
          ...(reason !== undefined ? { reason } : {}),
          at: saveOptions.at,
          origin,
        });
        if (!moved.ok) throw new TransitionRefused(moved);
        return { kind: 'moved', article: moved.article };
      },
      log,
    );
  } catch (error) {
    if (error instanceof TransitionRefused) return { kind: 'refused', refusal: error.result };
    throw error;
  }
}

/** The state of an article as the audit log records it. */
function workflowState(article: ArticleRow) {
  return {
    status: article.status,
    publishedAt: article.published_at,
    unpublishAt: article.unpublish_at,
    note: article.workflow_note,
    title: article.title,
  };
}

/** Who acts next on an article in its new state (never the person who just acted). */
export async function nextPeople(
  db: Kysely<DB>,
  article: ArticleRow,
  actorId: number | null,
): Promise<Recipient[]> {
  let people: Recipient[];
  if (article.status === 'pending_edit' || article.status === 'pending_approval') {
    const next: WorkflowAction = article.status === 'pending_edit' ? 'send_for_approval' : 'publish';
    const members = await siteMembers(db, article.site_id);
    people = members.filter((member) => can({ userId: member.id, role: member.role }, next, article));
  } else {
    const owners = [article.author_id, article.created_by].filter((id): id is number => id !== null);
    if (owners.length === 0) return [];
    const rows = await db
      .selectFrom('users')
      .select(['id', 'email', 'display_name', 'locale'])
      .where('id', 'in', owners)
      .where('is_active', '=', 1)
      .execute();
    people = rows.map((row) => ({
      id: row.id,
      email: row.email,
      name: row.display_name,
      locale: row.locale,
      role: { siteId: article.site_id, role: 'contributor', categoryIds: [] },
    }));
  }
  return people.filter((person) => person.id !== actorId);
}

function statusMessage(
  n: Messages['articlesAdmin']['notifications'],
  status: ContentStatus,
): (title: string, actor: string) => string {
  switch (status) {
    case 'pending_edit':
    case 'pending_approval':
    case 'returned':
    case 'published':
    case 'taken_down':
    case 'archived':
    case 'draft':
      return n[status];
    default:
      return n.published;
  }
}

/**
 * Records a state change in the command's transaction: its audit entry, the notifications of
 * whoever acts next, and the effects that follow the commit (cache purge, search index, mail).
 */
export async function recordTransition(
  trx: Kysely<DB>,
  change: {
    before: ArticleRow;
    after: ArticleRow;
    action: WorkflowStep;
    actor: Pick<ActorInfo, 'userId' | 'label' | 'ip' | 'name'>;
    reason: string;
    at: Date;
    origin: string;
  },
): Promise<void> {
  const { before, after } = change;
  const actorId = change.actor.userId > 0 ? change.actor.userId : null;
  await enqueueArticleEffects(trx, after, { at: change.at });
  const recipients = await nextPeople(trx, after, actorId);
  const status = after.status;
  await notify(trx, {
    siteId: after.site_id,
    recipients,
    kind: status,
    entityType: 'article',
    entityId: after.id,
    message: (t) => {
      const n = t.articlesAdmin.notifications;
      const actor = actorId ? (change.actor.name ?? change.actor.label) : n.system;
      const lang = languages.find((code) => messages(code) === t) ?? 'vi';
      const main =
        status === 'scheduled'
          ? n.scheduled(after.title, formatDateTime(new Date(after.published_at ?? change.at), lang))
          : statusMessage(n, status)(after.title, actor);
      return change.reason ? `${main} ${n.reason(change.reason)}` : main;
    },
    subject: (t) =>
      t.articlesAdmin.notifications.mailSubject(`${t.articlesAdmin.status[status]}: ${after.title}`),
    link: `${change.origin}/admin/articles/${after.id}/edit`,
    at: change.at,
  });
  // The history shows the step with the content it applied to (no new version: the text is unchanged).
  await revisionsRepository(trx).record({
    siteId: after.site_id,
    articleId: after.id,
    version: after.version,
    snapshot: snapshotOf(after),
    userId: actorId,
    note: change.action,
    at: change.at.toISOString(),
  });
  // Last, so the audit chain's lock is held only until the commit that follows.
  await appendAudit(trx, {
    siteId: after.site_id,
    actorId,
    actorLabel: change.actor.label,
    ip: change.actor.ip,
    action: `article.${change.action}`,
    entityType: 'article',
    entityId: after.id,
    before: workflowState(before),
    after: { ...workflowState(after), ...(change.reason ? { reason: change.reason } : {}) },
    at: change.at,
  });
}
