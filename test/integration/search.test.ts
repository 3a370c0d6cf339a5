import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchRebuilds } from '../../src/modules/search/rebuild-watch.ts';
import { reindexItem, removeItem } from '../../src/modules/search/registry.ts';
import { searchReindex } from '../../src/modules/search/search-cli.ts';
import { createArticle, paragraphs } from '../factories.ts';
import { createTestApp, type TestApp } from '../harness.ts';

let t: TestApp;
let provinceId: number;
let departmentId: number;
let categoryId: number;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  const sites = t.services.sites.all();
  provinceId = sites.find((site) => site.kind === 'province')!.id;
  departmentId = sites.find((site) => site.kind === 'department')!.id;
  const article = await t.services.db
    .selectFrom('articles')
    .select('category_id')
    .where('site_id', '=', provinceId)
    .executeTakeFirstOrThrow();
  categoryId = article.category_id;
});
afterAll(async () => t?.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
const resultLinks = (html: string) =>
  [...html.matchAll(/<h3 class="search-result-title"(?: lang="[^"]+")?><a href="([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );

describe('the results page', () => {
  it('finds the demo province out of the box, accent-insensitively, marking the words as written', async () => {
    const response = await get('/tim-kiem?q=bao+so+9');
    expect(response.statusCode).toBe(200);
    const html = response.body;
    expect(html).toContain('<h1>Kết quả tìm kiếm cho “bao so 9”</h1>');
    expect(resultLinks(html).length).toBeGreaterThan(0);
    expect(html).toContain('<mark>bão</mark>');
    expect(html).toMatch(/<p class="search-count">Tìm thấy \d+ kết quả/);
    expect(html).toContain('<meta name="robots" content="noindex');
  });

  it('is an accessible GET form that works without JavaScript', async () => {
    const html = (await get('/tim-kiem')).body;
    expect(html).toContain(
      '<form class="search-page-form" role="search" aria-label="Tìm kiếm" method="get" action="/tim-kiem">',
    );
    expect(html).toContain('<label for="search-q">Từ khóa</label>');
    expect(html).toContain('<input id="search-q" type="search" name="q" value maxlength="200"');
    for (const id of [
      'search-type',
      'search-category',
      'search-lang',
      'search-from',
      'search-to',
      'search-sort',
    ]) {
      expect(html).toContain(`<label for="${id}">`);
    }
    expect(html).toContain('<option value="all">Toàn tỉnh, gồm cả các trang thành phần</option>');
    expect(html).toContain('Hãy nhập từ khóa cần tìm');
    expect(html).not.toContain('class="search-results"');
  });

  it('answers in each language at its own address', async () => {
    const english = await get('/en/search?q=storm');
    expect(english.statusCode).toBe(200);
    expect(english.body).toContain('Search results for “storm”');
    const links = resultLinks(english.body);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.startsWith('/en/')).toBe(true);
    const chinese = await get(`/zh/search?q=${encodeURIComponent('台风')}`);
    expect(chinese.statusCode).toBe(200);
    expect(resultLinks(chinese.body).some((link) => link.startsWith('/zh/'))).toBe(true);
    expect(chinese.body).toContain('<mark>台风</mark>');
  });

  it('pages through results, keeping the query in the links', async () => {
    const first = await get('/tim-kiem?q=t%E1%BB%89nh');
    expect(first.body).toContain('href="/tim-kiem?q=t%E1%BB%89nh&amp;page=2" rel="next"');
    const second = await get('/tim-kiem?q=t%E1%BB%89nh&page=2');
    expect(second.statusCode).toBe(200);
    expect(second.body).toContain('<ol class="search-results" start="11">');
    expect(resultLinks(second.body).filter((link) => resultLinks(first.body).includes(link))).toEqual([]);
    // Past the last page: said, with the way back.
    const past = await get('/tim-kiem?q=t%E1%BB%89nh&page=50');
    expect(past.statusCode).toBe(200);
    expect(past.body).toContain('Trang này không còn kết quả nào.');
    expect(past.body).toContain('<a href="/tim-kiem?q=t%E1%BB%89nh">Về trang kết quả đầu tiên</a>');
  });

  it('switches language without losing the search', async () => {
    const vi = await get('/tim-kiem?q=b%C3%A3o&sort=date');
    expect(vi.body).toContain('href="/en/search?q=b%C3%A3o&amp;sort=date" lang="en"');
    expect(vi.body).toContain('href="/zh/search?q=b%C3%A3o&amp;sort=date" lang="zh-Hans"');
    const en = await get('/en/search?q=storm&lang=all');
    expect(en.body).toContain('href="/tim-kiem?q=storm&amp;lang=all" lang="vi"');
    expect(en.body).not.toContain('data-language-home');
  });

  it('filters by type, category, language, dates and sorts by date', async () => {
    const pages = await get('/tim-kiem?q=t%E1%BB%89nh&type=page');
    expect(pages.body).toContain('Trang giới thiệu ·');
    expect(pages.body).not.toContain('Tin bài ·');
    const category = await get(`/tim-kiem?q=t%E1%BB%89nh&category=${categoryId}&sort=date`);
    expect(category.statusCode).toBe(200);
    const dates = [...category.body.matchAll(/<time datetime="([^"]+)"/g)]
      .map((match) => match[1] ?? '')
      .slice(1);
    expect([...dates].sort().reverse()).toEqual(dates);
    const all = await get('/tim-kiem?q=storm&lang=all');
    expect(resultLinks(all.body).some((link) => link.startsWith('/en/'))).toBe(true);
    // Results in another language than the page's say so, for screen readers.
    expect(all.body).toMatch(/<h3 class="search-result-title" lang="en"><a href="\/en\//);
    expect(all.body).toMatch(/<p class="search-result-snippet" lang="en">/);
    expect(all.body).not.toMatch(/<h3 class="search-result-title" lang="vi">/);
    const future = await get('/tim-kiem?q=t%E1%BB%89nh&from=2099-01-01');
    expect(future.body).toContain('Không tìm thấy kết quả nào');
    expect(future.body).toContain('Bỏ các bộ lọc và tìm lại');
  });

  it('says clearly when nothing matched and offers broader searches that do find something', async () => {
    const response = await get('/tim-kiem?q=trillion');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Không tìm thấy kết quả nào cho “trillion”.');
    expect(response.body).toMatch(
      /<a href="\/tim-kiem\?q=trillion&amp;lang=all">Tìm trong nội dung của mọi ngôn ngữ<\/a> \(\d+ kết quả\)/,
    );
    const fewer = await get('/tim-kiem?q=xyzzyq+b%C3%A3o');
    expect(fewer.body).toContain('Tìm với ít từ hơn: “bão”');
    expect(fewer.body).toContain('quoc phong');
    // A quoted phrase is not cut into other phrases; "without quotes" is offered instead.
    const quoted = await get(`/tim-kiem?q=${encodeURIComponent('"bão nông thôn"')}`);
    expect(quoted.body).toContain('Tìm các từ không cần đứng liền nhau');
    expect(quoted.body).not.toContain('Tìm với ít từ hơn');
    // A run of Chinese characters matches as written; its parts apart are offered.
    const han = await get(`/zh/search?q=${encodeURIComponent('电机工厂')}`);
    expect(han.body).toContain('没有找到');
    expect(han.body).toMatch(/分开搜索各部分：“电机 工厂”<\/a> （\d+条结果）/);
  });

  it('searches the component sites from the provincial portal with scope=all', async () => {
    const id = await createArticle(t.services.db, departmentId, (await departmentCategory())!, {
      title: 'Sở Khoa học công bố đề tài aquaponic độc đáo',
      body: paragraphs('Mô hình aquaponic được chuyển giao cho nông dân.'),
    });
    await reindexItem(t.services, 'article', id);
    const local = await get('/tim-kiem?q=aquaponic');
    expect(resultLinks(local.body)).toEqual([]);
    expect(local.body).toContain('href="/tim-kiem?q=aquaponic&amp;scope=all"');
    const all = await get('/tim-kiem?q=aquaponic&scope=all');
    const links = resultLinks(all.body);
    expect(links).toHaveLength(1);
    // The other site's configured primary address (the demo's loopback name), not the request's.
    expect(links[0]).toMatch(
      /^http:\/\/skhcn\.localhost:3000\/[a-z-]+\/so-khoa-hoc-cong-bo-de-tai-aquaponic-doc-dao-\d+$/,
    );
    expect(all.body).toContain('Trên ');
    // The department republishes the province's technology news: one result each, naming it.
    const republished = await get(
      `/tim-kiem?q=${encodeURIComponent('tỷ lệ hồ sơ trực tuyến toàn trình')}&scope=all`,
    );
    const titles = resultLinks(republished.body);
    expect(titles.length).toBeGreaterThan(0);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.every((link) => link.startsWith('/'))).toBe(true);
    expect(republished.body).toMatch(/Cũng đăng trên [^<]*Sở Khoa học và Công nghệ/);
  });

  it('is cached with search and article tags, and a reindexed item shows at once', async () => {
    const url = '/tim-kiem?q=h%E1%BB%93+sen+tr%E1%BB%91ng';
    const first = await get(url);
    expect(first.headers['surrogate-key']).toContain(`search-${provinceId}`);
    expect(first.headers['surrogate-key']).toContain(`articles-${provinceId}`);
    expect((await get(url)).headers['x-cache']).toBe('HIT');
    expect(resultLinks(first.body)).toEqual([]);
    const id = await createArticle(t.services.db, provinceId, categoryId, {
      title: 'Khánh thành hồ sen trống đồng ở công viên trung tâm',
      body: paragraphs('Hồ sen trống đồng là điểm đến mới của thành phố.'),
    });
    expect(await reindexItem(t.services, 'article', id)).toBe(true);
    const after = await get(url);
    expect(after.headers['x-cache']).toBe('MISS');
    expect(resultLinks(after.body)).toHaveLength(1);
    await t.services.db.updateTable('articles').set({ status: 'taken_down' }).where('id', '=', id).execute();
    expect(await reindexItem(t.services, 'article', id)).toBe(false);
    expect(resultLinks((await get(url)).body)).toEqual([]);
    await t.services.db.updateTable('articles').set({ status: 'published' }).where('id', '=', id).execute();
    await reindexItem(t.services, 'article', id);
    await removeItem(t.services, 'article', id);
    expect(resultLinks((await get(url)).body)).toEqual([]);
  });

  it('never fails on hostile or malformed input', async () => {
    const urls = [
      '/tim-kiem?q=NEAR(a%20b)%20OR%20%22x%22%20AND%20-y*%20%5C%20(',
      '/tim-kiem?q=%22%22%22*%2A%2D%2D',
      '/tim-kiem?q=%C3%28',
      '/tim-kiem?q=%FF%FE%FD',
      '/tim-kiem?q=%ED%A0%80',
      '/tim-kiem?q=%00%01%1F%7F',
      '/tim-kiem?q=a&q=b',
      `/tim-kiem?q=${'qu%E1%BB%91c%20'.repeat(120)}`,
      '/tim-kiem?q=x&type=nope&category=abc&lang=xx&from=2024-13-45&to=yesterday&sort=up&scope=everything',
      '/tim-kiem?q=x&page=abc',
      '/tim-kiem?q=x&page=0',
      '/tim-kiem?q=x&page=101',
      '/tim-kiem?q=x&page=99',
      `/tim-kiem?q=${'a'.repeat(10_000)}`,
    ];
    for (const url of urls) {
      const response = await get(url);
      expect([200, 400], url.slice(0, 80)).toContain(response.statusCode);
    }
    expect((await get('/tim-kiem?q=x&page=abc')).statusCode).toBe(400);
    expect((await get('/tim-kiem?q=x&type=nope&category=abc&lang=xx')).statusCode).toBe(200);
  });

  it('answers 10,000-character queries over real HTTP with a normal page', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const long = [
      `/tim-kiem?q=${'a'.repeat(10_000)}`,
      // "quốc phòng " a thousand times: 11,000 characters, ~50 KB percent-encoded.
      `/tim-kiem?q=${encodeURIComponent('quốc phòng '.repeat(1000))}`,
      `/zh/search?q=${encodeURIComponent('数字化转型'.repeat(2000))}`,
      `/api/v1/search/suggest?q=${encodeURIComponent('giải ngân '.repeat(1000))}`,
    ];
    for (const url of long) {
      const response = await fetch(`${address}${url}`);
      expect(response.status, url.slice(0, 40)).toBe(200);
      await response.text();
    }
    const page = await (
      await fetch(`${address}/tim-kiem?q=${encodeURIComponent('quốc phòng '.repeat(1000))}`)
    ).text();
    expect(page).toContain('Kết quả tìm kiếm cho “quốc phòng quốc phòng');
    // Other pages keep the 2,048-character limit.
    expect((await fetch(`${address}/tin-tuc?x=${'a'.repeat(3000)}`)).status).toBe(414);
  });
});

describe('type-ahead suggestions', () => {
  it('suggests titles whose words start with what was typed, as JSON', async () => {
    const response = await get(`/api/v1/search/suggest?q=${encodeURIComponent('giải ngân v')}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.headers['x-ratelimit-limit']).toBe('600');
    const body = response.json() as { suggestions: { title: string; url: string }[] };
    expect(body.suggestions.length).toBeGreaterThan(0);
    expect(body.suggestions.length).toBeLessThanOrEqual(8);
    expect(body.suggestions[0]!.title).toMatch(/giải ngân vốn/i);
    expect(body.suggestions[0]!.url).toMatch(/^\/[a-z-]+\/[a-z0-9-]+-\d+$/);
    const english = (await get('/api/v1/search/suggest?q=stor&lang=en')).json() as {
      suggestions: { url: string }[];
    };
    expect(english.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of english.suggestions) expect(suggestion.url.startsWith('/en/')).toBe(true);
  });

  it('answers bad input with an empty list, never an error', async () => {
    for (const q of ['', 'a', '%FF%FE', '%C3%28', '%22*%28NEAR', 'x'.repeat(1500), '%00%00']) {
      const response = await get(`/api/v1/search/suggest?q=${q}`);
      expect([200, 400, 414]).toContain(response.statusCode);
      if (response.statusCode === 200) expect(Array.isArray(response.json().suggestions)).toBe(true);
    }
    expect((await get('/api/v1/search/suggest')).json()).toEqual({ suggestions: [] });
  });

  it('is hooked to the header search box by a small script', async () => {
    const home = await get('/');
    expect(home.body).toMatch(
      /<script type="module" src="\/assets\/search-suggest\.[0-9a-f]{8}\.js" data-stylesheet="\/assets\/search\.[0-9a-f]{8}\.css"><\/script>/,
    );
    expect(home.body).toContain('id="site-search"');
    const script = await get('/assets/search-suggest.js');
    expect(script.statusCode).toBe(200);
    expect(script.body).toContain("setAttribute('aria-activedescendant'");
    expect(script.body).toContain("setAttribute('role', 'listbox')");
    expect((await get('/assets/search.css')).statusCode).toBe(200);
  });
});

describe('dinh search reindex', () => {
  it('rebuilds the index and reports it', async () => {
    // The demo's document files may still be being read and their documents reindexed: the
    // rebuild runs alongside (search-concurrency.test.ts provokes the race on purpose).
    const lines: string[] = [];
    expect(await searchReindex(t.services.db, (line) => lines.push(line))).toBe(0);
    expect(lines.join('\n')).toMatch(/Search index rebuilt: \d+ documents indexed, 0 stale entries removed/);
    const response = await get('/tim-kiem?q=bao+so+9&sort=date');
    expect(resultLinks(response.body).length).toBeGreaterThan(0);
  });

  it('run from another process, makes running portals drop their cached result pages', async () => {
    const stop = watchRebuilds(t.services, 50);
    try {
      await new Promise((resolve) => setTimeout(resolve, 150));
      const url = '/tim-kiem?q=c%C3%B4ng+%C4%91i%E1%BB%87n';
      await get(url);
      expect((await get(url)).headers['x-cache']).toBe('HIT');
      // The CLI's rebuild purges nothing in this process (its own purge is a no-op).
      expect(await searchReindex(t.services.db, () => {})).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await get(url)).headers['x-cache']).toBe('MISS');
    } finally {
      stop();
    }
  });
});

async function departmentCategory(): Promise<number | undefined> {
  const row = await t.services.db
    .selectFrom('categories')
    .select('id')
    .where('site_id', '=', departmentId)
    .executeTakeFirst();
  return row?.id;
}
