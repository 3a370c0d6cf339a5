import { describe, expect, it } from 'vitest';
import { sharedCookieDomains } from './cookie-domain.ts';
import type { Site } from './site.ts';

const site = (id: number, hostnames: string[], isDefault = false) => ({ id, hostnames, isDefault }) as Site;

describe('sharedCookieDomains', () => {
  const portal = site(1, ['localhost', '127.0.0.1', 'lachong.gov.vn', 'www.lachong.gov.vn'], true);
  const department = site(2, ['skhcn.localhost', 'skhcn.lachong.gov.vn']);
  const commune = site(3, ['hongson.localhost', 'hongson.lachong.gov.vn']);
  const sites = [portal, department, commune];

  it('offers each hostname the parents it shares with another configured hostname, widest first', () => {
    expect(sharedCookieDomains(department, sites)).toEqual({
      'skhcn.lachong.gov.vn': ['gov.vn', 'lachong.gov.vn'],
    });
    expect(sharedCookieDomains(portal, sites)).toEqual({
      'lachong.gov.vn': ['gov.vn', 'lachong.gov.vn'],
      'www.lachong.gov.vn': ['gov.vn', 'lachong.gov.vn'],
    });
  });

  it('offers nothing for single labels (localhost), IP addresses or a parent nobody else has', () => {
    const demo = [site(1, ['localhost', '127.0.0.1', '::1'], true), site(2, ['skhcn.localhost'])];
    expect(sharedCookieDomains(demo[0] as Site, demo)).toEqual({});
    expect(sharedCookieDomains(demo[1] as Site, demo)).toEqual({});
    // Hosted under a provider's domain with no other site there: no cookie on the provider's domain.
    const alone = [site(1, ['lachong.hosting.example'], true), site(2, ['skhcn.lachong.gov.vn'])];
    expect(sharedCookieDomains(alone[0] as Site, alone)).toEqual({});
  });

  it('counts the host of PUBLIC_URL as the default site’s', () => {
    const demo = [site(1, ['localhost'], true), site(2, ['skhcn.lac-hong.test'])];
    expect(sharedCookieDomains(demo[1] as Site, demo)).toEqual({});
    expect(sharedCookieDomains(demo[1] as Site, demo, 'http://lac-hong.test:3000')).toEqual({
      'skhcn.lac-hong.test': ['lac-hong.test'],
    });
    expect(sharedCookieDomains(demo[0] as Site, demo, 'http://lac-hong.test:3000')).toEqual({
      'lac-hong.test': ['lac-hong.test'],
    });
  });
});
