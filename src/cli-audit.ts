import { existsSync, readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { CliError } from './cli-operators.ts';
import type { DB, LanguageCode } from './db/schema.ts';
import { type CliAuditMessages, cliAuditMessages } from './i18n/cli-audit.ts';
import type { AuditBreak, AuditVerification } from './modules/audit/audit.ts';
import { verifyAudit } from './modules/audit/audit.ts';
import {
  appendCheckpoint,
  type CheckpointProblem,
  checkpointLine,
  compareWithCheckpoint,
  parseCheckpoints,
  parseSyslogTarget,
  sendSyslog,
  syslogMessage,
  takeCheckpoint,
} from './modules/audit/checkpoint.ts';

/** `dinh audit` help: README and `dinh --help` name these. */
export const AUDIT_HELP = `Usage: dinh audit verify [--against CHECKPOINT]
       dinh audit checkpoint [--append FILE] [--syslog HOST:PORT]

verify      Recomputes the audit log's keyed hash chain (HMAC-SHA256 with the audit key from
            AUDIT_KEY or DATA_DIR/secrets.json) and reports the first altered or missing entry.
            --against also compares the log with checkpoints taken earlier (a file of them, as
            --append writes it, or one line in quotes): entries deleted from the end or a log
            rewritten up to a checkpoint are reported.
checkpoint  Verifies the chain, then prints its anchor as one JSON line: the newest entry's id
            and hash and the number of entries. Keep it where the database's writers cannot
            reach: --append adds it to a file, --syslog sends it to a syslog server (RFC 5424
            over UDP, e.g. a central log host). Run it from cron or a systemd timer.
`;

function reasonText(t: CliAuditMessages, reason: AuditBreak | undefined): string {
  return reason === 'entry altered' ? t.reasonAltered : t.reasonMissing;
}

function brokenError(t: CliAuditMessages, result: AuditVerification): CliError {
  return new CliError(t.broken(result.brokenAt ?? 0, reasonText(t, result.reason), result.checked), 1);
}

function problemText(t: CliAuditMessages, problem: CheckpointProblem): string {
  const { id, count, at } = problem.checkpoint;
  switch (problem.kind) {
    case 'missing':
      return t.missing(id, count, at || '?', problem.lastId, problem.count);
    case 'different':
      return t.different(id, at || '?');
    case 'count':
      return t.count(id, count, problem.count);
  }
}

/** The checkpoints `--against` names: a file's lines, or the argument itself. */
function readCheckpoints(t: CliAuditMessages, against: string) {
  const text =
    !against.trimStart().startsWith('{') && existsSync(against) ? readFileSync(against, 'utf8') : against;
  const checkpoints = parseCheckpoints(text);
  if (!checkpoints) throw new CliError(t.againstInvalid);
  return checkpoints;
}

/** `dinh audit verify [--against …]`: returns the exit code; a broken chain throws a CliError (1). */
export async function auditVerify(
  db: Kysely<DB>,
  lang: LanguageCode,
  options: { key: string; against?: string | undefined },
): Promise<number> {
  const t = cliAuditMessages(lang);
  const checkpoints = options.against === undefined ? [] : readCheckpoints(t, options.against);
  const result = await verifyAudit(db, { key: options.key });
  if (!result.ok) throw brokenError(t, result);
  const problems: string[] = [];
  for (const checkpoint of checkpoints) {
    const problem = await compareWithCheckpoint(db, checkpoint);
    if (problem) problems.push(problemText(t, problem));
  }
  if (problems.length > 0) throw new CliError(problems.join('\n  '), 1);
  const legacy = result.legacy > 0 ? ` (${result.legacy} of them from before the chain was keyed)` : '';
  const against = checkpoints.length > 0 ? `; ${checkpoints.length} checkpoint(s) matched` : '';
  console.log(`Audit log intact: ${result.checked} entries verified${legacy}${against}.`);
  return 0;
}

/** `dinh audit checkpoint [--append FILE] [--syslog HOST:PORT]`: prints (and keeps) the anchor. */
export async function auditCheckpoint(
  db: Kysely<DB>,
  lang: LanguageCode,
  options: { key: string; append?: string | undefined; syslog?: string | undefined },
): Promise<number> {
  const t = cliAuditMessages(lang);
  const target = options.syslog === undefined ? undefined : parseSyslogTarget(options.syslog);
  if (options.syslog !== undefined && !target) throw new CliError(t.syslogInvalid);
  const { verification, checkpoint } = await takeCheckpoint(db, { key: options.key });
  if (!checkpoint) throw new CliError(`${t.checkpointRefused}\n  ${brokenError(t, verification).message}`, 1);
  if (options.append !== undefined) {
    try {
      await appendCheckpoint(options.append, checkpoint);
    } catch (error) {
      throw new CliError(t.appendFailed(options.append, (error as Error).message), 1);
    }
  }
  if (target && options.syslog !== undefined) {
    try {
      await sendSyslog(target, syslogMessage(checkpoint));
    } catch (error) {
      throw new CliError(t.syslogFailed(options.syslog, (error as Error).message), 1);
    }
  }
  console.log(checkpointLine(checkpoint));
  return 0;
}
