import { describe, expect, it } from 'vitest';
import { hostOrigin, isLoopbackHost, type Site, siteOrigin } from './site.ts';

const site = (hostnames: string[], isDefault = false) => ({ hostnames, isDefault }) as Site;

describe('isLoopbackHost', () => {
  it('knows the names only the machine itself reaches', () => {
    for (const host of ['localhost', 'skhcn.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1'])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['lachong.gov.vn', 'localhost.evil.example', '10.0.0.1', '128.0.0.1', 'mylocalhost'])
      expect(isLoopbackHost(host), host).toBe(false);
  });
});

describe('siteOrigin', () => {
  const bare = { config: { PORT: 3000 } };
  const behindProxy = { config: { PORT: 3000, PUBLIC_URL: 'https://lachong.gov.vn' } };

  it('gives the default site PUBLIC_URL, whatever its hostnames', () => {
    expect(siteOrigin(behindProxy, site(['localhost', '127.0.0.1'], true))).toBe('https://lachong.gov.vn');
  });

  it('gives other sites their first hostname with PUBLIC_URL’s scheme and port', () => {
    expect(siteOrigin(behindProxy, site(['skhcn.lachong.gov.vn', 'skhcn.localhost']))).toBe(
      'https://skhcn.lachong.gov.vn',
    );
    const dev = { config: { PORT: 3000, PUBLIC_URL: 'http://portal.test:8080' } };
    expect(siteOrigin(dev, site(['skhcn.portal.test']))).toBe('http://skhcn.portal.test:8080');
  });

  it('without PUBLIC_URL: http on the listening port for loopback names, https for the others', () => {
    expect(siteOrigin(bare, site(['localhost', '127.0.0.1'], true))).toBe('http://localhost:3000');
    expect(siteOrigin(bare, site(['skhcn.localhost', 'skhcn.lachong.gov.vn']))).toBe(
      'http://skhcn.localhost:3000',
    );
    expect(siteOrigin(bare, site(['skhcn.lachong.gov.vn', 'skhcn.localhost']))).toBe(
      'https://skhcn.lachong.gov.vn',
    );
    expect(hostOrigin({ PORT: 80 }, 'localhost')).toBe('http://localhost');
    expect(hostOrigin({ PORT: 3000 }, '::1')).toBe('http://[::1]:3000');
  });

  it('falls back to configuration, never a request, for a site without hostnames', () => {
    expect(siteOrigin(bare, site([]))).toBe('http://localhost:3000');
    expect(siteOrigin(behindProxy, undefined)).toBe('https://lachong.gov.vn');
  });
});
