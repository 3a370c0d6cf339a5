import { createHash, createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import { LOCKS, lockForTransaction } from '../../db/locks.ts';
import type { AuditRow, DB } from '../../db/schema.ts';
import { atomically } from '../../db/transaction.ts';

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

type HashedFields = Omit<AuditRow, 'id' | 'hash' | 'chain'>;

/** How an entry's hash is made (the `chain` column, migration 0010; docs/adr/0017). */
export const CHAIN = {
  /** Plain SHA-256: entries written before the chain was keyed; anyone can recompute them. */
  plain: 1,
  /** HMAC-SHA256 with the installation's audit key, kept outside the database. */
  keyed: 2,
} as const;

function canonical(fields: HashedFields): string {
  return JSON.stringify([
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
}

/** The plain hash of an entry: SHA-256 over the previous hash and the entry's fields, in fixed order. */
export function entryHash(fields: HashedFields): string {
  return createHash('sha256').update(canonical(fields)).digest('hex');
}

/** The keyed hash of an entry: HMAC-SHA256 with the audit key over the same fields. */
export function keyedEntryHash(fields: HashedFields, key: string): string {
  return createHmac('sha256', key).update(canonical(fields)).digest('hex');
}

let processKey: string | undefined;

/**
 * Gives this process the audit key (DATA_DIR/secrets.json or AUDIT_KEY). Called at start by
 * bootstrap and by the CLI before anything is audited: a process serves one installation, and
 * the many commands that append an entry inside their transaction need not carry the key.
 */
export function useAuditKey(key: string): void {
  processKey = key;
}

function auditKey(): string {
  if (!processKey) throw new Error('The audit key is not loaded (useAuditKey is called at start)');
  return processKey;
}

/**
 * Appends an entry to the hash-chained audit log (each entry stores the previous one's hash).
 * Given a transaction, the entry joins it (commits or rolls back with the change it records);
 * the chain head is locked until that transaction ends, so concurrent appends stay in order.
 */
export async function appendAudit(db: Kysely<DB>, entry: AuditEntry): Promise<void> {
  await atomically(db, (trx) => appendLocked(trx, entry));
}

async function appendLocked(trx: Kysely<DB>, entry: AuditEntry): Promise<void> {
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
    .values({ ...fields, hash: keyedEntryHash(fields, auditKey()), chain: CHAIN.keyed })
    .execute();
}

export interface AuditVerification {
  ok: boolean;
  /** Entries checked (when ok: every entry of the log). */
  checked: number;
  /** Of those, entries from before the chain was keyed (plain SHA-256). */
  legacy: number;
  /** The newest entry checked: what a checkpoint records. */
  last?: { id: number; hash: string };
  /** The first entry whose link is broken (altered, or the one after a removed entry). */
  brokenAt?: number;
  reason?: AuditBreak;
}

/** Why a chain is broken (stable codes; the admin screen and the CLI translate them). */
export type AuditBreak = 'previous entry missing or altered' | 'entry altered';

/**
 * Walks the chain from the start and reports the first broken link. Entries made before the
 * chain was keyed are checked with plain SHA-256; the first keyed entry covers their last hash,
 * so they cannot be rewritten either without the key. A plain entry after a keyed one is a
 * forgery (a rewrite that recomputed hashes the old way).
 */
export async function verifyAudit(
  db: Kysely<DB>,
  options: { key?: string; batchSize?: number } = {},
): Promise<AuditVerification> {
  const key = options.key ?? auditKey();
  const batchSize = options.batchSize ?? 2000;
  let previousHash = GENESIS_HASH;
  let previousId = 0;
  let checked = 0;
  let legacy = 0;
  let isKeyed = false;
  const done = (): AuditVerification => ({
    ok: true,
    checked,
    legacy,
    ...(previousId > 0 ? { last: { id: previousId, hash: previousHash } } : {}),
  });
  const broken = (id: number, reason: AuditBreak): AuditVerification => ({
    ok: false,
    checked,
    legacy,
    brokenAt: id,
    reason,
  });
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', previousId)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return done();
    for (const row of rows) {
      if (row.prev_hash !== previousHash) return broken(row.id, 'previous entry missing or altered');
      const { id: _id, hash, chain, ...fields } = row;
      if (chain === CHAIN.keyed) {
        if (keyedEntryHash(fields, key) !== hash) return broken(row.id, 'entry altered');
        isKeyed = true;
      } else if (chain === CHAIN.plain && !isKeyed) {
        if (entryHash(fields) !== hash) return broken(row.id, 'entry altered');
        legacy++;
      } else {
        return broken(row.id, 'entry altered');
      }
      previousHash = hash;
      previousId = row.id;
      checked++;
    }
  }
}
