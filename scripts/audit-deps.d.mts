/** Types of scripts/audit-deps.mjs for its test (src/audit-deps.test.ts). */

export interface Advisory {
  id: string;
  source: string;
  package: string;
  severity: 'high' | 'critical';
  title: string;
  url: string;
}

export interface AuditException {
  id: string;
  package: string;
  reason: string;
  reviewBy: string;
}

export interface AuditDecision {
  ok: boolean;
  /** Set when npm could not get the advisories: the check did not run. */
  error: string | undefined;
  blocking: Advisory[];
  excused: (Advisory & { reason: string; reviewBy: string })[];
  expired: AuditException[];
  invalid: { index: number; missing: string[] }[];
  unused: AuditException[];
}

export function decide(input: { report: unknown; exceptions: unknown[]; today: string }): AuditDecision;
export function describe(result: AuditDecision): string[];
