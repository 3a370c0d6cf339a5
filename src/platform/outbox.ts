import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { AppServices } from './services.ts';

/**
 * Commands and effects (docs/adr/0012-commands-and-outbox.md). A command writes its change, its
 * revision and its audit entry in one transaction, and *enqueues* what must happen once that is
 * committed (cache purges, search reindexing, mail) into the `outbox` table of the same
 * transaction. Right after the commit the runner performs those effects; the periodic tick and
 * every start-up run whatever is still waiting, so an effect enqueued before a crash still runs.
 * Delivery is at least once: handlers must be idempotent.
 */

/**
 * The effects that exist, by kind, with their payloads. Features add theirs by declaration
 * merging (`declare module '…/platform/outbox.ts' { interface EffectKinds { … } }`) and register
 * a handler with `handleEffect`.
 */
export interface EffectKinds {
  /** Purge these tags from the page and data caches (here and on every other instance). */
  purge: { tags: string[] };
  /** Send one e-mail. */
  mail: { to: string; subject: string; text: string };
}

export type EffectKind = keyof EffectKinds;

/** One effect: its kind and that kind's payload. */
export type Effect = { [K in EffectKind]: { kind: K } & EffectKinds[K] }[EffectKind];

/** Where failures are reported (Fastify's logger fits). */
export interface OutboxLog {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

type Services = AppServices;

interface Handler {
  run(services: Services, payload: unknown): Promise<void>;
  /** Not awaited by the command that enqueued it (mail: a slow server must not hold a request). */
  isBackground: boolean;
}

const handlers = new Map<string, Handler>();

/**
 * Registers what an effect kind does. Called once at import time by the feature that owns the
 * kind; the handler must be idempotent (it may run again after a crash or a timeout).
 */
export function handleEffect<K extends EffectKind>(
  kind: K,
  run: (services: Services, payload: EffectKinds[K]) => Promise<void>,
  options: { isBackground?: boolean } = {},
): void {
  handlers.set(kind, {
    run: (services, payload) => run(services, payload as EffectKinds[K]),
    isBackground: options.isBackground ?? false,
  });
}

handleEffect('purge', async (services, { tags }) => services.purge(tags));
handleEffect('mail', async (services, mail) => services.mailer.send(mail), { isBackground: true });

/** Ids enqueued in each open transaction, run right after it commits (see `inTransaction`). */
const enqueuedIn = new WeakMap<Kysely<DB>, number[]>();

/** Writes an effect into the outbox inside the caller's transaction; it runs after the commit. */
export async function enqueue(trx: Kysely<DB>, effect: Effect, at: Date = new Date()): Promise<void> {
  const { kind, ...payload } = effect;
  const stamp = at.toISOString();
  const row = await trx
    .insertInto('outbox')
    .values({ kind, payload: JSON.stringify(payload), created_at: stamp, run_after: stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  enqueuedIn.get(trx)?.push(row.id);
}

/**
 * Runs `work` as one transaction and then, once it has committed, the effects it enqueued. A
 * failing effect is logged and retried later; it never fails the command, which is committed.
 */
export async function inTransaction<T>(
  services: Services,
  work: (trx: Transaction<DB>) => Promise<T>,
  log?: OutboxLog,
): Promise<T> {
  const ids: number[] = [];
  const result = await services.db.transaction().execute(async (trx) => {
    enqueuedIn.set(trx, ids);
    return work(trx);
  });
  if (ids.length > 0) await runOutbox(services, { ids, ...(log ? { log } : {}) });
  return result;
}

/** How long a runner holds an effect before another may take it over (a crashed runner). */
const CLAIM_MS = 60_000;
/** After this many failed attempts the effect is kept as failed and no longer tried. */
export const MAX_ATTEMPTS = 8;

/** The wait before attempt `attempts + 1`: 5 s, 10 s, 20 s … capped at one hour. */
export function backoffMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

const background = new Set<Promise<void>>();

/** Where each app reports failing effects when the command gave no logger (its own logger). */
const appLogs = new WeakMap<Services, OutboxLog>();

/** Makes `log` the default report of failing effects for this app's services (outbox-runner.ts). */
export function setOutboxLog(services: Services, log: OutboxLog): void {
  appLogs.set(services, log);
}

/** Resolves when every background effect started so far has finished (tests, shutdown). */
export async function outboxSettled(): Promise<void> {
  while (background.size > 0) await Promise.allSettled([...background]);
}

export interface OutboxRun {
  /** Effects done in this run (background ones count when started). */
  ran: number;
  failed: number;
}

/**
 * Runs due effects: those with `ids` (just committed), or every due one. Each is claimed with a
 * conditional UPDATE, so two runners (or two instances) never run the same effect at once.
 */
export async function runOutbox(
  services: Services,
  options: { ids?: number[]; limit?: number; log?: OutboxLog } = {},
): Promise<OutboxRun> {
  // Effects stamped with the wall clock (enqueue's default) are due even when the services'
  // clock is set back (tests, a replay); a clock set ahead makes them due sooner, never later.
  const now = new Date(Math.max(services.clock().getTime(), Date.now()));
  const stamp = now.toISOString();
  let query = services.db
    .selectFrom('outbox')
    .select('id')
    .where('failed_at', 'is', null)
    .where('run_after', '<=', stamp)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', stamp)]));
  if (options.ids) query = query.where('id', 'in', options.ids);
  const due = await query
    .orderBy('id')
    .limit(options.limit ?? 200)
    .execute();
  const result: OutboxRun = { ran: 0, failed: 0 };
  const log = options.log ?? appLogs.get(services);
  for (const { id } of due) {
    const claimed = await services.db
      .updateTable('outbox')
      .set((eb) => ({
        attempts: eb('attempts', '+', 1),
        claimed_until: new Date(now.getTime() + CLAIM_MS).toISOString(),
      }))
      .where('id', '=', id)
      .where('failed_at', 'is', null)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', stamp)]))
      .returningAll()
      .executeTakeFirst();
    if (!claimed) continue;
    const handler = handlers.get(claimed.kind);
    const attempt = async () => {
      if (!handler) throw new Error(`no handler for effect kind "${claimed.kind}"`);
      await handler.run(services, JSON.parse(claimed.payload));
      await services.db.deleteFrom('outbox').where('id', '=', claimed.id).execute();
    };
    const settle = attempt().then(
      () => true,
      async (error: unknown) => {
        await recordFailure(services, claimed, error, log).catch(() => {});
        return false;
      },
    );
    if (handler?.isBackground) {
      const tracked = settle.then(() => {}).finally(() => background.delete(tracked));
      background.add(tracked);
      result.ran++;
    } else if (await settle) result.ran++;
    else result.failed++;
  }
  return result;
}

async function recordFailure(
  services: Services,
  row: { id: number; kind: string; attempts: number },
  error: unknown,
  log?: OutboxLog,
): Promise<void> {
  const now = services.clock();
  const message = error instanceof Error ? error.message : String(error);
  const isLast = row.attempts >= MAX_ATTEMPTS;
  await services.db
    .updateTable('outbox')
    .set({
      claimed_until: null,
      last_error: message.slice(0, 1000),
      run_after: new Date(now.getTime() + backoffMs(row.attempts)).toISOString(),
      ...(isLast ? { failed_at: now.toISOString() } : {}),
    })
    .where('id', '=', row.id)
    .execute();
  const details = { err: error, effectId: row.id, kind: row.kind, attempts: row.attempts };
  if (isLast) log?.error(details, 'outbox: effect failed for the last time, kept as failed');
  else log?.warn(details, 'outbox: effect failed, will retry');
}
