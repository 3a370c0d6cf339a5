import type { RelationKind, Validity } from './vocabulary.ts';

/**
 * Validity computed from dates and relations, never typed (issue 14).
 * CONTRACT: the signatures below are shared by the module (h14-core) and the rules (h14-demo,
 * which replaces this first implementation with the full rules and their tests).
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

/** The validity on `today` (YYYY-MM-DD) and when it next changes. */
export function computeValidity(facts: ValidityFacts, today: string): ValidityState {
  const at = (day: string): Validity => {
    if (facts.effectiveOn && day < facts.effectiveOn) return 'not_yet';
    if (facts.expiresOn && day >= facts.expiresOn) return 'expired';
    const acting = facts.actedOnBy.filter((act) => !act.effectiveOn || act.effectiveOn <= day);
    if (acting.some((act) => (act.kind === 'replaces' || act.kind === 'repeals') && !act.partial))
      return 'expired';
    if (acting.some((act) => act.kind === 'repeals' && act.partial)) return 'partly_expired';
    return 'in_force';
  };
  if (facts.override) return { validity: facts.override, changesOn: null, next: null };
  const validity = at(today);
  const days = [facts.effectiveOn, facts.expiresOn, ...facts.actedOnBy.map((act) => act.effectiveOn)]
    .filter((day): day is string => !!day && day > today)
    .sort();
  for (const day of days) {
    const next = at(day);
    if (next !== validity) return { validity, changesOn: day, next };
  }
  return { validity, changesOn: null, next: null };
}
