import { type Kysely, sql } from 'kysely';
import { addIdColumn, engineOf } from '../dialect.ts';

/**
 * The newsroom: accounts (passwords, 2FA), per-site roles, sessions, login throttling, password
 * resets, API tokens, revisions, notifications and the hash-chained audit log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const engine = engineOf(db);

  const users = () => db.schema.alterTable('users');
  await users()
    .addColumn('password_hash', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await users().addColumn('totp_secret', 'text').execute();
  await users()
    .addColumn('totp_enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await users()
    .addColumn('totp_last_step', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  /** JSON array of hashed one-time recovery codes. */
  await users()
    .addColumn('recovery_codes', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await users()
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('vi'))
    .execute();
  await users()
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await users().addColumn('password_changed_at', 'text').execute();
  await users().addColumn('last_login_at', 'text').execute();

  await db.schema
    .createTable('memberships')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('admin', 'chief_editor', 'editor', 'contributor')`),
    )
    /** JSON array of category ids the role is limited to; empty: the whole site. */
    .addColumn('category_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addPrimaryKeyConstraint('memberships_pk', ['user_id', 'site_id'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('two_factor_ok', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ip', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('user_agent', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_failure_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .execute();

  await db.schema
    .createTable('password_resets')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();

  await addIdColumn(db.schema.createTable('api_tokens'), engine)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('scopes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('expires_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();

  await addIdColumn(db.schema.createTable('revisions'), engine)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    /** JSON snapshot of the editable fields. */
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('revisions_entity_idx')
    .on('revisions')
    .columns(['entity_type', 'entity_id', 'version'])
    .execute();

  await addIdColumn(db.schema.createTable('notifications'), engine)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['user_id', 'read_at'])
    .execute();

  await addIdColumn(db.schema.createTable('audit_log'), engine)
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('site_id', 'integer')
    .addColumn('actor_id', 'integer')
    .addColumn('actor_label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('ip', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('entity_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();
  await db.schema
    .createIndex('audit_log_entity_idx')
    .on('audit_log')
    .columns(['entity_type', 'entity_id'])
    .execute();

  // Workflow notes on articles and pages: the reason for a return or a take-down.
  await db.schema
    .alterTable('articles')
    .addColumn('workflow_note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('articles').addColumn('created_by', 'integer').execute();
  await db.schema
    .createIndex('articles_status_idx')
    .on('articles')
    .columns(['site_id', 'status', 'updated_at'])
    .execute();
}
