import { describe, expect, it } from 'vitest';
import { computeValidity, type ValidityFacts } from './validity.ts';
import type { RelationKind } from './vocabulary.ts';

const facts = (over: Partial<ValidityFacts> = {}): ValidityFacts => ({
  effectiveOn: '2025-03-01',
  expiresOn: null,
  actedOnBy: [],
  override: null,
  ...over,
});

const act = (kind: RelationKind, effectiveOn: string | null, partial = false) => ({
  kind,
  partial,
  effectiveOn,
});

describe('computeValidity', () => {
  it('is not yet in force before the effective date, and says when it will be', () => {
    expect(computeValidity(facts(), '2025-02-28')).toEqual({
      validity: 'not_yet',
      changesOn: '2025-03-01',
      next: 'in_force',
    });
  });

  it('is in force from the effective date itself, with no change known', () => {
    expect(computeValidity(facts(), '2025-03-01')).toEqual({
      validity: 'in_force',
      changesOn: null,
      next: null,
    });
  });

  it('treats a document with no effective date as in force', () => {
    expect(computeValidity(facts({ effectiveOn: null }), '2000-01-01').validity).toBe('in_force');
  });

  it('expires wholly from its own expiry date', () => {
    const withExpiry = facts({ expiresOn: '2026-01-01' });
    expect(computeValidity(withExpiry, '2025-12-31')).toEqual({
      validity: 'in_force',
      changesOn: '2026-01-01',
      next: 'expired',
    });
    expect(computeValidity(withExpiry, '2026-01-01')).toEqual({
      validity: 'expired',
      changesOn: null,
      next: null,
    });
  });

  it('goes through every state of a document issued before it takes effect and expiring later', () => {
    const plan = facts({ effectiveOn: '2027-01-01', expiresOn: '2028-01-01' });
    expect(computeValidity(plan, '2026-12-07')).toEqual({
      validity: 'not_yet',
      changesOn: '2027-01-01',
      next: 'in_force',
    });
    expect(computeValidity(plan, '2027-06-01')).toEqual({
      validity: 'in_force',
      changesOn: '2028-01-01',
      next: 'expired',
    });
  });

  it('expires wholly from the effective date of a document that replaces it', () => {
    const replaced = facts({ actedOnBy: [act('replaces', '2026-07-01')] });
    expect(computeValidity(replaced, '2026-06-30')).toEqual({
      validity: 'in_force',
      changesOn: '2026-07-01',
      next: 'expired',
    });
    expect(computeValidity(replaced, '2026-07-01').validity).toBe('expired');
  });

  it('expires wholly from the effective date of a whole repeal, partly from a partial one', () => {
    expect(computeValidity(facts({ actedOnBy: [act('repeals', '2026-01-01')] }), '2026-01-01').validity).toBe(
      'expired',
    );
    const partly = facts({ actedOnBy: [act('repeals', '2026-01-01', true)] });
    expect(computeValidity(partly, '2025-12-31')).toEqual({
      validity: 'in_force',
      changesOn: '2026-01-01',
      next: 'partly_expired',
    });
    expect(computeValidity(partly, '2026-01-01')).toEqual({
      validity: 'partly_expired',
      changesOn: null,
      next: null,
    });
  });

  it('expires partly when part of it is replaced', () => {
    expect(
      computeValidity(facts({ actedOnBy: [act('replaces', '2026-01-01', true)] }), '2026-02-01').validity,
    ).toBe('partly_expired');
  });

  it('stays in force when amended, guided, corrected or used as a basis (vbpl practice)', () => {
    const acted = facts({
      actedOnBy: [
        act('amends', '2025-06-01'),
        act('amends', '2025-07-01', true),
        act('guides', '2025-06-01'),
        act('based_on', '2025-06-01'),
        act('corrects', '2025-06-01'),
      ],
    });
    expect(computeValidity(acted, '2026-01-01')).toEqual({
      validity: 'in_force',
      changesOn: null,
      next: null,
    });
  });

  it('records an amendment that repeals articles as the partial repeal it also is', () => {
    const amended = facts({ actedOnBy: [act('amends', '2026-01-01'), act('repeals', '2026-01-01', true)] });
    expect(computeValidity(amended, '2026-01-01').validity).toBe('partly_expired');
  });

  it('reports a partial repeal first, then the whole repeal that follows it', () => {
    const twice = facts({ actedOnBy: [act('repeals', '2027-01-01'), act('repeals', '2026-01-01', true)] });
    expect(computeValidity(twice, '2025-06-01')).toEqual({
      validity: 'in_force',
      changesOn: '2026-01-01',
      next: 'partly_expired',
    });
    expect(computeValidity(twice, '2026-06-01')).toEqual({
      validity: 'partly_expired',
      changesOn: '2027-01-01',
      next: 'expired',
    });
  });

  it('lets a whole repeal outweigh a partial one on the same day', () => {
    const sameDay = facts({ actedOnBy: [act('repeals', '2026-01-01', true), act('repeals', '2026-01-01')] });
    expect(computeValidity(sameDay, '2025-12-31')).toEqual({
      validity: 'in_force',
      changesOn: '2026-01-01',
      next: 'expired',
    });
  });

  it('lets an acting document with no effective date act at once', () => {
    expect(computeValidity(facts({ actedOnBy: [act('repeals', null)] }), '2025-03-02').validity).toBe(
      'expired',
    );
    expect(computeValidity(facts({ actedOnBy: [act('repeals', null, true)] }), '2025-03-02').validity).toBe(
      'partly_expired',
    );
  });

  it('makes a document repealed before it took effect expired, never in force', () => {
    const never = facts({ effectiveOn: '2026-01-01', actedOnBy: [act('repeals', '2025-10-01')] });
    expect(computeValidity(never, '2025-09-01')).toEqual({
      validity: 'not_yet',
      changesOn: '2025-10-01',
      next: 'expired',
    });
    expect(computeValidity(never, '2026-02-01')).toEqual({
      validity: 'expired',
      changesOn: null,
      next: null,
    });
  });

  it('keeps a partial repeal before the effective date waiting until the document takes effect', () => {
    const early = facts({ effectiveOn: '2026-01-01', actedOnBy: [act('repeals', '2025-10-01', true)] });
    expect(computeValidity(early, '2025-11-01')).toEqual({
      validity: 'not_yet',
      changesOn: '2026-01-01',
      next: 'partly_expired',
    });
  });

  it('skips dates that change nothing when looking for the next change', () => {
    const quiet = facts({
      expiresOn: '2028-01-01',
      actedOnBy: [act('amends', '2026-01-01'), act('guides', '2026-06-01')],
    });
    expect(computeValidity(quiet, '2025-12-01')).toEqual({
      validity: 'in_force',
      changesOn: '2028-01-01',
      next: 'expired',
    });
  });

  it('lets an override win, with no change ahead', () => {
    const overridden = facts({ effectiveOn: '2030-01-01', override: 'expired' });
    expect(computeValidity(overridden, '2025-01-01')).toEqual({
      validity: 'expired',
      changesOn: null,
      next: null,
    });
    expect(
      computeValidity(
        facts({ actedOnBy: [act('repeals', '2025-05-01')], override: 'in_force' }),
        '2026-01-01',
      ),
    ).toEqual({ validity: 'in_force', changesOn: null, next: null });
  });
});
