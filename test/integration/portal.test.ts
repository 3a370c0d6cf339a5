import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.ts';

let t: TestApp;

/** Every href in the HTML that looks like an article URL: /{category}/{slug}-{id}. */
function articleLinks(html: string): string[] {
  return [...html.matchAll(/href="(\/(?:en\/|zh\/)?[a-z0-9-]+\/[a-z0-9-]+-\d+)"/g)].map(
    (match) => match[1] ?? '',
  );
}

function jsonLd(html: string): { '@graph': { '@type': string }[] } {
  const match = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
  return JSON.parse(match?.[1] ?? '{}');
}

beforeAll(async () => {
  t = await createTestApp({ demo: true });
});
afterAll(async () => t?.close());

describe('the demo province', () => {
  it('has the content a real portal shows on its first screen', async () => {
    const db = t.services.db;
    const count = async (table: 'articles' | 'categories' | 'pages' | 'media' | 'sites') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('sites')).toBe(3);
    expect(await count('categories')).toBeGreaterThanOrEqual(6);
    const vietnamese = await db
      .selectFrom('articles')
      .select(['published_at', 'cover_media_id', 'body'])
      .where('lang', '=', 'vi')
      .where('site_id', '=', 1)
      .execute();
    expect(vietnamese.length).toBeGreaterThanOrEqual(40);
    expect(vietnamese.filter((row) => row.cover_media_id !== null).length).toBeGreaterThan(
      vietnamese.length / 2,
    );
    const figures = vietnamese.map((row) => (row.body.match(/"type":"figure"/g) ?? []).length);
    expect(Math.max(...figures)).toBeGreaterThanOrEqual(3);
    const months = new Set(vietnamese.map((row) => row.published_at?.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(4);
    for (const lang of ['en', 'zh'] as const) {
      const translated = await db.selectFrom('articles').select('id').where('lang', '=', lang).execute();
      expect(translated.length).toBeGreaterThanOrEqual(2);
    }
    const about = await db.selectFrom('pages').select('slug').where('lang', '=', 'vi').execute();
    expect(about.map((row) => row.slug)).toEqual(
      expect.arrayContaining([
        'gioi-thieu',
        'co-cau-to-chuc',
        'chuc-nang-nhiem-vu',
        'lich-su-van-hoa',
        'lanh-dao-tinh',
      ]),
    );
  });

  it('stores each committed illustration once, with alt text and caption on every cover', async () => {
    const dir = path.join(process.cwd(), 'demo/images');
    const files = readdirSync(dir).filter((name) => name.endsWith('.jpg'));
    expect(files.length).toBe(20);
    const media = await t.services.db
      .selectFrom('media')
      .select(['original_name', 'bytes', 'width'])
      .where('kind', '=', 'image')
      .execute();
    expect(media.map((row) => row.original_name).sort()).toEqual(files.sort());
    for (const row of media) {
      expect(row.bytes, row.original_name).toBe(statSync(path.join(dir, row.original_name)).size);
      expect(row.width, row.original_name).toBe(1600);
    }
    const covers = await t.services.db
      .selectFrom('articles')
      .select(['cover_alt', 'cover_caption'])
      .where('cover_media_id', 'is not', null)
      .execute();
    expect(covers.length).toBeGreaterThan(20);
    for (const cover of covers) {
      expect(cover.cover_alt.length).toBeGreaterThan(10);
      expect(cover.cover_caption.length).toBeGreaterThan(10);
    }
  });

  it('does not load twice', async () => {
    const { seedDemo } = await import('../../src/demo/seed.ts');
    expect(await seedDemo(t.services.db, { mediaDir: t.services.mediaDir, now: new Date() })).toBeUndefined();
  });
});

describe('home page', () => {
  it('shows featured news with pictures, the latest news and a block per category', async () => {
    const response = await t.app.inject({ url: '/' });
    expect(response.statusCode).toBe(200);
    const html = response.body;
    expect(html).toContain('Tin nổi bật');
    expect(html).toContain('Tin mới nhất');
    expect(html).toMatch(
      /<img class="card-image" src="\/media\/images\/[^"]+\.webp" srcset="[^"]+ 480w, [^"]+"/,
    );
    for (const block of ['Kinh tế', 'Văn hóa - Xã hội', 'Quốc phòng - An ninh', 'Chỉ đạo điều hành']) {
      expect(html).toMatch(
        new RegExp(`<h2 id="block-\\d+" class="section-title"><a href="/[a-z-]+">${block}</a></h2>`),
      );
    }
    expect(articleLinks(html).length).toBeGreaterThan(20);
    expect(html).toContain('<link rel="canonical" href="http://localhost:3000/"');
    expect(html).toContain('type="application/rss+xml"');
  });

  it('lists only the language of its URL', async () => {
    const english = await t.app.inject({ url: '/en/' });
    const links = articleLinks(english.body);
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const link of links) expect(link.startsWith('/en/')).toBe(true);
    expect(english.body).not.toContain('Tin nổi bật');
  });
});

