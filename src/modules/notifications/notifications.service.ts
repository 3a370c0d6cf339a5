import type { Kysely } from 'kysely';
import type { DB, LanguageCode, Role } from '../../db/schema.ts';
import { type Messages, messages } from '../../i18n/index.ts';
import { enqueue, outboxSettled } from '../../platform/outbox.ts';
import { type SiteRole, siteRoles } from '../../platform/roles.ts';

/** A staff member who may receive a notification, with their role on the site. */
export interface Recipient {
  id: number;
  email: string;
  name: string;
  locale: LanguageCode;
  role: SiteRole;
}

/** Active members of a site with their roles (the candidates for a notification). */
export async function siteMembers(db: Kysely<DB>, siteId: number, roles?: Role[]): Promise<Recipient[]> {
  let query = db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select([
      'u.id',
      'u.email',
      'u.display_name',
      'u.locale',
      'm.user_id',
      'm.site_id',
      'm.role',
      'm.category_ids',
    ])
    .where('m.site_id', '=', siteId)
    .where('u.is_active', '=', 1);
  if (roles) query = query.where('m.role', 'in', roles);
  const rows = await query.orderBy('u.id').execute();
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    name: row.display_name,
    locale: row.locale,
    role: siteRoles([
      { user_id: row.user_id, site_id: row.site_id, role: row.role, category_ids: row.category_ids },
    ])[0]!,
  }));
}

export interface NotifyInput {
  siteId: number;
  recipients: Recipient[];
  /** What happened, e.g. the article's new status. */
  kind: string;
  entityType: string;
  entityId: number;
  /** The message in the recipient's language. */
  message: (t: Messages) => string;
  /** Mail subject in the recipient's language. */
  subject: (t: Messages) => string;
  /** Absolute link to the item in the admin. */
  link: string;
  at: Date;
}

/** Resolves when every mail sent so far has been handed to the SMTP server (or failed). */
export async function mailSettled(): Promise<void> {
  await outboxSettled();
}

/**
 * Notifies people in the app (a `notifications` row each, in the command's transaction) and by
 * e-mail: one `mail` effect each, sent after the commit in the background (src/platform/outbox.ts),
 * so a slow or absent SMTP server never holds up the editorial action and a crash loses no mail.
 */
export async function notify(trx: Kysely<DB>, input: NotifyInput): Promise<void> {
  const unique = [...new Map(input.recipients.map((person) => [person.id, person])).values()];
  if (unique.length === 0) return;
  const at = input.at.toISOString();
  await trx
    .insertInto('notifications')
    .values(
      unique.map((person) => ({
        user_id: person.id,
        site_id: input.siteId,
        kind: input.kind,
        entity_type: input.entityType,
        entity_id: input.entityId,
        message: input.message(messages(person.locale)),
        created_at: at,
        read_at: null,
      })),
    )
    .execute();
  for (const person of unique) {
    const t = messages(person.locale);
    await enqueue(
      trx,
      {
        kind: 'mail',
        to: person.email,
        subject: input.subject(t),
        text: t.articlesAdmin.notifications.mailBody(person.name, input.message(t), input.link),
      },
      input.at,
    );
  }
}

export interface NotificationView {
  id: number;
  kind: string;
  entityType: string;
  entityId: number;
  message: string;
  createdAt: string;
  read: boolean;
}

/** A person's notifications on a site, newest first. */
export async function listNotifications(
  db: Kysely<DB>,
  userId: number,
  siteId: number,
  options: { unreadOnly?: boolean; limit?: number } = {},
): Promise<NotificationView[]> {
  let query = db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .where('site_id', '=', siteId);
  if (options.unreadOnly) query = query.where('read_at', 'is', null);
  const rows = await query
    .orderBy('id', 'desc')
    .limit(options.limit ?? 50)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    entityType: row.entity_type,
    entityId: row.entity_id,
    message: row.message,
    createdAt: row.created_at,
    read: row.read_at !== null,
  }));
}

/** How many unread notifications a person has on a site. */
export async function unreadCount(db: Kysely<DB>, userId: number, siteId: number): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('site_id', '=', siteId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks all of a person's notifications on a site as read. */
export async function markAllRead(db: Kysely<DB>, userId: number, siteId: number, at: Date): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ read_at: at.toISOString() })
    .where('user_id', '=', userId)
    .where('site_id', '=', siteId)
    .where('read_at', 'is', null)
    .execute();
}
