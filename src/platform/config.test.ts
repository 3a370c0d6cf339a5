import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('applies documented defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.HOST).toBe('0.0.0.0');
    expect(config.dataDir).toBe(path.resolve('./data'));
    expect(config.databaseEngine).toBe('sqlite');
    expect(config.DEMO_CONTENT).toBe(true);
    expect(config.LOG_LEVEL).toBe('info');
  });

  it('selects PostgreSQL from a postgres:// URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/dinh' });
    expect(config.databaseEngine).toBe('postgres');
  });

  it('parses booleans and strips a trailing slash from PUBLIC_URL', () => {
    const config = loadConfig({ DEMO_CONTENT: 'false', PUBLIC_URL: 'https://lachong.gov.vn/' });
    expect(config.DEMO_CONTENT).toBe(false);
    expect(config.PUBLIC_URL).toBe('https://lachong.gov.vn');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '  ' }).PORT).toBe(3000);
  });

  it('names every wrong variable, what is expected and what was given', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', DEMO_CONTENT: 'maybe' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT: expected a whole number from 0 to 65535 \(got "abc"\)/);
    expect(problems).toMatch(/DATABASE_URL: expected a PostgreSQL URL/);
    expect(problems).toMatch(/LOG_LEVEL: expected one of/);
    expect(problems).toMatch(/DEMO_CONTENT: expected true or false/);
  });

  it('rejects out-of-range ports and non-http public URLs', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://lachong.gov.vn' })).toThrow(/PUBLIC_URL/);
  });

  it('checks the scale-out variables: Redis URL, channel prefix, shared secret, metrics token', () => {
    const config = loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.REDIS_PREFIX).toBe('dinh');
    expect(() => loadConfig({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(
      /REDIS_URL: expected a Redis URL/,
    );
    expect(() => loadConfig({ REDIS_PREFIX: 'có dấu' })).toThrow(/REDIS_PREFIX/);
    expect(() => loadConfig({ SESSION_SECRET: 'too-short' })).toThrow(/SESSION_SECRET: expected at least 32/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  it('reads TRUST_PROXY as false, a number of proxies or their addresses, and refuses true', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1' }).TRUST_PROXY).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
    ]);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).TRUST_PROXY).toEqual(['loopback']);
    // true trusted the left-most X-Forwarded-For, which the client writes: the message says what to set.
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(
      /TRUST_PROXY: true is no longer accepted.*TRUST_PROXY=1.*TRUST_PROXY=127\.0\.0\.1,10\.0\.0\.0\/8/s,
    );
    for (const wrong of ['yes', '11', '10.0.0.0/33', 'nginx', '1.2.3.4/8/1', '1,2']) {
      expect(() => loadConfig({ TRUST_PROXY: wrong }), wrong).toThrow(/TRUST_PROXY/);
    }
  });
});