describe('category pages', () => {
  it('list the category and its sub-categories, newest first, 12 a page', async () => {
    const first = await t.app.inject({ url: '/tin-tuc' });
    expect(first.statusCode).toBe(200);
    const links = articleLinks(first.body.slice(first.body.indexOf('class="article-list"')));
    expect(links.length).toBe(12);
    const dates = [...first.body.matchAll(/<time class="card-date" datetime="([^"]+)"/g)].map(
      (match) => match[1] ?? '',
    );
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(first.body).toContain('href="/tin-tuc?page=2" rel="next"');
    const second = await t.app.inject({ url: '/tin-tuc?page=2' });
    expect(second.statusCode).toBe(200);
    expect(second.body).toContain('<link rel="canonical" href="http://localhost:3000/tin-tuc?page=2"');
    expect(second.body).toContain('rel="prev"');
    const secondLinks = articleLinks(second.body.slice(second.body.indexOf('class="article-list"')));
    expect(secondLinks.filter((link) => links.includes(link))).toEqual([]);
  });

  it('redirects page 1 and nonsense page numbers to the canonical URL and 404s past the end', async () => {
    for (const query of ['page=1', 'page=abc', 'page=-3', 'page=0', 'page=1e3', 'page=99999999999999999']) {
      const response = await t.app.inject({ url: `/tin-tuc?${query}` });
      expect(response.statusCode, query).toBe(301);
      expect(response.headers.location).toBe('/tin-tuc');
    }
    const beyond = await t.app.inject({ url: '/tin-tuc?page=999' });
    expect(beyond.statusCode).toBe(404);
    expect(beyond.body).toContain('Không tìm thấy trang');
  });

  it('keeps a canonical link when unknown query parameters are added', async () => {
    const response = await t.app.inject({ url: '/kinh-te?utm_source=zalo' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<link rel="canonical" href="http://localhost:3000/kinh-te"');
  });
});

describe('article page', () => {
  let url: string;
  let id: number;
  beforeAll(async () => {
    const home = await t.app.inject({ url: '/kinh-te' });
    url = articleLinks(home.body)[0] ?? '';
    id = Number(/-(\d+)$/.exec(url)?.[1]);
  });

  it('has title, dated byline, lead, figures, source, more news and metadata', async () => {
    const article = await t.services.db
      .selectFrom('articles')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const response = await t.app.inject({ url });
    expect(response.statusCode).toBe(200);
    const html = response.body;
    expect(html).toContain(`<h1 class="article-title">${article.title}</h1>`);
    expect(html).toMatch(
      /<time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:00\+07:00">(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d\d\/\d\d\/\d{4} \d\d:\d\d<\/time>/,
    );
    expect(html).toContain(`<p class="article-lead">${article.lead}</p>`);
    expect(html).toMatch(
      /<figure class="figure article-cover"><img src="[^"]+" srcset="[^"]+" sizes="[^"]+" width="\d+" height="\d+" alt="[^"]+"/,
    );
    expect(html).toContain('Các tin khác');
    expect(html).toContain('<meta property="og:type" content="article"');
    for (const name of [
      'DC.title',
      'DC.creator',
      'DC.date',
      'DC.description',
      'DC.publisher',
      'DC.identifier',
      'DC.language',
    ]) {
      expect(html).toContain(`<meta name="${name}" content="`);
    }
    const types = jsonLd(html)['@graph'].map((node) => node['@type']);
    expect(types).toEqual(['GovernmentOrganization', 'BreadcrumbList', 'NewsArticle']);
    expect(html).toContain('href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Flocalhost');
    expect(html).toContain('href="mailto:?subject=');
  });

  it('redirects a wrong category, an old slug or a slug typed with diacritics to the canonical URL', async () => {
    const slug = url.split('/')[2] ?? '';
    for (const wrong of [
      `/thong-bao/${slug}`,
      `/kinh-te/ten-cu-${id}`,
      `/kinh-te/kh%E1%BB%9Fi-c%C3%B4ng-${id}`,
    ]) {
      const response = await t.app.inject({ url: wrong });
      expect(response.statusCode, wrong).toBe(301);
      expect(response.headers.location).toBe(url);
    }
  });

  it('keeps the old URL working after a title change', async () => {
    await t.services.db
      .updateTable('articles')
      .set({ slug: 'tieu-de-moi-sau-bien-tap' })
      .where('id', '=', id)
      .execute();
    t.services.purge([`article:${id}`]);
    const old = await t.app.inject({ url });
    expect(old.statusCode).toBe(301);
    expect(old.headers.location).toBe(`/kinh-te/tieu-de-moi-sau-bien-tap-${id}`);
    expect((await t.app.inject({ url: old.headers.location as string })).statusCode).toBe(200);
    url = old.headers.location as string;
  });

  it('404s unknown ids, drafts and future publications', async () => {
    expect((await t.app.inject({ url: '/kinh-te/khong-co-999999' })).statusCode).toBe(404);
    await t.services.db.updateTable('articles').set({ status: 'draft' }).where('id', '=', id).execute();
    t.services.purge([`article:${id}`]);
    expect((await t.app.inject({ url })).statusCode).toBe(404);
    await t.services.db
      .updateTable('articles')
      .set({ status: 'published', published_at: new Date(Date.now() + 86_400_000).toISOString() })
      .where('id', '=', id)
      .execute();
    t.services.purge([`article:${id}`]);
    expect((await t.app.inject({ url })).statusCode).toBe(404);
    await t.services.db
      .updateTable('articles')
      .set({ published_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute();
    t.services.purge([`article:${id}`]);
    expect((await t.app.inject({ url })).statusCode).toBe(200);
  });

  it('links language versions with hreflang', async () => {
    const english = await t.app.inject({ url: '/en/' });
    const enUrl = articleLinks(english.body)[0] ?? '';
    const response = await t.app.inject({ url: enUrl });
    expect(response.statusCode).toBe(200);
    expect(response.body).toMatch(/<html lang="en">/);
    expect(response.body).toMatch(
      /<link rel="alternate" hreflang="vi" href="http:\/\/localhost:3000\/[a-z-]+\/[a-z0-9-]+-\d+"/,
    );
    expect(response.body).toMatch(
      /<link rel="alternate" hreflang="zh-Hans" href="http:\/\/localhost:3000\/zh\//,
    );
    expect(response.body).toContain('hreflang="x-default"');
  });
});

describe('caching', () => {
  it('serves repeat requests from the page cache with ETag, 304s and CDN headers', async () => {
    const first = await t.app.inject({ url: '/gioi-thieu' });
    expect(first.headers['x-cache']).toBe('MISS');
    expect(first.headers['cache-control']).toContain('s-maxage=');
    expect(first.headers['cache-control']).toContain('stale-while-revalidate=');
    expect(first.headers['surrogate-key']).toContain('site-1');
    expect(first.headers['last-modified']).toBeTruthy();
    const second = await t.app.inject({ url: '/gioi-thieu' });
    expect(second.headers['x-cache']).toBe('HIT');
    expect(second.body).toBe(first.body);
    const conditional = await t.app.inject({
      url: '/gioi-thieu',
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(conditional.statusCode).toBe(304);
    expect(conditional.body).toBe('');
    const compressed = await t.app.inject({ url: '/gioi-thieu', headers: { 'accept-encoding': 'br' } });
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(compressed.rawPayload).toString('utf8')).toBe(first.body);
  });

  it('compresses a page in the encoding each client takes, on the first render and from the cache', async () => {
    t.services.pageCache.clear();
    for (const round of ['MISS', 'HIT']) {
      const br = await t.app.inject({ url: '/gioi-thieu', headers: { 'accept-encoding': 'gzip, br' } });
      expect(br.headers['x-cache']).toBe(round);
      expect(br.headers['content-encoding']).toBe('br');
      const gzip = await t.app.inject({ url: '/gioi-thieu', headers: { 'accept-encoding': 'gzip' } });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      const plain = await t.app.inject({ url: '/gioi-thieu', headers: { 'accept-encoding': 'identity' } });
      expect(plain.headers['content-encoding']).toBeUndefined();
      const html = plain.body;
      expect(html).toContain('</html>');
      expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(html);
      expect(gunzipSync(gzip.rawPayload).toString('utf8')).toBe(html);
    }
  });

  it('shows a change as soon as its tags are purged', async () => {
    const page = await t.services.db
      .selectFrom('pages')
      .select(['id', 'title'])
      .where('slug', '=', 'gioi-thieu')
      .where('lang', '=', 'vi')
      .executeTakeFirstOrThrow();
    await t.app.inject({ url: '/gioi-thieu' });
    await t.services.db
      .updateTable('pages')
      .set({ title: 'Giới thiệu chung' })
      .where('id', '=', page.id)
      .execute();
    t.services.purge([`page:${page.id}`, 'menu:1']);
    const after = await t.app.inject({ url: '/gioi-thieu' });
    expect(after.headers['x-cache']).toBe('MISS');
    expect(after.body).toContain('<h1>Giới thiệu chung</h1>');
  });
});

describe('views and media', () => {
  it('counts views outside the cache, once per reader per half hour', async () => {
    const row = await t.services.db
      .selectFrom('articles')
      .select(['id', 'view_count'])
      .where('lang', '=', 'vi')
      .executeTakeFirstOrThrow();
    const headers = { 'user-agent': 'test-reader' };
    expect((await t.app.inject({ method: 'POST', url: `/views/${row.id}`, headers })).statusCode).toBe(204);
    await t.app.inject({ method: 'POST', url: `/views/${row.id}`, headers });
    const pixel = await t.app.inject({
      url: `/views/${row.id}.gif`,
      headers: { 'user-agent': 'other-reader' },
    });
    expect(pixel.headers['content-type']).toBe('image/gif');
    expect((await t.app.inject({ method: 'POST', url: '/views/abc' })).statusCode).toBe(204);
    await t.app.close(); // flushes the pending counts
    const after = await t.services.db
      .selectFrom('articles')
      .select('view_count')
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(after.view_count).toBe(row.view_count + 2);
  });
});
