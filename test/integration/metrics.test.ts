import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.ts';

/** The value of one series in a Prometheus text exposition. */
function sample(text: string, series: string): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith(`${series} `)) return Number(line.slice(series.length + 1));
  }
  return undefined;
}

describe('/metrics without a token', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('answers Prometheus text to a local client, counting requests by route pattern and status', async () => {
    await t.app.inject({ url: '/' });
    await t.app.inject({ url: '/' });
    await t.app.inject({ url: '/khong-co-trang-nay' });
    const response = await t.app.inject({ url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers['cache-control']).toBe('no-store');
    const text = response.body;
    expect(sample(text, 'dinh_http_requests_total{method="GET",route="/",status="200"}')).toBe(2);
    // Series are per route pattern (the catch-all content route here), never per URL typed,
    // so visitors cannot create series at will.
    expect(sample(text, 'dinh_http_requests_total{method="GET",route="/*",status="404"}')).toBe(1);
    expect(text).not.toContain('khong-co-trang-nay');
    expect(sample(text, 'dinh_page_cache_hits_total')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'dinh_page_cache_entries')).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/dinh_info\{version="[^"]+",database="(sqlite|postgres)",cluster="single"\} 1/);
    expect(text).toContain('dinh_process_resident_memory_bytes');
    expect(text).toContain('dinh_http_request_duration_seconds_bucket{le="0.05",method="GET",route="/"}');
  });

  it('refuses a client that is not on the loopback address, or that came through a proxy', async () => {
    const remote = await t.app.inject({ url: '/metrics', remoteAddress: '203.0.113.7' });
    expect(remote.statusCode).toBe(403);
    expect(remote.body).not.toContain('dinh_http_requests_total');
    const proxied = await t.app.inject({ url: '/metrics', headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(proxied.statusCode).toBe(403);
  });
});

describe('/metrics with METRICS_TOKEN', () => {
  let t: TestApp;
  const token = 'metrics-token-for-tests-0123456789';
  beforeAll(async () => {
    t = await createTestApp({ env: { METRICS_TOKEN: token } });
  });
  afterAll(async () => t?.close());

  it('needs the bearer token from anywhere, local clients included', async () => {
    expect((await t.app.inject({ url: '/metrics' })).statusCode).toBe(403);
    const wrong = await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${token}x` } });
    expect(wrong.statusCode).toBe(403);
    const right = await t.app.inject({
      url: '/metrics',
      remoteAddress: '203.0.113.7',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(right.statusCode).toBe(200);
    expect(right.body).toContain('dinh_http_requests_total');
  });
});
