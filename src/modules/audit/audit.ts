import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { LOCKS, lockForTransaction } from '../../db/locks.ts';
import type { AuditRow, DB } from '../../db/schema.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  siteId?: number | null;
  actorId?: number | null;
  /** Who acted, as shown in the log (e-mail, "system", "api-token:3"). */
  actorLabel: string;
  ip?: string;
  /** Dotted action name, e.g. "auth.login", "article.publish". */
  action: string;
  entityType?: string;
  entityId?: string | number;
  before?: unknown;
  after?: unknown;
  at?: Date;
}

type HashedFields = Omit<AuditRow, 'id' | 'hash'>;

/** The hash of an entry: SHA-256 over the previous hash and the entry's fields, in fixed order. */
export function entryHash(fields: HashedFields): string {
  const canonical = JSON.stringify([
    fields.prev_hash,
    fields.at,
    fields.site_id,
    fields.actor_id,
    fields.actor_label,
    fields.ip,
    fields.action,
    fields.entity_type,
    fields.entity_id,
    fields.before,
    fields.after,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Appends an entry to the hash-chained audit log (each entry stores the previous one's hash). */
export async function appendAudit(db: Kysely<DB>, entry: AuditEntry): Promise<void> {
  // Inside a command's transaction the entry commits, or rolls back, with the change it records.
  if (db.isTransaction) return writeAuditEntry(db, entry);
  await db.transaction().execute((trx) => writeAuditEntry(trx, entry));
}

async function writeAuditEntry(trx: Kysely<DB>, entry: AuditEntry): Promise<void> {
  await lockForTransaction(trx, LOCKS.auditChain);
  const last = await trx
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const fields: HashedFields = {
    at: (entry.at ?? new Date()).toISOString(),
    site_id: entry.siteId ?? null,
    actor_id: entry.actorId ?? null,
    actor_label: entry.actorLabel.slice(0, 200),
    ip: (entry.ip ?? '').slice(0, 64),
    action: entry.action,
    entity_type: entry.entityType ?? '',
    entity_id: entry.entityId === undefined ? '' : String(entry.entityId),
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  await trx
    .insertInto('audit_log')
    .values({ ...fields, hash: entryHash(fields) })
    .execute();
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first entry whose link is broken (altered, or the one after a removed entry). */
  brokenAt?: number;
  reason?: string;
}

/** Walks the chain from the start and reports the first broken link. */
export async function verifyAudit(db: Kysely<DB>, batchSize = 2000): Promise<AuditVerification> {
  let previousHash = GENESIS_HASH;
  let previousId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', previousId)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.prev_hash !== previousHash) {
        return { ok: false, checked, brokenAt: row.id, reason: 'previous entry missing or altered' };
      }
      const { id: _id, hash, ...fields } = row;
      if (entryHash(fields) !== hash)
        return { ok: false, checked, brokenAt: row.id, reason: 'entry altered' };
      previousHash = hash;
      previousId = row.id;
      checked++;
    }
  }
}
