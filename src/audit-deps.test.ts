import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decide, describe as describeResult } from '../scripts/audit-deps.mjs';

const fixture = (name: string) => JSON.parse(readFileSync(`test/fixtures/npm-audit/${name}.json`, 'utf8'));
const today = '2026-12-07';
const excuse = (id: string, pkg: string, reviewBy = '2027-03-01') => ({
  id,
  package: pkg,
  reason: 'Only reachable through the XML import, which is not installed here.',
  reviewBy,
});

describe('npm run audit:deps decides', () => {
  it('passes a clean report, and the exception file in the repository is valid', () => {
    const exceptions = JSON.parse(readFileSync('security/audit-exceptions.json', 'utf8')).exceptions;
    const result = decide({ report: fixture('clean'), exceptions, today });
    expect(result).toMatchObject({ ok: true, blocking: [], invalid: [], expired: [] });
    expect(describeResult(result).at(-1)).toBe('audit:deps: no unexcused high or critical advisory');
  });

  it('fails on high and critical advisories, once each, and lets moderate and low pass', () => {
    const result = decide({ report: fixture('advisories'), exceptions: [], today });
    expect(result.ok).toBe(false);
    expect(result.blocking.map((a) => `${a.severity} ${a.id}`)).toEqual([
      'high GHSA-aaaa-bbbb-cccc',
      'critical GHSA-dddd-eeee-ffff',
    ]);
    expect(describeResult(result)[0]).toMatch(/^BLOCKING high GHSA-aaaa-bbbb-cccc in fast-xml-thing: /);
  });

  it('lets an advisory pass while its exception is in date, by GHSA or numeric id', () => {
    const result = decide({
      report: fixture('advisories'),
      exceptions: [
        excuse('GHSA-aaaa-bbbb-cccc', 'fast-xml-thing'),
        excuse('1105678', 'tiny-template', today),
      ],
      today,
    });
    expect(result.ok).toBe(true);
    expect(result.excused).toHaveLength(2);
  });

  it('fails when an exception has expired, names another package, or lacks a reason or date', () => {
    const expired = decide({
      report: fixture('advisories'),
      exceptions: [
        excuse('GHSA-aaaa-bbbb-cccc', 'fast-xml-thing', '2026-12-06'),
        excuse('1105678', 'tiny-template'),
      ],
      today,
    });
    expect(expired.ok).toBe(false);
    expect(expired.expired).toHaveLength(1);
    expect(expired.blocking.map((a) => a.id)).toEqual(['GHSA-aaaa-bbbb-cccc']);
    expect(describeResult(expired)).toContain(
      'EXPIRED exception GHSA-aaaa-bbbb-cccc (fast-xml-thing) had to be reviewed by 2026-12-06: review it',
    );

    const wrongPackage = decide({
      report: fixture('advisories'),
      exceptions: [excuse('GHSA-aaaa-bbbb-cccc', 'other'), excuse('1105678', 'tiny-template')],
      today,
    });
    expect(wrongPackage.blocking).toHaveLength(1);
    expect(wrongPackage.unused).toHaveLength(1);

    const invalid = decide({
      report: fixture('clean'),
      exceptions: [
        { id: 'GHSA-aaaa-bbbb-cccc', package: 'fast-xml-thing', reason: 'later', reviewBy: 'soon' },
      ],
      today,
    });
    expect(invalid.ok).toBe(false);
    expect(invalid.invalid).toEqual([{ index: 0, missing: ['reason', 'reviewBy'] }]);
  });

  it('fails, saying so, when npm could not get the advisories', () => {
    for (const name of ['offline', 'refused']) {
      const result = decide({ report: fixture(name), exceptions: [], today });
      expect(result.ok).toBe(false);
      expect(result.error).toMatch(/^npm audit could not get the advisories: (request to|405 Method)/);
      expect(describeResult(result).at(-1)).toBe('audit:deps: FAILED (the check did not run)');
    }
    expect(decide({ report: undefined, exceptions: [], today }).error).toContain('no audit report');
  });
});
