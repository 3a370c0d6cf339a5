import type { ArticleRow, ContentStatus } from '../../db/schema.ts';
import { formatDateTime } from '../../i18n/dates.ts';
import { languages, type Messages, messages } from '../../i18n/index.ts';
import type { ActorInfo } from '../../platform/roles.ts';
import type { AppServices } from '../../platform/services.ts';
import { appendAudit } from '../audit/audit.ts';
import {
  type NotifyLog,
  notify,
  type Recipient,
  siteMembers,
} from '../notifications/notifications.service.ts';
import { articleText } from '../translations/source-text.ts';
import { isStillSourceText } from '../translations/translations.service.ts';
import { submissionErrors } from './article-form.ts';
import { type ArticleAction, can } from './articles.policy.ts';
import { findArticle, purgeArticle, syncSearch } from './articles.service.ts';

/**
 * The editorial workflow: Nháp → Chờ biên tập → Chờ duyệt → Đã xuất bản, or Hẹn giờ; Trả lại
 * (with a reason) from any review step; Gỡ bài (with a reason); Lưu trữ. Every transition is
 * checked against the policy, written atomically (only from the state it was read in), audited,
 * announced to whoever acts next, and purges the caches.
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
  | { ok: false; problem: TransitionProblem; details?: string[] };

export interface TransitionRequest {
  siteId: number;
  articleId: number;
  action: WorkflowAction;
  actor: ActorInfo;
  reason?: string;
  at: Date;
  /** Absolute origin for links in notifications. */
  origin: string;
  log?: NotifyLog;
}

/** Moves an article to its next state (see `transitions`), or says why it cannot. */
export async function transition(
  services: AppServices,
  request: TransitionRequest,
): Promise<TransitionResult> {
  const article = await findArticle(services.db, request.siteId, request.articleId);
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
    if (
      await isStillSourceText(services.db, { type: 'article', itemId: article.id, lang: article.lang, text })
    )
      return {
        ok: false,
        problem: 'incomplete',
        details: [messages('vi').adminTranslations.stillSourceText],
      };
  }
  const now = request.at.toISOString();
  let publishedAt = article.published_at;
  if (request.action === 'publish' && (!publishedAt || publishedAt > now)) publishedAt = now;
  if (request.action === 'schedule' && (!publishedAt || publishedAt <= now))
    return { ok: false, problem: 'scheduleNotFuture' };
  const updated = await services.db
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
  await announce(services, {
    before: article,
    after: updated,
    action: request.action,
    actor: request.actor,
    reason,
    at: request.at,
    origin: request.origin,
    ...(request.log ? { log: request.log } : {}),
  });
  return { ok: true, article: updated, before: article };
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
  services: AppServices,
  article: ArticleRow,
  actorId: number | null,
): Promise<Recipient[]> {
  let people: Recipient[];
  if (article.status === 'pending_edit' || article.status === 'pending_approval') {
    const next: WorkflowAction = article.status === 'pending_edit' ? 'send_for_approval' : 'publish';
    const members = await siteMembers(services.db, article.site_id);
    people = members.filter((member) => can({ userId: member.id, role: member.role }, next, article));
  } else {
    const owners = [article.author_id, article.created_by].filter((id): id is number => id !== null);
    if (owners.length === 0) return [];
    const rows = await services.db
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

/** After a state change: audit entry, cache purge, search index, notifications. */
export async function announce(
  services: AppServices,
  change: {
    before: ArticleRow;
    after: ArticleRow;
    action: WorkflowAction | 'auto_publish' | 'auto_take_down';
    actor: Pick<ActorInfo, 'userId' | 'label' | 'ip' | 'name'>;
    reason: string;
    at: Date;
    origin: string;
    log?: NotifyLog;
  },
): Promise<void> {
  const { before, after } = change;
  const actorId = change.actor.userId > 0 ? change.actor.userId : null;
  await appendAudit(services.db, {
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
  purgeArticle(services, after);
  await syncSearch(services, after.id, change.log);
  const recipients = await nextPeople(services, after, actorId);
  const status = after.status;
  await notify(
    services,
    {
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
    },
    change.log,
  );
}
