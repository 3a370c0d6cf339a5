import type { RelationKind, Validity } from './vocabulary.ts';

/**
 * Validity computed from dates and relations, never typed (issue 14). The rules, as the national
 * database (vbpl) applies them; "from" a date means on that day and after:
 *
 * 1. An editor's override wins, with a reason (audited elsewhere); it never changes by itself,
 *    so `changesOn` is null.
 * 2. Hết hiệu lực toàn bộ (`expired`) from the document's own expiry date (ngày hết hiệu lực),
 *    or from the effective date of a published document that replaces it (`replaces`) or
 *    repeals it wholly (`repeals`, not partial).
 * 3. Chưa có hiệu lực (`not_yet`) before its effective date, unless rule 2 already applies: a
 *    document replaced or repealed before it ever came into force never will, so it is expired,
 *    not "not yet".
 * 4. Hết hiệu lực một phần (`partly_expired`) from the effective date of a document that repeals
 *    part of it (`repeals` with `partial`) or replaces part of it (`replaces` with `partial`).
 * 5. Còn hiệu lực (`in_force`) otherwise.
 *
 * Amending (`amends`, sửa đổi, bổ sung) leaves the document in force: vbpl shows an amended
 * document as "Còn hiệu lực" with the amending one listed beside it. When an amending document
 * also repeals articles ("bãi bỏ Điều 5"), that is recorded as a second relation, a partial
 * `repeals`, which makes it partly expired. Guiding (`guides`), basing (`based_on`) and
 * correcting (`corrects`) never change validity.
 *
 * Missing dates: a document with no effective date is in force (from its issue, which these
 * facts do not need); an acting document with no effective date acts at once. Several acts on
 * the same day count together (a whole repeal outweighs a partial one). The next change after
 * `today` (`changesOn`, `next`) is what the job runner schedules: on that day it recomputes and
 * purges the caches.
 */

/** Everything the validity of one document depends on. Dates are YYYY-MM-DD. */
export interface ValidityFacts {
  effectiveOn: string | null;
  expiresOn: string | null;
  /** Published documents acting on this one (this one is the relation's target). */
  actedOnBy: { kind: RelationKind; partial: boolean; effectiveOn: string | null }[];
  /** An editor's override (audited, with a reason), or null. */
  override: Validity | null;
}

export interface ValidityState {
  validity: Validity;
  /** The next day on which the computed validity changes, or null when none is known. */
  changesOn: string | null;
  /** The validity from `changesOn`, or null. */
  next: Validity | null;
}

/** Relations that end all or part of their target (rules 2 and 4). */
const ENDING: ReadonlySet<RelationKind> = new Set(['replaces', 'repeals']);

/** The computed validity on one day (rules 2–5). */
function validityOn(facts: ValidityFacts, day: string): Validity {
  const acting = facts.actedOnBy.filter(
    (act) => ENDING.has(act.kind) && (act.effectiveOn === null || act.effectiveOn <= day),
  );
  if (facts.expiresOn && day >= facts.expiresOn) return 'expired';
  if (acting.some((act) => !act.partial)) return 'expired';
  if (facts.effectiveOn && day < facts.effectiveOn) return 'not_yet';
  if (acting.length > 0) return 'partly_expired';
  return 'in_force';
}

/** The validity on `today` (YYYY-MM-DD) and when it next changes. */
export function computeValidity(facts: ValidityFacts, today: string): ValidityState {
  if (facts.override) return { validity: facts.override, changesOn: null, next: null };
  const validity = validityOn(facts, today);
  const days = [facts.effectiveOn, facts.expiresOn, ...facts.actedOnBy.map((act) => act.effectiveOn)]
    .filter((day): day is string => day !== null && day > today)
    .sort();
  for (const day of days) {
    const next = validityOn(facts, day);
    if (next !== validity) return { validity, changesOn: day, next };
  }
  return { validity, changesOn: null, next: null };
}
