// npm run audit:deps — fails when a production dependency has a high or critical advisory that
// security/audit-exceptions.json does not excuse. An exception names the advisory (its GHSA id
// or npm's numeric id), the package, why it does not apply or cannot be fixed yet, and a
// review-by date; once that date has passed the exception no longer counts. When npm cannot get
// the advisories (no network, or a registry that does not serve them) the check fails too, with
// npm's own words: a check that did not run must not look like a pass.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const BLOCKING = new Set(['high', 'critical']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The advisory's stable id: GHSA-… from its URL, else npm's numeric source id. */
function advisoryId(via) {
  const ghsa = /GHSA(-[a-z0-9]{4}){3}/i.exec(String(via.url ?? ''))?.[0];
  return ghsa ?? String(via.source);
}

/**
 * Decides on an `npm audit --json` report (auditReportVersion 2) with the exception list, on the
 * date `today` (YYYY-MM-DD). Returns what blocks, what is excused, and what is wrong with the list.
 */
export function decide({ report, exceptions, today }) {
  const result = {
    ok: false,
    error: undefined,
    blocking: [],
    excused: [],
    expired: [],
    invalid: [],
    unused: [],
  };
  if (!report || typeof report !== 'object' || report.error || typeof report.vulnerabilities !== 'object') {
    const reason = report?.message || report?.error?.summary || report?.error?.code || 'no audit report';
    result.error = `npm audit could not get the advisories: ${reason}`;
    return result;
  }
  const valid = [];
  for (const [index, exception] of (exceptions ?? []).entries()) {
    const problems = [];
    if (typeof exception?.id !== 'string' || !exception.id) problems.push('id');
    if (typeof exception?.package !== 'string' || !exception.package) problems.push('package');
    if (typeof exception?.reason !== 'string' || exception.reason.trim().length < 10) problems.push('reason');
    if (typeof exception?.reviewBy !== 'string' || !DATE.test(exception.reviewBy)) problems.push('reviewBy');
    if (problems.length > 0) result.invalid.push({ index, missing: problems });
    else if (exception.reviewBy < today) result.expired.push(exception);
    else valid.push(exception);
  }
  const used = new Set();
  const seen = new Set();
  for (const vulnerability of Object.values(report.vulnerabilities)) {
    for (const via of vulnerability.via ?? []) {
      if (typeof via !== 'object' || !BLOCKING.has(via.severity)) continue;
      const advisory = {
        id: advisoryId(via),
        source: String(via.source),
        package: via.name ?? vulnerability.name,
        severity: via.severity,
        title: via.title ?? '',
        url: via.url ?? '',
      };
      const key = `${advisory.id} ${advisory.package}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const exception = valid.find(
        (entry) =>
          (entry.id === advisory.id || entry.id === advisory.source) && entry.package === advisory.package,
      );
      if (exception) {
        used.add(exception);
        result.excused.push({ ...advisory, reason: exception.reason, reviewBy: exception.reviewBy });
      } else result.blocking.push(advisory);
    }
  }
  result.unused = valid.filter((entry) => !used.has(entry));
  result.ok = result.blocking.length === 0 && result.expired.length === 0 && result.invalid.length === 0;
  return result;
}

/** The report as lines for the CI log. */
export function describe(result) {
  const lines = [];
  if (result.error) return [`audit:deps: ${result.error}`, 'audit:deps: FAILED (the check did not run)'];
  for (const a of result.blocking)
    lines.push(`BLOCKING ${a.severity} ${a.id} in ${a.package}: ${a.title} ${a.url}`);
  for (const e of result.expired)
    lines.push(`EXPIRED exception ${e.id} (${e.package}) had to be reviewed by ${e.reviewBy}: review it`);
  for (const i of result.invalid)
    lines.push(
      `INVALID exception #${i.index}: needs ${i.missing.join(', ')} (reason of 10+ characters, reviewBy YYYY-MM-DD)`,
    );
  for (const a of result.excused)
    lines.push(`excused ${a.severity} ${a.id} in ${a.package} until ${a.reviewBy}: ${a.reason}`);
  for (const e of result.unused)
    lines.push(`note: exception ${e.id} (${e.package}) matches no advisory any more; remove it`);
  lines.push(result.ok ? 'audit:deps: no unexcused high or critical advisory' : 'audit:deps: FAILED');
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const exceptionsFile = new URL('../security/audit-exceptions.json', import.meta.url);
  const exceptions = JSON.parse(readFileSync(exceptionsFile, 'utf8')).exceptions;
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    report = { message: (run.stderr || run.stdout || String(run.error ?? '')).trim().split('\n')[0] };
  }
  const result = decide({ report, exceptions, today: new Date().toISOString().slice(0, 10) });
  for (const line of describe(result)) (result.ok ? process.stdout : process.stderr).write(`${line}\n`);
  process.exit(result.ok ? 0 : result.error ? 2 : 1);
}
