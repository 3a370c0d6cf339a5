import { createSocket } from 'node:dgram';
import { lookup } from 'node:dns/promises';
import { appendFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { type AuditVerification, GENESIS_HASH, verifyAudit } from './audit.ts';

/**
 * An anchor of the audit chain kept outside the database (docs/adr/0017): the newest entry's id
 * and hash and how many entries the log had. Whoever can write the database can delete the
 * newest entries and the chain still links; a checkpoint kept elsewhere shows they are gone.
 */
export interface AuditCheckpoint {
  id: number;
  count: number;
  hash: string;
  /** When the checkpoint was taken (ISO-8601 UTC). */
  at: string;
}

const checkpointSchema = z.object({
  id: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  count: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string().max(40).optional(),
});

/** The one-line JSON form of a checkpoint (printed, appended to a file, sent to syslog). */
export function checkpointLine(checkpoint: AuditCheckpoint): string {
  const { id, count, hash, at } = checkpoint;
  return JSON.stringify({ type: 'dinh-audit-checkpoint', id, count, hash, at });
}

/**
 * Verifies the chain and returns a checkpoint of its head; no checkpoint when the chain is
 * broken (anchoring a rewritten log would vouch for it).
 */
export async function takeCheckpoint(
  db: Kysely<DB>,
  options: { key?: string; now?: Date } = {},
): Promise<{ verification: AuditVerification; checkpoint?: AuditCheckpoint }> {
  const verification = await verifyAudit(db, options.key ? { key: options.key } : {});
  if (!verification.ok) return { verification };
  const checkpoint: AuditCheckpoint = {
    id: verification.last?.id ?? 0,
    count: verification.checked,
    hash: verification.last?.hash ?? GENESIS_HASH,
    at: (options.now ?? new Date()).toISOString(),
  };
  return { verification, checkpoint };
}

/**
 * Reads checkpoints from text: one per line as `checkpointLine` writes them, or a syslog line
 * that carries one. Returns undefined when a non-empty line holds no valid checkpoint.
 */
export function parseCheckpoints(text: string): AuditCheckpoint[] | undefined {
  const found: AuditCheckpoint[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const start = line.indexOf('{');
    const end = line.lastIndexOf('}');
    if (start < 0 || end < start) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(line.slice(start, end + 1));
    } catch {
      return undefined;
    }
    const parsed = checkpointSchema.safeParse(json);
    if (!parsed.success) return undefined;
    found.push({ ...parsed.data, at: parsed.data.at ?? '' });
  }
  return found.length > 0 ? found : undefined;
}

/** How the log disagrees with a checkpoint. */
export type CheckpointProblem =
  /** The checkpoint's entry is gone: the newest entries were deleted (or the log replaced). */
  | { kind: 'missing'; checkpoint: AuditCheckpoint; count: number; lastId: number }
  /** The checkpoint's entry is there with another hash: the log was rewritten up to it. */
  | { kind: 'different'; checkpoint: AuditCheckpoint; hash: string }
  /** Entries up to the checkpoint's were removed or added. */
  | { kind: 'count'; checkpoint: AuditCheckpoint; count: number };

/** Compares the log with one checkpoint; undefined when the log still holds it. */
export async function compareWithCheckpoint(
  db: Kysely<DB>,
  checkpoint: AuditCheckpoint,
): Promise<CheckpointProblem | undefined> {
  const totals = await db
    .selectFrom('audit_log')
    .select((eb) => [eb.fn.countAll<number | string>().as('count'), eb.fn.max('id').as('lastId')])
    .executeTakeFirstOrThrow();
  const total = Number(totals.count);
  const lastId = Number(totals.lastId ?? 0);
  if (checkpoint.id === 0) {
    return checkpoint.count === 0 ? undefined : { kind: 'missing', checkpoint, count: total, lastId };
  }
  const entry = await db
    .selectFrom('audit_log')
    .select('hash')
    .where('id', '=', checkpoint.id)
    .executeTakeFirst();
  if (!entry) return { kind: 'missing', checkpoint, count: total, lastId };
  if (entry.hash !== checkpoint.hash) return { kind: 'different', checkpoint, hash: entry.hash };
  const upTo = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('id', '<=', checkpoint.id)
    .executeTakeFirstOrThrow();
  const count = Number(upTo.count);
  return count === checkpoint.count ? undefined : { kind: 'count', checkpoint, count };
}

/** Parses `host:port`, `[ipv6]:port` or a bare host (port 514); undefined when malformed. */
export function parseSyslogTarget(target: string): { host: string; port: number } | undefined {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([A-Za-z0-9.-]+))(?::(\d{1,5}))?$/.exec(target.trim());
  if (!match) return undefined;
  const port = match[3] === undefined ? 514 : Number(match[3]);
  if (port < 1 || port > 65_535) return undefined;
  return { host: (match[1] ?? match[2]) as string, port };
}

/** Facility 13 (log audit), severity 5 (notice): PRI = 13 × 8 + 5. */
const SYSLOG_PRI = 109;

/** A checkpoint as an RFC 5424 syslog message (APP-NAME dinh, MSGID audit-checkpoint). */
export function syslogMessage(checkpoint: AuditCheckpoint, now: Date = new Date()): string {
  const host =
    hostname()
      .replace(/[^\x21-\x7e]/g, '')
      .slice(0, 255) || '-';
  return `<${SYSLOG_PRI}>1 ${now.toISOString()} ${host} dinh ${process.pid} audit-checkpoint - ${checkpointLine(checkpoint)}`;
}

/** Sends one syslog message as a UDP datagram (RFC 5426) to `host:port`. */
export async function sendSyslog(target: { host: string; port: number }, message: string): Promise<void> {
  const { address, family } = await lookup(target.host);
  const socket = createSocket(family === 6 ? 'udp6' : 'udp4');
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.send(Buffer.from(message, 'utf8'), target.port, address, (error) =>
        error ? reject(error) : resolve(),
      );
    });
  } finally {
    socket.close();
  }
}

/** Appends a checkpoint as one JSON line to a file (created when missing). */
export async function appendCheckpoint(file: string, checkpoint: AuditCheckpoint): Promise<void> {
  await appendFile(file, `${checkpointLine(checkpoint)}\n`, { mode: 0o640 });
}
